"""Rows a re-import brings unchanged, set aside before they are staged.

A weekly ACLED export repeats nearly all of the last one: looked up by key and content hash as each
chunk arrives (in SQLite, through the unique index), the unchanged rows are only counted and
remembered by fid, and only new or changed rows are bound and staged in full.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import schema


class UnchangedRows:
    def __init__(self, db):
        self.db = db
        self.present: dict[str, bool] = {}  # dataset -> whether the file holds any of its rows
        db.execute(
            "CREATE TEMP TABLE chunk_keys (position INTEGER PRIMARY KEY, source_dataset, event_id, content_hash)"
        )
        db.execute("CREATE TEMP TABLE unchanged (fid INTEGER PRIMARY KEY)")

    def _any_present(self, datasets) -> bool:
        for dataset in datasets:
            if dataset not in self.present:
                (found,) = self.db.execute(
                    f'SELECT EXISTS (SELECT 1 FROM "{schema.INCIDENTS}" WHERE source_dataset = ?)', (dataset,)
                ).fetchone()
                self.present[dataset] = bool(found)
        return any(self.present[dataset] for dataset in datasets)

    def new_or_changed(self, frame: pd.DataFrame, hashes: np.ndarray) -> np.ndarray | None:
        """Positions of the chunk's rows the file does not hold as they are (None: all of them);
        the others are remembered as unchanged."""
        if not self._any_present(frame["source_dataset"].dropna().unique().tolist()):
            return None
        self.db.execute("DELETE FROM temp.chunk_keys")
        keys = zip(range(len(frame)), frame["source_dataset"].tolist(), frame["event_id"].tolist(), hashes.tolist())
        self.db.executemany("INSERT INTO temp.chunk_keys VALUES (?, ?, ?, ?)", keys)
        join = f"""FROM temp.chunk_keys k LEFT JOIN "{schema.INCIDENTS}" i
                   ON i.source_dataset = k.source_dataset AND i.event_id = k.event_id"""
        self.db.execute(f"INSERT INTO temp.unchanged SELECT i.fid {join} WHERE i.content_hash = k.content_hash")
        rows = self.db.execute(f"SELECT k.position {join} WHERE i.content_hash IS NOT k.content_hash").fetchall()
        return np.array([position for (position,) in rows], dtype=np.int64)

    def count(self) -> int:
        (count,) = self.db.execute("SELECT count(*) FROM temp.unchanged").fetchone()
        return int(count)

    def add_to_staging(self) -> None:
        """Their keys and countries into temp.staging, where a download's deletions look for what
        this import still holds (after the merge, which must not see them)."""
        self.db.execute(
            "INSERT INTO temp.staging (source_dataset, event_id, country) "
            f'SELECT source_dataset, event_id, country FROM "{schema.INCIDENTS}" WHERE fid IN temp.unchanged'
        )

    def reset(self) -> None:
        self.db.execute("DELETE FROM temp.unchanged")
