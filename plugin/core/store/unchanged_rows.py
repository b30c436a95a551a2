"""Rows a re-import brings unchanged, set aside before they are staged.

A weekly ACLED export repeats nearly all of the last one: looked up by key and content hash as each
chunk arrives (in SQLite, through the unique index), the unchanged rows are only counted and
remembered by fid, and only new or changed rows are bound and staged in full.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd

from . import schema

# One statement and one row back per chunk: row by row, Python's sqlite3 would hand its lock back and
# forth with the reader thread a million times. CROSS JOIN keeps the ids as the outer loop, each
# looked up through the unique index (SQLite otherwise scans the dataset and searches the ids).
STORED_SQL = f"""SELECT group_concat(j.key || ',' || i.fid || ',' || i.content_hash)
    FROM json_each(?) j CROSS JOIN "{schema.INCIDENTS}" i WHERE i.source_dataset = ? AND i.event_id = j.value"""  # nosec B608: identifiers from the schema's constants; values bound


class UnchangedRows:
    def __init__(self, db):
        self.db = db
        self.present: dict[str, bool] = {}  # dataset -> whether the file holds any of its rows
        self.usable = True  # False where this SQLite lacks json_each: every row is staged, as before
        db.execute("CREATE TEMP TABLE unchanged (fid INTEGER PRIMARY KEY)")

    def _any_present(self, datasets) -> bool:
        for dataset in datasets:
            if dataset not in self.present:
                exists = f'SELECT EXISTS (SELECT 1 FROM "{schema.INCIDENTS}" WHERE source_dataset = ?)'  # nosec B608: identifiers from the schema's constants; values bound
                (found,) = self.db.execute(exists, (dataset,)).fetchone()
                self.present[dataset] = bool(found)
        return any(self.present[dataset] for dataset in datasets)

    def new_or_changed(self, frame: pd.DataFrame, hashes: np.ndarray) -> np.ndarray | None:
        """Positions of the chunk's rows the file does not hold as they are (None: all of them);
        the others are remembered as unchanged."""
        datasets = frame["source_dataset"]
        names = datasets.dropna().unique().tolist()  # one, unless a writer mixes datasets
        if not self.usable or not self._any_present(names):
            return None
        fids = np.full(len(frame), -1, dtype=np.int64)
        stored = np.zeros(len(frame), dtype=np.int64)
        for name in names:
            rows = np.flatnonzero((datasets == name).to_numpy())
            ids = json.dumps(frame["event_id"].iloc[rows].tolist())
            try:
                (found,) = self.db.execute(STORED_SQL, (ids, name)).fetchone()
            except sqlite3.OperationalError:  # no JSON functions in this SQLite
                self.usable = False
                return None
            if found:  # position in rows, fid, stored hash; rows stored without a hash are staged
                triples = np.array(found.split(",")).astype(np.int64).reshape(-1, 3)
                at = rows[triples[:, 0]]
                fids[at], stored[at] = triples[:, 1], triples[:, 2]
        same = (fids >= 0) & (stored == hashes)
        self.db.execute("INSERT INTO temp.unchanged SELECT value FROM json_each(?)", (json.dumps(fids[same].tolist()),))
        return np.flatnonzero(~same)

    def count(self) -> int:
        (count,) = self.db.execute("SELECT count(*) FROM temp.unchanged").fetchone()
        return int(count)

    def add_to_staging(self) -> None:
        """Their keys and countries into temp.staging, where a download's deletions look for what
        this import still holds (after the merge, which must not see them)."""
        self.db.execute(
            "INSERT INTO temp.staging (source_dataset, event_id, country) "
            f'SELECT source_dataset, event_id, country FROM "{schema.INCIDENTS}" WHERE fid IN temp.unchanged'  # nosec B608: identifiers from the schema's constants; values bound
        )

    def reset(self) -> None:
        self.db.execute("DELETE FROM temp.unchanged")
