"""Print layouts for the styled map: templates and the layout prepared for a filter.

Texts are written in map_texts.py and files in layout_export.py (both re-exported here).

The templates under resources/layouts/ are ordinary QGIS .qpt files (made by
`make templates` from `design_layout`), so analysts can restyle them in the layout designer;
the code only relies on the item ids: title, subtitle, map, overview, legend, scalebar, north,
provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsHeatmapRenderer,
    QgsLayoutItem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from ..compat import RENDER_MILLIMETERS
from ..i18n import tr
from ..paths import world_map_path
from .choropleth import CLASSES_NOTE, VALUE_EXPRESSION
from .layout_design import MM, TEMPLATE_DIR, TEMPLATE_LEGEND_TITLE
from .layout_export import ExportError, export_layout
from .map_texts import MapTexts, admin1_term, describe_filter, is_right_to_left, map_texts, measure_words, per_unit
from .styles import show_dots_when_zoomed_in

__all__ = [
    "ExportError",
    "LayoutLayers",
    "MapTexts",
    "describe_filter",
    "export_layout",
    "is_right_to_left",
    "load_layout",
    "map_countries",
    "map_texts",
    "measure_words",
    "prepare_layout",
]

ITEM_IDS = ("title", "subtitle", "map", "overview", "legend", "scalebar", "north", "provenance")
# Items an analyst may move onto the map: labels are placed around them, never under them.
FURNITURE_OVER_MAP = ("scalebar", "north", "legend", "overview")
BRIEF_ITEM_IDS = ("trend_chart", "change_table", "sentences")
TEMPLATE_ITEM_IDS = {"brief": BRIEF_ITEM_IDS, "compare": ("compare_table",)}  # beyond every template's


def template_path(kind: str) -> Path:
    return TEMPLATE_DIR / f"{kind.replace('_', '-')}.qpt"


def load_layout(kind: str, name: str, project: QgsProject | None = None) -> QgsPrintLayout:
    project = project or QgsProject.instance()
    document = QDomDocument()
    if not document.setContent(template_path(kind).read_text(encoding="utf-8")):
        raise ValueError(tr("The layout template {path} cannot be read").format(path=template_path(kind)))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.loadFromTemplate(document, QgsReadWriteContext())
    layout.setName(name)
    needed = ITEM_IDS + TEMPLATE_ITEM_IDS.get(kind, ())
    missing = [item_id for item_id in needed if layout.itemById(item_id) is None]
    if missing:
        raise ValueError(tr("The layout template lacks the items {names}").format(names=", ".join(missing)))
    return layout


UTM_ZONE_DEGREES = 6.0
WORLD_SPAN_DEGREES = 150.0  # wider than any continent but Eurasia: the world's own projection
SCALE_BAR_SPAN_DEGREES = 30.0  # beyond, the scale of an equal-area map varies by more than a few %
EQUAL_EARTH = "EPSG:8857"


def _lon_span(extent_wgs84) -> float:
    return min(extent_wgs84.width(), 360.0)


def display_crs(extent_wgs84) -> QgsCoordinateReferenceSystem:
    """A projection that fits the map's extent.

    One UTM zone where the map fits in one (true scale bars and shapes for a province or a small
    country); a Lambert azimuthal equal-area centred on the map for a country, a region or a continent;
    Equal Earth for the world. The last two are equal-area: a choropleth must not inflate the north."""
    centre = extent_wgs84.center()
    span = _lon_span(extent_wgs84)
    if span >= WORLD_SPAN_DEGREES or extent_wgs84.height() >= 100:
        return QgsCoordinateReferenceSystem(EQUAL_EARTH)
    zone = min(max(int((centre.x() + 180) // UTM_ZONE_DEGREES) + 1, 1), 60)
    west = -180 + (zone - 1) * UTM_ZONE_DEGREES
    if west <= extent_wgs84.xMinimum() and extent_wgs84.xMaximum() <= west + UTM_ZONE_DEGREES:
        return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={centre.y():.4f} +lon_0={centre.x():.4f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    )


def scale_varies(extent_wgs84) -> bool:
    """Whether one scale bar would mislead: the map spans more than a region."""
    return _lon_span(extent_wgs84) > SCALE_BAR_SPAN_DEGREES or extent_wgs84.height() > SCALE_BAR_SPAN_DEGREES


def map_countries(provinces) -> tuple[str, ...]:
    """The countries of the provinces on the map (their admin-1 units are named after them)."""
    if provinces is None or provinces.fields().indexOf("country") < 0:
        return ()
    # Read feature by feature (a few thousand at most): uniqueValues() asks GDAL for SELECT DISTINCT,
    # which printed "sqlite3_step(): unable to open database file" now and then during exports.
    request = (
        QgsFeatureRequest()
        .setFlags(QgsFeatureRequest.Flag.NoGeometry)
        .setSubsetOfAttributes(["country"], provinces.fields())
    )
    values = {feature["country"] for feature in provinces.getFeatures(request)}
    return tuple(sorted(str(value) for value in values if value not in (None, "") and str(value) != "NULL"))


def _wgs84_extent(layer) -> QgsRectangle:
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if layer.crs() == wgs84:
        return layer.extent()
    return QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance()).transformBoundingBox(layer.extent())


def _zoom(map_item, layer, crs, scale: float) -> None:
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    extent = transform.transformBoundingBox(layer.extent())
    extent.scale(scale)
    # Widen the extent to the item's shape: setExtent would otherwise resize the item to the extent.
    rect = map_item.rect()
    item_aspect = rect.width() / rect.height() if rect.height() else 1.0
    width = max(extent.width(), extent.height() * item_aspect)
    height = width / item_aspect
    centre = extent.center()
    map_item.setExtent(
        QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2)
    )


DENSE_INCIDENTS = 20_000


def heatmap_copy(incidents):
    """The incidents as a heatmap: tens of thousands of dots would bloat a PDF and hide each other."""
    copy = incidents.clone()
    show_dots_when_zoomed_in(copy, 0)  # the screen's zoomed-in-only limit is not the layout's
    copy.setName(tr("{name} (density)").format(name=incidents.name()))
    renderer = QgsHeatmapRenderer()
    renderer.setRadius(2.5)
    renderer.setRadiusUnit(RENDER_MILLIMETERS)
    ramp = QgsStyle.defaultStyle().colorRamp("Greys")
    if ramp is not None:
        renderer.setColorRamp(ramp)
    renderer.setRenderQuality(3)
    copy.setRenderer(renderer)
    copy.setOpacity(0.6)
    return copy


def _plain_fill(layer, color: str, outline: str):
    """One flat, unlabelled fill: for the inset, which locates and does not inform."""
    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": "0.1"})
        )
    )
    layer.setLabelsEnabled(False)
    return layer


def countries_layer():
    """QGIS's own world countries, pale, for the inset: the country among its neighbours."""
    layer = QgsVectorLayer(f"{world_map_path()}|layername=countries", tr("Countries (inset)"), "ogr")
    if not layer.isValid():
        return None  # a QGIS without its world map: the inset shows the provinces alone
    return _plain_fill(layer, "246,245,242,255", "190,185,178,255")


def locator_copy(provinces):
    """The provinces plain and unlabelled, for the overview inset."""
    copy = provinces.clone()
    copy.setName(tr("{name} (locator)").format(name=provinces.name()))
    return _plain_fill(copy, "214,208,198,255", "150,140,130,255")


@dataclass
class LayoutLayers:
    """The layers a layout draws besides the analyst's own (project/layout_layers.py makes them once)."""

    printed: QgsVectorLayer  # the provinces as paper shows them
    locator: QgsVectorLayer
    countries: QgsVectorLayer | None
    density: QgsVectorLayer | None  # the incidents as a heatmap, above DENSE_INCIDENTS
    hot_spots: QgsVectorLayer | None = None  # the dock's hot spot layer, when the map shows hot spots


def prepare_layout(
    layout: QgsPrintLayout,
    incidents,
    provinces,
    texts: MapTexts,
    helpers: LayoutLayers,
    atlas: str = "none",
    legend_title: str = "",
    atlas_order: str = "count",
) -> None:
    """Fill texts, point the maps at the layers, and set up the atlas ("none", "all", "with_incidents"),
    its pages by count, largest first, or by name (atlas_order "count" or "name").

    The map draws the helpers' density instead of every dot when there is one; every layer drawn is
    registered in the layout's project, so the layout can be saved with it."""
    if helpers.density is not None:
        incidents = helpers.density
    for item_id, text in (("title", texts.title), ("subtitle", texts.subtitle), ("provenance", texts.provenance)):
        label = layout.itemById(item_id)
        label.setText(text)
        # Arabic and Kurdish texts start at the right edge; Qt shapes and orders the letters itself.
        rtl = is_right_to_left(text)
        label.setHAlign(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    extent = _wgs84_extent(provinces)
    crs = display_crs(extent)
    main_map = layout.itemById("map")
    main_map.setCrs(crs)
    # A region, a continent or the world: the countries around the provinces, and the world as context.
    wide = _lon_span(extent) > UTM_ZONE_DEGREES * 4 and helpers.countries is not None
    # Hot spots: the units under the provinces' outlines, without the dots that would hide them.
    drawn = [incidents, helpers.printed] if helpers.hot_spots is None else [helpers.printed, helpers.hot_spots]
    if wide:
        drawn.append(helpers.countries)  # a region or the world: the countries around those with provinces
    main_map.setLayers(drawn)
    main_map.setKeepLayerSet(True)
    _zoom(main_map, provinces, crs, 1.05)
    scalebar = layout.itemById("scalebar")
    for item_id in FURNITURE_OVER_MAP:
        item = layout.itemById(item_id)
        if item is not None and main_map.sceneBoundingRect().intersects(item.sceneBoundingRect()):
            main_map.addLabelBlockingItem(item)  # no province name or count under the scale bar or arrow
    if scale_varies(extent):
        scalebar.setVisibility(False)
        provenance = layout.itemById("provenance")
        note = tr("No scale bar: the scale varies across a map this wide (equal-area projection).")
        provenance.setText(f"{provenance.text()} {note}")
    overview = layout.itemById("overview")
    context = [helpers.locator] + ([helpers.countries] if helpers.countries is not None else [])
    overview.setLayers(context)
    overview.setKeepLayerSet(True)
    if crs.authid() == EQUAL_EARTH:
        overview.setVisibility(False)  # the world needs no inset of the world
    elif wide:  # a region or a continent: located on the world
        overview.setCrs(QgsCoordinateReferenceSystem(EQUAL_EARTH))
        _zoom(overview, helpers.countries, overview.crs(), 1.0)
    else:
        overview.setCrs(crs)
        _zoom(overview, provinces, crs, 4.0)
    legend = layout.itemById("legend")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    if helpers.hot_spots is None:
        node = root.addLayer(provinces)
        title = legend_title or tr("Incidents {per_unit}").format(
            per_unit=per_unit(admin1_term(map_countries(provinces)))
        )
        note = provinces.customProperty(CLASSES_NOTE) or ""
    else:
        node, title, note = root.addLayer(helpers.hot_spots), legend_title or helpers.hot_spots.name(), ""
    node.setCustomProperty("legend/title-label", f"{title}\n{note}" if note else title)
    if legend.title() == TEMPLATE_LEGEND_TITLE:  # an analyst's own template keeps its own words
        legend.setTitle(tr("Incidents") if helpers.hot_spots is None else "")  # hot spots: the layer's title says it
    legend.adjustBoxSize()
    if is_right_to_left(texts.title):
        align_legend_right(legend)
        # Anchored at its top right, flush with the overview map above it; it grows to the left.
        top = legend.positionWithUnits().y()
        legend.setReferencePoint(QgsLayoutItem.ReferencePoint.UpperRight)
        right = overview.positionWithUnits().x() + overview.sizeWithUnits().width()
        legend.attemptMove(QgsLayoutPoint(right, top, MM))
        legend.adjustBoxSize()
    layout_atlas = layout.atlas()
    if atlas == "none":
        layout_atlas.setEnabled(False)
        main_map.setAtlasDriven(False)
        return
    layout_atlas.setEnabled(True)
    layout_atlas.setCoverageLayer(provinces)
    layout_atlas.setHideCoverage(False)
    layout_atlas.setFilterFeatures(atlas == "with_incidents")
    layout_atlas.setSortFeatures(True)
    layout_atlas.setSortExpression(VALUE_EXPRESSION if atlas_order == "count" else '"name"')
    layout_atlas.setSortAscending(atlas_order != "count")
    if atlas == "with_incidents":
        layout_atlas.setFilterExpression(f"{VALUE_EXPRESSION} > 0")
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(0.15)
    # Beyond one country a name may recur (Punjab in India and in Pakistan): the page says whose it is.
    name = "\"name\" || ' (' || \"country\" || ')'" if len(map_countries(provinces)) > 1 else '"name"'
    layout.itemById("title").setText(f"{texts.title}: [% {name} %] ([% format_number({VALUE_EXPRESSION}, 0) %])")


def align_legend_right(legend: QgsLayoutItemLegend) -> None:
    """Right-to-left reading: title, headings and labels flush right, symbols on the right."""
    right = Qt.AlignmentFlag.AlignRight
    legend.setTitleAlignment(right)
    legend.setSymbolAlignment(right)
    for component in (
        QgsLegendStyle.Style.Title,
        QgsLegendStyle.Style.Group,
        QgsLegendStyle.Style.Subgroup,
        QgsLegendStyle.Style.SymbolLabel,
    ):
        style = legend.style(component)
        style.setAlignment(right)
        legend.setStyle(component, style)
