"""The importer's writer for an incident GeoPackage: one SQLite transaction per import."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from ..dialect import SQLITE
from ..errors import IncidentImportError
from ..i18n import tr
from . import rtree, schema
from .base import Deletions, deleted_rows_condition, record_finished_import
from .geopackage_schema import change_trigger_names, connect, note_data_change, rtree_trigger_names
from .link_store import changed_groups
from .schema import DATA_COLUMNS
from .unchanged_rows import UnchangedRows

POINT_BLOB = np.dtype(
    [
        ("magic", "S2"),
        ("version", "u1"),
        ("flags", "u1"),
        ("srs", "<i4"),
        ("order", "u1"),
        ("type", "<u4"),
        ("x", "<f8"),
        ("y", "<f8"),
    ]
)


def point_blobs(longitude: np.ndarray, latitude: np.ndarray) -> list[bytearray | None]:
    """GeoPackage geometry blobs (header + little-endian WKB point), built without a loop per field.

    bytearray, not bytes: Python's sqlite3 binds a bytearray directly but looks for an adapter for
    every bytes object, three times the cost (measured: 206 against 660 ns a value)."""
    records = np.zeros(len(longitude), dtype=POINT_BLOB)
    records["magic"] = b"GP"
    records["flags"] = 0x01  # little-endian header, no envelope
    records["srs"] = 4326
    records["order"] = 1
    records["type"] = 1
    records["x"] = longitude
    records["y"] = latitude
    buffer = memoryview(records.tobytes())
    size = POINT_BLOB.itemsize
    blobs = [bytearray(buffer[i : i + size]) for i in range(0, len(buffer), size)]
    nowhere = ~(np.isfinite(longitude) & np.isfinite(latitude))
    for position in np.flatnonzero(nowhere).tolist():  # an event named only by a region: no point
        blobs[position] = None
    return blobs


def polygon_blob(geometry) -> bytes:
    import shapely

    if geometry.geom_type == "Polygon":
        geometry = shapely.MultiPolygon([geometry])
    minx, miny, maxx, maxy = geometry.bounds
    header = b"GP\x00\x03" + np.array([4326], "<i4").tobytes() + np.array([minx, maxx, miny, maxy], "<f8").tobytes()
    return header + shapely.to_wkb(geometry, byte_order=1)


def _python_column(values: pd.Series) -> list:
    """The column as SQLite takes it: Python values, a float NaN for missing (NaN, NA, NaT, None).

    SQLite stores a NaN as NULL, whatever the column's type; Python's sqlite3 binds a float directly
    but looks for an adapter for every None, nine times the cost (measured: 58 against 524 ns)."""
    array = values.to_numpy(dtype=object)  # no copy for text columns, which are most of them
    missing = pd.isna(array)
    if missing.any():
        array = np.where(missing, np.nan, array)  # a new array: the frame's own stays as it was
    return array.tolist()


class GeoPackageWriter:
    """The import's open transaction on the target GeoPackage.

    A new file is built under a temporary name beside the target (`scratch`) and put in place by
    publish() once committed; abandon() removes it after a failure."""

    def __init__(self, path: Path, scratch: bool, final_path: Path | None = None):
        self.path = path
        self.scratch = scratch
        self.final_path = final_path or path
        self.import_id: int | None = None
        self.gone_groups: list[int] = []  # event groups of rows a download deleted
        self.db = connect(path)
        self.db.execute("PRAGMA temp_store = FILE")
        self.db.execute("PRAGMA cache_size = -131072")  # 128 MB: index inserts stay in memory
        if scratch:
            # A new file is built under a temporary name and renamed when complete, so it needs
            # no journal of its own: a crash leaves only the temporary file.
            self.db.execute("PRAGMA journal_mode = OFF")
            self.db.execute("PRAGMA synchronous = OFF")
        # An edit session in QGIS holds its lock until saved: waiting long would not help.
        self.db.execute("PRAGMA busy_timeout = 3000")
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            self.db.close()
            raise IncidentImportError(
                tr(
                    "{name} is locked by another program (an editing session in QGIS?); "
                    "close it and import again. ({error})"
                ).format(name=path.name, error=error)
            ) from error
        self.trigger_sql = {
            name: sql
            for name, sql in self.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            if name in (*rtree_trigger_names(schema.INCIDENTS), *change_trigger_names())
        }
        # Bulk rows skip the per-row R-tree and change triggers: the index is updated set-wise below,
        # the change counter once at the end.
        for name in self.trigger_sql:
            self.db.execute(f'DROP TRIGGER "{name}"')
        self.secondary_indexes = [(n, c) for n, c, unique in schema.INCIDENT_INDEXES if not unique]
        # What a new file needs at the end, gathered while rows are staged: points for the
        # R-tree, and (dataset, source name, assigned name) counts for the disagreements.
        self.staged_points: list[np.ndarray] = []
        self.province_pairs: Counter = Counter()
        if scratch:
            # A new file has nothing to merge with: rows go straight into incidents, and every
            # index, the unique key too, is built once at the end (the importer already dropped
            # duplicate ids); sorting once is cheaper than a million B-tree inserts.
            self.secondary_indexes = [(n, c) for n, c, _ in schema.INCIDENT_INDEXES]
            self._drop_secondary_indexes()
        else:
            staging_columns = ", ".join(f'"{c}"' for c in (*DATA_COLUMNS, "content_hash", "geom"))
            self.db.execute(f"CREATE TEMP TABLE staging ({staging_columns})")
            self.unchanged = UnchangedRows(self.db)

    def _drop_secondary_indexes(self) -> None:
        for name, _ in self.secondary_indexes:
            self.db.execute(f'DROP INDEX "{name}"')

    def _create_secondary_indexes(self) -> None:
        unique = {name for name, _, is_unique in schema.INCIDENT_INDEXES if is_unique}
        # SQLite sorts for CREATE INDEX in runs of cache_size: small runs, sorted by worker
        # threads and merged, beat one big in-memory sort (1M rows: 2.9 s instead of 5.2 s).
        (cache_size,) = self.db.execute("PRAGMA cache_size").fetchone()
        self.db.execute("PRAGMA cache_size = -2000")
        self.db.execute(f"PRAGMA threads = {min(4, os.cpu_count() or 1)}")
        try:
            for name, columns in self.secondary_indexes:
                kind = "UNIQUE INDEX" if name in unique else "INDEX"
                self.db.execute(f'CREATE {kind} "{name}" ON "{schema.INCIDENTS}" ({columns})')
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(cache_size)}")
            self.db.execute("PRAGMA threads = 0")

    def _bulk_load_rtree(self) -> None:
        table = f"rtree_{schema.INCIDENTS}_geom"
        if self.scratch:
            # Rows went in in staging order onto an empty table: fids are consecutive from the first.
            first, last, count = self.db.execute(
                f'SELECT min(fid), max(fid), count(*) FROM "{schema.INCIDENTS}"'  # nosec B608: identifiers from the schema's constants; values bound
            ).fetchone()
            points = np.concatenate(self.staged_points) if self.staged_points else np.zeros((0, 2))
            if count == len(points) and (count == 0 or last - first + 1 == count):
                ids = np.arange(first or 1, (first or 1) + count, dtype=np.int64)
                rtree.bulk_load(self.db, table, ids, points[:, 0], points[:, 0], points[:, 1], points[:, 1])
                return
        cursor = self.db.execute(f'SELECT fid, longitude, latitude FROM "{schema.INCIDENTS}" WHERE geom IS NOT NULL')  # nosec B608: identifiers from the schema's constants; values bound
        batches = []
        while batch := cursor.fetchmany(100_000):
            batches.append(np.array(batch, dtype=float))
        points = np.concatenate(batches) if batches else np.zeros((0, 3))
        lon, lat = points[:, 1], points[:, 2]
        rtree.bulk_load(self.db, table, points[:, 0].astype(np.int64), lon, lon, lat, lat)

    def start_import(self, options, source_format: str, dataset: str, sha256: str) -> int:
        cursor = self.db.execute(
            f'INSERT INTO "{schema.IMPORTS}" (source_file, source_format, source_dataset, sha256, started_at, '
            "plugin_version, download_query) VALUES (?, ?, ?, ?, ?, ?, ?)",  # nosec B608: identifiers from the schema's constants; values bound
            (
                options.source_label or str(options.source),
                source_format,
                dataset,
                sha256,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                options.plugin_version,
                options.download_query,
            ),
        )
        self.import_id = cursor.lastrowid
        return self.import_id

    def stage(self, frame: pd.DataFrame, hashes: np.ndarray) -> None:
        if not self.scratch:
            changed = self.unchanged.new_or_changed(frame, hashes)
            if changed is not None:
                frame, hashes = frame.iloc[changed], hashes[changed]
        columns = [_python_column(frame[c]) for c in DATA_COLUMNS]
        columns.append(hashes.tolist())
        longitude, latitude = frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float)
        columns.append(point_blobs(longitude, latitude))
        marks = ", ".join("?" * len(columns))
        if self.scratch:
            self.staged_points.append(np.column_stack([longitude, latitude]))
            named = frame[["source_dataset", "source_province", "province"]].dropna()
            self.province_pairs.update(named.value_counts(sort=False).to_dict())
            names = ", ".join(f'"{c}"' for c in (*DATA_COLUMNS, "content_hash", "geom", "import_id"))
            rows = zip(*columns, [self.import_id] * len(frame))
            self.db.executemany(f'INSERT INTO "{schema.INCIDENTS}" ({names}) VALUES ({marks}, ?)', rows)  # nosec B608: identifiers from the schema's constants; values bound
        else:
            self.db.executemany(f"INSERT INTO temp.staging VALUES ({marks})", zip(*columns))  # nosec B608: identifiers from the schema's constants; values bound

    def reset_staging(self) -> None:
        self.staged_points.clear()
        self.province_pairs.clear()
        self.db.execute(f'DELETE FROM "{schema.INCIDENTS}"' if self.scratch else "DELETE FROM temp.staging")  # nosec B608: identifiers from the schema's constants; values bound
        if not self.scratch:
            self.unchanged.reset()

    def reject(self, import_id: int, rows: list[tuple[int, str | None, str, str]]) -> None:
        self.db.executemany(
            f'INSERT INTO "{schema.REJECTED_ROWS}" (import_id, line_number, event_id, reason, raw_text) '
            "VALUES (?, ?, ?, ?, ?)",  # nosec B608: identifiers from the schema's constants; values bound
            [(import_id, line, event_id, reason, raw) for line, event_id, reason, raw in rows],
        )

    def merge(self, import_id: int) -> tuple[int, int, int]:
        db = self.db
        if self.scratch:
            (inserted,) = db.execute(f'SELECT count(*) FROM "{schema.INCIDENTS}"').fetchone()  # nosec B608: identifiers from the schema's constants; values bound
            self._create_secondary_indexes()
            self._bulk_load_rtree()
            return int(inserted), 0, 0
        db.execute("CREATE INDEX temp.staging_key ON staging (source_dataset, event_id)")
        inserted, updated, unchanged = db.execute(
            f"""SELECT
                  sum(i.fid IS NULL),
                  sum(i.fid IS NOT NULL AND i.content_hash IS NOT s.content_hash),
                  sum(i.fid IS NOT NULL AND i.content_hash IS s.content_hash)
                FROM temp.staging s LEFT JOIN "{schema.INCIDENTS}" i
                  ON i.source_dataset = s.source_dataset AND i.event_id = s.event_id"""  # nosec B608: identifiers from the schema's constants; values bound
        ).fetchone()
        inserted, updated = int(inserted or 0), int(updated or 0)
        unchanged = int(unchanged or 0) + self.unchanged.count()  # most of a re-import, never staged
        # How the (dataset, source name, province) counts change: new versions in, old versions out;
        # read from the staged rows alone, so an update of a few rows never scans the whole table.
        changed = f"""FROM temp.staging s LEFT JOIN "{schema.INCIDENTS}" i
                  ON i.source_dataset = s.source_dataset AND i.event_id = s.event_id
                WHERE (i.fid IS NULL OR i.content_hash IS NOT s.content_hash)"""
        self._count_pairs(
            f"SELECT s.source_dataset, s.source_province, s.province, count(*) {changed} GROUP BY 1, 2, 3"
        )
        self._count_pairs(
            f"SELECT i.source_dataset, i.source_province, i.province, -count(*) {changed} AND i.fid IS NOT NULL "
            "GROUP BY 1, 2, 3"
        )
        names = (*DATA_COLUMNS, "content_hash", "geom")
        column_list = ", ".join(f'"{c}"' for c in names)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in (*names, "import_id"))
        (existing,) = db.execute(f'SELECT coalesce(max(fid), 0) FROM "{schema.INCIDENTS}"').fetchone()  # nosec B608: identifiers from the schema's constants; values bound; about the rows
        # Rebuilding indexes and R-tree once is cheaper than updating them row by row when the
        # import is large against what is there.
        rebuild = inserted + updated > existing // 4
        if rebuild:
            self._drop_secondary_indexes()
        db.execute(
            f"""INSERT INTO "{schema.INCIDENTS}" ({column_list}, import_id)
                SELECT {column_list}, ? FROM temp.staging WHERE true ORDER BY source_dataset, event_id
                ON CONFLICT (source_dataset, event_id) DO UPDATE SET {updates}
                WHERE "{schema.INCIDENTS}".content_hash IS NOT excluded.content_hash""",  # nosec B608: identifiers from the schema's constants; values bound
            (import_id,),
        )
        if rebuild:
            self._create_secondary_indexes()
            self._bulk_load_rtree()
        else:
            db.execute(
                f"""INSERT OR REPLACE INTO "rtree_{schema.INCIDENTS}_geom"
                    SELECT fid, longitude, longitude, latitude, latitude FROM "{schema.INCIDENTS}"
                    WHERE import_id = ?""",  # nosec B608: identifiers from the schema's constants; values bound
                (import_id,),
            )
        return inserted, updated, unchanged

    def delete(self, import_id: int, dataset: str, deletions: Deletions) -> int:
        """Remove what a download deleted (after merge); returns how many incidents went."""
        if self.scratch or not deletions:
            return 0  # a new file holds only what was just downloaded
        self.unchanged.add_to_staging()  # what this import holds, changed or not, is kept
        self.db.execute("CREATE TEMP TABLE deleted_ids (event_id TEXT PRIMARY KEY)")
        self.db.executemany("INSERT OR IGNORE INTO temp.deleted_ids VALUES (?)", ((i,) for i in deletions.event_ids))
        incidents = f'"{schema.INCIDENTS}"'
        where, parameters = deleted_rows_condition(
            SQLITE, incidents, "temp.staging", f'"{schema.REJECTED_ROWS}"', dataset, import_id, deletions
        )
        # The condition is evaluated once: the rows it picks serve the counts, the links and the deletes.
        self.db.execute(
            "CREATE TEMP TABLE gone AS SELECT fid, source_dataset, source_province, province, event_group "
            f"FROM {incidents} WHERE {where}",  # nosec B608: identifiers from the schema's constants; values bound
            parameters,
        )
        self._count_pairs("SELECT source_dataset, source_province, province, -count(*) FROM temp.gone GROUP BY 1, 2, 3")
        # The links of the deleted rows' events are made again (link()).
        self.gone_groups += [
            g for (g,) in self.db.execute("SELECT DISTINCT event_group FROM temp.gone WHERE event_group IS NOT NULL")
        ]
        # The R-tree's triggers are off during an import: its entries go by hand.
        self.db.execute(f'DELETE FROM "rtree_{schema.INCIDENTS}_geom" WHERE id IN (SELECT fid FROM temp.gone)')  # nosec B608: identifiers from the schema's constants; values bound
        return self.db.execute(f"DELETE FROM {incidents} WHERE fid IN (SELECT fid FROM temp.gone)").rowcount  # nosec B608: identifiers from the schema's constants; values bound

    def link(self, rules) -> int:
        """Links between datasets over the whole file, after the rows are in; returns rows linked."""
        cursor = self.db.cursor()
        updates, linked = changed_groups(
            cursor, f'"{schema.INCIDENTS}"', f'"{schema.META}"', rules, SQLITE, self.import_id, self.gone_groups
        )
        self.db.executemany(f'UPDATE "{schema.INCIDENTS}" SET event_group = ? WHERE fid = ?', updates)  # nosec B608: identifiers from the schema's constants; values bound
        return linked

    encode_polygon = staticmethod(polygon_blob)

    def existing_provinces(self) -> tuple[list[tuple], int]:
        """(fid, source_layer, country_code, name, code) of the provinces there, and the next free fid."""
        rows = self.db.execute(
            f'SELECT fid, source_layer, country_code, name, code FROM "{schema.PROVINCES}"'  # nosec B608: identifiers from the schema's constants; values bound
        ).fetchall()
        return rows, max((row[0] for row in rows), default=0) + 1

    def write_provinces(self, rows: list[tuple]) -> None:
        # Existing polygons stay (their fid is the one the rows carry): incidents keep their province.
        self.db.executemany(
            f'INSERT OR IGNORE INTO "{schema.PROVINCES}" (fid, geom, name, code, country, country_code, area_km2, '
            "population, source_layer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _count_pairs(self, sql: str, parameters=()) -> None:
        for dataset, named, province, count in self.db.execute(sql, parameters):
            if named is not None and province is not None:
                self.province_pairs[(dataset, named, province)] += count

    def province_name_pairs(self) -> list[tuple[str, str, str, int]]:
        """(dataset, name in the source, assigned province, incidents) of every pair that may disagree.

        A new file: exactly what was staged. An existing one: the disagreements it recorded, changed by
        this import's counts (a pair agrees or disagrees by its names alone, so no other pair matters)."""
        if not self.scratch:
            for dataset, named, province, count in self.db.execute(
                f'SELECT source_dataset, source_province, province, incidents FROM "{schema.DISAGREEMENTS}"'  # nosec B608: identifiers from the schema's constants; values bound
            ):
                self.province_pairs[(dataset, named, province)] += count
        return [(*key, count) for key, count in sorted(self.province_pairs.items()) if count > 0]

    def write_disagreements(self, disagreements: list[tuple[str, str, str, int]]) -> None:
        self.db.execute(f'DELETE FROM "{schema.DISAGREEMENTS}"')  # nosec B608: identifiers from the schema's constants; values bound
        self.db.executemany(
            f'INSERT INTO "{schema.DISAGREEMENTS}" (source_dataset, source_province, province, incidents) '
            "VALUES (?, ?, ?, ?)",  # nosec B608: identifiers from the schema's constants; values bound
            disagreements,
        )

    def finish(self, result) -> None:
        db = self.db
        record_finished_import(db.cursor(), f'"{schema.IMPORTS}"', SQLITE, result)
        for table in (schema.INCIDENTS, schema.PROVINCES):
            bounds = rtree.extent(db, f"rtree_{table}_geom") or (None, None, None, None)
            db.execute(
                """UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
                    min_x = ?, max_x = ?, min_y = ?, max_y = ? WHERE table_name = ?""",
                (*bounds, table),
            )
        for sql in self.trigger_sql.values():
            db.execute(sql)
        note_data_change(db)
        # temp.staging goes with the connection; dropping it by hand costs seconds on big imports.
        db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def close(self) -> None:
        self.db.close()

    def publish(self) -> None:
        """A new file, committed and closed, takes the target's name."""
        if self.scratch:
            self.path.replace(self.final_path)

    def abandon(self) -> None:
        if self.scratch:
            self.path.unlink(missing_ok=True)
