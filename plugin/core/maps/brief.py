"""The brief: change table, trend chart and sentences in a layout made from the "brief" template.

The chart is an SVG drawn here and fed to a picture item, the table a manual table item: both stay
movable in the layout designer. An atlas page shows its own province's chart and sentence through
data-defined values stored in the layout, so the layout still works once the plugin is gone.
"""

from __future__ import annotations

import base64
from html import escape

from qgis.core import QgsExpression, QgsLayoutObject, QgsLayoutTableColumn, QgsProperty, QgsTableCell
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..compat import SVG_PICTURE
from ..definitions import INTERVALS
from ..i18n import format_day, tr
from ..trends.change import DECREASE, INCREASE, ChangeTable
from ..trends.overview import TrendBrief
from ..trends.sentences import baseline_words, province_sentence
from .choropleth import PROVINCE_KEY
from .layout_design import CHART_HEIGHT, CHART_WIDTH
from .map_texts import is_right_to_left

TOP = 3  # provinces in the chart and the sentences
TABLE_ROWS = 12
ATLAS_CHARTS = 300  # an atlas of more pages keeps the brief's chart on every page
ROLE_COLOURS = {"current": "#b2182b", "baseline": "#e3a59c", "": "#d9d4cc"}
ROW_TINTS = {INCREASE: "#f6dcd8", DECREASE: "#d8e5f1"}


def chart_svg(rows: list[tuple[str, list[int]]], brief: TrendBrief, width=CHART_WIDTH, height=CHART_HEIGHT) -> str:
    """One strip of bars per row (a province's incidents per period), on one scale so strips compare:
    the compared period dark, its baseline light, the periods between pale. Time runs left to right."""
    spans = brief.spans
    highest = max([max(values, default=0) for _, values in rows] + [0])
    top = max(highest, 1)
    roles = [brief.role(span) for span in spans]
    legend_h, axis_h = 8.0, 5.0  # the legend's line, then what one bar is
    strip = (height - legend_h - axis_h) / max(len(rows), 1)
    step = (width - 2) / max(len(spans), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}mm" height="{height}mm" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif">'
    ]

    def text(x, y, words, size=2.6, anchor="start", colour="#333", bold=False):
        weight = ' font-weight="bold"' if bold else ""
        parts.append(
            f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size}" text-anchor="{anchor}" fill="{colour}"{weight}>'
            f"{escape(words)}</text>"
        )

    x = 1.0
    for role, words in (("current", tr("compared period")), ("baseline", tr("baseline"))):
        parts.append(f'<rect x="{x:.2f}" y="1" width="2.4" height="2.4" fill="{ROLE_COLOURS[role]}"/>')
        text(x + 3.2, 3.2, words, 2.4)
        x += 4 + 1.35 * len(words)
    text(width - 1, 3.2, tr("highest: {count}").format(count=f"{highest:,}"), 2.4, "end", "#666")
    text(1, 6.4, chart_interval_words(brief), 2.2, colour="#666")
    for index, (name, values) in enumerate(rows):
        y0 = legend_h + index * strip
        text(1, y0 + 3, name, 2.8, bold=True)
        base = y0 + strip - 0.6
        room = strip - 4.2
        parts.append(
            f'<line x1="1" y1="{base:.2f}" x2="{width - 1}" y2="{base:.2f}" stroke="#999" stroke-width="0.15"/>'
        )
        for number, (value, role) in enumerate(zip(values, roles)):
            bar = room * value / top
            if bar > 0:
                parts.append(
                    f'<rect x="{1 + number * step + step * 0.1:.2f}" y="{base - bar:.2f}" width="{step * 0.8:.2f}" '
                    f'height="{bar:.2f}" fill="{ROLE_COLOURS[role]}"/>'
                )
    if spans:
        # The dates the numbers are about, not the edges of the weeks that hold them.
        table, y = brief.table, height - 1.2
        text(1, y, format_day(max(spans[0].start, min(w.start for w in table.baselines))), 2.4)
        current = next((i for i, role in enumerate(roles) if role == "current"), None)
        if current is not None and 3 < current < len(spans) - 3:
            text(1 + current * step, y, format_day(table.current.start), 2.4, "middle")
        text(width - 1, y, format_day(min(spans[-1].end, table.current.end)), 2.4, "end")
    parts.append("</svg>")
    return "".join(parts)


def chart_interval_words(brief: TrendBrief) -> str:
    """What one bar is; said when it is coarser than the trend's interval (too many bars otherwise)."""
    words = INTERVALS.by_key(brief.interval).label()
    if brief.interval == brief.asked:
        return tr("one bar a {interval}").format(interval=words)
    return tr("one bar a {interval} (by {asked}, too many bars)").format(
        interval=words, asked=INTERVALS.by_key(brief.asked).label()
    )


def svg_source(svg: str) -> str:
    """A picture item's path that carries the SVG itself: nothing on disk to go missing."""
    return "base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def chart_rows(brief: TrendBrief, rows: list) -> list[tuple[str, list[int]]]:
    """(label, incidents per span) of these change rows."""
    return [(row.label, brief.series.get(row.province_id, [0] * len(brief.spans))) for row in rows]


def method_words(table: ChangeTable) -> str:
    """The provenance of the change: which test, which baseline, which correction and threshold."""
    test = (
        tr("a Poisson test of each count against the baseline's mean")
        if table.kind == "mean"
        else tr("the exact test for two Poisson counts (conditional binomial)")
    )
    return tr(
        "Change: {start} to {end} against {baseline}, by {test}; Benjamini-Hochberg corrected across "
        "%n provinces; significant where q < {alpha}.",
        "",
        len(table.rows),
    ).format(
        start=format_day(table.current.start),
        end=format_day(table.current.end),
        baseline=baseline_words(table),
        test=test,
        alpha=f"{table.alpha:g}",
    )


def _significance(row) -> str:
    if row.p_value is None:
        return "–"
    mark = {INCREASE: "▲ ", DECREASE: "▼ "}.get(row.direction, "")
    return mark + tr("q = {q}").format(q=f"{row.q_value:.2g}")


def table_cells(brief: TrendBrief, limit: int = TABLE_ROWS) -> tuple[list[str], list[list[QgsTableCell]]]:
    headers = [tr("Province"), tr("Now"), tr("Before"), tr("Change"), tr("Significance")]
    ranked = brief.ranked()
    rows = []
    for row in ranked[:limit]:
        before = "–" if row.baseline is None else f"{row.baseline:,.1f}".removesuffix(".0")
        change = "–" if row.change_pct is None else f"{row.change_pct:+.0f} %"
        cells = [QgsTableCell(value) for value in (row.label, f"{row.current:,}", before, change, _significance(row))]
        for cell in cells[1:4]:
            cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
        if row.direction in ROW_TINTS:
            for cell in cells:
                cell.setBackgroundColor(QColor(ROW_TINTS[row.direction]))
        rows.append(cells)
    if len(ranked) > limit:
        rest = tr("… and %n more provinces", "", len(ranked) - limit)
        rows.append([QgsTableCell(rest)] + [QgsTableCell("") for _ in headers[1:]])
    if not rows:
        rows.append([QgsTableCell(tr("No incidents"))] + [QgsTableCell("") for _ in headers[1:]])
    if is_right_to_left(tr("No incidents")):  # read from the right: the province first
        return headers[::-1], [row[::-1] for row in rows]
    return headers, rows


def top_sentences(brief: TrendBrief) -> list[str]:
    return [province_sentence(row, brief.table) for row in brief.ranked()[:TOP]]


def _expression_map(values: dict[int, str]) -> str:
    """The value of the atlas page's province, by its id."""
    pairs = ", ".join(f"'{int(k)}', {QgsExpression.quotedString(v)}" for k, v in values.items())
    return f'map_get(map({pairs}), to_string("{PROVINCE_KEY}"))'


def fill_brief(layout, brief: TrendBrief, provenance: str, atlas: bool = False) -> None:
    """Table, chart, sentences and the test's provenance; an atlas page gets its province's own."""
    frame = layout.itemById("change_table")
    table = frame.multiFrame()
    headers, rows = table_cells(brief)
    table.setHeaders([QgsLayoutTableColumn(heading) for heading in headers])
    table.setIncludeTableHeader(True)
    table.setTableContents(rows)
    ranked = brief.ranked()
    chart = layout.itemById("trend_chart")
    top = ranked[:TOP]
    # Said to be SVG: a base64 source of unknown format is decoded as a raster image (a 325 x 219 JPEG at
    # 90 ppi in a 200 dpi PDF); as SVG it is drawn as vectors in PDF and SVG, at the export's dpi in PNG.
    chart.setPicturePath(svg_source(chart_svg(chart_rows(brief, top), brief)), SVG_PICTURE)
    sentences = layout.itemById("sentences")
    words = top_sentences(brief) or [tr("No incidents in the compared period or its baseline.")]
    sentences.setText("\n".join(words))
    # A sentence may open with a Latin province name: the interface's language sets the direction.
    rtl = is_right_to_left(tr("No incidents"))
    sentences.setHAlign(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    layout.itemById("provenance").setText(f"{provenance} {method_words(brief.table)}")
    chart.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty())
    if not atlas or len(brief.table.rows) > ATLAS_CHARTS:
        return
    per_province = {
        row.province_id: svg_source(chart_svg(chart_rows(brief, [row]), brief, CHART_WIDTH, CHART_HEIGHT * 0.6))
        for row in brief.table.rows
    }
    chart.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty.fromExpression(_expression_map(per_province))
    )
    own = {row.province_id: province_sentence(row, brief.table).replace("%]", "% ]") for row in brief.table.rows}
    sentences.setText(f"[% {_expression_map(own)} %]")
