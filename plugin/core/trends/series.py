"""Incidents and fatalities per province and period under a filter, every province and period
included (zeros too), the periods a date range cuts marked partial."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..filters import IncidentFilter
from ..periods import periods
from ..store.counts import ProvinceRef


@dataclass(frozen=True)
class SeriesRow:
    name: str
    code: str | None
    period_start: date
    period_end: date
    partial: bool
    incidents: int
    fatalities: int
    province_id: int | None = None
    country: str | None = None


def province_series(
    counts,
    provinces: list[ProvinceRef],
    incident_filter: IncidentFilter,
    interval: str = "week",
    week_start: str = "monday",
    data_range: tuple[date | None, date | None] = (None, None),
) -> list[SeriesRow]:
    """counts: a store's facet counts (in memory or on the server), with counts_by_period().

    The range is the filter's dates, or the data's first and last day where the filter leaves
    them open; without either there are no periods."""
    start = incident_filter.date_from or data_range[0]
    end = incident_filter.date_to or data_range[1]
    if start is None or end is None or end < start:
        return []
    spans = periods(start, end, interval, week_start)
    found = counts.counts_by_period(incident_filter, interval, week_start)
    rows = []
    for province in provinces:
        by_period = found.get(province.id, {})
        for span in spans:
            incidents, fatalities = by_period.get(span.start.isoformat(), (0, 0))
            rows.append(
                SeriesRow(
                    province.name,
                    province.code,
                    span.start,
                    span.end,
                    span.partial,
                    incidents,
                    fatalities,
                    province.id,
                    province.country,
                )
            )
    return rows
