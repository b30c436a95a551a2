"""The links between datasets kept in a store: read what linking needs inside an import's
transaction, link (links.py), write back only the rows whose group changed."""

from __future__ import annotations

import json

import numpy as np

from ..filters import Parameters
from . import schema
from .links import NO_GROUP, LinkInput, LinkRules, link_groups, relink


def read_link_input(cursor, incidents: str, dialect, import_id: int = -1) -> tuple | None:
    """The rows of a store with more than one dataset (aggregated data left out), and their groups
    now, and which rows the import import_id wrote; None when the store holds one dataset and no
    links. The database does the conversions, so each column becomes an array without a Python step
    per value."""
    # The first and last dataset by name come from the (dataset, id) index at once: equal, one dataset.
    # (Two queries: SQLite reads min() or max() alone from an index, not both at once.)
    cursor.execute(f"SELECT min(source_dataset) FROM {incidents}")  # nosec B608: identifiers from the schema's constants; values bound
    (first,) = cursor.fetchone()
    cursor.execute(f"SELECT max(source_dataset) FROM {incidents}")  # nosec B608: identifiers from the schema's constants; values bound
    (last,) = cursor.fetchone()
    datasets = [first] if first == last else []
    if first != last:
        cursor.execute(f"SELECT DISTINCT source_dataset FROM {incidents}")  # nosec B608: identifiers from the schema's constants; values bound
        datasets = sorted(name for (name,) in cursor.fetchall() if name != schema.AGGREGATED_DATASET)
    if len(datasets) < 2:
        cursor.execute(f"SELECT count(*) FROM {incidents} WHERE event_group IS NOT NULL")  # nosec B608: identifiers from the schema's constants; values bound
        if not cursor.fetchone()[0]:
            return None
    bound = Parameters(dialect)
    code = "CASE source_dataset " + " ".join(f"WHEN {bound(n)} THEN {i}" for i, n in enumerate(datasets))
    days = dialect.epoch_days_template
    # Ties (two events at one place on one day in both datasets) are broken by the rows' content
    # hashes, so every store holding the same rows links them alike, whatever order its fids came in.
    cursor.execute(
        f"""SELECT fid, coalesce(content_hash, fid), {code} ELSE -1 END,
                   {days.format(column="event_date")},
                   {days.format(column="coalesce(event_date_end, event_date)")},
                   coalesce(date_precision, 1), coalesce(geo_precision, 1), coalesce(event_group, {NO_GROUP}),
                   CASE WHEN import_id = {bound(int(import_id))} THEN 1 ELSE 0 END, longitude, latitude
            FROM {incidents} WHERE source_dataset <> {bound(schema.AGGREGATED_DATASET)}""",  # nosec B608: the schema's table, values bound
        bound,
    )
    columns: list[list] = [[] for _ in range(11)]
    while batch := cursor.fetchmany(200_000):
        for position, (column, values) in enumerate(zip(columns, zip(*batch))):
            column.append(np.array(values, dtype=float if position >= 9 else np.int64))  # NULL places: NaN
    arrays = [np.concatenate(parts) if parts else np.zeros(0) for parts in columns]
    fid, key, dataset, start, end, date_precision, geo_precision, group = (a.astype(np.int64) for a in arrays[:8])
    written = arrays[8].astype(bool)
    lon, lat = (a.astype(float) for a in arrays[9:])
    rows = LinkInput(fid, key, dataset, start, end, date_precision, geo_precision, lon, lat)
    return rows, group, written


# Above this share of rows written or touched, linking everything again is no dearer than following them.
RELINK_ALL_SHARE = 0.3


def _rules_changed(cursor, meta: str, rules: LinkRules, dialect) -> bool:
    """Whether the store was linked with other tolerances, or never by this version (the tolerances
    are recorded in its meta table as link_rules)."""
    text = json.dumps({"days": rules.days, "km": rules.km})
    bound = Parameters(dialect)
    key = bound("link_rules")
    cursor.execute(f"SELECT value FROM {meta} WHERE key = {key}", bound)  # nosec B608: the schema's table, values bound
    row = cursor.fetchone()
    if row is not None and row[0] == text:
        return False
    cursor.execute(f"DELETE FROM {meta} WHERE key = {key}", bound)  # nosec B608: the schema's table, values bound
    value = bound(text)
    cursor.execute(f"INSERT INTO {meta} (key, value) VALUES ({key}, {value})", bound)  # nosec B608: the schema's table, values bound
    return True


def changed_groups(
    cursor, incidents: str, meta: str, rules: LinkRules, dialect, import_id: int = -1, gone_groups=()
) -> tuple[list[tuple], int]:
    """(group or None, fid) for every row whose group changes, and how many rows are linked.

    Only the rows the import wrote, the rows that shared a group with them or with a deleted row,
    and the rows connected to those through candidate pairs are linked again (links.relink); all of
    them when the tolerances changed since the store was last linked."""
    found = read_link_input(cursor, incidents, dialect, import_id)
    if found is None:
        return [], 0
    rows, before, written = found
    touched = written | np.isin(before, np.concatenate([before[written & (before != NO_GROUP)], list(gone_groups)]))
    if _rules_changed(cursor, meta, rules, dialect):
        touched[:] = True
    if not touched.any():  # nothing written, nothing deleted: every link stands
        return [], int(np.count_nonzero(before != NO_GROUP))
    if touched.mean() > RELINK_ALL_SHARE:
        after = link_groups(rows, rules)
    else:
        after = relink(rows, before, touched, rules)
    changed = np.flatnonzero(after != before)
    updates = [(None if after[i] == NO_GROUP else int(after[i]), int(rows.fid[i])) for i in changed]
    return updates, int(np.count_nonzero(after != NO_GROUP))
