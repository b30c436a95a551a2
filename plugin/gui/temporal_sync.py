"""Keep the dock's date range and QGIS's Temporal Controller in step, when the analyst asks."""

from __future__ import annotations

from datetime import date, timedelta

from qgis.core import QgsDateTimeRange
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..core.compat import NAVIGATION_FIXED_RANGE, NAVIGATION_OFF
from .guard import guarded_slot


def _to_date(value: QDateTime) -> date:
    day = value.date()
    return date(day.year(), day.month(), day.day())


def dates_of(temporal_range: QgsDateTimeRange) -> tuple[date, date]:
    """Inclusive days covered by a controller range (whose end is usually exclusive)."""
    start, end = temporal_range.begin(), temporal_range.end()
    last = _to_date(end)
    if not temporal_range.includeEnd() and end.time() == QTime(0, 0) and last > _to_date(start):
        last -= timedelta(days=1)
    return _to_date(start), last


def range_of(start: date, end: date) -> QgsDateTimeRange:
    after = end + timedelta(days=1)
    return QgsDateTimeRange(
        QDateTime(QDate(start.year, start.month, start.day), QTime(0, 0)),
        QDateTime(QDate(after.year, after.month, after.day), QTime(0, 0)),
        True,
        False,
    )


class TemporalSync:
    """While linked: controller frames set the dock's dates; the analyst's dates set the controller."""

    def __init__(self, canvas, dock):
        self.canvas = canvas
        self.dock = dock
        self.controller = None
        self.dock.dates.follow_temporal.toggled.connect(self.set_linked)

    @guarded_slot
    def set_linked(self, linked: bool) -> None:
        if linked and self.controller is None:
            self.controller = self.canvas.temporalController() if self.canvas is not None else None
            if self.controller is None:
                self.dock.dates.follow_temporal.setChecked(False)
                return
            self.controller.updateTemporalRange.connect(self.from_controller)
            self.dock.dates.changed.connect(self.to_controller)
            self.to_controller()
        elif not linked and self.controller is not None:
            self.controller.updateTemporalRange.disconnect(self.from_controller)
            self.dock.dates.changed.disconnect(self.to_controller)
            self.controller = None

    def notify(self, text: str, level) -> None:
        self.dock.notify(text, level)

    def teardown(self) -> None:
        self.set_linked(False)
        self.dock.dates.follow_temporal.toggled.disconnect(self.set_linked)

    @guarded_slot
    def from_controller(self, temporal_range: QgsDateTimeRange) -> None:
        if not temporal_range.begin().isValid() or not temporal_range.end().isValid():
            return
        start, end = dates_of(temporal_range)
        self.dock.dates.set_custom(start, end)  # emits no `changed`: no echo back to the controller
        self.dock.debounce.start()

    @guarded_slot
    def to_controller(self) -> None:
        start, end = self.dock.dates.range()
        if start is None or end is None:
            first, last = self.dock.dates.first, self.dock.dates.last
            if not first:
                return
            start, end = date.fromisoformat(first), date.fromisoformat(last)
        if hasattr(self.controller, "setTemporalExtents"):
            self.controller.setTemporalExtents(range_of(start, end))
            if self.controller.navigationMode() == NAVIGATION_OFF:
                self.controller.setNavigationMode(NAVIGATION_FIXED_RANGE)
