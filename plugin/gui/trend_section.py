"""The dock's Trend section: change per province against a baseline, and the weeks behind it."""

from __future__ import annotations

from qgis.PyQt.QtCore import QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QPainter
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.definitions import BASELINES, INTERVALS
from ..core.i18n import tr
from ..core.trends.change import DECREASE, INCREASE
from ..core.trends.overview import TrendOverview, TrendSettings
from ..core.trends.sentences import province_sentence
from .combo import compact_combo
from .stacking_row import StackingRow

BLOCKS = "▁▂▃▄▅▆▇█"
MARKS = {INCREASE: "▲", DECREASE: "▼"}
COLUMNS = 6


def sparkline(values: list[int]) -> str:
    """Unicode bars, earliest first, kept left-to-right in right-to-left interfaces."""
    top = max(values, default=0)
    bars = "".join(BLOCKS[0 if not top else round(v / top * (len(BLOCKS) - 1))] for v in values)
    return "\u2066" + bars + "\u2069"  # LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE


def _number_item(value, text: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if value is not None:
        item.setData(Qt.ItemDataRole.DisplayRole, value)  # sorts as a number
    if text is not None:
        item.setText(text)
    return item


class TrendChart(QWidget):
    """Incidents per period of the chosen provinces (all when none is chosen); the compared window dark."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: list[int] = []
        self.current: list[bool] = []
        self.setMinimumHeight(56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, values: list[int], current: list[bool]) -> None:
        self.values, self.current = values, current
        self.update()

    def paintEvent(self, _event) -> None:
        if not self.values:
            return
        painter = QPainter(self)
        top = max(max(self.values), 1)
        width = self.width() / len(self.values)
        for index, (value, current) in enumerate(zip(self.values, self.current)):
            height = (self.height() - 4) * value / top
            color = QColor(178, 24, 43) if current else QColor(178, 24, 43, 90)
            painter.fillRect(QRectF(index * width + 1, self.height() - height, width - 2, height), color)
        painter.end()


class TrendSection(QWidget):
    changed = pyqtSignal()  # the settings changed: count again
    province_chosen = pyqtSignal(int)  # the province's id

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = StackingRow(self)
        self.baseline = compact_combo(row)
        for option in BASELINES:
            self.baseline.addItem(option.label(), option.key)
        self.interval = compact_combo(row)
        for option in INTERVALS.having("dock"):
            self.interval.addItem(option.label(), option.key)
        row.add(QLabel(tr("Baseline"), row))
        row.add(self.baseline, 1)
        row.add(self.interval)
        layout.addWidget(row)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([tr("Province"), tr("Now"), tr("Before"), tr("Change"), "", tr("Periods")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Most incidents first until the analyst sorts by another column.
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        # Every column as wide as its contents, names whole; the sparkline takes what is left.
        header.setMinimumSectionSize(14)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table)
        self.chart = TrendChart(self)
        layout.addWidget(self.chart)
        self.overview: TrendOverview | None = None
        self.baseline.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.interval.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.table.cellClicked.connect(self._clicked)
        self.table.itemSelectionChanged.connect(self._draw_chart)

    def settings(self) -> TrendSettings:
        return TrendSettings(baseline=self.baseline.currentData(), interval=self.interval.currentData())

    def show_overview(self, overview: TrendOverview | None) -> None:
        self.overview = overview
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        table = overview.table if overview is not None else None
        self.message.setText(overview.message if overview is not None else "")
        self.message.setVisible(bool(self.message.text()))
        if table is None:
            self.chart.set_data([], [])
            return
        rows = sorted(table.rows, key=lambda r: (-r.current, r.label))
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            name = QTableWidgetItem(row.label)
            name.setData(Qt.ItemDataRole.UserRole, row.province_id)
            name.setToolTip(province_sentence(row, table))
            change = None if row.change_pct is None else round(row.change_pct)
            mark = QTableWidgetItem(MARKS.get(row.direction, ""))
            if row.p_value is not None:
                mark.setToolTip(tr("p = {p}, q = {q}").format(p=f"{row.p_value:.3g}", q=f"{row.q_value:.3g}"))
            cells = [
                name,
                _number_item(row.current),
                _number_item(row.baseline, "–" if row.baseline is None else None),
                _number_item(change, "–" if change is None else f"{change:+d} %"),
                mark,
                self._spark_item(overview.series.get(row.province_id, [])),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(number, column, item)
        self.table.setSortingEnabled(True)
        self._draw_chart()

    def _spark_item(self, values: list[int]) -> QTableWidgetItem:
        item = QTableWidgetItem(sparkline(values))
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF() * 0.75, 6.0))
        item.setFont(font)
        item.setToolTip(", ".join(str(value) for value in values))
        return item

    def sentences(self) -> list[str]:
        """The sentences of the provinces in the table's order, for pasting."""
        table = self.overview.table if self.overview is not None else None
        if table is None:
            return []
        rows = {row.province_id: row for row in table.rows}
        ids = [self._province_id(i) for i in range(self.table.rowCount())]
        return [province_sentence(rows[province], table) for province in ids if province in rows]

    def _province_id(self, row: int) -> int:
        return self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _selected_provinces(self) -> list[int]:
        return sorted({self._province_id(index.row()) for index in self.table.selectedIndexes()})

    def _draw_chart(self) -> None:
        overview = self.overview
        if overview is None or overview.table is None:
            return
        provinces = self._selected_provinces() or list(overview.series)
        values = [
            sum(overview.series.get(province, [0] * len(overview.spans))[i] for province in provinces)
            for i in range(len(overview.spans))
        ]
        start = overview.table.current.start
        self.chart.set_data(values, [span.end >= start for span in overview.spans])

    def _clicked(self, row: int, _column: int) -> None:
        self.province_chosen.emit(self._province_id(row))
