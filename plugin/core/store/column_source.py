"""Where the dock's in-memory columns come from: the GeoPackage, read in chunks into narrow numpy
arrays (no Python object per row survives a chunk), or a cache of those arrays on disk from an
earlier session, memory-mapped, valid while the file is byte for byte the one it was made from.

The cache lives under QGIS's settings folder (incident_atlas/columns/<hash of the file's path>), or
under INCIDENT_ATLAS_CACHE_DIR, never beside the analyst's files; it is keyed by the GeoPackage's
modification time and size (and those of its -wal file), so an import, an update, an edit in QGIS or
a schema upgrade makes it stale, and it is rebuilt (on the worker thread that loads the columns).
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

from ..log import log
from . import schema
from .geopackage_schema import connect_read_only

TEXT_COLUMNS = (
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "event_type",
    "sub_event_type",
    "province",
    "source_dataset",
    "province_method",
)
NUMBER_COLUMNS = {  # column -> (array name, dtype, value for NULL)
    "fatalities": ("fatalities", np.int32, 0),
    "geo_precision": ("geo_precision", np.int8, -1),
    "date_precision": ("date_precision", np.int8, -1),
    "events": ("events", np.int32, 1),
    "event_group": ("event_group", np.int64, -1),
}
NULL_CODE = -1
EPOCH = np.datetime64("1970-01-01", "D")
CHUNK_ROWS = 100_000
CACHE_FORMAT = 1  # bump when the arrays change meaning
CACHE_BUDGET_BYTES = 2 << 30  # 2 GB: about 100 million incidents' columns


def data_version(gpkg: Path) -> dict:
    """What the cache must match: the file (and its write-ahead log) as they are now."""
    version = {"format": CACHE_FORMAT}
    for suffix in ("", "-wal"):
        path = Path(str(gpkg) + suffix)
        if path.exists():
            stat = path.stat()
            version[suffix or "file"] = [stat.st_mtime_ns, stat.st_size]
    return version


def cache_folder(gpkg: Path) -> Path:
    base = os.environ.get("INCIDENT_ATLAS_CACHE_DIR")
    if not base:
        from qgis.core import QgsApplication

        base = Path(QgsApplication.qgisSettingsDirPath()) / "incident_atlas" / "columns"
    return Path(base) / hashlib.sha1(str(Path(gpkg).resolve()).encode("utf-8")).hexdigest()[:20]


WORD_BITS = 62  # packed fields stay clear of SQLite's sign bit


def _pack(ranges: list[tuple[int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """Fields (by their low and high values) into words of WORD_BITS: per word, (field, shift, bits,
    low) for each field in it. A field too wide to pack is a word of its own, unshifted (bits 64)."""
    words: list[list[tuple[int, int, int, int]]] = [[]]
    used = 0  # bits used in the last word
    for field, (low, high) in enumerate(ranges):
        bits = (high - low).bit_length()
        if bits > WORD_BITS:
            words.insert(-1, [(field, 0, 64, 0)])
            continue
        if used + bits > WORD_BITS:
            words.append([])
            used = 0
        words[-1].append((field, used, bits, low))
        used += bits
    return [word for word in words if word]


def read_columns(gpkg: Path) -> tuple[dict[str, np.ndarray], dict[str, list[str]]]:
    """The arrays (text as int32 codes into values, days since 1970 as int32, narrow numbers) and
    each text column's values.

    SQLite does the encoding, so no Python object is made per cell: each text column's distinct
    values go into a temporary table whose row numbers are the codes, dates become day numbers, and
    every row's fields come back packed into one or a few 62-bit integers (each field offset by its
    lowest value, in as many bits as its range needs), unpacked here with numpy. One read
    transaction: the values, the ranges and the rows are one state of the file."""
    names = (*TEXT_COLUMNS, "event_date", *NUMBER_COLUMNS)
    dtypes = [np.int32] * (len(TEXT_COLUMNS) + 1) + [dtype for _, dtype, _ in NUMBER_COLUMNS.values()]
    values: dict[str, list[str]] = {}
    with closing(connect_read_only(gpkg)) as db:
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute("BEGIN")
        fields = []  # SQL of each field, an integer per row
        for name in TEXT_COLUMNS:
            table = f'temp."values_{name}"'
            db.execute(f"CREATE TABLE {table} (code INTEGER PRIMARY KEY, value UNIQUE)")
            db.execute(
                f'INSERT INTO {table} (value) SELECT DISTINCT "{name}" FROM "{schema.INCIDENTS}" '
                f'WHERE "{name}" IS NOT NULL'
            )
            values[name] = [value for (value,) in db.execute(f"SELECT value FROM {table} ORDER BY code")]
            fields.append(f'coalesce((SELECT code FROM {table} WHERE value = i."{name}"), 0)')  # 0: NULL
        # Day numbers from SQLite's calendar (julianday of 1970-01-01 is 2440587.5); a date it can't
        # read counts as day 0, as numpy's NaT did.
        fields.append("coalesce(CAST(julianday(i.event_date) - 2440587.5 AS INTEGER), 0)")
        fields += [f'CAST(coalesce(i."{name}", {null}) AS INTEGER)' for name, (_, _, null) in NUMBER_COLUMNS.items()]
        ranges = [(0, len(values[name])) for name in TEXT_COLUMNS]
        others = db.execute(
            "SELECT "
            + ", ".join(f"min({f}), max({f})" for f in fields[len(TEXT_COLUMNS) :])
            + f' FROM "{schema.INCIDENTS}" i'
        ).fetchone()
        ranges += [(int(low or 0), int(high or 0)) for low, high in zip(others[::2], others[1::2])]
        words = _pack(ranges)
        word_sql = [
            " | ".join(
                fields[f] if bits == 64 else f"(({fields[f]} - ({low})) << {shift})" for f, shift, bits, low in word
            )
            for word in words
        ]
        parts: list[list[np.ndarray]] = [[] for _ in names]
        cursor = db.execute(f'SELECT {", ".join(word_sql)} FROM "{schema.INCIDENTS}" i')
        while batch := cursor.fetchmany(CHUNK_ROWS):
            for word, column in zip(words, zip(*batch)):
                packed = np.array(column, dtype=np.int64)
                for field, shift, bits, low in word:
                    value = packed if bits == 64 else ((packed >> shift) & ((1 << bits) - 1)) + low
                    parts[field].append(value.astype(dtypes[field]))
            del batch
        db.execute("ROLLBACK")
    arrays = {
        name: np.concatenate(parts[field]) if parts[field] else np.zeros(0, dtype=dtypes[field])
        for field, name in enumerate(names)
    }
    for name in TEXT_COLUMNS:
        arrays[name] -= 1  # codes from 0, NULL_CODE (-1) for NULL
    return arrays, values


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
        log(f"The columns of {Path(gpkg).name} were not cached: {error}")
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
        log(f"Removed {len(removed)} cached column sets from {base} (GeoPackages gone, or beyond the budget)")
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
        raise ValueError(f"Could not read the incidents of {gpkg}: {error}") from error
    if data_version(gpkg) == version:  # not written to while it was read
        save_cache(gpkg, version, arrays, values)
    return arrays, values, version, False
