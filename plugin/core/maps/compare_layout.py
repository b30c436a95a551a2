"""The "compare" layout: the map of events counted once, and a table per province of what each
dataset holds, the rows only it has and the share several hold ("do ACLED and UCDP agree?")."""

from __future__ import annotations

from qgis.core import QgsLayoutTableColumn, QgsTableCell
from qgis.PyQt.QtCore import Qt

from ..definitions import dataset_title
from ..i18n import tr
from ..store.compare import ProvinceComparison
from .map_texts import is_right_to_left

TABLE_ROWS = 24


def compare_cells(datasets: list[str], rows: list[ProvinceComparison], limit: int = TABLE_ROWS):
    """Headers and rows, the provinces with most events first."""
    headers = [tr("Province"), tr("Events"), tr("Held by several (%)")]
    for name in datasets:
        headers += [dataset_title(name), tr("only {dataset}").format(dataset=dataset_title(name))]
    ranked = sorted(rows, key=lambda row: (-row.events, row.province))
    table = []
    for row in ranked[:limit]:
        values = [row.province, f"{row.events:,}", f"{100 * row.linked_share:.0f}"]
        for name in datasets:
            values += [f"{row.rows.get(name, 0):,}", f"{row.only.get(name, 0):,}"]
        cells = [QgsTableCell(value) for value in values]
        for cell in cells[1:]:
            cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
        table.append(cells)
    if len(ranked) > limit:
        rest = tr("… and %n more provinces", "", len(ranked) - limit)
        table.append([QgsTableCell(rest)] + [QgsTableCell("") for _ in headers[1:]])
    if not table:
        table.append([QgsTableCell(tr("No incidents"))] + [QgsTableCell("") for _ in headers[1:]])
    if is_right_to_left(tr("No incidents")):  # read from the right: the province first
        return headers[::-1], [row[::-1] for row in table]
    return headers, table


def fill_compare(layout, datasets: list[str], rows: list[ProvinceComparison]) -> None:
    table = layout.itemById("compare_table").multiFrame()
    headers, cells = compare_cells(datasets, rows)
    table.setHeaders([QgsLayoutTableColumn(heading) for heading in headers])
    table.setIncludeTableHeader(True)
    table.setTableContents(cells)
