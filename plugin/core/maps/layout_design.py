"""The templates' design in code: `make templates` writes resources/layouts/*.qpt from it."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ..compat import KILOMETERS, SEGMENTS_FIT_WIDTH
from ..definitions import PAGE_SIZES
from ..paths import RESOURCES

MM = Qgis.LayoutUnit.Millimeters if hasattr(Qgis, "LayoutUnit") else QgsUnitTypes.LayoutUnit.LayoutMillimeters
TEMPLATE_DIR = RESOURCES / "layouts"
TEMPLATE_LEGEND_TITLE = "Incidents"
BRIEF_MAP_HEIGHT = 140.0
CHART_WIDTH, CHART_HEIGHT = 92.0, 62.0  # millimetres: the brief's chart picture


def _label(layout, item_id: str, text: str, size: float, bold: bool = False) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    font = QFont("Sans Serif", 10)
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
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
    width, height = PAGE_SIZES[kind]
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    margin = 10.0
    brief = kind in ("brief", "compare")  # a shorter map, room below it
    side = width * (0.28 if width > height else 0.29 if brief else 0.0)
    map_width = width - 2 * margin - side - (4 if side else 0)
    title = _label(layout, "title", "Title", 18, bold=True)
    _place(title, margin, 8, width - 2 * margin, 10)
    subtitle = _label(layout, "subtitle", "Subtitle", 11)
    _place(subtitle, margin, 18, width - 2 * margin, 7)
    map_top = 28.0
    map_height = BRIEF_MAP_HEIGHT if brief else height - map_top - (22 if side else 70)
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
    if kind == "brief":
        _add_brief_items(layout, margin, map_top + map_height + 4, width - 2 * margin)
    elif kind == "compare":
        table = _manual_table(layout, "compare_table")
        _place(table, margin, map_top + map_height + 4, width - 2 * margin, height - map_top - map_height - 26)
    return layout


def _manual_table(layout, item_id: str):
    """A manual table (headers bold, 7 pt) in one frame, which the filling code sizes rows into."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    for setter, size, bold in ((table.setHeaderTextFormat, 7, True), (table.setContentTextFormat, 7, False)):
        font = QFont("Sans Serif", 7)
        font.setBold(bold)
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(size)
        setter(text_format)
    table.setGridStrokeWidth(0.15)
    table.setCellMargin(0.8)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    table.addFrame(frame)
    return frame


def _add_brief_items(layout, left: float, top: float, width: float) -> None:
    """The trend chart (a picture fed an SVG), the change table and the sentences, below the map."""
    chart = QgsLayoutItemPicture(layout)
    chart.setId("trend_chart")
    layout.addLayoutItem(chart)
    _place(chart, left, top, CHART_WIDTH, CHART_HEIGHT)
    frame = _manual_table(layout, "change_table")
    _place(frame, left + CHART_WIDTH + 4, top, width - CHART_WIDTH - 4, CHART_HEIGHT)
    sentences = _label(layout, "sentences", "Sentences", 8)
    sentences.setVAlign(Qt.AlignmentFlag.AlignTop)
    _place(sentences, left, top + CHART_HEIGHT + 4, width, 36)


def write_templates(folder: Path = TEMPLATE_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in PAGE_SIZES:
        path = folder / f"{kind.replace('_', '-')}.qpt"
        if not design_layout(kind).saveAsTemplate(str(path), QgsReadWriteContext()):
            raise OSError(f"Could not write {path}")
        written.append(path)
    return written
