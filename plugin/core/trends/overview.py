"""What the dock's Trend section shows: the change table for the filter's dates, and each
province's counts over the periods before, for a sparkline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..filters import IncidentFilter
from ..i18n import tr
from ..periods import Period, periods
from .change import BASELINES, ChangeTable, change_by_province

SPARK_PERIODS = 12  # periods shown in a sparkline, ending with the current window's last


@dataclass(frozen=True)
class TrendSettings:
    baseline: str = "previous"
    interval: str = "week"
    periods: int = 4  # for the "mean" baseline
    alpha: float = 0.05
    week_start: str = "monday"

    def __post_init__(self):
        if self.baseline not in BASELINES:
            raise ValueError(f"baseline must be one of {', '.join(BASELINES)}")


@dataclass
class TrendOverview:
    table: ChangeTable | None
    spans: list[Period] = field(default_factory=list)
    series: dict[str, list[int]] = field(default_factory=dict)  # province -> incidents per span
    message: str = ""  # why there is no table


def trend_overview(
    counts,
    provinces: list[tuple[str, str | None]],
    incident_filter: IncidentFilter,
    settings: TrendSettings,
    data_start: date | None,
) -> TrendOverview:
    """counts: the store's facet counts (count_by_province and counts_by_period)."""
    if incident_filter.date_from is None or incident_filter.date_to is None:
        return TrendOverview(None, message=tr("Choose a date range: it is the period compared with the baseline."))
    table = change_by_province(
        counts, provinces, incident_filter, settings.baseline, settings.periods, settings.alpha, data_start
    )
    end = incident_filter.date_to
    spans = periods(end - timedelta(days=370), end, settings.interval, settings.week_start)[-SPARK_PERIODS:]
    window = incident_filter.with_changes(date_from=spans[0].start, date_to=end)
    found = counts.counts_by_period(window, settings.interval, settings.week_start)
    series = {
        name: [found.get(name, {}).get(span.start.isoformat(), (0, 0))[0] for span in spans]
        for name, _code in provinces
    }
    return TrendOverview(table, spans, series)
