"""Calendar periods (day, week, month, quarter, year) as day numbers, and which of them a date
range cuts in two. Weeks start on Monday, or on Saturday as in ACLED's weekly data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from . import definitions

INTERVALS = definitions.INTERVALS.keys()
WEEK_STARTS = definitions.WEEK_STARTS.keys()
EPOCH = date(1970, 1, 1)  # a Thursday
# Days from the week's first day to 1970-01-01: Monday-based weeks start 3 days before it.
_WEEK_OFFSET = {"monday": 3, "saturday": 5}


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    partial: bool  # the date range covers only part of it


def day_number(day: date) -> int:
    return (day - EPOCH).days


def from_day_number(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def period_starts(days: np.ndarray, interval: str, week_start: str = "monday") -> np.ndarray:
    """The day number on which each day's period starts (vectorised)."""
    days = np.asarray(days, dtype=np.int64)
    if interval == "day":
        return days
    if interval == "week":
        return days - (days + _WEEK_OFFSET[week_start]) % 7
    as_dates = np.datetime64("1970-01-01", "D") + days
    months = as_dates.astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    if interval == "quarter":
        months = months - months % 3
    elif interval == "year":
        months = months - months % 12
    elif interval != "month":
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    return (months.astype("datetime64[M]").astype("datetime64[D]") - np.datetime64("1970-01-01", "D")).astype(np.int64)


def _next_start(start: int, interval: str) -> int:
    if interval == "day":
        return start + 1
    if interval == "week":
        return start + 7
    step = {"month": 1, "quarter": 3, "year": 12}[interval]
    month = np.datetime64(from_day_number(start), "M") + np.timedelta64(step, "M")
    return day_number(month.astype("datetime64[D]").astype(date))


def periods(date_from: date, date_to: date, interval: str, week_start: str = "monday") -> list[Period]:
    """Every period that meets [date_from, date_to], in order; those the range cuts are partial."""
    if week_start not in WEEK_STARTS:
        raise ValueError(f"week_start must be one of {', '.join(WEEK_STARTS)}, not {week_start!r}")
    first, last = day_number(date_from), day_number(date_to)
    start = int(period_starts(np.array([first]), interval, week_start)[0])
    result = []
    while start <= last:
        following = _next_start(start, interval)
        end = following - 1
        partial = start < first or end > last
        result.append(Period(from_day_number(start), from_day_number(end), partial))
        start = following
    return result
