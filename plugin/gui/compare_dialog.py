"""Do the datasets agree? A table per province: events counted once, the share more than one dataset
holds, and each dataset's rows and the rows only it has."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..core.definitions import dataset_title
from ..core.i18n import tr


def _cell(value) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, value)  # numbers sort as numbers
    return item


class CompareDialog(QDialog):
    def __init__(self, datasets: list[str], rows, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Compare datasets"))
        layout = QVBoxLayout(self)
        events = sum(row.events for row in rows)
        linked = sum(row.linked_events for row in rows)
        share = f"{100 * linked / events:.0f}" if events else "0"
        layout.addWidget(
            QLabel(
                tr("%n events; {linked} ({share} %) held by more than one dataset", "", events).format(
                    linked=f"{linked:,}", share=share
                ),
                self,
            )
        )
        headers = [tr("Province"), tr("Events"), tr("Held by several (%)")]
        for name in datasets:
            headers += [dataset_title(name), tr("only {dataset}").format(dataset=dataset_title(name))]
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        for number, row in enumerate(rows):
            values = [row.province, row.events, round(100 * row.linked_share)]
            for name in datasets:
                values += [row.rows.get(name, 0), row.only.get(name, 0)]
            for column, value in enumerate(values):
                self.table.setItem(number, column, _cell(value))
        self.table.setSortingEnabled(True)
        self.table.sortItems(1, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for every column (a 640 px dialog hid the datasets' columns), within the screen.
        frame = self.table.frameWidth() * 2 + self.table.verticalHeader().width()
        wanted = self.table.horizontalHeader().length() + frame + self.table.verticalScrollBar().sizeHint().width()
        margins = layout.contentsMargins()
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1600
        self.resize(min(wanted + margins.left() + margins.right() + 4, int(screen * 0.9)), 420)
