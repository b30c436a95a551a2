"""Aggregates over an incident GeoPackage under a filter, computed in SQLite, never in Python loops."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from . import schema
from .filters import IncidentFilter
from .i18n import tr


@dataclass(frozen=True)
class Summary:
    incidents: int
    fatalities: int
    provinces: int
    first_date: str | None
    last_date: str | None

    def text(self) -> str:
        text = tr("{incidents} incidents · {fatalities} fatalities · {provinces} provinces").format(
            incidents=f"{self.incidents:,}", fatalities=f"{self.fatalities:,}", provinces=f"{self.provinces:,}"
        )
        if self.first_date:
            text += " · " + tr("{start} – {end}").format(start=self.first_date, end=self.last_date)
        return text


def read_only(gpkg: Path | str) -> sqlite3.Connection:
    # immutable is not used: another process may be importing; mode=ro still sees committed state.
    return sqlite3.connect(f"file:{Path(gpkg).as_posix()}?mode=ro", uri=True, timeout=10)


def _where(incident_filter: IncidentFilter, without: str | None = None) -> str:
    sql = incident_filter.to_sql(without)
    return f"WHERE {sql}" if sql else ""


def summary(gpkg: Path | str, incident_filter: IncidentFilter) -> Summary:
    with closing(read_only(gpkg)) as db:
        row = db.execute(
            f"""SELECT count(*), coalesce(sum("fatalities"), 0), count(DISTINCT "province"),
                       min("event_date"), max("event_date")
                FROM "{schema.INCIDENTS}" {_where(incident_filter)}"""
        ).fetchone()
    return Summary(int(row[0]), int(row[1]), int(row[2]), row[3], row[4])


def count_by_province(gpkg: Path | str, incident_filter: IncidentFilter) -> dict[str, tuple[int, int]]:
    """Province -> (incidents, fatalities); provinces without incidents are absent (read them as 0)."""
    with closing(read_only(gpkg)) as db:
        rows = db.execute(
            f"""SELECT "province", count(*), coalesce(sum("fatalities"), 0) FROM "{schema.INCIDENTS}"
                {_where(incident_filter)} GROUP BY "province" """
        ).fetchall()
    return {province: (int(n), int(f)) for province, n, f in rows if province is not None}


def actor_counts(gpkg: Path | str, incident_filter: IncidentFilter, limit: int | None = None) -> list[tuple[str, int]]:
    """Incidents per actor (primary or secondary) under every restriction but the actor one."""
    where = _where(incident_filter, without="actors")
    limit_sql = f"LIMIT {int(limit)}" if limit else ""
    with closing(read_only(gpkg)) as db:
        rows = db.execute(
            f"""SELECT actor, count(*) AS n FROM (
                    SELECT "actor1" AS actor FROM "{schema.INCIDENTS}" {where}
                    UNION ALL
                    SELECT "actor2" FROM "{schema.INCIDENTS}" {where}
                ) WHERE actor IS NOT NULL GROUP BY actor ORDER BY n DESC, actor {limit_sql}"""
        ).fetchall()
    return [(actor, int(n)) for actor, n in rows]


def value_counts(gpkg: Path | str, column: str, incident_filter: IncidentFilter, without: str | None = None):
    if column not in schema.INCIDENT_FIELD_NAMES:
        raise ValueError(f"Unknown incident column {column!r}")
    with closing(read_only(gpkg)) as db:
        rows = db.execute(
            f"""SELECT "{column}", count(*) AS n FROM "{schema.INCIDENTS}" {_where(incident_filter, without)}
                GROUP BY "{column}" ORDER BY n DESC"""
        ).fetchall()
    return [(value, int(n)) for value, n in rows if value is not None]


def date_range(gpkg: Path | str) -> tuple[str | None, str | None]:
    with closing(read_only(gpkg)) as db:
        return tuple(db.execute(f'SELECT min("event_date"), max("event_date") FROM "{schema.INCIDENTS}"').fetchone())


def date_histogram(gpkg: Path | str, incident_filter: IncidentFilter) -> tuple[str, list[tuple[str, int]]]:
    """Incidents per month (per day when the data spans under 120 days), ignoring the date filter.

    Returns the bin unit ("month" or "day") and (first day of bin, count) for every bin from the
    first to the last date, zeros included, so bar positions are proportional to time.
    """
    from datetime import date, timedelta

    first, last = date_range(gpkg)
    if not first:
        return "month", []
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    unit = "day" if (end - start).days < 120 else "month"
    key = '"event_date"' if unit == "day" else "substr(\"event_date\", 1, 7) || '-01'"
    with closing(read_only(gpkg)) as db:
        counts = dict(
            db.execute(
                f'SELECT {key}, count(*) FROM "{schema.INCIDENTS}" {_where(incident_filter, "dates")} GROUP BY 1'
            ).fetchall()
        )
    bins = []
    current = start if unit == "day" else start.replace(day=1)
    while current <= end:
        bins.append((current.isoformat(), int(counts.get(current.isoformat(), 0))))
        if unit == "day":
            current += timedelta(days=1)
        else:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return unit, bins
