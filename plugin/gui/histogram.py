"""Incidents over time as small bars; dragging across them picks a date range."""

from __future__ import annotations

from datetime import date, timedelta

from qgis.PyQt.QtCore import QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core.i18n import tr

BAR = QColor(178, 24, 43)
FADED = QColor(178, 24, 43, 70)  # bars outside the chosen range


def bin_end(start: date, unit: str) -> date:
    if unit == "day":
        return start
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


class DateHistogram(QWidget):
    range_selected = pyqtSignal(object, object)  # date, date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unit = "month"
        self.bins: list[tuple[date, int]] = []
        self.selection: tuple[int, int] | None = None
        self._drag_from: int | None = None
        self.setMinimumHeight(48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(tr("Drag across the bars to choose a date range"))

    def set_data(self, unit: str, bins: list[tuple[str, int]]) -> None:
        self.unit = unit
        self.bins = [(date.fromisoformat(day), count) for day, count in bins]
        self.update()

    def set_selected_range(self, start: date | None, end: date | None) -> None:
        if not self.bins or start is None or end is None:
            self.selection = None
        else:
            indexes = [i for i, (day, _) in enumerate(self.bins) if day <= end and bin_end(day, self.unit) >= start]
            self.selection = (indexes[0], indexes[-1]) if indexes else None
        self.update()

    def _index_at(self, x: float) -> int:
        width = max(self.width(), 1)
        return min(max(int(x * len(self.bins) / width), 0), len(self.bins) - 1)

    def mousePressEvent(self, event) -> None:
        if self.bins and event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = self._index_at(event.pos().x())
            self.selection = (self._drag_from, self._drag_from)
            self.update()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is not None:
            here = self._index_at(event.pos().x())
            self.selection = (min(self._drag_from, here), max(self._drag_from, here))
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag_from is None:
            return
        self.mouseMoveEvent(event)
        self._drag_from = None
        first, last = self.selection
        self.range_selected.emit(self.bins[first][0], bin_end(self.bins[last][0], self.unit))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if not self.bins:
            return
        peak = max(count for _, count in self.bins) or 1
        step = self.width() / len(self.bins)
        height = self.height() - 2
        first, last = self.selection or (0, len(self.bins) - 1)
        for index, (_, count) in enumerate(self.bins):
            bar = height * count / peak
            colour = BAR if first <= index <= last else FADED
            painter.fillRect(QRectF(index * step + 0.5, height - bar + 1, max(step - 1, 1), bar), colour)
        painter.end()
