"""'Export map…': template, texts, atlas and its page order, resolution and file."""

from __future__ import annotations

from pathlib import Path

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

from ..core.definitions import ATLAS_MODES, ATLAS_ORDERS, TEMPLATES
from ..core.i18n import tr
from ..core.maps.layout import MapTexts


class ExportDialog(QDialog):
    def __init__(self, texts: MapTexts, default_path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export map"))
        self.provenance = texts.provenance
        form = QFormLayout(self)
        self.template = QComboBox(self)
        for option in TEMPLATES:
            self.template.addItem(option.label(), option.key)
        self.title = QLineEdit(texts.title, self)
        self.subtitle = QLineEdit(texts.subtitle, self)
        self.atlas = QComboBox(self)
        for option in ATLAS_MODES:
            self.atlas.addItem(option.label(), option.key)
        self.atlas_order = QComboBox(self)
        for option in ATLAS_ORDERS:
            self.atlas_order.addItem(option.label(), option.key)
        self.atlas.currentIndexChanged.connect(self._atlas_chosen)
        self._atlas_chosen()
        self.dpi = QSpinBox(self)
        self.dpi.setRange(72, 600)
        self.dpi.setValue(200)
        self.output = QgsFileWidget(self)
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        self.output.setFilePath(default_path)
        form.addRow(tr("Template"), self.template)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Subtitle"), self.subtitle)
        form.addRow(tr("Pages"), self.atlas)
        form.addRow(tr("Page order"), self.atlas_order)
        form.addRow(tr("Resolution (dpi)"), self.dpi)
        form.addRow(tr("File (.pdf, .png or .svg)"), self.output)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _atlas_chosen(self, *_args) -> None:
        self.atlas_order.setEnabled(self.atlas.currentData() != "none")

    def texts(self) -> MapTexts:
        return MapTexts(self.title.text(), self.subtitle.text(), self.provenance)

    def output_path(self) -> Path:
        return Path(self.output.filePath())
