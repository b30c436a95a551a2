"""The incident schema: the contract between importer, dock, choropleth and layouts.

The same tables with the same meaning in a GeoPackage (geopackage_schema.py) and in a PostGIS
schema (postgis.py); column types are written in SQLite's names and translated by the dialect.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import tr

SCHEMA_VERSION = 5

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
    ("actor2", "TEXT", "secondary actor (ACLED actor2, UCDP side_b); GTD has none"),
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
    # Version 2. Last, so a table upgraded in place has the columns in the same order as a new one.
    (
        "province_method",
        "TEXT",
        "how the province was found: point (in its polygon), nearest (a border event moved to the nearest "
        "province of the country its source names), name (no coordinates: the admin-1 name), region (no "
        "coordinates, and the source names a region of several provinces: no province, no point); NULL outside",
    ),
    (
        "events",
        "INTEGER NOT NULL DEFAULT 1",
        "how many events the row stands for: 1 for an event, the week's count for ACLED's aggregated data; "
        "every count sums it",
    ),
    # Version 3.
    (
        "event_group",
        "INTEGER",
        "rows of different datasets that describe the same event share it (at most one row per dataset); "
        "NULL when no other dataset has the event. Counting each event once counts a group once",
    ),
    # Version 4.
    (
        "province_id",
        "INTEGER",
        "fid of the province (provinces table) the incident is counted in: a province is its polygon, "
        "never its name, which other countries' provinces share; NULL where province is NULL",
    ),
    # Version 5: what was attacked is not an actor (GTD's target types were actor2 before).
    ("target_type", "TEXT", "what was attacked, as a type (GTD targtype1_txt: 'Private Citizens & Property')"),
    ("target", "TEXT", "the target as the source names it (GTD target1)"),
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
    # Version 2.
    ("source_layout", "TEXT"),
    ("rows_province_by_name", "INTEGER"),
    ("rows_province_nearest", "INTEGER"),
    # Version 3.
    ("rows_deleted", "INTEGER"),
    ("download_query", "TEXT"),
)

# What each schema version added, so an older store is read, and upgraded, knowing what it lacks.
ADDED_IN: dict[int, dict[str, tuple[str, ...]]] = {
    2: {
        INCIDENTS: ("province_method", "events"),
        IMPORTS: ("source_layout", "rows_province_by_name", "rows_province_nearest"),
    },
    # A download: the events it deleted, and its query with where the next update starts (JSON).
    # Links between datasets: the rows of one event share event_group.
    3: {INCIDENTS: ("event_group",), IMPORTS: ("rows_deleted", "download_query")},
    # Provinces by their polygon (incidents.province_id); a GeoPackage also counts the writes to its
    # incidents (geopackage_schema.change_tracking_sql), as a PostGIS schema's data_changes does.
    4: {INCIDENTS: ("province_id",)},
    5: {INCIDENTS: ("target_type", "target")},
}
# incident_atlas_meta keys of a GeoPackage's change tracking: a counter every write to incidents
# bumps, and an id drawn when the file is made, so a file replaced by another is never taken for it.
DATA_CHANGES_KEY = "data_changes"
STORE_ID_KEY = "store_id"
# The dataset of ACLED's aggregated data: weekly rows per admin-1 and sub-event type, no actors.
AGGREGATED_DATASET = "acled_aggregated"
# Province methods (incidents.province_method); the filter can keep the ones an analysis trusts.
PROVINCE_METHODS = ("point", "nearest", "name", "region")

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
    ("idx_incidents_group", "event_group", False),  # version 3
    ("idx_incidents_province_id", "province_id, event_date, fatalities", False),  # version 4
)

# Columns written from the normalised frame, in staging order (province columns come from PIP).
# Not event_group: the links are computed over the whole store after the rows are in.
# Hashed only where the row has them (ingest.content_hash): older hashes stay valid.
TARGET_COLUMNS = ("target_type", "target")
DATA_COLUMNS = tuple(c for c in INCIDENT_FIELD_NAMES if c not in ("import_id", "content_hash", "event_group"))
# What a re-import compares: everything the source said (the dataset is the key, not content). Not
# province_method nor province_id: how a province was found is not news, and older hashes stay valid. The weight
# `events` is hashed only where it is not 1 (see ingest.content_hash), for the same reason.
HASHED_COLUMNS = tuple(
    c for c in DATA_COLUMNS if c not in ("source_dataset", "province_method", "events", "province_id", *TARGET_COLUMNS)
)
REQUIRED_TABLES = (INCIDENTS, PROVINCES, IMPORTS, REJECTED_ROWS, META)


def columns_sql(columns: Iterable[tuple], dialect=None) -> str:
    """Column definitions for CREATE TABLE; types translated by the dialect (SQLite's when None)."""
    translate = dialect.column_type if dialect is not None else (lambda sql_type: sql_type)
    return ", ".join(f'"{column[0]}" {translate(column[1])}' for column in columns)


def columns_added_after(version: int, table: str) -> set[str]:
    return {c for v, tables in ADDED_IN.items() if v > version for c in tables.get(table, ())}


def schema_problems_of(tables: set[str], version, incident_columns: set[str]) -> list[str]:
    """What keeps a store with these tables, recorded version and incident columns from being an
    incident store this version reads; empty when it is one. The same words for every store."""
    problems = [
        tr("the table '{table}' is missing").format(table=table) for table in REQUIRED_TABLES if table not in tables
    ]
    if META in tables:
        version = int(version) if version is not None and str(version).isdigit() else None
        if version is None:
            problems.append(tr("it records no schema_version"))
        elif version > SCHEMA_VERSION:
            problems.append(
                tr("it uses schema version {version}, newer than this plugin's {supported}: update the plugin").format(
                    version=version, supported=SCHEMA_VERSION
                )
            )
    if INCIDENTS in tables and incident_columns:
        # An older version lacks what came later; upgrade_steps() adds it.
        later = columns_added_after(version, INCIDENTS) if isinstance(version, int) else set()
        missing = [name for name in INCIDENT_FIELD_NAMES if name not in incident_columns and name not in later]
        if missing:
            problems.append(tr("the incidents table lacks the columns {names}").format(names=", ".join(missing)))
    return problems


def upgrade_sql(version: int, table, dialect) -> list[str]:
    """Statements that bring a store from `version` to SCHEMA_VERSION in one transaction.

    table: the store's table(name) (quoted, schema-qualified); dialect: its SQL types."""
    types = {name: sql_type for name, sql_type, *_ in (*INCIDENT_COLUMNS, *IMPORT_COLUMNS)}
    statements = []
    for step in range(version + 1, SCHEMA_VERSION + 1):
        for table_name, columns in ADDED_IN[step].items():
            statements += [
                f'ALTER TABLE {table(table_name)} ADD COLUMN "{column}" {dialect.column_type(types[column])}'
                for column in columns
            ]
        if step == 2:  # every province a version-1 import gave came from the point
            statements.append(f"UPDATE {table(INCIDENTS)} SET province_method = 'point' WHERE province IS NOT NULL")  # nosec B608: the store's tables; the version is the schema's own constant
        if step == 4:
            # Older imports kept the polygon's name and code: the code tells most same-named provinces
            # of different countries apart (Natural Earth's FIPS codes: IN23 and PK04 for the Punjabs);
            # where both lack one (Rwanda's and Hong Kong's "Southern"), the country the source names.
            same = f"""SELECT min(p.fid) FROM {table(PROVINCES)} AS p WHERE p.name = i.province
                AND coalesce(p.code, '') = coalesce(i.province_code, '')"""  # nosec B608: the store's tables; the version is the schema's own constant
            statements.append(
                f"""UPDATE {table(INCIDENTS)} AS i SET province_id = coalesce(({same} AND p.country = i.country),
                    ({same})) WHERE i.province IS NOT NULL"""  # nosec B608: the store's tables; the version is the schema's own constant
            )
        if step == 5:  # GTD's target type and target were kept as its secondary actor and that actor's allies
            statements.append(
                f"""UPDATE {table(INCIDENTS)} SET target_type = actor2, target = assoc_actor_2, actor2 = NULL,
                    assoc_actor_2 = NULL WHERE source_dataset = 'gtd'"""  # nosec B608: the store's tables; constant SQL
            )
        added = set(ADDED_IN[step].get(INCIDENTS, ()))
        statements += [
            f'CREATE INDEX IF NOT EXISTS "{name}" ON {table(INCIDENTS)} ({columns})'
            for name, columns, _ in INCIDENT_INDEXES
            if added & {c.strip() for c in columns.split(",")}
        ]
    statements.append(f"UPDATE {table(META)} SET value = '{SCHEMA_VERSION}' WHERE key = 'schema_version'")  # nosec B608: the store's tables; the version is the schema's own constant
    return statements
