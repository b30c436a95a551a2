"""Print layouts for the styled map: templates, texts written from the filter, and export.

The templates under resources/layouts/ are ordinary QGIS .qpt files (made by
`make templates` from `design_layout`), so analysts can restyle them in the layout designer;
the code only relies on the item ids: title, subtitle, map, overview, legend, scalebar, north,
provenance.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsHeatmapRenderer,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ..compat import KILOMETERS, RENDER_MILLIMETERS, SEGMENTS_FIT_WIDTH, TEXT_AS_TEXT
from ..definitions import MEASURES, PAGE_SIZES
from ..filters import IncidentFilter
from ..i18n import format_day, tr
from ..paths import RESOURCES, world_map_path
from ..store.queries import Summary
from .choropleth import VALUE_EXPRESSION

MM = Qgis.LayoutUnit.Millimeters if hasattr(Qgis, "LayoutUnit") else QgsUnitTypes.LayoutUnit.LayoutMillimeters
TEMPLATE_DIR = RESOURCES / "layouts"
PAGES = PAGE_SIZES
TEMPLATE_LEGEND_TITLE = "Incidents"
ITEM_IDS = ("title", "subtitle", "map", "overview", "legend", "scalebar", "north", "provenance")


@dataclass(frozen=True)
class MapTexts:
    title: str
    subtitle: str
    provenance: str


def _day(value: date | str | None) -> str:
    if value is None:
        return ""
    value = date.fromisoformat(value) if isinstance(value, str) else value
    return format_day(value)


def map_texts(
    incident_filter: IncidentFilter, summary: Summary, sources: list[str], classification: str, measure: str
) -> MapTexts:
    """Title, subtitle and provenance, in words of the interface language, from the filter and counts."""
    actors = ", ".join(incident_filter.actors)
    if incident_filter.actors and incident_filter.event_types:
        event_types = tr(" and ").join(t.lower() for t in incident_filter.event_types)
        title = tr("{actors} {event_types} by governorate").format(actors=actors, event_types=event_types)
    elif incident_filter.actors:
        title = tr("{actors} attacks by governorate").format(actors=actors)
    else:
        title = tr("Incidents by governorate")
    start = incident_filter.date_from or summary.first_date
    end = incident_filter.date_to or summary.last_date
    period = tr("{start} – {end}").format(start=_day(start), end=_day(end)) if start and end else tr("all dates")
    subtitle = tr("{period} · {incidents} incidents · {fatalities} fatalities").format(
        period=period, incidents=f"{summary.incidents:,}", fatalities=f"{summary.fatalities:,}"
    )
    provenance = tr(
        "Source: {sources}. Filter: {filter}. Provinces coloured by {measure}, {classification}. "
        "Produced {date} with Incident Atlas."
    ).format(
        sources="; ".join(sources) or tr("unknown"),
        filter=describe_filter(incident_filter) or tr("no filter"),
        measure=measure_words(measure),
        classification=classification,
        date=date.today().isoformat(),
    )
    return MapTexts(title, subtitle, provenance)


def measure_words(measure: str) -> str:
    try:
        return MEASURES.by_key(measure).text()
    except ValueError:
        return measure.replace("_", " ")


def describe_filter(incident_filter: IncidentFilter) -> str:
    parts = []
    if incident_filter.actors:
        actors = ", ".join(incident_filter.actors)
        role = {"primary": tr("primary"), "secondary": tr("secondary"), "associated": tr("associated")}
        if incident_filter.actor_role in role:
            parts.append(tr("actors {actors} ({role})").format(actors=actors, role=role[incident_filter.actor_role]))
        else:
            parts.append(tr("actors {actors}").format(actors=actors))
    if incident_filter.date_from or incident_filter.date_to:
        parts.append(
            tr("dates {start} to {end}").format(
                start=_day(incident_filter.date_from) or "…", end=_day(incident_filter.date_to) or "…"
            )
        )
    if incident_filter.event_types:
        parts.append(tr("event types {types}").format(types=", ".join(incident_filter.event_types)))
    if incident_filter.sub_event_types:
        parts.append(tr("sub-types {types}").format(types=", ".join(incident_filter.sub_event_types)))
    if incident_filter.fatalities_min is not None:
        parts.append(tr("at least {number} fatalities").format(number=incident_filter.fatalities_min))
    if incident_filter.fatalities_max is not None:
        parts.append(tr("at most {number} fatalities").format(number=incident_filter.fatalities_max))
    if incident_filter.max_geo_precision is not None:
        parts.append(tr("location precision up to {level}").format(level=incident_filter.max_geo_precision))
    if incident_filter.max_date_precision is not None:
        parts.append(tr("date precision up to {level}").format(level=incident_filter.max_date_precision))
    if incident_filter.provinces:
        parts.append(tr("provinces {names}").format(names=", ".join(incident_filter.provinces)))
    if incident_filter.datasets:
        parts.append(tr("datasets {names}").format(names=", ".join(incident_filter.datasets)))
    return tr("; ").join(parts)


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is Arabic, Kurdish, Hebrew and the like."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _label(layout, item_id: str, text: str, size: float, bold: bool = False) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    font = QFont("Sans Serif", 10)
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(size)
        label.setTextFormat(text_format)
    else:
        font.setPointSizeF(size)
        label.setFont(font)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    layout.addLayoutItem(label)
    return label


def _place(item, x: float, y: float, width: float, height: float) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))


def design_layout(kind: str, project: QgsProject | None = None) -> QgsPrintLayout:
    """The template's design in code: positions in proportion to the page."""
    width, height = PAGES[kind]
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    margin = 10.0
    side = width * (0.28 if width > height else 0.0)
    map_width = width - 2 * margin - side - (4 if side else 0)
    title = _label(layout, "title", "Title", 18, bold=True)
    _place(title, margin, 8, width - 2 * margin, 10)
    subtitle = _label(layout, "subtitle", "Subtitle", 11)
    _place(subtitle, margin, 18, width - 2 * margin, 7)
    map_top = 28.0
    map_height = height - map_top - (22 if side else 70)
    main_map = QgsLayoutItemMap(layout)
    main_map.setId("map")
    main_map.setFrameEnabled(True)
    layout.addLayoutItem(main_map)
    _place(main_map, margin, map_top, map_width, map_height)
    column_x = margin + map_width + 4 if side else margin
    column_y = map_top if side else map_top + map_height + 4
    column_width = side if side else (width - 2 * margin) / 2
    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    overview.setFrameEnabled(True)
    layout.addLayoutItem(overview)
    overview_height = column_width * 0.6
    _place(overview, column_x, column_y, column_width, overview_height)
    frame = QgsLayoutItemMapOverview("extent", overview)
    frame.setLinkedMap(main_map)
    # An outline, not a wash: the country underneath stays readable.
    frame.setFrameSymbol(
        QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "178,24,43,255", "outline_width": "0.5"})
    )
    overview.overviews().addOverview(frame)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(TEMPLATE_LEGEND_TITLE)
    legend.setLinkedMap(main_map)
    layout.addLayoutItem(legend)
    legend_x = column_x if side else column_x + column_width + 4
    legend_y = column_y + overview_height + 4 if side else column_y
    legend.attemptMove(QgsLayoutPoint(legend_x, legend_y, MM))
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main_map)
    scalebar.setUnits(KILOMETERS)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(3)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(100)
    # Segments of a round length that fits, whatever the scale of the page.
    scalebar.setSegmentSizeMode(SEGMENTS_FIT_WIDTH)
    scalebar.setMinimumBarWidth(15)
    scalebar.setMaximumBarWidth(45)
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(margin + 3, map_top + map_height - 14, MM))
    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(str(Path(QgsApplication.pkgDataPath()) / "svg" / "arrows" / "NorthArrow_02.svg"))
    layout.addLayoutItem(north)
    _place(north, margin + map_width - 14, map_top + 3, 11, 11)
    provenance = _label(layout, "provenance", "Provenance", 7)
    provenance.setVAlign(Qt.AlignmentFlag.AlignBottom)
    _place(provenance, margin, height - 18, width - 2 * margin, 14)
    return layout


def write_templates(folder: Path = TEMPLATE_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in PAGES:
        path = folder / f"{kind.replace('_', '-')}.qpt"
        if not design_layout(kind).saveAsTemplate(str(path), QgsReadWriteContext()):
            raise OSError(f"Could not write {path}")
        written.append(path)
    return written


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
    missing = [item_id for item_id in ITEM_IDS if layout.itemById(item_id) is None]
    if missing:
        raise ValueError(tr("The layout template lacks the items {names}").format(names=", ".join(missing)))
    return layout


def display_crs(extent_wgs84) -> QgsCoordinateReferenceSystem:
    """The UTM zone of the area's centre: true scale bars and shapes for a province map."""
    centre = extent_wgs84.center()
    zone = min(max(int((centre.x() + 180) // 6) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")


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
    copy.setName(f"{incidents.name()} (density)")
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
    layer = QgsVectorLayer(f"{world_map_path()}|layername=countries", "countries (inset)", "ogr")
    if not layer.isValid():
        return None  # a QGIS without its world map: the inset shows the provinces alone
    return _plain_fill(layer, "246,245,242,255", "190,185,178,255")


def locator_copy(provinces):
    """The provinces plain and unlabelled, for the overview inset."""
    copy = provinces.clone()
    copy.setName(f"{provinces.name()} (locator)")
    return _plain_fill(copy, "214,208,198,255", "150,140,130,255")


def prepare_layout(
    layout: QgsPrintLayout,
    incidents,
    provinces,
    texts: MapTexts,
    atlas: str = "none",
    legend_title: str = "",
    incident_count: int = 0,
) -> None:
    """Fill texts, point the maps at the layers, and set up the atlas ("none", "all", "with_incidents").

    Above DENSE_INCIDENTS filtered incidents the map draws their density instead of every dot; the
    copy is registered (without a legend entry) in the layout's project so the layout can be saved.
    """
    if incident_count > DENSE_INCIDENTS:
        incidents = heatmap_copy(incidents)
        layout.project().addMapLayer(incidents, False)
    for item_id, text in (("title", texts.title), ("subtitle", texts.subtitle), ("provenance", texts.provenance)):
        label = layout.itemById(item_id)
        label.setText(text)
        # Arabic and Kurdish texts start at the right edge; Qt shapes and orders the letters itself.
        rtl = is_right_to_left(text)
        label.setHAlign(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    crs = display_crs(provinces.extent())
    main_map = layout.itemById("map")
    main_map.setCrs(crs)
    main_map.setLayers([incidents, provinces])
    main_map.setKeepLayerSet(True)
    _zoom(main_map, provinces, crs, 1.05)
    overview = layout.itemById("overview")
    overview.setCrs(crs)
    locator = locator_copy(provinces)
    layout.project().addMapLayer(locator, False)
    neighbours = countries_layer()
    if neighbours is not None:
        layout.project().addMapLayer(neighbours, False)
    overview.setLayers([locator] + ([neighbours] if neighbours is not None else []))
    overview.setKeepLayerSet(True)
    _zoom(overview, provinces, crs, 4.0)
    legend = layout.itemById("legend")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    node = root.addLayer(provinces)
    node.setCustomProperty("legend/title-label", legend_title or tr("Incidents per governorate"))
    if legend.title() == TEMPLATE_LEGEND_TITLE:  # an analyst's own template keeps its own words
        legend.setTitle(tr("Incidents"))
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
    if atlas == "with_incidents":
        layout_atlas.setFilterExpression(f"{VALUE_EXPRESSION} > 0")
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(0.15)
    layout.itemById("title").setText(f'{texts.title}: [% "name" %] ([% format_number({VALUE_EXPRESSION}, 0) %])')


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


class ExportError(Exception):
    pass


def _complete(path: Path) -> bool:
    """Whether an exported file is whole: a writer that ran out of disk may still report success."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    if path.suffix.lower() == ".pdf":
        with path.open("rb") as handle:
            handle.seek(max(path.stat().st_size - 1024, 0))
            return b"%%EOF" in handle.read()
    if path.suffix.lower() == ".svg":
        return path.read_bytes().rstrip().endswith(b"</svg>")
    from qgis.PyQt.QtGui import QImage

    return not QImage(str(path)).isNull()


def _with_text(settings, dpi: int):
    """Vector export settings that keep text as text (searchable, selectable, read aloud; fonts embedded).

    QGIS 3.40 no longer defaults to text in PDF and SVG: said once, for every version."""
    settings.dpi = dpi
    settings.textRenderFormat = TEXT_AS_TEXT
    return settings


def export_layout(layout: QgsPrintLayout, output: Path, dpi: int = 150, feedback=None) -> Path:
    """PDF, PNG or SVG by the file's extension; an atlas goes to one PDF, or one PNG/SVG a page.

    Written under a temporary name and renamed only when complete, so a failed or cut-short
    export never leaves a file that looks finished.
    """
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        raise ExportError(tr("Choose a .pdf, .png or .svg file, not {name}").format(name=output.name))
    output.parent.mkdir(parents=True, exist_ok=True)
    atlas = layout.atlas() if layout.atlas().enabled() else None
    if atlas is not None and suffix != ".pdf":
        return _export_atlas_pages(layout, atlas, output, dpi, feedback)
    partial = output.with_name(f".{output.stem}.part{suffix}")
    exporter = QgsLayoutExporter(layout)
    if suffix == ".pdf":
        settings = _with_text(QgsLayoutExporter.PdfExportSettings(), dpi)
        if atlas is not None:
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(partial), settings, feedback)
        else:
            result, error = exporter.exportToPdf(str(partial), settings), ""
    elif suffix == ".png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result, error = exporter.exportToImage(str(partial), settings), ""
    else:
        settings = _with_text(QgsLayoutExporter.SvgExportSettings(), dpi)
        result, error = exporter.exportToSvg(str(partial), settings), ""
    if result == QgsLayoutExporter.ExportResult.Success and not _complete(partial):
        error = "the file was cut short (is the disk full?)"
        result = QgsLayoutExporter.ExportResult.FileError
    if result != QgsLayoutExporter.ExportResult.Success:
        for leftover in output.parent.glob(f".{output.stem}.part*"):
            leftover.unlink(missing_ok=True)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            raise ExportError(tr("Exporting {name} was cancelled").format(name=output.name))
        raise ExportError(
            tr("Exporting {name} failed: {error}").format(
                name=output.name, error=error or exporter.errorMessage() or result
            )
        )
    for sidecar in output.parent.glob(f".{output.stem}.part.*"):  # world files QGIS may add
        if sidecar != partial:
            sidecar.unlink(missing_ok=True)
    partial.replace(output)
    return output


def _export_atlas_pages(layout, atlas, output: Path, dpi: int, feedback) -> Path:
    """One PNG or SVG per atlas page, named <stem>-<page>; all removed again if any page fails."""
    atlas.setFilenameExpression(f"'{output.stem}-' || @atlas_featurenumber")
    base = str(output.parent / output.stem)
    if output.suffix.lower() == ".png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result, error = QgsLayoutExporter.exportToImage(atlas, base, "png", settings, feedback)
    else:
        settings = _with_text(QgsLayoutExporter.SvgExportSettings(), dpi)
        result, error = QgsLayoutExporter.exportToSvg(atlas, base, settings, feedback)
    pages = sorted(output.parent.glob(f"{output.stem}-*{output.suffix}"))
    if result == QgsLayoutExporter.ExportResult.Success and not all(_complete(page) for page in pages):
        result, error = QgsLayoutExporter.ExportResult.FileError, "a page was cut short (is the disk full?)"
    if result != QgsLayoutExporter.ExportResult.Success:
        for page in pages:
            page.unlink(missing_ok=True)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            raise ExportError(tr("Exporting {name} was cancelled").format(name=output.name))
        raise ExportError(tr("Exporting {name} failed: {error}").format(name=output.name, error=error or result))
    return output
