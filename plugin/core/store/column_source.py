"""Where the dock's in-memory columns come from: the GeoPackage, read in chunks into narrow numpy
arrays (no Python object per row survives a chunk), or a cache of those arrays on disk from an
earlier session, memory-mapped, valid while the incidents are the ones it was made from.

The cache lives under QGIS's settings folder (incident_atlas/columns/<hash of the file's path>), or
under INCIDENT_ATLAS_CACHE_DIR, never beside the analyst's files; it is keyed by the GeoPackage's
change counter (data_version), so an import, an update, an edit in QGIS or a schema upgrade makes
it stale, and it is rebuilt (on the worker thread that loads the columns).
Each save prunes the folder: caches of GeoPackages that are gone, then the least recently used
beyond CACHE_BUDGET_BYTES (the one just written is always kept).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing, suppress
from pathlib import Path

import numpy as np

from ..dialect import SQLITE
from ..i18n import tr
from ..log import log
from . import schema
from .column_encoding import CHUNK_ROWS, encode_columns
from .geopackage_schema import connect_read_only, data_changes_of

CACHE_FORMAT = 6  # bump when the arrays change meaning
CACHE_BUDGET_BYTES = 2 << 30  # 2 GB: about 100 million incidents' columns


def file_signature(gpkg: Path) -> tuple:
    """The file's and its write-ahead log's modification times and sizes."""
    signature = []
    for suffix in ("", "-wal"):
        path = Path(str(gpkg) + suffix)
        if path.exists():
            stat = path.stat()
            signature.append((suffix, stat.st_mtime_ns, stat.st_size))
    return tuple(signature)


_versions: dict[str, tuple[tuple, dict]] = {}  # path: (file signature, data version at that signature)


def data_version(gpkg: Path) -> dict:
    """What the cache must match: the store's id and its change counter where it tracks its changes
    (schema 4), else the file as it is now. The file is opened only when it was touched since the
    last call: QGIS touches it at every subset string without changing a row."""
    key = str(gpkg)
    signature = file_signature(gpkg)
    known = _versions.get(key)
    if known is not None and known[0] == signature:
        return known[1]
    version = {"format": CACHE_FORMAT}
    changes = None
    with suppress(sqlite3.Error), closing(connect_read_only(gpkg)) as db:
        changes = data_changes_of(db)
    if changes is not None:
        version["store"], version["changes"] = changes
    else:
        version["file"] = [list(entry) for entry in signature]
    _versions[key] = (signature, version)
    return version


def cache_folder(gpkg: Path) -> Path:
    base = os.environ.get("INCIDENT_ATLAS_CACHE_DIR")
    if not base:
        from qgis.core import QgsApplication

        base = Path(QgsApplication.qgisSettingsDirPath()) / "incident_atlas" / "columns"
    return Path(base) / hashlib.sha1(str(Path(gpkg).resolve()).encode("utf-8"), usedforsecurity=False).hexdigest()[:20]


def read_columns(gpkg: Path) -> tuple[dict[str, np.ndarray], dict[str, list[str]]]:
    """The arrays (text as int32 codes into values, days since 1970 as int32, narrow numbers) and
    each text column's values, encoded by SQLite in one read transaction (column_encoding.py)."""
    with closing(connect_read_only(gpkg)) as db:
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute("BEGIN")  # the values, the ranges and the rows: one state of the file

        def batches(sql: str):
            cursor = db.execute(sql)
            while batch := cursor.fetchmany(CHUNK_ROWS):
                yield batch

        try:
            return encode_columns(lambda sql: db.execute(sql).fetchall(), batches, f'"{schema.INCIDENTS}"', SQLITE)
        finally:
            db.execute("ROLLBACK")


def load_cached(gpkg: Path) -> tuple[dict, dict[str, list[str]]] | None:
    """The cached arrays (memory-mapped) if they match the file as it is now, else None."""
    folder = cache_folder(gpkg)
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("version") != data_version(gpkg) or meta.get("path") != str(Path(gpkg).resolve()):
            return None
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in meta["arrays"]}
        with suppress(OSError):  # a read-only profile still reads its caches
            os.utime(folder / "meta.json")  # used: the last the pruning removes
        return arrays, meta["values"]
    except (OSError, ValueError, KeyError):
        return None


def save_cache(gpkg: Path, version: dict, arrays: dict, values: dict) -> None:
    """Write the arrays for the next session: a folder built aside, then put in place. A cache that
    cannot be written (a full disk, a read-only profile) only means the next open reads the file."""
    folder = cache_folder(gpkg)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
        for name, array in arrays.items():
            np.save(building / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
        meta = {"version": version, "path": str(Path(gpkg).resolve()), "arrays": list(arrays), "values": values}
        (building / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            folder.rename(old)
        building.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
        prune_caches(folder.parent, keep=folder)
    except OSError as error:
        log(tr("The columns of {name} were not cached: {error}").format(name=Path(gpkg).name, error=error))
        shutil.rmtree(locals().get("building", folder.parent / ".none"), ignore_errors=True)


def prune_caches(base: Path, keep: Path, budget: int = CACHE_BUDGET_BYTES) -> list[Path]:
    """Remove the caches of GeoPackages that no longer exist, then the least recently used ones
    beyond budget bytes; keep is never removed. Returns the folders removed."""
    caches = []
    for folder in base.iterdir():
        meta_path = folder / "meta.json"
        if folder == keep or not meta_path.is_file():
            continue
        try:
            gpkg = json.loads(meta_path.read_text(encoding="utf-8")).get("path")
            used = meta_path.stat().st_mtime
            size = sum(f.stat().st_size for f in folder.iterdir())
        except (OSError, ValueError):
            continue  # another session's cache being written or removed: not ours to judge
        caches.append((not gpkg or not Path(gpkg).exists(), used, size, folder))
    total = sum(f.stat().st_size for f in keep.iterdir()) if keep.is_dir() else 0
    total += sum(size for gone, _, size, _ in caches if not gone)
    removed = []
    # Gone first, then oldest first, until what stays fits the budget.
    for gone, _, size, folder in sorted(caches, key=lambda c: (not c[0], c[1])):
        if not gone and total <= budget:
            break
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
        total -= 0 if gone else size
    if removed:
        log(
            tr(
                "Removed %n cached column sets from {folder} (GeoPackages gone, or beyond the budget)", "", len(removed)
            ).format(folder=base)
        )
    return removed


def columns_of(gpkg: Path) -> tuple[dict, dict[str, list[str]], dict, bool]:
    """(arrays, values, the data version they match, whether they came from the cache)."""
    version = data_version(gpkg)
    cached = load_cached(gpkg)
    if cached is not None:
        return (*cached, version, True)
    try:
        arrays, values = read_columns(gpkg)
    except sqlite3.DatabaseError as error:
        problem = tr("Could not read the incidents of {name}: {error}")
        raise ValueError(problem.format(name=gpkg, error=error)) from error
    if data_version(gpkg) == version:  # not written to while it was read
        save_cache(gpkg, version, arrays, values)
    return arrays, values, version, False
