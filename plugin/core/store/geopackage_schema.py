"""The incident GeoPackage's tables, written with plain SQL.

Created with plain SQL so the importer controls every table and index; the layout follows the
GeoPackage 1.2 specification (including the R-tree extension) so QGIS and GDAL read and edit it
like any other GeoPackage.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import uuid
from contextlib import closing
from pathlib import Path

from ..dialect import SQLITE
from ..errors import StoreError
from ..i18n import tr
from .schema import (
    DATA_CHANGES_KEY,
    DISAGREEMENT_COLUMNS,
    DISAGREEMENTS,
    IMPORT_COLUMNS,
    IMPORTS,
    INCIDENT_COLUMNS,
    INCIDENT_INDEXES,
    INCIDENTS,
    META,
    PROVINCE_COLUMNS,
    PROVINCES,
    REJECTED_COLUMNS,
    REJECTED_ROWS,
    SCHEMA_VERSION,
    STORE_ID_KEY,
    columns_sql,
    schema_problems_of,
    upgrade_sql,
)

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200


class SchemaError(Exception):
    """The file is not an incident GeoPackage this version can use; the message says why."""


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    # immutable is not used: another process may be importing; mode=ro still sees committed state.
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=10)


def connect(path: Path | str) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    register_gpkg_functions(connection)
    return connection


def _envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """minx, maxx, miny, maxy of a GeoPackage point blob, read from its WKB."""
    if blob is None or len(blob) < 8:
        return None
    flags = blob[3]
    envelope_size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 0x07, 0)
    header = 8 + envelope_size
    if envelope_size:
        order = "<" if flags & 0x01 else ">"
        minx, maxx, miny, maxy = struct.unpack_from(f"{order}4d", blob, 8)
        return minx, maxx, miny, maxy
    if flags & 0x10:  # empty geometry
        return None
    wkb = blob[header:]
    order = "<" if wkb[0] == 1 else ">"
    (geometry_type,) = struct.unpack_from(f"{order}I", wkb, 1)
    if geometry_type % 1000 != 1:
        return None
    x, y = struct.unpack_from(f"{order}2d", wkb, 5)
    return x, x, y, y


def register_gpkg_functions(connection: sqlite3.Connection) -> None:
    """The ST_ functions the GeoPackage R-tree triggers call, which plain sqlite3 lacks.

    GDAL registers them on its own connections; ours need them too when a trigger fires.
    Only points need them here: polygons are written by GDAL-free bulk code with triggers off.
    """

    def component(index: int):
        def function(blob):
            envelope = _envelope(blob)
            return None if envelope is None else envelope[index]

        return function

    connection.create_function("ST_IsEmpty", 1, lambda blob: 1 if _envelope(blob) is None else 0, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, component(index), deterministic=True)


def rtree_trigger_sql(table: str, column: str) -> list[str]:
    """The R-tree maintenance triggers of the GeoPackage specification (extension F.3)."""
    rtree = f"rtree_{table}_{column}"
    t, c = f'"{table}"', f'"{column}"'
    bounds = f"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    return [
        f'CREATE TRIGGER "{rtree}_insert" AFTER INSERT ON {t} WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c})) '
        f'BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES (NEW."fid", {bounds}); END',
        f'CREATE TRIGGER "{rtree}_update1" AFTER UPDATE OF {c} ON {t} WHEN OLD."fid" = NEW."fid" AND '
        f"(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) "
        f'BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES (NEW."fid", {bounds}); END',
        f'CREATE TRIGGER "{rtree}_update2" AFTER UPDATE OF {c} ON {t} WHEN OLD."fid" = NEW."fid" AND '
        f'(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) BEGIN DELETE FROM "{rtree}" WHERE id = OLD."fid"; END',  # nosec B608: DDL of the R-tree triggers (GeoPackage F.3): identifiers only
        f'CREATE TRIGGER "{rtree}_update3" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" AND '
        f"(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) "
        f'BEGIN DELETE FROM "{rtree}" WHERE id = OLD."fid"; INSERT OR REPLACE INTO "{rtree}" VALUES '
        f'(NEW."fid", {bounds}); END',  # nosec B608: DDL of the R-tree triggers (GeoPackage F.3): identifiers only
        f'CREATE TRIGGER "{rtree}_update4" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" AND '
        f"(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) "
        f'BEGIN DELETE FROM "{rtree}" WHERE id IN (OLD."fid", NEW."fid"); END',  # nosec B608: DDL of the R-tree triggers (GeoPackage F.3): identifiers only
        f'CREATE TRIGGER "{rtree}_delete" AFTER DELETE ON {t} WHEN old.{c} NOT NULL '
        f'BEGIN DELETE FROM "{rtree}" WHERE id = OLD."fid"; END',  # nosec B608: DDL of the R-tree triggers (GeoPackage F.3): identifiers only
    ]


def rtree_trigger_names(table: str, column: str = "geom") -> list[str]:
    rtree = f"rtree_{table}_{column}"
    return [f"{rtree}_{suffix}" for suffix in ("insert", "update1", "update2", "update3", "update4", "delete")]


def change_trigger_names() -> list[str]:
    return [f"{INCIDENTS}_changed_{operation}" for operation in ("insert", "update", "delete")]


def change_tracking_sql() -> list[str]:
    """Triggers that bump the data_changes counter on every write to incidents, whoever writes (an
    import, an edit in QGIS, GDAL, anyone's SQL). The dock's columns are current while the counter
    is: the file's modification time is no witness, QGIS rewrites the header (its journal mode) at
    every subset string, and reading the columns again then raced QGIS for the file's locks."""
    bump = f"UPDATE \"{META}\" SET value = CAST(value AS INTEGER) + 1 WHERE key = '{DATA_CHANGES_KEY}'"  # nosec B608: a trigger's body takes no parameters: the schema's table and key constants
    operations = ("INSERT", "UPDATE", "DELETE")
    return [
        f'CREATE TRIGGER IF NOT EXISTS "{name}" AFTER {operation} ON "{INCIDENTS}" BEGIN {bump}; END'
        for name, operation in zip(change_trigger_names(), operations)
    ]


def start_change_tracking(db: sqlite3.Connection) -> None:
    db.executemany(
        f'INSERT OR IGNORE INTO "{META}" VALUES (?, ?)', [(DATA_CHANGES_KEY, "0"), (STORE_ID_KEY, uuid.uuid4().hex)]
    )
    for statement in change_tracking_sql():
        db.execute(statement)


def note_data_change(db: sqlite3.Connection) -> None:
    """One bump for a bulk write made with the triggers off (an import)."""
    db.execute(f'UPDATE "{META}" SET value = CAST(value AS INTEGER) + 1 WHERE key = ?', (DATA_CHANGES_KEY,))  # nosec B608: identifiers from the schema's constants; values bound


def data_changes_of(db: sqlite3.Connection) -> tuple[str, int] | None:
    """(store id, data_changes) of a GeoPackage that tracks its changes, else None."""
    rows = dict(
        db.execute(f'SELECT key, value FROM "{META}" WHERE key IN (?, ?)', (DATA_CHANGES_KEY, STORE_ID_KEY)).fetchall()  # nosec B608: identifiers from the schema's constants; values bound
    )
    if str(rows.get(DATA_CHANGES_KEY, "")).isdigit() and rows.get(STORE_ID_KEY):
        return rows[STORE_ID_KEY], int(rows[DATA_CHANGES_KEY])
    return None


WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)


def _create_base_tables(db: sqlite3.Connection) -> None:
    db.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    db.execute(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
        "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
        "description TEXT)"
    )
    db.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees"),
        ],
    )
    db.execute(
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
        "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
        "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
        "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
        "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"
    )
    db.execute(
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
        "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
        "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
        "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
        "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
        "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"
    )
    db.execute(
        "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
        "definition TEXT NOT NULL, scope TEXT NOT NULL, "
        "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"
    )


def _create_feature_table(db: sqlite3.Connection, table: str, geometry_type: str, columns, description: str) -> None:
    db.execute(
        f'CREATE TABLE "{table}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "geom" {geometry_type}, '
        f"{columns_sql(columns)})"
    )
    db.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, 4326)",
        (table, table, description),
    )
    db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)", (table, geometry_type))
    db.execute(
        "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (table,),
    )
    db.execute(f'CREATE VIRTUAL TABLE "rtree_{table}_geom" USING rtree(id, minx, maxx, miny, maxy)')
    for sql in rtree_trigger_sql(table, "geom"):
        db.execute(sql)


def _create_attribute_table(db: sqlite3.Connection, table: str, key: str, columns, description: str) -> None:
    db.execute(f'CREATE TABLE "{table}" ("{key}" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {columns_sql(columns)})')
    db.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
        (table, table, description),
    )


LAYER_STYLES = "layer_styles"
# The table as QGIS's own OGR provider creates it, so QGIS reads and extends it as its own.
LAYER_STYLES_SQL = (
    'CREATE TABLE IF NOT EXISTS "layer_styles" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
    '"f_table_catalog" TEXT(256), "f_table_schema" TEXT(256), "f_table_name" TEXT(256), '
    '"f_geometry_column" TEXT(256), "styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT, '
    '"useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30), '
    "\"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"
)


def write_layer_styles(db: sqlite3.Connection, styles, name: str, description: str) -> None:
    """Each style as its table's default in layer_styles, unless a style of that name is there.

    Plain SQL in the caller's transaction: nothing can ask a question, and two writers can't race."""
    db.execute(LAYER_STYLES_SQL)
    db.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES ('layer_styles', 'attributes', 'layer_styles', '', 0)"
    )
    for style in styles:
        exists = db.execute(
            'SELECT 1 FROM "layer_styles" WHERE f_table_name = ? AND "styleName" = ?', (style.table, name)
        ).fetchone()
        if exists:
            continue
        db.execute(
            'INSERT INTO "layer_styles" (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, '
            '"styleName", "styleQML", "styleSLD", "useAsDefault", description, owner) '
            "VALUES ('', '', ?, 'geom', ?, ?, ?, 1, ?, '')",
            (style.table, name, style.qml, style.sld, description),
        )


def create_incident_geopackage(path: Path | str, created_with: str, styles=(), style_name: str = "") -> None:
    """Write an empty incident GeoPackage at path (which must not exist), with its default styles."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    db = connect(path)
    try:
        db.execute("BEGIN")
        _create_base_tables(db)
        _create_feature_table(db, INCIDENTS, "POINT", INCIDENT_COLUMNS, "Conflict and security incidents")
        for name, columns, unique in INCIDENT_INDEXES:
            db.execute(f'CREATE {"UNIQUE " if unique else ""}INDEX "{name}" ON "{INCIDENTS}" ({columns})')
        _create_feature_table(db, PROVINCES, "MULTIPOLYGON", PROVINCE_COLUMNS, "Admin-1 polygons used for assignment")
        db.execute(f'CREATE UNIQUE INDEX "idx_provinces_key" ON "{PROVINCES}" (source_layer, country_code, name, code)')
        _create_attribute_table(db, IMPORTS, "import_id", IMPORT_COLUMNS, "One row per import run")
        _create_attribute_table(db, REJECTED_ROWS, "fid", REJECTED_COLUMNS, "Source rows not imported, with reason")
        db.execute(f'CREATE INDEX "idx_rejected_import" ON "{REJECTED_ROWS}" (import_id)')
        _create_attribute_table(
            db, DISAGREEMENTS, "fid", DISAGREEMENT_COLUMNS, "Source province names that disagree with assignment"
        )
        db.execute(f'CREATE TABLE "{META}" (key TEXT PRIMARY KEY NOT NULL, value TEXT)')
        db.executemany(
            f'INSERT INTO "{META}" VALUES (?, ?)',  # nosec B608: identifiers from the schema's constants; values bound
            [("schema_version", str(SCHEMA_VERSION)), ("created_with", created_with)],
        )
        start_change_tracking(db)
        if styles:
            write_layer_styles(db, styles, style_name, "Written by Incident Atlas")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()


def geopackage_problems(path: Path | str) -> list[str]:
    """What keeps path from being an incident GeoPackage this version reads; empty when it is one."""
    path = Path(path)
    if not path.is_file():
        return [tr("{path} does not exist").format(path=path)]
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return [tr("{name} is not a GeoPackage (not an SQLite database)").format(name=path.name)]
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
            problems = []
            if "gpkg_contents" not in tables:
                problems.append(tr("it has no gpkg_contents table, so it is not a GeoPackage"))
            version = None
            if META in tables:
                row = db.execute(f"SELECT value FROM \"{META}\" WHERE key = 'schema_version'").fetchone()  # nosec B608: identifiers from the schema's constants; values bound
                version = row[0] if row else None
            columns = set()
            if INCIDENTS in tables:
                columns = {row[1] for row in db.execute(f'PRAGMA table_info("{INCIDENTS}")')}
            problems += schema_problems_of(tables, version, columns)
            return problems
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        return [tr("{name} cannot be read as a GeoPackage: {error}").format(name=path.name, error=error)]


def schema_version_of(path: Path | str) -> int | None:
    with closing(connect_read_only(path)) as db:
        row = db.execute(f"SELECT value FROM \"{META}\" WHERE key = 'schema_version'").fetchone()  # nosec B608: identifiers from the schema's constants; values bound
    return int(row[0]) if row and str(row[0]).isdigit() else None


def upgrade_geopackage(path: Path | str) -> int | None:
    """Bring an older incident GeoPackage to this schema version in one transaction; returns the
    version it had when it was upgraded, None when it needed nothing.

    A copy is kept beside it until the upgrade has committed; a failure leaves both and says where."""
    path = Path(path)
    version = schema_version_of(path)
    if version is None or version >= SCHEMA_VERSION:
        return None
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StoreError(
            tr(
                "{name} uses schema version {version} and cannot be written, so it cannot be upgraded to "
                "version {current}: copy it to a folder you can write to and open it there"
            ).format(name=path.name, version=version, current=SCHEMA_VERSION)
        )
    backup = path.with_name(f"{path.stem}.schema-{version}-backup.gpkg")
    db = connect(path)
    try:
        db.execute("PRAGMA busy_timeout = 3000")
        with closing(sqlite3.connect(backup)) as copy:
            db.backup(copy)  # consistent even while QGIS reads the file
        db.execute("BEGIN IMMEDIATE")
        for statement in upgrade_sql(version, lambda name: f'"{name}"', SQLITE):
            db.execute(statement)
        start_change_tracking(db)
        db.execute("COMMIT")
    except sqlite3.Error as error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise StoreError(
            tr(
                "Upgrading {name} to schema version {current} failed, nothing was changed (a copy is at {copy}): "
                "{error}"
            ).format(name=path.name, current=SCHEMA_VERSION, copy=backup, error=error)
        ) from error
    finally:
        db.close()
    backup.unlink(missing_ok=True)
    return version
