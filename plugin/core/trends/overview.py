"""What the dock's Trend section shows: the change table for the filter's dates, and each
province's counts over the periods before, for a sparkline."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..definitions import INTERVALS
from ..filters import IncidentFilter
from ..i18n import tr
from ..periods import Period, periods
from ..store.counts import ProvinceRef
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
    series: dict[int, list[int]] = field(default_factory=dict)  # province id -> incidents per span
    message: str = ""  # why there is no table


def trend_overview(
    counts,
    provinces: list[ProvinceRef],
    incident_filter: IncidentFilter,
    settings: TrendSettings,
    data_start: date | None,
) -> TrendOverview:
    """counts: the store's facet counts (count_by_province and counts_by_period)."""
    if incident_filter.date_from is None or incident_filter.date_to is None:
        return TrendOverview(None, message=tr("Choose a date range: it is the period compared with the baseline."))
    table = _change_table(counts, provinces, incident_filter, settings, data_start)
    end = incident_filter.date_to
    spans = periods(end - timedelta(days=370), end, settings.interval, settings.week_start)[-SPARK_PERIODS:]
    return TrendOverview(table, spans, _series(counts, provinces, incident_filter, spans, end, settings))


def _change_table(counts, provinces, incident_filter: IncidentFilter, settings: TrendSettings, data_start):
    return change_by_province(
        counts, provinces, incident_filter, settings.baseline, settings.periods, settings.alpha, data_start
    )


def _series(counts, provinces, incident_filter: IncidentFilter, spans: list[Period], end: date, settings):
    """Each province's incidents per span, from the first span's start to end (zeros included)."""
    window = incident_filter.with_changes(date_from=spans[0].start, date_to=end)
    found = counts.counts_by_period(window, settings.interval, settings.week_start)
    return {
        province.id: [found.get(province.id, {}).get(span.start.isoformat(), (0, 0))[0] for span in spans]
        for province in provinces
    }


BRIEF_PERIODS = 80  # the most bars a brief's chart draws a province; beyond, a coarser interval


@dataclass
class TrendBrief:
    """The change table and each province's counts over the baseline and current windows, for a brief."""

    table: ChangeTable
    spans: list[Period]
    series: dict[int, list[int]]  # province id -> incidents per span
    interval: str = "week"  # the chart's: the trend's own, or a coarser one where that would not fit
    asked: str = "week"  # the trend's interval

    def ranked(self) -> list:
        """The change rows with incidents now or before, most incidents now first."""
        rows = [r for r in self.table.rows if r.current or r.baseline]
        return sorted(rows, key=lambda r: (-r.current, -(r.baseline or 0), r.label))

    def role(self, span: Period) -> str:
        """ "current", "baseline" or "" for a span of the chart."""
        if span.end >= self.table.current.start:
            return "current"
        if any(span.end >= w.start and span.start <= w.end for w in self.table.baselines):
            return "baseline"
        return ""


def trend_brief(
    counts,
    provinces: list[ProvinceRef],
    incident_filter: IncidentFilter,
    settings: TrendSettings,
    data_start: date | None,
) -> TrendBrief:
    if incident_filter.date_from is None or incident_filter.date_to is None:
        raise ValueError(tr("The brief compares the chosen dates with a baseline: choose a date range."))
    incident_filter = incident_filter.with_changes(provinces=())
    table = _change_table(counts, provinces, incident_filter, settings, data_start)
    first = min(w.start for w in table.baselines)
    # Every period the sentences compare is on the chart: where that is too many bars, coarser ones.
    chart = settings
    spans = periods(first, table.current.end, chart.interval, chart.week_start)
    intervals = INTERVALS.keys()  # finest first
    while len(spans) > BRIEF_PERIODS and chart.interval != intervals[-1]:
        chart = replace(chart, interval=intervals[INTERVALS.index_of(chart.interval) + 1])
        spans = periods(first, table.current.end, chart.interval, chart.week_start)
    series = _series(counts, provinces, incident_filter, spans, table.current.end, chart)
    return TrendBrief(table, spans, series, chart.interval, settings.interval)
