"""Named filter presets: choose, save, delete, and share as JSON files."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ..core.i18n import tr
from .combo import compact_combo


class PresetBar(QWidget):
    chosen = pyqtSignal(str)
    save_clicked = pyqtSignal()
    delete_clicked = pyqtSignal(str)
    export_clicked = pyqtSignal()
    import_clicked = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = compact_combo(self)
        self.combo.setToolTip(tr("Saved filters"))
        layout.addWidget(self.combo, 1)
        self.buttons = {}
        # Icons keep the row narrow in every language; the words are in the tooltip and accessible name.
        for key, icon, text, tip in (
            ("save", "mActionFileSave.svg", tr("Save"), tr("Save the current filter under a name")),
            ("delete", "mActionDeleteSelected.svg", tr("Delete"), tr("Delete the chosen preset")),
            ("export", "mActionSharingExport.svg", tr("Export"), tr("Write all presets to a JSON file to share")),
            ("import", "mActionSharingImport.svg", tr("Import"), tr("Add presets from a JSON file")),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setIcon(QgsApplication.getThemeIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setToolTip(f"{text}: {tip}")
            button.setAccessibleName(text)
            layout.addWidget(button)
            self.buttons[key] = button
        self.combo.activated.connect(self._activated)
        self.buttons["save"].clicked.connect(self.save_clicked)
        self.buttons["delete"].clicked.connect(lambda: self.delete_clicked.emit(self.combo.currentText()))
        self.buttons["export"].clicked.connect(self.export_clicked)
        self.buttons["import"].clicked.connect(self.import_clicked)

    def _activated(self, index: int) -> None:
        if index > 0:
            self.chosen.emit(self.combo.itemText(index))

    def set_names(self, names, current: str = "") -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr("Presets…"))
        for name in sorted(names, key=str.casefold):
            self.combo.addItem(name)
        index = self.combo.findText(current) if current else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self.buttons["delete"].setEnabled(bool(names))
        self.buttons["export"].setEnabled(bool(names))
