"""The incident GeoPackage: the contract between importer, dock, choropleth and layouts.

Created with plain SQL so the importer controls every table and index; the layout follows the
GeoPackage 1.2 specification (including the R-tree extension) so QGIS and GDAL read and edit it
like any other GeoPackage.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable
from pathlib import Path

from ..i18n import tr

SCHEMA_VERSION = 1
GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200

INCIDENTS = "incidents"
PROVINCES = "provinces"
IMPORTS = "imports"
REJECTED_ROWS = "rejected_rows"
DISAGREEMENTS = "province_disagreements"
META = "incident_atlas_meta"

# Column name, SQL type, description. The order is the order of the table.
INCIDENT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("event_id", "TEXT NOT NULL", "the source's own event id; unique per source_dataset"),
    ("source_dataset", "TEXT NOT NULL", "acled, ucdp_ged, gtd, synthetic or the name given to a generic CSV"),
    ("event_date", "DATE NOT NULL", "first day of the event (ISO date)"),
    ("event_date_end", "DATE", "last day where the source gives a range (UCDP GED), else event_date"),
    ("date_precision", "INTEGER", "1 day, 2 week, 3 month, 4 year or vaguer"),
    ("date_precision_raw", "TEXT", "the source's own date precision code"),
    ("event_type", "TEXT", "ACLED event_type, UCDP type of violence, GTD attack type"),
    ("sub_event_type", "TEXT", "ACLED sub_event_type, UCDP conflict name, GTD weapon type"),
    ("disorder_type", "TEXT", "ACLED disorder_type where present"),
    ("actor1", "TEXT", "primary actor (ACLED actor1, UCDP side_a, GTD gname)"),
    ("actor2", "TEXT", "secondary actor or target (ACLED actor2, UCDP side_b, GTD target type)"),
    ("assoc_actor_1", "TEXT", "actors associated with actor1, ';'-separated"),
    ("assoc_actor_2", "TEXT", "actors associated with actor2, ';'-separated"),
    ("country", "TEXT", "country as the source names it"),
    ("province", "TEXT", "admin-1 province assigned by point-in-polygon; NULL outside every polygon"),
    ("province_code", "TEXT", "code of the assigned province"),
    ("source_province", "TEXT", "admin-1 name as the source gave it (never used for assignment)"),
    ("admin2", "TEXT", "admin-2 name as the source gave it"),
    ("location", "TEXT", "place name as the source gave it"),
    ("latitude", "REAL", "WGS84 latitude"),
    ("longitude", "REAL", "WGS84 longitude"),
    ("geo_precision", "INTEGER", "1 exact place, 2 near place or district, 3 province, 4 country or vaguer"),
    ("geo_precision_raw", "TEXT", "the source's own location precision code"),
    ("fatalities", "INTEGER", "reported fatalities (UCDP best estimate, GTD nkill); NULL if unknown"),
    ("source", "TEXT", "the reporting source(s)"),
    ("notes", "TEXT", "free-text description"),
    ("import_id", "INTEGER", "the import that last inserted or changed this row"),
    ("content_hash", "INTEGER", "hash of the normalised row; a re-import only rewrites changed events"),
)
INCIDENT_FIELD_NAMES = tuple(name for name, _, _ in INCIDENT_COLUMNS)

PROVINCE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "TEXT NOT NULL", "province name from the polygon layer"),
    ("code", "TEXT", "province code from the polygon layer (Natural Earth: FIPS code)"),
    ("country", "TEXT", "country name"),
    ("country_code", "TEXT", "ISO 3166-1 alpha-3 where known"),
    ("area_km2", "REAL", "ellipsoidal area on WGS84, km²"),
    ("population", "INTEGER", "population where the polygon layer has it, else NULL"),
    ("source_layer", "TEXT", "where the polygon came from"),
)

IMPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_file", "TEXT"),
    ("source_format", "TEXT"),
    ("source_dataset", "TEXT"),
    ("sha256", "TEXT"),
    ("rows_read", "INTEGER"),
    ("rows_imported", "INTEGER"),
    ("rows_inserted", "INTEGER"),
    ("rows_updated", "INTEGER"),
    ("rows_unchanged", "INTEGER"),
    ("rows_rejected", "INTEGER"),
    ("rows_outside_provinces", "INTEGER"),
    ("provinces_source", "TEXT"),
    ("started_at", "DATETIME"),
    ("finished_at", "DATETIME"),
    ("plugin_version", "TEXT"),
)

REJECTED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("import_id", "INTEGER NOT NULL"),
    ("line_number", "INTEGER"),
    ("event_id", "TEXT"),
    ("reason", "TEXT NOT NULL"),
    ("raw_text", "TEXT"),
)

DISAGREEMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_dataset", "TEXT"),
    ("source_province", "TEXT"),
    ("province", "TEXT"),
    ("incidents", "INTEGER"),
)

# Indexes the dock's filters and the per-province counts use.
INCIDENT_INDEXES = (
    ("idx_incidents_event", "source_dataset, event_id", True),
    ("idx_incidents_date", "event_date", False),
    ("idx_incidents_actor1", "actor1", False),
    ("idx_incidents_actor2", "actor2", False),
    # fatalities too, so per-province counts and sums read the index alone (no row lookups).
    ("idx_incidents_province_date", "province, event_date, fatalities", False),
    ("idx_incidents_type", "event_type", False),
)


class SchemaError(Exception):
    """The file is not an incident GeoPackage this version can use; the message says why."""


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


def _columns_sql(columns: Iterable[tuple]) -> str:
    return ", ".join(f'"{column[0]}" {column[1]}' for column in columns)


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
        f'(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) BEGIN DELETE FROM "{rtree}" WHERE id = OLD."fid"; END',
        f'CREATE TRIGGER "{rtree}_update3" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" AND '
        f"(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) "
        f'BEGIN DELETE FROM "{rtree}" WHERE id = OLD."fid"; INSERT OR REPLACE INTO "{rtree}" VALUES '
        f'(NEW."fid", {bounds}); END',
        f'CREATE TRIGGER "{rtree}_update4" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" AND '
        f"(NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) "
        f'BEGIN DELETE FROM "{rtree}" WHERE id IN (OLD."fid", NEW."fid"); END',
        f'CREATE TRIGGER "{rtree}_delete" AFTER DELETE ON {t} WHEN old.{c} NOT NULL '
        f'BEGIN DELETE FROM "{rtree}" WHERE id = OLD."fid"; END',
    ]


def rtree_trigger_names(table: str, column: str = "geom") -> list[str]:
    rtree = f"rtree_{table}_{column}"
    return [f"{rtree}_{suffix}" for suffix in ("insert", "update1", "update2", "update3", "update4", "delete")]


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
        f"{_columns_sql(columns)})"
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
    db.execute(f'CREATE TABLE "{table}" ("{key}" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {_columns_sql(columns)})')
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
            f'INSERT INTO "{META}" VALUES (?, ?)',
            [("schema_version", str(SCHEMA_VERSION)), ("created_with", created_with)],
        )
        if styles:
            write_layer_styles(db, styles, style_name, "Written by Incident Atlas")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()


def schema_problems(path: Path | str) -> list[str]:
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
            for table in (INCIDENTS, PROVINCES, IMPORTS, REJECTED_ROWS, META):
                if table not in tables:
                    problems.append(tr("the table '{table}' is missing").format(table=table))
            if META in tables:
                row = db.execute(f"SELECT value FROM \"{META}\" WHERE key = 'schema_version'").fetchone()
                version = int(row[0]) if row and str(row[0]).isdigit() else None
                if version is None:
                    problems.append(tr("it records no schema_version"))
                elif version > SCHEMA_VERSION:
                    problems.append(
                        tr(
                            "it uses schema version {version}, newer than this plugin's {supported}: update the plugin"
                        ).format(version=version, supported=SCHEMA_VERSION)
                    )
            if INCIDENTS in tables:
                present = {row[1] for row in db.execute(f'PRAGMA table_info("{INCIDENTS}")')}
                missing = [name for name in INCIDENT_FIELD_NAMES if name not in present]
                if missing:
                    problems.append(
                        tr("the incidents table lacks the columns {names}").format(names=", ".join(missing))
                    )
            return problems
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        return [tr("{name} cannot be read as a GeoPackage: {error}").format(name=path.name, error=error)]
