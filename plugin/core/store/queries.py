"""Aggregates over an incident GeoPackage under a filter, computed in SQLite, never in Python loops."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ..filters import IncidentFilter, Parameters
from . import schema
from .counts import ProvinceRef, Summary
from .geopackage import GeoPackageSource
from .geopackage_schema import connect_read_only


def read_only(gpkg: Path | str) -> sqlite3.Connection:
    return connect_read_only(gpkg)


def _store(source):
    """A store as given, or the GeoPackage at a path (tests and scripts pass paths)."""
    if hasattr(source, "dialect"):
        return source
    return GeoPackageSource(source)


def fetch_all(source, sql: str, parameters: dict | None = None) -> list[tuple]:
    """Run one query against a GeoPackage (sqlite3) or PostGIS (psycopg2), read-only; values only
    as bound parameters (named in the store's dialect: Parameters)."""
    source = _store(source)
    with closing(source.connect_read()) as db:
        cursor = db.cursor()
        try:
            if parameters:
                cursor.execute(sql, parameters)
            else:  # psycopg2 reads '%' in SQL as a placeholder only when given parameters
                cursor.execute(sql)
            return cursor.fetchall()
        finally:
            cursor.close()


def _table(source) -> str:
    return source.table(schema.INCIDENTS)


def _where(bound: Parameters, incident_filter: IncidentFilter, without: str | None = None) -> str:
    sql = incident_filter.bound_sql(bound, without)
    return f"WHERE {sql}" if sql else ""


def _linked_away(incident_filter: IncidentFilter) -> bool:
    """Whether counting once can change a count: links join rows of different datasets."""
    return incident_filter.count_once and len(incident_filter.datasets) != 1


def _from(source, bound: Parameters, incident_filter: IncidentFilter, without: str | None = None) -> str:
    """FROM and WHERE of the rows a filter counts, its values bound in `bound`: with links, each
    event once (the row of the best-ranked dataset among those the filter keeps, with its group's
    fatalities), as column_store.EventLinks counts them."""
    table, where = _table(source), _where(bound, incident_filter, without)
    if not _linked_away(incident_filter):
        return f"{table} {where}"
    condition = incident_filter.bound_sql(bound, without)
    # Unqualified names in a subquery are its own table's: the same filter, on the other row g.
    also = f" AND {condition}" if condition else ""
    prefer = bound(incident_filter.prefer_dataset)
    collate = source.dialect.by_code_point  # ranks datasets by code point, as the in-memory columns do

    def flag(alias: str) -> str:
        return f'(CASE WHEN {alias}."source_dataset" = {prefer} THEN 0 ELSE 1 END)'

    before = (
        f"({flag('g')} < {flag('f')} OR ({flag('g')} = {flag('f')} AND "
        f'g."source_dataset"{collate} < f."source_dataset"{collate}))'
    )
    group = f'FROM {table} AS h WHERE h."event_group" = f."event_group"{also}'  # the group's rows kept
    highest = f'(SELECT max(coalesce(h."fatalities", 0)) {group})'
    preferred = f'(SELECT coalesce(h."fatalities", 0) {group} AND h."source_dataset" = {prefer})'
    group_fatalities = f"coalesce({preferred}, {highest})" if incident_filter.prefer_dataset else highest
    columns = ", ".join(f'f."{c}"' for c in schema.INCIDENT_FIELD_NAMES if c != "fatalities")
    return f"""(SELECT {columns},
                CASE WHEN f."event_group" IS NULL THEN f."fatalities" ELSE {group_fatalities} END AS "fatalities"
            FROM {table} AS f {where or "WHERE true"} AND (f."event_group" IS NULL OR NOT EXISTS (
                SELECT 1 FROM {table} AS g WHERE g."event_group" = f."event_group" AND {before}{also}))
        ) AS counted"""  # nosec B608: identifiers from the schema's constants; values bound


def _day(value) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else value


# Every count sums the rows' weights: an event is 1, a row of ACLED's aggregated data its week's count.
EVENTS = 'coalesce(sum("events"), 0)'
AGGREGATED = schema.AGGREGATED_DATASET


def summary(source, incident_filter: IncidentFilter) -> Summary:
    source = _store(source)
    bound = Parameters(source.dialect)
    aggregated = bound(AGGREGATED)
    rows_counted = _from(source, bound, incident_filter)
    (row,) = fetch_all(
        source,
        f"""SELECT {EVENTS}, coalesce(sum("fatalities"), 0), count(DISTINCT "province_id"),
                   min("event_date"), max("event_date"),
                   coalesce(sum(CASE WHEN "province_method" = 'name' THEN "events" END), 0),
                   coalesce(sum(CASE WHEN "province_method" = 'nearest' THEN "events" END), 0),
                   count(CASE WHEN "source_dataset" = {aggregated} THEN 1 END), count(*),
                   coalesce(sum(CASE WHEN "province_method" = 'region' THEN "events" END), 0)
            FROM {rows_counted}""",  # nosec B608: identifiers from the schema, values bound
        bound,
    )
    # Each dataset's rows before counting once: the datasets named, and how many rows links joined.
    bound = Parameters(source.dialect)
    datasets = fetch_all(
        source,
        f'SELECT "source_dataset", count(*) FROM {_table(source)} {_where(bound, incident_filter)} GROUP BY 1',  # nosec B608: identifiers from the schema, values bound
        bound,
    )
    rows = sum(int(n) for _, n in datasets)
    linked = rows - int(row[8]) if _linked_away(incident_filter) else 0
    return Summary(
        *(int(row[0]), int(row[1]), int(row[2]), _day(row[3]), _day(row[4]), int(row[5]), int(row[6]), int(row[7])),
        linked,
        tuple(sorted(name for name, _ in datasets if name is not None)),
        int(row[9]),
    )


def count_by_province(source, incident_filter: IncidentFilter) -> dict[int, tuple[int, int]]:
    """Province id (its fid) -> (incidents, fatalities); provinces without incidents are absent (read
    them as 0)."""
    source = _store(source)
    bound = Parameters(source.dialect)
    rows = fetch_all(
        source,
        f"""SELECT "province_id", {EVENTS}, coalesce(sum("fatalities"), 0)
            FROM {_from(source, bound, incident_filter)} GROUP BY "province_id" """,  # nosec B608: identifiers from the schema, values bound
        bound,
    )
    return {int(province): (int(n), int(f)) for province, n, f in rows if province is not None}


def actor_counts(source, incident_filter: IncidentFilter, limit: int | None = None) -> list[tuple[str, int]]:
    """Incidents per actor (primary or secondary) under every restriction but the actor one."""
    source = _store(source)
    bound = Parameters(source.dialect)
    rows_counted = _from(source, bound, incident_filter, without="actors")
    limit_sql = f"LIMIT {bound(int(limit))}" if limit else ""
    rows = fetch_all(
        source,
        f"""SELECT actor, {EVENTS} AS n FROM (
                SELECT "actor1" AS actor, "events" FROM {rows_counted}
                UNION ALL
                SELECT "actor2", "events" FROM {rows_counted}
            ) AS actors WHERE actor IS NOT NULL GROUP BY actor ORDER BY n DESC, actor {limit_sql}""",  # nosec B608: identifiers from the schema, values bound
        bound,
    )
    return [(actor, int(n)) for actor, n in rows]


def value_counts(source, column: str, incident_filter: IncidentFilter, without: str | None = None):
    if column not in schema.INCIDENT_FIELD_NAMES:
        raise ValueError(f"Unknown incident column {column!r}")
    source = _store(source)
    bound = Parameters(source.dialect)
    rows = fetch_all(
        source,
        f"""SELECT "{column}", {EVENTS} AS n FROM {_from(source, bound, incident_filter, without)}
            GROUP BY "{column}" ORDER BY n DESC""",  # nosec B608: a column of the schema's, checked above; values bound
        bound,
    )
    return [(value, int(n)) for value, n in rows if value is not None]


def provinces(source) -> list[ProvinceRef]:
    """Every province in the store, by name and country: the rows every trend table has."""
    source = _store(source)
    table = source.table(schema.PROVINCES)
    rows = fetch_all(source, f"SELECT fid, name, code, country FROM {table} ORDER BY name, country, fid")  # nosec B608: the schema's table
    return [ProvinceRef(int(fid), name, code, country) for fid, name, code, country in rows]


def date_range(source) -> tuple[str | None, str | None]:
    source = _store(source)
    (row,) = fetch_all(source, f'SELECT min("event_date"), max("event_date") FROM {_table(source)}')  # nosec B608: the schema's table
    return _day(row[0]), _day(row[1])


def date_histogram(source, incident_filter: IncidentFilter) -> tuple[str, list[tuple[str, int]]]:
    """Incidents per month (per day when the data spans under 120 days), ignoring the date filter.

    Returns the bin unit ("month" or "day") and (first day of bin, count) for every bin from the
    first to the last date, zeros included, so bar positions are proportional to time.
    """
    from datetime import date, timedelta

    source = _store(source)
    first, last = date_range(source)
    if not first:
        return "month", []
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    unit = "day" if (end - start).days < 120 else "month"
    key = source.dialect.day('"event_date"') if unit == "day" else source.dialect.month('"event_date"')
    bound = Parameters(source.dialect)
    rows_counted = _from(source, bound, incident_filter, "dates")
    counts = dict(
        fetch_all(source, f"SELECT {key}, {EVENTS} FROM {rows_counted} GROUP BY 1", bound)  # nosec B608: identifiers from the schema, values bound
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


def counts_by_period(
    source, incident_filter: IncidentFilter, interval: str, week_start: str = "monday"
) -> dict[int, dict[str, tuple[int, int]]]:
    """Province id -> ISO first day of each period -> (incidents, fatalities); empty periods absent."""
    source = _store(source)
    period = source.dialect.period_start('"event_date"', interval, week_start)
    bound = Parameters(source.dialect)
    rows = fetch_all(
        source,
        f"""SELECT "province_id", {period}, {EVENTS}, coalesce(sum("fatalities"), 0)
            FROM {_from(source, bound, incident_filter)} GROUP BY 1, 2""",  # nosec B608: identifiers from the schema, values bound
        bound,
    )
    result: dict[int, dict[str, tuple[int, int]]] = {}
    for province, start, n, fatalities in rows:
        if province is not None:
            result.setdefault(int(province), {})[str(start)] = (int(n), int(fatalities))
    return result


class ServerCounts:
    """The facet counts of a store computed by its database for every filter change (PostGIS)."""

    def __init__(self, source):
        self.source = source

    def summary(self, incident_filter: IncidentFilter) -> Summary:
        return summary(self.source, incident_filter)

    def actor_counts(self, incident_filter: IncidentFilter) -> list[tuple[str, int]]:
        return actor_counts(self.source, incident_filter)

    def value_counts(self, column: str, incident_filter: IncidentFilter, without: str | None = None):
        return value_counts(self.source, column, incident_filter, without)

    def date_histogram(self, incident_filter: IncidentFilter):
        return date_histogram(self.source, incident_filter)

    def count_by_province(self, incident_filter: IncidentFilter) -> dict[int, tuple[int, int]]:
        return count_by_province(self.source, incident_filter)

    def counts_by_period(self, incident_filter: IncidentFilter, interval: str, week_start: str = "monday"):
        return counts_by_period(self.source, incident_filter, interval, week_start)
