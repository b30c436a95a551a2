"""The dock's Map section: what the provinces are coloured by, and how it is classified."""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from ..core.definitions import MEASURES, METHODS, RAMPS
from ..core.i18n import tr
from ..core.maps.choropleth import ChoroplethSettings
from .combo import compact_combo
from .elided_check_box import ElidedCheckBox
from .hot_spot_controls import HotSpotControls


class MapSection(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = layout
        self.hot_spots = HotSpotControls(self)
        self.enabled = ElidedCheckBox(tr("Colour provinces"), self)
        self.enabled.setChecked(True)
        self.measure = compact_combo(self)
        for option in MEASURES:
            self.measure.addItem(option.label(), option.key)
        self.method = compact_combo(self)
        for option in METHODS:
            self.method.addItem(option.label(), option.key)
        self.classes = QSpinBox(self)
        self.classes.setRange(2, 9)
        self.classes.setValue(5)
        self.ramp = compact_combo(self)
        for name in RAMPS:
            self.ramp.addItem(name, name)
        self.fixed_breaks = QLineEdit(self)
        self.fixed_breaks.setPlaceholderText(tr("e.g. 0, 5, 20, 50, 100"))
        self.keep_breaks = ElidedCheckBox(tr("Keep breaks"), self)
        self.keep_breaks.setToolTip(
            tr("Keep these breaks while the filter changes: maps stay comparable across dates and frames")
        )
        layout.addRow(self.hot_spots)
        layout.addRow(self.enabled)
        layout.addRow(tr("Measure"), self.measure)
        layout.addRow(tr("Classes by"), self.method)
        layout.addRow(tr("Number of classes"), self.classes)
        layout.addRow(tr("Colour ramp"), self.ramp)
        layout.addRow(tr("Breaks"), self.fixed_breaks)
        layout.addRow(self.keep_breaks)
        for combo in (self.measure, self.method, self.ramp):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.classes.valueChanged.connect(lambda _value: self.changed.emit())
        self.fixed_breaks.editingFinished.connect(self.changed)
        self.keep_breaks.toggled.connect(lambda _on: self.changed.emit())
        self.enabled.toggled.connect(lambda _on: self.changed.emit())
        self.hot_spots.changed.connect(self._choropleth_rows)
        self._choropleth_rows()

    def _choropleth_rows(self) -> None:
        """The classes, ramp and breaks are the choropleth's: hidden while hot spots are shown."""
        visible = self.hot_spots.settings().show == "incidents"
        self.enabled.setVisible(visible)
        for widget in (self.measure, self.method, self.classes, self.ramp, self.fixed_breaks, self.keep_breaks):
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)

    def set_settings(self, settings: ChoroplethSettings, enabled: bool = True) -> None:
        """Show stored choices without a signal per widget: the caller redraws once."""
        widgets = (
            self.enabled,
            self.measure,
            self.method,
            self.classes,
            self.ramp,
            self.fixed_breaks,
            self.keep_breaks,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.enabled.setChecked(enabled)
            for combo, key in (
                (self.measure, settings.measure),
                (self.method, settings.method),
                (self.ramp, settings.ramp),
            ):
                combo.setCurrentIndex(max(combo.findData(key), 0))
            self.classes.setValue(settings.classes)
            self.fixed_breaks.setText(", ".join(f"{value:g}" for value in settings.fixed_breaks))
            self.keep_breaks.setChecked(settings.keep_breaks)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def settings(self) -> ChoroplethSettings:
        """The widgets as settings; unreadable fixed breaks raise ValueError naming the entry."""
        breaks = []
        if self.method.currentData() == "fixed":
            for part in self.fixed_breaks.text().replace(";", ",").split(","):
                if part.strip():
                    try:
                        breaks.append(float(part))
                    except ValueError as error:
                        raise ValueError(tr("'{0}' is not a number").format(part.strip())) from error
        return ChoroplethSettings(
            measure=self.measure.currentData(),
            method=self.method.currentData(),
            classes=self.classes.value(),
            ramp=self.ramp.currentData(),
            fixed_breaks=tuple(breaks),
            keep_breaks=self.keep_breaks.isChecked(),
        )
