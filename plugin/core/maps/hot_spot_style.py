"""How hot spots look: ArcGIS's colours and the analysts' words in the legend ("Hot spot, 99 % confidence",
"Intensifying hot spot"), and the provinces drawn as outlines over them."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..hotspots.emerging import NO_PATTERN, PATTERNS, category_label
from ..i18n import tr

# Gi_Bin -> fill, as ArcGIS Pro's Hot Spot Analysis draws it; the units that are not significant stay faint.
BIN_COLOURS = {
    3: "215,48,39,230",
    2: "237,117,81,230",
    1: "250,185,132,230",
    0: "242,240,230,110",
    -1: "192,204,190,230",
    -2: "132,158,186,230",
    -3: "69,117,181,230",
}
HOT, COLD = "215,48,39", "69,117,181"
PATTERN_COLOURS = {  # (hot, cold): the strongest patterns darkest
    "new": ("252,146,114", "158,202,225"),
    "consecutive": ("251,106,74", "107,174,214"),
    "intensifying": ("165,15,21", "8,81,156"),
    "persistent": ("222,45,38", "49,130,189"),
    "diminishing": ("252,187,161", "198,219,239"),
    "sporadic": ("253,208,162", "208,209,230"),
    "oscillating": ("241,105,19", "128,125,186"),
    "historical": ("140,109,49", "99,99,99"),
}
NO_PATTERN_COLOUR = "242,240,230,110"
OUTLINE = "120,110,100,120"


def bin_label(value: int | None) -> str:
    labels = {
        3: tr("Hot spot, 99 % confidence"),
        2: tr("Hot spot, 95 % confidence"),
        1: tr("Hot spot, 90 % confidence"),
        0: tr("Not significant"),
        -1: tr("Cold spot, 90 % confidence"),
        -2: tr("Cold spot, 95 % confidence"),
        -3: tr("Cold spot, 99 % confidence"),
    }
    return labels.get(value, tr("No neighbour within the distance band"))


def _fill(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": OUTLINE, "outline_width": "0.1"})


def hot_spot_renderer(bins_present: set) -> QgsCategorizedSymbolRenderer:
    """Categories of gi_bin from the hottest to the coldest; a unit without a neighbour (NULL) only
    where there is one."""
    categories = [QgsRendererCategory(value, _fill(colour), bin_label(value)) for value, colour in BIN_COLOURS.items()]
    if None in bins_present:
        categories.append(QgsRendererCategory(None, _fill("255,255,255,0"), bin_label(None)))
    return QgsCategorizedSymbolRenderer("gi_bin", categories)


def emerging_renderer(categories_present: set) -> QgsCategorizedSymbolRenderer:
    """The categories the data has, hot ones first in ArcGIS's order, then cold, then no pattern."""
    categories = []
    for kind, index in (("hot", 0), ("cold", 1)):
        for pattern in PATTERNS:
            category = f"{pattern} {kind}"
            if category in categories_present:
                colour = PATTERN_COLOURS[pattern][index] + ",230"
                categories.append(QgsRendererCategory(category, _fill(colour), category_label(category)))
    categories.append(QgsRendererCategory(NO_PATTERN, _fill(NO_PATTERN_COLOUR), category_label(NO_PATTERN)))
    return QgsCategorizedSymbolRenderer("category", categories)


def outline_provinces(layer: QgsVectorLayer) -> None:
    """Provinces as outlines (their labels stay), so the units under them show."""
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "80,70,60,255", "outline_width": "0.4", "style": "no"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
