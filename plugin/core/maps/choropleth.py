"""Provinces styled by attack frequency under the current filter.

Where the values live: in a *layer variable* of the provinces layer (`incident_atlas_values`,
a JSON object of province name -> value), read by the renderer's and the labels' expressions.
Layer variables are saved in the project with the layer, and `json_to_map`/`map_get` are plain
QGIS expressions, so a saved project renders the same map on a machine without the plugin, and
no filter change ever writes to the GeoPackage (which other analysts may be reading).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields

from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererRange,
    QgsStyle,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from .. import definitions
from ..compat import LABEL_OVER_POINT
from ..filters import IncidentFilter, previous_period
from ..i18n import tr
from ..trends import stats
from ..trends.change import DECREASE, INCREASE, ChangeRow, assign_directions

VARIABLE = "incident_atlas_values"
VALUE_EXPRESSION = f'coalesce(map_get(json_to_map(@{VARIABLE}), "name"), 0)'
MEASURES = definitions.MEASURES.keys()
METHODS = definitions.METHODS.keys()
CLASSIFIERS = {
    "jenks": QgsClassificationJenks,
    "quantile": QgsClassificationQuantile,
    "equal": QgsClassificationEqualInterval,
    "pretty": QgsClassificationPrettyBreaks,
}
DIVERGING = ("change_abs", "change_pct")
SIGNIFICANCE_LEVEL = 0.05
# The significance measure's three classes: decrease, no significant change, increase.
SIGNIFICANCE_RANGES = [(-1.0, -1.0), (0.0, 0.0), (1.0, 1.0)]
SIGNIFICANCE_COLOURS = ("#2166ac", "#ece7e1", "#b2182b")


@dataclass(frozen=True)
class ChoroplethSettings:
    measure: str = "incidents"
    method: str = "jenks"
    classes: int = 5
    ramp: str = "Reds"
    fixed_breaks: tuple[float, ...] = ()
    keep_breaks: bool = False  # breaks stay as they are while the filter changes

    def __post_init__(self):
        if self.measure not in MEASURES:
            raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {', '.join(METHODS)}")

    def to_dict(self) -> dict:
        return {**asdict(self), "fixed_breaks": list(self.fixed_breaks)}

    @classmethod
    def from_dict(cls, values: dict) -> ChoroplethSettings:
        """Settings as stored; unknown keys (a newer plugin's) are ignored, bad values raise ValueError."""
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in values.items() if key in known}
        if "fixed_breaks" in values:
            values["fixed_breaks"] = tuple(float(value) for value in values["fixed_breaks"])
        if "classes" in values:
            values["classes"] = int(values["classes"])
        return cls(**values)


@dataclass(frozen=True)
class Province:
    name: str
    area_km2: float | None
    population: int | None


@dataclass
class ProvinceValues:
    """Every measure for every province; None where it is undefined (no population, no base)."""

    rows: dict[str, dict[str, float | None]] = field(default_factory=dict)

    def measure(self, name: str) -> dict[str, float | None]:
        return {province: values[name] for province, values in self.rows.items()}


def province_values(
    provinces: list[Province],
    counts: dict[str, tuple[int, int]],
    previous: dict[str, tuple[int, int]] | None,
) -> ProvinceValues:
    """Counts become measures; a province without incidents is 0, never missing."""
    result = ProvinceValues()
    directions = significance(provinces, counts, previous)
    for province in provinces:
        incidents, fatalities = counts.get(province.name, (0, 0))
        area, population = province.area_km2, province.population
        before = None if previous is None else previous.get(province.name, (0, 0))[0]
        result.rows[province.name] = {
            "incidents": float(incidents),
            "fatalities": float(fatalities),
            "per_1000_km2": incidents * 1000.0 / area if area else None,
            "per_100k_people": incidents * 100000.0 / population if population else None,
            "change_abs": None if before is None else float(incidents - before),
            "change_pct": None if not before else 100.0 * (incidents - before) / before,
            "change_significance": directions.get(province.name),
        }
    return result


def significance(
    provinces: list[Province], counts: dict[str, tuple[int, int]], previous: dict[str, tuple[int, int]] | None
) -> dict[str, float]:
    """1 significant increase, -1 significant decrease, 0 neither, against the previous period of
    equal length: the conditional binomial test, corrected across provinces (trends/stats.py)."""
    if previous is None:
        return {}
    rows = []
    for province in provinces:
        now, before = counts.get(province.name, (0, 0))[0], previous.get(province.name, (0, 0))[0]
        p_value = stats.binomial_two_sided(now, now + before, 0.5)  # two windows of equal length
        rows.append(ChangeRow(province.name, None, now, float(before), float(now - before), None, p_value))
    assign_directions(rows, SIGNIFICANCE_LEVEL)  # the same rule as the change table's
    return {row.name: {INCREASE: 1.0, DECREASE: -1.0}.get(row.direction, 0.0) for row in rows}


def database_values(source, incident_filter: IncidentFilter, provinces_layer: QgsVectorLayer) -> ProvinceValues:
    """Every measure for every province, counted by the database (headless export, Processing)."""
    from ..store import queries

    previous = previous_period(incident_filter)
    counts = queries.count_by_province(source, incident_filter)
    before = None if previous is None else queries.count_by_province(source, previous)
    return province_values(read_provinces(provinces_layer), counts, before)


def read_provinces(layer: QgsVectorLayer) -> list[Province]:
    fields = layer.fields()
    has_population = fields.indexOf("population") >= 0
    provinces = []
    for feature in layer.getFeatures():
        population = feature["population"] if has_population else None
        provinces.append(
            Province(
                str(feature["name"]),
                float(feature["area_km2"]) if feature["area_km2"] not in (None, "") else None,
                int(population) if population not in (None, "") and str(population) != "NULL" else None,
            )
        )
    return provinces


def class_ranges(values: list[float], settings: ChoroplethSettings) -> list[tuple[float, float]]:
    """Class bounds by QGIS's own classification methods (or the analyst's fixed breaks)."""
    if settings.method == "fixed":
        breaks = sorted(settings.fixed_breaks)
        if len(breaks) < 2:
            raise ValueError(tr("Fixed breaks need at least two values, e.g. 0, 10, 50, 100"))
        return list(zip(breaks[:-1], breaks[1:]))
    finite = [v for v in values if v is not None and math.isfinite(v)]
    if not finite:
        return [(0.0, 0.0)]
    if min(finite) == max(finite):
        return [(min(finite), max(finite))]
    ranges = CLASSIFIERS[settings.method]().classes(finite, max(settings.classes, 1))
    return [(r.lowerBound(), r.upperBound()) for r in ranges]


def _format(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def legend_label(lower: float, upper: float, provinces: int) -> str:
    if provinces == 1:
        return tr("{lower} – {upper}  (1 province)").format(lower=_format(lower), upper=_format(upper))
    return tr("{lower} – {upper}  ({count} provinces)").format(
        lower=_format(lower), upper=_format(upper), count=provinces
    )


def colours(ramp_name: str, count: int) -> list[QColor]:
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name) or QgsStyle.defaultStyle().colorRamp("Reds")
    if count == 1:
        return [ramp.color(0.6)]
    # Start a little above the ramp's palest colour so the lowest class is not lost on white.
    return [ramp.color(0.1 + 0.9 * i / (count - 1)) for i in range(count)]


def class_palette(settings: ChoroplethSettings, count: int) -> list[QColor]:
    ramp = settings.ramp if settings.measure not in DIVERGING or settings.ramp != "Reds" else "RdBu"
    palette = colours(ramp, count)
    if settings.measure in DIVERGING and ramp == "RdBu":
        palette.reverse()  # increases in red, decreases in blue
    return palette


def build_renderer(
    values: dict[str, float | None], settings: ChoroplethSettings, ranges: list[tuple[float, float]]
) -> QgsGraduatedSymbolRenderer:
    palette = class_palette(settings, len(ranges))
    # QGIS draws a value with the first class whose closed interval holds it; count the same way.
    members = [0] * len(ranges)
    for value in values.values():
        value = 0.0 if value is None else value
        for index, (lower, upper) in enumerate(ranges):
            if lower <= value <= upper:
                members[index] += 1
                break
    renderer = QgsGraduatedSymbolRenderer(VALUE_EXPRESSION)
    for index, ((lower, upper), colour) in enumerate(zip(ranges, palette)):
        symbol = QgsFillSymbol.createSimple(
            {"color": colour.name(), "outline_color": "110,98,86,255", "outline_width": "0.3"}
        )
        renderer.addClassRange(QgsRendererRange(lower, upper, symbol, legend_label(lower, upper, members[index])))
    return renderer


def significance_renderer(values: dict[str, float | None]) -> QgsGraduatedSymbolRenderer:
    """Three classes whatever the classification: the test decides, not the breaks."""
    labels = (
        tr("Significant decrease ({count})"),
        tr("No significant change ({count})"),
        tr("Significant increase ({count})"),
    )
    renderer = QgsGraduatedSymbolRenderer(VALUE_EXPRESSION)
    for (lower, upper), colour, label in zip(SIGNIFICANCE_RANGES, SIGNIFICANCE_COLOURS, labels):
        members = sum(1 for value in values.values() if (value or 0.0) == lower)
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "110,98,86,255", "outline_width": "0.3"})
        # Half-open around each value, so no float lands between classes.
        renderer.addClassRange(QgsRendererRange(lower - 0.5, upper + 0.5, symbol, label.format(count=members)))
    return renderer


DARK_TEXT, LIGHT_TEXT = "#281e14", "#ffffff"


def label_colour_expression(ranges: list[tuple[float, float]], palette: list[QColor]) -> str:
    """White text on dark classes, dark text on light ones: legible without a costly halo."""
    cases = " ".join(
        f"WHEN @value <= {upper!r} THEN '{LIGHT_TEXT if colour.lightness() < 120 else DARK_TEXT}'"
        for (_, upper), colour in zip(ranges, palette)
    )
    # with_variable reads the value once per province, not once per class.
    return f"with_variable('value', {VALUE_EXPRESSION}, CASE {cases} ELSE '{DARK_TEXT}' END)"


def label_settings(measure: str, colour_expression: str | None = None) -> QgsPalLayerSettings:
    settings = QgsPalLayerSettings()
    if measure == "change_significance":  # the class says it all: -1, 0 and 1 mean nothing on a map
        settings.fieldName = '"name"'
    else:
        decimals = 0 if measure in ("incidents", "fatalities", "change_abs") else 1
        settings.fieldName = f"\"name\" || '\\n' || format_number({VALUE_EXPRESSION}, {decimals})"
    settings.isExpression = True
    # On the centroid: one candidate per province, so labelling stays cheap on big maps.
    settings.placement = LABEL_OVER_POINT
    settings.centroidInside = True
    # Province outlines are not obstacles: a small province still gets its label on its centroid.
    settings.obstacleSettings().setIsObstacle(False)
    text = QgsTextFormat()
    text.setSize(8)
    text.setColor(QColor(DARK_TEXT))
    settings.setFormat(text)
    if colour_expression:
        settings.dataDefinedProperties().setProperty(
            QgsPalLayerSettings.Property.Color, QgsProperty.fromExpression(colour_expression)
        )
    return settings


def current_ranges(layer: QgsVectorLayer) -> list[tuple[float, float]] | None:
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == VALUE_EXPRESSION:
        return [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()]
    return None


def apply_choropleth(
    layer: QgsVectorLayer, values: ProvinceValues, settings: ChoroplethSettings
) -> list[tuple[float, float]]:
    """Write the values into the layer variable and restyle; returns the class bounds used."""
    measured = values.measure(settings.measure)
    stored = {name: value for name, value in measured.items() if value is not None}
    if measured and not stored:
        reason = "population" if settings.measure == "per_100k_people" else "a date range to compare with"
        if settings.measure == "per_1000_km2":
            reason = "province areas"
        raise ValueError(
            tr("'{measure}' needs {reason}, which this map does not have").format(
                measure=settings.measure, reason=reason
            )
        )
    QgsExpressionContextUtils.setLayerVariable(layer, VARIABLE, json.dumps(stored, ensure_ascii=False))
    if settings.measure == "change_significance":
        ranges = SIGNIFICANCE_RANGES
        layer.setRenderer(significance_renderer(measured))
        palette = [QColor(colour) for colour in SIGNIFICANCE_COLOURS]
    else:
        kept = current_ranges(layer) if settings.keep_breaks else None
        ranges = kept or class_ranges(list(measured.values()), settings)
        layer.setRenderer(build_renderer(measured, settings, ranges))
        palette = class_palette(settings, len(ranges))
    colour_expression = label_colour_expression(ranges, palette)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label_settings(settings.measure, colour_expression)))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()
    return ranges
