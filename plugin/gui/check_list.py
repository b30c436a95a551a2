"""A list of values with checkboxes and live counts, for faceted filtering."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QListWidget, QListWidgetItem

VALUE_ROLE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    """Checked values are the selection; nothing checked means no restriction."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._updating = False
        self._needle = ""  # the search typed above the list: it holds while counts come and go
        self.label_of = str  # how a value is shown (datasets by their titles); the value stays the data
        # Long actor names are shortened in the middle, so the count at the end stays in view in
        # either reading direction; the whole name is in the tooltip.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, _item) -> None:
        if not self._updating:
            self.changed.emit()

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        """Show these values in this order; checked values stay checked (and listed, even at 0)."""
        checked = self.checked()
        listed = dict(counts)
        rows = list(counts) + [(value, 0) for value in checked if value not in listed]
        self._updating = True
        try:
            self.clear()
            for value, count in rows:
                item = QListWidgetItem(f"{self.label_of(value)}  ({count:,})")
                item.setData(VALUE_ROLE, value)
                item.setToolTip(self.label_of(value))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
                self.addItem(item)
                item.setHidden(not self._matches(value))
        finally:
            self._updating = False

    @staticmethod
    def _count(item: QListWidgetItem) -> int:
        text = item.text()
        return int(text[text.rfind("(") + 1 : -1].replace(",", "") or 0)

    def items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def checked(self) -> tuple[str, ...]:
        return tuple(i.data(VALUE_ROLE) for i in self.items() if i.checkState() == Qt.CheckState.Checked)

    def set_checked(self, values) -> None:
        """Check exactly these values; ones not listed yet are added (their count comes later)."""
        wanted = set(values)
        listed = {item.data(VALUE_ROLE) for item in self.items()}
        missing = [value for value in values if value not in listed]
        if missing:
            self.set_counts([(i.data(VALUE_ROLE), self._count(i)) for i in self.items()] + [(v, 0) for v in missing])
        self._updating = True
        try:
            for item in self.items():
                state = Qt.CheckState.Checked if item.data(VALUE_ROLE) in wanted else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._updating = False
        self.changed.emit()

    def _matches(self, value: str) -> bool:
        return not self._needle or self._needle in self.label_of(value).casefold()

    def show_matching(self, text: str) -> None:
        self._needle = text.casefold().strip()
        for item in self.items():
            item.setHidden(not self._matches(item.data(VALUE_ROLE)))
