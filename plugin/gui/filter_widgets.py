"""The dock's filter sections: actors, dates, event types, numbers. Each emits `changed`."""

from __future__ import annotations

from datetime import date

from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.definitions import ACTOR_ROLES, DATE_PRESETS, PROVINCE_SOURCES
from ..core.i18n import tr
from ..core.session.filter_session import preset_range
from .check_list import CheckList
from .combo import compact_combo
from .elided_check_box import ElidedCheckBox
from .histogram import DateHistogram
from .stacking_row import StackingRow


class ActorSection(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search actors…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        row = StackingRow(self)
        self.role = compact_combo(row)
        for option in ACTOR_ROLES:
            self.role.addItem(option.label(), option.key)
        row.add(QLabel(tr("Role"), row))
        row.add(self.role, 1)
        self.aliases_button = QPushButton(tr("Aliases…"), row)
        self.aliases_button.setToolTip(tr("Edit which actor names count as one group (e.g. ISIS)"))
        row.add(self.aliases_button)
        layout.addWidget(row)
        self.list = CheckList(self)
        self.list.setMinimumHeight(180)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self.list.show_matching)
        self.list.changed.connect(self.changed)
        self.role.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def selected(self) -> tuple[str, ...]:
        return self.list.checked()

    def actor_role(self) -> str:
        return self.role.currentData()


class DateSection(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first: str | None = None
        self.last: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preset = compact_combo(self)
        for option in DATE_PRESETS:
            self.preset.addItem(option.label(), option.key)
        self.preset.addItem(tr("Custom"), "custom")
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        layout.addWidget(self.preset)
        row = StackingRow(self)
        row.add(self.date_from, 1)
        row.add(QLabel("–", row))
        row.add(self.date_to, 1)
        layout.addWidget(row)
        self.histogram = DateHistogram(self)
        layout.addWidget(self.histogram)
        self.follow_temporal = ElidedCheckBox(
            tr("Link to Temporal Controller"),
            self,
            tr("Animation frames set these dates, and these dates set the animation range"),
        )
        layout.addWidget(self.follow_temporal)
        self.histogram.range_selected.connect(self._histogram_dragged)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._applying_preset = False

    def set_data_range(self, first: str | None, last: str | None) -> None:
        self.first, self.last = first, last
        self._preset_chosen()

    def _preset_chosen(self, _index=None) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        self._show_dates(*preset_range(key, self.first, self.last))
        self.changed.emit()

    def _show_dates(self, start: date | None, end: date | None) -> None:
        """Put dates in the fields without them counting as the analyst's own edit."""
        self._applying_preset = True
        try:
            if start:
                self.date_from.setDate(QDate(start.year, start.month, start.day))
            if end:
                self.date_to.setDate(QDate(end.year, end.month, end.day))
        finally:
            self._applying_preset = False

    def _dates_edited(self, _date) -> None:
        if self._applying_preset:
            return
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.changed.emit()

    def _histogram_dragged(self, start: date, end: date) -> None:
        self.set_custom(start, end)
        self.changed.emit()

    def set_custom(self, start: date | None, end: date | None) -> None:
        self.preset.setCurrentIndex(self.preset.findData("custom"))  # "custom" sets no dates itself
        self._show_dates(start, end)

    def choose(self, preset: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset))

    def range(self) -> tuple[date | None, date | None]:
        if self.preset.currentData() == "all":
            return None, None  # no restriction, so events added later are not cut off
        start, end = self.date_from.date(), self.date_to.date()
        return date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day())


class NumberSection(QWidget):
    """Minimum fatalities and the vaguest location and date precision still shown."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fatalities_min = QSpinBox(self)
        self.fatalities_min.setRange(0, 100000)
        self.fatalities_max = QSpinBox(self)
        self.fatalities_max.setRange(0, 100000)
        self.fatalities_max.setSpecialValueText(tr("no limit"))  # shown at 0: "no maximum"
        self.geo_precision = self._precision_slider()
        self.date_precision = self._precision_slider()
        layout.addRow(tr("Fatalities at least"), self.fatalities_min)
        layout.addRow(tr("Fatalities at most"), self.fatalities_max)
        layout.addRow(tr("Location precision up to"), self.geo_precision)
        layout.addRow(tr("Date precision up to"), self.date_precision)
        self.province_source = compact_combo(self)
        for option in PROVINCE_SOURCES:
            self.province_source.addItem(option.label(), option.key)
        self.province_source.setToolTip(
            tr(
                "Provinces come from the coordinates; a border event just outside the country its source "
                "names is moved to that country's nearest province; a row without coordinates is placed by "
                "the province its source names."
            )
        )
        layout.addRow(tr("Provinces from"), self.province_source)
        for field in (self.fatalities_min, self.fatalities_max, self.geo_precision, self.date_precision):
            layout.labelForField(field).setWordWrap(True)  # French labels are wider than a 300 px dock
        layout.labelForField(self.province_source).setWordWrap(True)
        self.province_source.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.fatalities_min.valueChanged.connect(lambda _value: self.changed.emit())
        self.fatalities_max.valueChanged.connect(lambda _value: self.changed.emit())

    def _precision_slider(self) -> QSlider:
        from qgis.PyQt.QtCore import Qt

        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(1, 4)
        slider.setValue(4)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setToolTip(tr("1 exact · 2 near · 3 province / month · 4 anything"))
        slider.valueChanged.connect(lambda _value: self.changed.emit())
        return slider

    def values(self) -> dict:
        return {
            "fatalities_min": self.fatalities_min.value() or None,
            "fatalities_max": self.fatalities_max.value() or None,
            "max_geo_precision": None if self.geo_precision.value() == 4 else self.geo_precision.value(),
            "max_date_precision": None if self.date_precision.value() == 4 else self.date_precision.value(),
            "province_methods": tuple(sorted(PROVINCE_SOURCES.by_key(self.province_source.currentData()).flags)),
        }

    def set_values(self, incident_filter) -> None:
        self.fatalities_min.setValue(incident_filter.fatalities_min or 0)
        self.fatalities_max.setValue(incident_filter.fatalities_max or 0)
        self.geo_precision.setValue(incident_filter.max_geo_precision or 4)
        self.date_precision.setValue(incident_filter.max_date_precision or 4)
        wanted = set(incident_filter.province_methods)
        chosen = next((o.key for o in PROVINCE_SOURCES if set(o.flags) == wanted), "any")
        self.province_source.setCurrentIndex(self.province_source.findData(chosen))

    def reset(self) -> None:
        self.fatalities_min.setValue(0)
        self.fatalities_max.setValue(0)
        self.geo_precision.setValue(4)
        self.date_precision.setValue(4)
        self.province_source.setCurrentIndex(0)
