"""Provinces styled by attack frequency under the current filter.

Where the values live: in a *layer variable* of the provinces layer (`incident_atlas_values`,
a JSON object of province id (the provinces table's fid) -> value), read by the renderer's and the
labels' expressions. By id, never by name: names recur across countries. By the "fid" field, not the
feature's id: QGIS numbers a PostGIS table's bigint keys its own way.
Layer variables are saved in the project with the layer, and `json_to_map`/`map_get` are plain
QGIS expressions, so a saved project renders the same map on a machine without the plugin, and
no filter change ever writes to the GeoPackage (which other analysts may be reading).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from qgis.core import (
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
from ..compat import LABEL_OVER_POINT, RENDER_MILLIMETERS
from ..filters import IncidentFilter, previous_period
from ..i18n import tr
from ..trends import stats
from ..trends.change import DECREASE as DIRECTION_DOWN
from ..trends.change import INCREASE as DIRECTION_UP
from ..trends.change import ChangeRow, assign_directions
from .classes import (
    DECREASE,
    DIVERGING,
    INCREASE,
    RANGE,
    ZERO,
    Classification,
    MapClass,
    classify,
    fixed_classes,
)

VARIABLE = "incident_atlas_values"
PROVINCE_KEY = "fid"  # the provinces table's key: incidents.province_id
VALUE_EXPRESSION = f'coalesce(map_get(json_to_map(@{VARIABLE}), to_string("{PROVINCE_KEY}")), 0)'
MEASURES = definitions.MEASURES.keys()
METHODS = definitions.METHODS.keys()
NOTHING_COLOUR = "#f4f1ec"  # provinces with nothing (or no change): pale, neither ramp's first step
CLASSES_NOTE = "incident_atlas/classes_note"
MEASURE_PROPERTY = "incident_atlas/measure"
SCREEN_BAND_PROVINCES = 60  # up to a country or two (Iraq: 18); a region's hundreds repaint without it
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
    id: int  # the provinces table's fid: the counts' key
    name: str
    area_km2: float | None
    population: int | None


@dataclass
class ProvinceValues:
    """Every measure for every province; None where it is undefined (no population, no base)."""

    rows: dict[int, dict[str, float | None]] = field(default_factory=dict)  # by province id

    def measure(self, name: str) -> dict[int, float | None]:
        return {province: values[name] for province, values in self.rows.items()}


def province_values(
    provinces: list[Province],
    counts: dict[int, tuple[int, int]],
    previous: dict[int, tuple[int, int]] | None,
) -> ProvinceValues:
    """Counts become measures; a province without incidents is 0, never missing."""
    result = ProvinceValues()
    directions = significance(provinces, counts, previous)
    for province in provinces:
        incidents, fatalities = counts.get(province.id, (0, 0))
        area, population = province.area_km2, province.population
        before = None if previous is None else previous.get(province.id, (0, 0))[0]
        result.rows[province.id] = {
            "incidents": float(incidents),
            "fatalities": float(fatalities),
            "per_1000_km2": incidents * 1000.0 / area if area else None,
            "per_100k_people": incidents * 100000.0 / population if population else None,
            "change_abs": None if before is None else float(incidents - before),
            "change_pct": None if not before else 100.0 * (incidents - before) / before,
            "change_significance": directions.get(province.id),
        }
    return result


def significance(
    provinces: list[Province], counts: dict[int, tuple[int, int]], previous: dict[int, tuple[int, int]] | None
) -> dict[int, float]:
    """1 significant increase, -1 significant decrease, 0 neither, against the previous period of
    equal length: the conditional binomial test, corrected across provinces (trends/stats.py)."""
    if previous is None:
        return {}
    rows = []
    for province in provinces:
        now, before = counts.get(province.id, (0, 0))[0], previous.get(province.id, (0, 0))[0]
        p_value = stats.binomial_two_sided(now, now + before, 0.5)  # two windows of equal length
        rows.append(ChangeRow(province.name, None, now, float(before), float(now - before), None, p_value))
    assign_directions(rows, SIGNIFICANCE_LEVEL)  # the same rule as the change table's
    return {
        province.id: {DIRECTION_UP: 1.0, DIRECTION_DOWN: -1.0}.get(row.direction, 0.0)
        for province, row in zip(provinces, rows)
    }


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
                int(feature[PROVINCE_KEY]),
                str(feature["name"]),
                float(feature["area_km2"]) if feature["area_km2"] not in (None, "") else None,
                int(population) if population not in (None, "") and str(population) != "NULL" else None,
            )
        )
    return provinces


def classification(values: list[float | None], settings: ChoroplethSettings) -> Classification:
    """The classes of the map (see classes.py): the analyst's fixed breaks, or QGIS's method over the
    values above zero with nothing in a class of its own."""
    if settings.method == "fixed":
        return fixed_classes(settings.fixed_breaks, settings.measure)
    return classify(values, settings.measure, settings.method, settings.classes)


def class_ranges(values: list[float], settings: ChoroplethSettings) -> list[tuple[float, float]]:
    return classification(values, settings).ranges


def legend_label(text: str, provinces: int) -> str:
    return tr("{range}  (%n provinces)", "", provinces).format(range=text)


def colours(ramp_name: str, count: int) -> list[QColor]:
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name) or QgsStyle.defaultStyle().colorRamp("Reds")
    if count == 1:
        return [ramp.color(0.6)]
    # Start a little above the ramp's palest colour so the lowest class is not lost on white.
    return [ramp.color(0.2 + 0.8 * i / (count - 1)) for i in range(count)]


def class_palette(settings: ChoroplethSettings, classes: list[MapClass]) -> list[QColor]:
    """Nothing in a pale neutral; ranges along the ramp; decreases in blues, increases in reds."""
    decreases = [c for c in classes if c.role == DECREASE]
    increases = [c for c in classes if c.role == INCREASE]
    ranges = [c for c in classes if c.role == RANGE]
    blues = list(reversed(colours("Blues", len(decreases)))) if decreases else []
    reds = colours("Reds" if settings.measure in DIVERGING else settings.ramp, len(increases) or len(ranges))
    palette, blue, red = [], iter(blues), iter(reds)
    for c in classes:
        palette.append(QColor(NOTHING_COLOUR) if c.role == ZERO else next(blue) if c.role == DECREASE else next(red))
    return palette


def build_renderer(
    values: dict[int, float | None], settings: ChoroplethSettings, classes: Classification
) -> QgsGraduatedSymbolRenderer:
    palette = class_palette(settings, classes.classes)
    # QGIS draws a value with the first class whose closed interval holds it; count the same way.
    members = [0] * len(classes.classes)
    for value in values.values():
        value = 0.0 if value is None else value
        for index, c in enumerate(classes.classes):
            if c.lower <= value <= c.upper:
                members[index] += 1
                break
    renderer = QgsGraduatedSymbolRenderer(VALUE_EXPRESSION)
    for index, (c, colour) in enumerate(zip(classes.classes, palette)):
        symbol = QgsFillSymbol.createSimple(
            {"color": colour.name(), "outline_color": "110,98,86,255", "outline_width": "0.3"}
        )
        renderer.addClassRange(QgsRendererRange(c.lower, c.upper, symbol, legend_label(c.text, members[index])))
    return renderer


def kept_classification(layer: QgsVectorLayer) -> Classification | None:
    """The classes the layer is drawn with, for "keep breaks": bounds and words as they were."""
    renderer = layer.renderer()
    if not (isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == VALUE_EXPRESSION):
        return None
    kept = []
    for r in renderer.ranges():
        text = r.label().rsplit("  (", 1)[0]
        role = ZERO if r.lowerValue() == r.upperValue() == 0 else RANGE
        kept.append(MapClass(r.lowerValue(), r.upperValue(), text, role))
    return Classification(kept)


def significance_renderer(values: dict[int, float | None]) -> QgsGraduatedSymbolRenderer:
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


def _class_expression(ranges: list[tuple[float, float]], words: list[str], otherwise: str) -> str:
    cases = " ".join(f"WHEN @value <= {upper!r} THEN '{word}'" for (_, upper), word in zip(ranges, words))
    # with_variable reads the value once per province, not once per class.
    return f"with_variable('value', {VALUE_EXPRESSION}, CASE {cases} ELSE '{otherwise}' END)"


def label_colour_expression(ranges: list[tuple[float, float]], palette: list[QColor]) -> str:
    """White text on dark classes, dark text on light ones."""
    words = [LIGHT_TEXT if colour.lightness() < 120 else DARK_TEXT for colour in palette]
    return _class_expression(ranges, words, DARK_TEXT)


def band_colour_expression(ranges: list[tuple[float, float]], palette: list[QColor]) -> str:
    """The province's own class colour, for the band behind its label: incident dots under the text
    are covered by the colour they sit on, so the name and count read whole and the map looks the same."""
    return _class_expression(ranges, [colour.name() for colour in palette], NOTHING_COLOUR)


def label_settings(
    measure: str, colour_expression: str | None = None, band_expression: str | None = None
) -> QgsPalLayerSettings:
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
    # Where two labels collide, the province with something to report keeps its label.
    settings.dataDefinedProperties().setProperty(
        QgsPalLayerSettings.Property.Priority, QgsProperty.fromExpression(f"if({VALUE_EXPRESSION} <> 0, 9, 2)")
    )
    if band_expression:
        # Labels are drawn above every layer; the band keeps the points beneath from cluttering them.
        buffer = text.buffer()
        buffer.setEnabled(True)
        buffer.setSize(1.0)
        buffer.setSizeUnit(RENDER_MILLIMETERS)
        buffer.setOpacity(0.85)
        buffer.setColor(QColor(NOTHING_COLOUR))
        text.setBuffer(buffer)
        settings.setFormat(text)
        settings.dataDefinedProperties().setProperty(
            QgsPalLayerSettings.Property.BufferColor, QgsProperty.fromExpression(band_expression)
        )
    return settings


def apply_choropleth(
    layer: QgsVectorLayer, values: ProvinceValues, settings: ChoroplethSettings
) -> list[tuple[float, float]]:
    """Write the values into the layer variable and restyle; returns the class bounds used."""
    measured = values.measure(settings.measure)
    stored = {str(province): value for province, value in measured.items() if value is not None}
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
    note = ""
    if settings.measure == "change_significance":
        ranges = SIGNIFICANCE_RANGES
        layer.setRenderer(significance_renderer(measured))
        palette = [QColor(colour) for colour in SIGNIFICANCE_COLOURS]
    else:
        old_renderer = layer.renderer()
        kept = kept_classification(layer) if settings.keep_breaks else None
        classes = kept or classification(list(measured.values()), settings)
        note, ranges = classes.note, classes.ranges
        renderer = build_renderer(measured, settings, classes)
        if kept is not None:  # the classes keep their colours too
            for index, old in enumerate(old_renderer.ranges()):
                renderer.updateRangeSymbol(index, old.symbol().clone())
        layer.setRenderer(renderer)
        palette = [r.symbol().color() for r in renderer.ranges()]
    # Said under the legend's title in layouts when the data made fewer classes than asked.
    layer.setCustomProperty(CLASSES_NOTE, note)
    # The band behind labels costs ~0.5 ms a province a repaint: on screen only where that is cheap;
    # layouts always draw it (print_copy).
    layer.setCustomProperty(MEASURE_PROPERTY, settings.measure)
    colour_expression = label_colour_expression(ranges, palette)
    band = band_colour_expression(ranges, palette) if len(measured) <= SCREEN_BAND_PROVINCES else None
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label_settings(settings.measure, colour_expression, band)))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()
    return ranges


def print_styling(layer: QgsVectorLayer) -> QgsVectorLayerSimpleLabeling | None:
    """The provinces' labels as a layout prints them: each on a band of its class's colour, so incident
    dots under a name or count never cut it (worth its cost on paper, not on every repaint). None for
    provinces not styled by the plugin."""
    renderer = layer.renderer()
    if not (isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == VALUE_EXPRESSION):
        return None
    ranges = [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()]
    palette = [r.symbol().color() for r in renderer.ranges()]
    measure = layer.customProperty(MEASURE_PROPERTY) or "incidents"
    labels = label_settings(measure, label_colour_expression(ranges, palette), band_colour_expression(ranges, palette))
    return QgsVectorLayerSimpleLabeling(labels)
