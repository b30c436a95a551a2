"""An incident GeoPackage kept in WAL mode while the dock filters its layers."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path


class WalKeeper:
    """Keeps an incident GeoPackage in WAL mode, its -wal and -shm files in place, while the dock works on it.

    QGIS switches a GeoPackage to WAL when it opens it for update (a subset string does) and back to a
    rollback journal when its last handle on the file closes. In between, a handle QGIS opened read-only
    (another layer of the file, a render thread) can meet the file in WAL mode without its -wal file, which
    a read-only handle may not create: GDAL's "unable to open database file", "layer 'provinces' is not
    registered in gpkg_contents", "At least one of the required GeoPackage tables ... is missing", at a
    filter change. One idle connection of ours, opened first, holds the WAL files: every handle finds them,
    and QGIS switches nothing back and forth (no header written at each filter change). On close the file
    goes back to a rollback journal if no one else has it open; else QGIS does when its last handle closes."""

    def __init__(self, path: Path | str):
        self.db: sqlite3.Connection | None = None
        # Whether the file was in a rollback journal: a layer QGIS opened before then cannot count its
        # features ("unable to open database file") until it is opened again (FilterSession reloads it).
        self.switched = False
        path = Path(path)
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return  # no one can switch a file it cannot write: nothing to keep
        try:
            db = sqlite3.connect(str(path), timeout=2, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 0")  # never wait on QGIS's locks: keeping WAL is a help, not a need
            (before,) = db.execute("PRAGMA journal_mode").fetchone()
            (mode,) = db.execute("PRAGMA journal_mode = WAL").fetchone()
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # maps the WAL index: the files stay
        except sqlite3.Error:
            return
        if str(mode).lower() == "wal":
            self.db = db
            self.switched = str(before).lower() != "wal"
        else:
            db.close()

    @property
    def keeping(self) -> bool:
        return self.db is not None

    def close(self) -> None:
        if self.db is None:
            return
        with suppress(sqlite3.Error):  # busy: QGIS still has the file open, and switches it back itself
            self.db.execute("PRAGMA journal_mode = DELETE")
        self.db.close()
        self.db = None
