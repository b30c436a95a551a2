"""The Map section's choice of what to show (incidents by province, hot spots, emerging hot spots) and in
which units (hexagons, districts, provinces)."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QPushButton, QWidget

from ..core.definitions import HOT_SPOT_MAPS, HOT_SPOT_STEPS, HOT_SPOT_UNITS
from ..core.hotspots.live import HotSpotSettings
from ..core.i18n import tr
from .combo import compact_combo


def _kilometres(parent, maximum: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, maximum)
    box.setDecimals(1)
    box.setSuffix(tr(" km"))
    box.setSpecialValueText(tr("From the data"))  # 0
    return box


class HotSpotControls(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.show_combo = compact_combo(self)
        for option in HOT_SPOT_MAPS:
            self.show_combo.addItem(option.label(), option.key)
        self.units = compact_combo(self)
        for option in HOT_SPOT_UNITS:
            self.units.addItem(option.label(), option.key)
        self.districts = compact_combo(self)
        self.districts.setToolTip(tr("A polygon layer of the project: geoBoundaries, OCHA COD-AB or your own"))
        self.get_districts_button = QPushButton(tr("Get districts…"), self)
        self.get_districts_button.setToolTip(tr("Download geoBoundaries' open districts for the countries of the data"))
        self.cell_size = _kilometres(self, 500.0)
        self.cell_size.setToolTip(tr("Distance between neighbouring hexagons' centres"))
        self.band = _kilometres(self, 5000.0)
        self.band.setToolTip(tr("Units closer than this are neighbours; from the data: every unit has one"))
        self.interval = compact_combo(self)
        for option in HOT_SPOT_STEPS:
            self.interval.addItem(option.label(), option.key)
        self.list_button = QPushButton(tr("List a unit's incidents"), self)
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(tr("Click a unit on the map: its incidents are selected and listed"))
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(tr("Show"), self.show_combo)
        self.form.addRow(tr("Units"), self.units)
        self.form.addRow(tr("District layer"), self.districts)
        self.form.addRow(self.get_districts_button)
        self.form.addRow(tr("Hexagon size"), self.cell_size)
        self.form.addRow(tr("Distance band"), self.band)
        self.form.addRow(tr("Time step"), self.interval)
        self.form.addRow(self.list_button)
        self.form.addRow(self.status)
        for combo in (self.show_combo, self.units, self.districts, self.interval):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.cell_size, self.band):
            box.valueChanged.connect(self._changed)
        self._show_rows()

    def _changed(self, *_args) -> None:
        self._show_rows()
        self.changed.emit()

    def _row_visible(self, widget: QWidget, visible: bool) -> None:
        widget.setVisible(visible)
        label = self.form.labelForField(widget)
        if label is not None:
            label.setVisible(visible)

    def _show_rows(self) -> None:
        analysis = self.show_combo.currentData() != "incidents"
        units = self.units.currentData()
        self._row_visible(self.units, analysis)
        self._row_visible(self.districts, analysis and units == "districts")
        self._row_visible(self.get_districts_button, analysis and units == "districts")
        self._row_visible(self.cell_size, analysis and units == "hexagons")
        self._row_visible(self.band, analysis)
        self._row_visible(self.interval, self.show_combo.currentData() == "emerging")
        self.status.setVisible(analysis)
        self.list_button.setVisible(analysis)
        if not analysis:
            self.list_button.setChecked(False)

    def set_district_layers(self, layers: list[tuple[str, str]], chosen: str = "") -> None:
        """The project's polygon layers as (id, name); the chosen one kept where it is still there."""
        before = self.districts.currentData() or ""
        chosen = chosen or before
        self.districts.blockSignals(True)
        try:
            self.districts.clear()
            for layer_id, name in layers:
                self.districts.addItem(name, layer_id)
            self.districts.setCurrentIndex(max(self.districts.findData(chosen), 0))
        finally:
            self.districts.blockSignals(False)
        if (self.districts.currentData() or "") != before:
            self._changed()  # another layer is the district layer now (the first one added, or gone)

    def settings(self) -> HotSpotSettings:
        return HotSpotSettings(
            show=self.show_combo.currentData(),
            units=self.units.currentData(),
            cell_size=self.cell_size.value() * 1000.0,
            distance_band=self.band.value() * 1000.0,
            interval=self.interval.currentData(),
            districts=self.districts.currentData() or "",
        )

    def set_settings(self, settings: HotSpotSettings) -> None:
        """Show stored choices without a signal per widget: the caller recounts once."""
        widgets = (self.show_combo, self.units, self.districts, self.interval, self.cell_size, self.band)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo, key in (
                (self.show_combo, settings.show),
                (self.units, settings.units),
                (self.interval, settings.interval),
            ):
                combo.setCurrentIndex(max(combo.findData(key), 0))
            if settings.districts and self.districts.findData(settings.districts) >= 0:
                self.districts.setCurrentIndex(self.districts.findData(settings.districts))
            self.cell_size.setValue(settings.cell_size / 1000.0)
            self.band.setValue(settings.distance_band / 1000.0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_rows()
