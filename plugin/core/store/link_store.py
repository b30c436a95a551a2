"""The links between datasets kept in a store: read what linking needs inside an import's
transaction, link (links.py), write back only the rows whose group changed."""

from __future__ import annotations

import numpy as np

from . import schema
from .links import NO_GROUP, LinkInput, LinkRules, link_groups

COLUMNS = (
    "fid",
    "event_id",
    "source_dataset",
    "event_date",
    "event_date_end",
    "date_precision",
    "geo_precision",
    "longitude",
    "latitude",
    "event_group",
)


def _days(values: list) -> np.ndarray:
    return np.array(values, dtype="datetime64[D]").astype(np.int64)


def read_link_input(cursor, incidents: str) -> tuple[LinkInput, np.ndarray] | None:
    """The rows of a store with more than one dataset (aggregated data left out), and their groups
    now; None when the store holds one dataset and no links."""
    # The first and last dataset by name come from the (dataset, id) index at once: equal, one dataset.
    cursor.execute(f"SELECT min(source_dataset), max(source_dataset) FROM {incidents}")
    first, last = cursor.fetchone()
    datasets = [first] if first == last else []
    if first != last:
        cursor.execute(f"SELECT DISTINCT source_dataset FROM {incidents}")
        datasets = [name for (name,) in cursor.fetchall() if name != schema.AGGREGATED_DATASET]
    if len(datasets) < 2:
        cursor.execute(f"SELECT count(*) FROM {incidents} WHERE event_group IS NOT NULL")
        if not cursor.fetchone()[0]:
            return None
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    cursor.execute(f"SELECT {names} FROM {incidents} WHERE source_dataset <> '{schema.AGGREGATED_DATASET}'")
    columns: list[list] = [[] for _ in COLUMNS]
    while batch := cursor.fetchmany(200_000):
        for column, values in zip(columns, zip(*batch)):
            column.extend(values)
    fid, event_id, dataset, start, end, date_precision, geo_precision, lon, lat, group = columns
    codes = np.unique(np.array(dataset, dtype=object), return_inverse=True)[1] if dataset else np.zeros(0, int)
    start_days = _days(start)
    end_days = _days([e or s for e, s in zip(end, start)])  # no range: the first day
    # Ties (two events at one place on one day in both datasets) are broken by the rows' own ids, so
    # every store holding the same rows links them alike, whatever order its fids came in.
    names = np.array([f"{d}\x00{i}" for d, i in zip(dataset, event_id)], dtype=object)
    rows = LinkInput(
        fid=np.array(fid, dtype=np.int64),
        key=np.unique(names, return_inverse=True)[1].ravel().astype(np.int64) if names.size else np.zeros(0, np.int64),
        dataset=np.asarray(codes, dtype=np.int64).ravel(),
        start=start_days,
        end=end_days,
        date_precision=np.array([p or 1 for p in date_precision], dtype=np.int64),
        geo_precision=np.array([p or 1 for p in geo_precision], dtype=np.int64),
        lon=np.array([np.nan if v is None else v for v in lon], dtype=float),
        lat=np.array([np.nan if v is None else v for v in lat], dtype=float),
    )
    return rows, np.array([NO_GROUP if g is None else g for g in group], dtype=np.int64)


def changed_groups(cursor, incidents: str, rules: LinkRules) -> tuple[list[tuple], int]:
    """(group or None, fid) for every row whose group changes, and how many rows are linked."""
    found = read_link_input(cursor, incidents)
    if found is None:
        return [], 0
    rows, before = found
    after = link_groups(rows, rules)
    changed = np.flatnonzero(after != before)
    updates = [(None if after[i] == NO_GROUP else int(after[i]), int(rows.fid[i])) for i in changed]
    return updates, int(np.count_nonzero(after != NO_GROUP))
