"""Import a source file into an incident GeoPackage: one transaction, nothing lost.

Rows are read in chunks, normalised, checked, given their province by point-in-polygon and
staged in a temporary table; one set-based upsert then inserts new events, rewrites changed
ones and leaves the rest alone, so importing the same file twice changes nothing. A failure or
a cancel rolls the whole import back; a new file is built beside the target and renamed only
when complete.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ImportCancelledError, IncidentImportError
from ..i18n import tr
from ..log import log
from ..maps import styles
from ..store import rtree, schema
from ..store.postgis import PostgresSource
from ..store.postgis_writer import PostgresWriter
from .prefetch import prefetched
from .provinces import ProvincePolygons, load_polygons, province_rows, same_province
from .sources import (
    DATASET_NAMES,
    FORMATS,
    ColumnMapping,
    LayoutMismatchError,
    SourceError,
    columns_read,
    detect_format,
    normaliser_for,
    raw_lines,
    read_chunks,
    read_header,
)

# Columns written from the normalised frame, in staging order (province columns come from PIP).
DATA_COLUMNS = tuple(c for c in schema.INCIDENT_FIELD_NAMES if c not in ("import_id", "content_hash"))
HASHED_COLUMNS = tuple(c for c in DATA_COLUMNS if c != "source_dataset")
REQUIRED_COLUMNS = {
    "acled": ("event_id_cnty", "event_date", "latitude", "longitude"),
    "ucdp": ("id", "date_start", "latitude", "longitude"),
    "gtd": ("eventid", "iyear", "imonth", "iday", "latitude", "longitude"),
}
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


@dataclass
class ImportOptions:
    source: Path
    output: Path
    source_format: str = "auto"
    mapping: ColumnMapping | None = None
    provinces_layer: object | None = None  # QgsVectorLayer; None for Natural Earth admin-1
    province_name_field: str | None = None
    plugin_version: str = ""
    dataset_name: str | None = None  # overrides the dataset label (e.g. "synthetic")
    lock_timeout: float = 600.0  # seconds a PostGIS import waits for another import into the same schema


@dataclass
class ImportResult:
    output: Path
    import_id: int
    source_format: str
    source_dataset: str
    sha256: str
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    outside_provinces: int = 0
    provinces_source: str = ""
    disagreements: list[tuple[str, str, str, int]] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.inserted + self.updated + self.unchanged

    def summary(self) -> str:
        return (
            f"{self.rows_read:,} rows read: {self.imported:,} imported ({self.inserted:,} new, "
            f"{self.updated:,} updated, {self.unchanged:,} unchanged), {self.rejected:,} rejected; "
            f"{self.outside_provinces:,} outside every province polygon"
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def point_blobs(longitude: np.ndarray, latitude: np.ndarray) -> list[bytes]:
    """GeoPackage geometry blobs (header + little-endian WKB point), built without a loop per field."""
    records = np.zeros(len(longitude), dtype=POINT_BLOB)
    records["magic"] = b"GP"
    records["flags"] = 0x01  # little-endian header, no envelope
    records["srs"] = 4326
    records["order"] = 1
    records["type"] = 1
    records["x"] = longitude
    records["y"] = latitude
    buffer = records.tobytes()
    size = POINT_BLOB.itemsize
    return [buffer[i : i + size] for i in range(0, len(buffer), size)]


def polygon_blob(geometry) -> bytes:
    import shapely

    if geometry.geom_type == "Polygon":
        geometry = shapely.MultiPolygon([geometry])
    minx, miny, maxx, maxy = geometry.bounds
    header = b"GP\x00\x03" + np.array([4326], "<i4").tobytes() + np.array([minx, maxx, miny, maxy], "<f8").tobytes()
    return header + shapely.to_wkb(geometry, byte_order=1)


def _python_column(values: pd.Series) -> list:
    return values.astype(object).where(values.notna(), None).tolist()


class _Progress:
    def __init__(self, feedback, total_bytes: int):
        self.feedback = feedback
        self.estimated_rows = max(total_bytes // 200, 1)  # exports run 150-400 bytes a row

    def check(self) -> None:
        if self.feedback is not None and self.feedback.isCanceled():
            raise ImportCancelledError(tr("The import was cancelled; the GeoPackage is unchanged."))

    def report(self, fraction: float) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(max(0.0, min(100.0, fraction * 100)))
        self.check()


def _resolve_format(options: ImportOptions) -> tuple[str, list[str]]:
    if options.source_format not in FORMATS:
        raise SourceError(
            tr("Unknown format '{source_format}'; choose one of {names}").format(
                source_format=options.source_format, names=", ".join(FORMATS)
            )
        )
    header = read_header(options.source)
    if not header:
        raise SourceError(tr("{name} has no header row").format(name=options.source.name))
    chosen = detect_format(header) if options.source_format == "auto" else options.source_format
    if chosen == "generic":
        mapping = options.mapping
        if mapping is None:
            normaliser_for("generic", None)  # raises the explanation
        problems = mapping.missing_in([h.strip() for h in header])
        if problems:
            raise SourceError(tr("The column mapping does not fit the file: ") + "; ".join(problems))
    else:
        missing = [c for c in REQUIRED_COLUMNS[chosen] if c not in {h.strip() for h in header}]
        if missing:
            raise SourceError(
                tr("{name} is not a {chosen} file: it lacks {names}").format(
                    name=options.source.name, chosen=chosen, names=", ".join(missing)
                )
            )
    return chosen, header


class _Writer:
    """The open transaction on the target GeoPackage."""

    def __init__(self, path: Path, scratch: bool):
        self.path = path
        self.scratch = scratch
        self.import_id: int | None = None
        self.db = schema.connect(path)
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
            if name in schema.rtree_trigger_names(schema.INCIDENTS)
        }
        # Bulk rows skip the per-row R-tree triggers; the index is updated set-wise below.
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
                f'SELECT min(fid), max(fid), count(*) FROM "{schema.INCIDENTS}"'
            ).fetchone()
            points = np.concatenate(self.staged_points) if self.staged_points else np.zeros((0, 2))
            if count == len(points) and (count == 0 or last - first + 1 == count):
                ids = np.arange(first or 1, (first or 1) + count, dtype=np.int64)
                rtree.bulk_load(self.db, table, ids, points[:, 0], points[:, 0], points[:, 1], points[:, 1])
                return
        cursor = self.db.execute(f'SELECT fid, longitude, latitude FROM "{schema.INCIDENTS}" WHERE geom IS NOT NULL')
        batches = []
        while batch := cursor.fetchmany(100_000):
            batches.append(np.array(batch, dtype=float))
        points = np.concatenate(batches) if batches else np.zeros((0, 3))
        lon, lat = points[:, 1], points[:, 2]
        rtree.bulk_load(self.db, table, points[:, 0].astype(np.int64), lon, lon, lat, lat)

    def start_import(self, options: ImportOptions, source_format: str, dataset: str, sha256: str) -> int:
        cursor = self.db.execute(
            f'INSERT INTO "{schema.IMPORTS}" (source_file, source_format, source_dataset, sha256, started_at, '
            "plugin_version) VALUES (?, ?, ?, ?, ?, ?)",
            (
                str(options.source),
                source_format,
                dataset,
                sha256,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                options.plugin_version,
            ),
        )
        self.import_id = cursor.lastrowid
        return self.import_id

    def stage(self, frame: pd.DataFrame, hashes: np.ndarray) -> None:
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
            self.db.executemany(f'INSERT INTO "{schema.INCIDENTS}" ({names}) VALUES ({marks}, ?)', rows)
        else:
            self.db.executemany(f"INSERT INTO temp.staging VALUES ({marks})", zip(*columns))

    def reset_staging(self) -> None:
        self.staged_points.clear()
        self.province_pairs.clear()
        self.db.execute(f'DELETE FROM "{schema.INCIDENTS}"' if self.scratch else "DELETE FROM temp.staging")

    def reject(self, import_id: int, rows: list[tuple[int, str | None, str, str]]) -> None:
        self.db.executemany(
            f'INSERT INTO "{schema.REJECTED_ROWS}" (import_id, line_number, event_id, reason, raw_text) '
            "VALUES (?, ?, ?, ?, ?)",
            [(import_id, line, event_id, reason, raw) for line, event_id, reason, raw in rows],
        )

    def merge(self, import_id: int) -> tuple[int, int, int]:
        db = self.db
        if self.scratch:
            (inserted,) = db.execute(f'SELECT count(*) FROM "{schema.INCIDENTS}"').fetchone()
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
                  ON i.source_dataset = s.source_dataset AND i.event_id = s.event_id"""
        ).fetchone()
        inserted, updated, unchanged = int(inserted or 0), int(updated or 0), int(unchanged or 0)
        names = (*DATA_COLUMNS, "content_hash", "geom")
        column_list = ", ".join(f'"{c}"' for c in names)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in (*names, "import_id"))
        (existing,) = db.execute(f'SELECT count(*) FROM "{schema.INCIDENTS}"').fetchone()
        # Rebuilding indexes and R-tree once is cheaper than updating them row by row when the
        # import is large against what is there.
        rebuild = inserted + updated > existing // 4
        if rebuild:
            self._drop_secondary_indexes()
        db.execute(
            f"""INSERT INTO "{schema.INCIDENTS}" ({column_list}, import_id)
                SELECT {column_list}, ? FROM temp.staging WHERE true ORDER BY source_dataset, event_id
                ON CONFLICT (source_dataset, event_id) DO UPDATE SET {updates}
                WHERE "{schema.INCIDENTS}".content_hash IS NOT excluded.content_hash""",
            (import_id,),
        )
        if rebuild:
            self._create_secondary_indexes()
            self._bulk_load_rtree()
        else:
            db.execute(
                f"""INSERT OR REPLACE INTO "rtree_{schema.INCIDENTS}_geom"
                    SELECT fid, longitude, longitude, latitude, latitude FROM "{schema.INCIDENTS}"
                    WHERE import_id = ?""",
                (import_id,),
            )
        return inserted, updated, unchanged

    def write_provinces(self, polygons: ProvincePolygons, keep: np.ndarray) -> None:
        rows = province_rows(polygons, keep, polygon_blob)
        # Existing polygons stay: incidents already assigned to them keep a matching province.
        self.db.executemany(
            f'INSERT OR IGNORE INTO "{schema.PROVINCES}" (geom, name, code, country, country_code, area_km2, '
            "population, source_layer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def rebuild_disagreements(self) -> list[tuple[str, str, str, int]]:
        db = self.db
        if self.scratch:  # a new file holds exactly what was staged
            groups = [(*key, count) for key, count in sorted(self.province_pairs.items())]
        else:
            groups = db.execute(
                f"""SELECT source_dataset, source_province, province, count(*) FROM "{schema.INCIDENTS}"
                    WHERE source_province IS NOT NULL AND province IS NOT NULL GROUP BY 1, 2, 3"""
            ).fetchall()
        disagreements = [g for g in groups if not same_province(g[1], g[2])]
        db.execute(f'DELETE FROM "{schema.DISAGREEMENTS}"')
        db.executemany(
            f'INSERT INTO "{schema.DISAGREEMENTS}" (source_dataset, source_province, province, incidents) '
            "VALUES (?, ?, ?, ?)",
            disagreements,
        )
        return disagreements

    def finish(self, result: ImportResult) -> None:
        db = self.db
        db.execute(
            f"""UPDATE "{schema.IMPORTS}" SET rows_read = ?, rows_imported = ?, rows_inserted = ?, rows_updated = ?,
                rows_unchanged = ?, rows_rejected = ?, rows_outside_provinces = ?, provinces_source = ?,
                finished_at = ? WHERE import_id = ?""",
            (
                result.rows_read,
                result.imported,
                result.inserted,
                result.updated,
                result.unchanged,
                result.rejected,
                result.outside_provinces,
                result.provinces_source,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                result.import_id,
            ),
        )
        for table in (schema.INCIDENTS, schema.PROVINCES):
            bounds = rtree.extent(db, f"rtree_{table}_geom") or (None, None, None, None)
            db.execute(
                """UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
                    min_x = ?, max_x = ?, min_y = ?, max_y = ? WHERE table_name = ?""",
                (*bounds, table),
            )
        for sql in self.trigger_sql.values():
            db.execute(sql)
        # temp.staging goes with the connection; dropping it by hand costs seconds on big imports.
        db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def close(self) -> None:
        self.db.close()


def import_incidents(options: ImportOptions, feedback=None) -> ImportResult:
    """Import options.source into options.output (a GeoPackage path or a PostgresSource).

    feedback is a QgsFeedback (progress, cancel)."""
    options.source = Path(options.source)
    to_postgres = isinstance(options.output, PostgresSource)
    if not to_postgres:
        options.output = Path(options.output)
    if not options.source.is_file():
        raise SourceError(tr("The source file {source} does not exist").format(source=options.source))
    source_format, _header = _resolve_format(options)
    normalise = normaliser_for(source_format, options.mapping)
    progress = _Progress(feedback, options.source.stat().st_size)

    new_file = not to_postgres and not options.output.exists()
    target = options.output
    if new_file:
        target = options.output.with_name(options.output.stem + ".importing.gpkg")
        target.unlink(missing_ok=True)
        schema.create_incident_geopackage(
            target, f"Incident Atlas {options.plugin_version}".strip(), styles.default_styles(), styles.STYLE_NAME
        )
    elif not to_postgres:
        problems = schema.schema_problems(options.output)
        if problems:
            raise IncidentImportError(
                tr("{name} is not an incident GeoPackage: ").format(name=options.output.name) + "; ".join(problems)
            )

    sha256 = file_sha256(options.source)
    polygons = load_polygons(options.provinces_layer, options.province_name_field)
    writer = None
    try:
        writer = (
            PostgresWriter(target, DATA_COLUMNS, options.lock_timeout)
            if to_postgres
            else _Writer(target, scratch=new_file)
        )
        dataset = options.mapping.dataset if source_format == "generic" and options.mapping else source_format
        dataset = options.dataset_name or DATASET_NAMES.get(dataset, dataset)
        import_id = writer.start_import(options, source_format, dataset, sha256)
        result = ImportResult(options.output, import_id, source_format, dataset, sha256)
        result.provinces_source = polygons.source_label
        try:
            used_polygons, rejects = _stage_source(options, writer, polygons, normalise, result, progress, exact=False)
        except LayoutMismatchError:
            # Quoted line breaks or blank lines: line numbers need the record-by-record reader.
            writer.reset_staging()
            result.rows_read = result.outside_provinces = 0
            used_polygons, rejects = _stage_source(options, writer, polygons, normalise, result, progress, exact=True)
        missing_raw = {line for line, _, _, raw in rejects if raw is None}
        if missing_raw:
            found = raw_lines(options.source, missing_raw)
            rejects = [
                (line, event_id, reason, raw if raw is not None else found.get(line))
                for line, event_id, reason, raw in rejects
            ]
        writer.reject(import_id, rejects)
        result.rejected = len(rejects)
        result.inserted, result.updated, result.unchanged = writer.merge(import_id)
        progress.report(0.92)
        writer.write_provinces(polygons, _provinces_to_keep(polygons, used_polygons))
        result.disagreements = writer.rebuild_disagreements()
        progress.check()
        writer.finish(result)
    except BaseException:
        if writer is not None:
            writer.rollback()
            writer.close()
            writer = None
        if new_file:
            target.unlink(missing_ok=True)
        raise
    finally:
        if writer is not None:
            writer.close()
    if new_file:
        target.replace(options.output)
    progress.report(1.0)
    name = options.output.label if to_postgres else options.output.name
    log(f"Imported {options.source.name} into {name}: {result.summary()}")
    return result


def _stage_source(options, writer, polygons, normalise, result, progress, exact: bool):
    """Read, check and stage every row; returns the polygons used and the rejected rows.

    The next chunk is read, checked and assigned on a worker thread while this one is written.
    """
    used_polygons = np.zeros(len(polygons.geometries), dtype=bool)
    rejects: list[tuple[int, str | None, str, str | None]] = []
    chunks = _checked_chunks(options, polygons, normalise, result, exact, used_polygons, rejects)
    # closing(): a cancel or a failed write stops the reader before the transaction rolls back.
    with closing(prefetched(chunks)) as staged:
        for accepted, hashes, rows_done in staged:
            writer.stage(accepted, hashes)
            # Progress by rows against a size-based estimate of the total, capped below the merge.
            progress.report(min(0.8, 0.8 * rows_done / max(progress.estimated_rows, 1)))
    return used_polygons, rejects


def _checked_chunks(options, polygons, normalise, result, exact, used_polygons, rejects):
    """Chunks of accepted rows with their content hashes; rejects and counts are gathered on the way."""
    seen: dict[str, int] = {}
    names = polygons.table["name"].to_numpy(object)
    codes = polygons.table["code"].to_numpy(object)
    rows_done = 0
    columns = columns_read(result.source_format, options.mapping)
    for chunk in read_chunks(options.source, exact=exact, columns=columns):
        result.rows_read += len(chunk.frame) + len(chunk.malformed)
        rejects.extend((line, None, reason, raw) for line, reason, raw in chunk.malformed)
        normalised = normalise(chunk.frame)
        frame, reasons = normalised.frame, normalised.reasons
        # The first row with an event id wins; later ones are rejected, naming the first line.
        ids = frame["event_id"]
        lines = pd.Series(chunk.line_numbers, index=frame.index)
        candidates = reasons.isna() & ids.notna()
        candidate_ids = ids.where(candidates)
        # Looked up one by one: Series.map(dict) copies the whole, growing dict on every chunk.
        prior = pd.Series([seen.get(i) for i in ids], index=ids.index, dtype=float)
        duplicate = candidates & (candidate_ids.duplicated(keep="first") | prior.notna())
        if duplicate.any():
            first = prior.fillna(lines.where(candidates).groupby(candidate_ids).transform("min"))
            reasons[duplicate] = (
                "duplicate event id '"
                + ids[duplicate]
                + "' (first at line "
                + first[duplicate].astype(int).astype(str)
                + ")"
            )
        keep = reasons.isna().to_numpy()
        seen.update(zip(ids[keep], lines[keep]))
        for position in np.flatnonzero(~keep):
            raw = chunk.raw_text[position] if chunk.raw_text is not None else None
            rejects.append((int(chunk.line_numbers[position]), ids.iat[position], reasons.iat[position], raw))
        accepted = frame[keep]
        index = polygons.assign(accepted["longitude"].to_numpy(float), accepted["latitude"].to_numpy(float))
        swapped = _swapped_coordinates(accepted, index, polygons)
        if swapped.any():
            # Reported, never silently "fixed": the analyst decides which column is which.
            positions = np.flatnonzero(keep)[swapped]
            for position in positions:
                raw = chunk.raw_text[position] if chunk.raw_text is not None else None
                reason = (
                    "latitude and longitude look swapped: the point lies outside "
                    f"{frame['country'].iat[position]}, and would lie inside it with the two exchanged"
                )
                rejects.append((int(chunk.line_numbers[position]), ids.iat[position], reason, raw))
            accepted, index = accepted[~swapped], index[~swapped]
        inside = index >= 0
        used_polygons[index[inside]] = True
        result.outside_provinces += int((~inside).sum())
        accepted = accepted.assign(
            source_dataset=result.source_dataset,
            province=np.where(inside, names[np.maximum(index, 0)], None),
            province_code=np.where(inside, codes[np.maximum(index, 0)], None),
        )
        hashes = pd.util.hash_pandas_object(accepted[list(HASHED_COLUMNS)], index=False).to_numpy().view(np.int64)
        rows_done += len(chunk.frame)
        yield accepted, hashes, rows_done


def _swapped_coordinates(accepted: pd.DataFrame, index: np.ndarray, polygons: ProvincePolygons) -> np.ndarray:
    """Rows outside the country the source names, which exchanged coordinates would put inside it."""
    polygon_country, countries = polygons.country_numbers()
    # Countries compared as numbers: each distinct name is casefolded once, not once per row.
    raw_codes, raw_names = pd.factorize(accepted["country"])
    # The trailing -1 is what a missing country (code -1) looks up.
    lookup = np.append(countries.get_indexer([str(name).casefold() for name in raw_names]), -1)
    source_country = lookup[raw_codes]
    assigned = np.where(index >= 0, polygon_country[np.maximum(index, 0)], -2)
    suspect = (source_country >= 0) & (assigned != source_country)
    if not suspect.any():
        return suspect
    rows = np.flatnonzero(suspect)
    lat = accepted["latitude"].to_numpy(float)[rows]
    lon = accepted["longitude"].to_numpy(float)[rows]
    exchanged = polygons.assign(lat, lon)  # latitude as x, longitude as y
    exchanged_country = np.where(exchanged >= 0, polygon_country[np.maximum(exchanged, 0)], -2)
    result = np.zeros(len(accepted), dtype=bool)
    result[rows] = (np.abs(lon) <= 90) & (exchanged_country == source_country[rows])
    return result


def _provinces_to_keep(polygons: ProvincePolygons, used: np.ndarray) -> np.ndarray:
    """All polygons of every country that holds an incident, so quiet provinces show as zero."""
    countries = polygons.table["country_code"].fillna(polygons.table["country"]).fillna("")
    used_countries = set(countries[used])
    if polygons.source_label.startswith("Natural Earth"):
        return np.flatnonzero(countries.isin(used_countries).to_numpy())
    return np.arange(len(polygons.geometries))
