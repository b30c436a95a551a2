"""The incident schema in PostgreSQL/PostGIS: DDL, its check and QGIS's layer_styles, in SQL.

Same tables and meaning as the GeoPackage (schema.py); types translated by the POSTGRES dialect.
"""

from __future__ import annotations

import re

from ..dialect import POSTGRES
from ..errors import PostgresError
from ..i18n import tr
from . import schema

SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
# The GeoPackage's indexes but its unique key, which is the table's UNIQUE constraint here.
PG_INDEXES = tuple((name, columns) for name, columns, unique in schema.INCIDENT_INDEXES if not unique)

# A statement waits this long for a lock before it fails, so nothing the plugin does can hang on a
# session that holds one; an import waits longer for another import (ImportOptions.lock_timeout).
LOCK_TIMEOUT_S = 30.0
APPLICATION_NAME = "Incident Atlas"
# QGIS's own layer_styles table (as its postgres provider creates it), in public where QGIS looks.
LAYER_STYLES_DDL = """CREATE TABLE IF NOT EXISTS public.layer_styles (id serial PRIMARY KEY,
    f_table_catalog varchar, f_table_schema varchar, f_table_name varchar, f_geometry_column varchar,
    stylename text, styleqml xml, stylesld xml, useasdefault boolean, description text,
    owner varchar(63) DEFAULT CURRENT_USER, ui xml, update_time timestamp DEFAULT CURRENT_TIMESTAMP,
    type varchar)"""


def pg_type(sql_type: str) -> str:
    return POSTGRES.column_type(sql_type)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_schema_name(name: str) -> str:
    if not SCHEMA_NAME.match(name or ""):
        raise PostgresError(
            tr("'{name}' is not a usable schema name: letters, digits and _, not starting with a digit").format(
                name=name
            )
        )
    return name


def create_schema_sql(name: str) -> list[str]:
    """DDL for an empty incident schema; idempotent, so concurrent first imports don't collide."""
    s = quote_ident(check_schema_name(name))
    return [
        f"CREATE SCHEMA IF NOT EXISTS {s}",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.INCIDENTS} (fid bigserial PRIMARY KEY,
            geom geometry(Point, 4326), {schema.columns_sql(schema.INCIDENT_COLUMNS, POSTGRES)},
            UNIQUE (source_dataset, event_id))""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.PROVINCES} (fid bigserial PRIMARY KEY,
            geom geometry(MultiPolygon, 4326), {schema.columns_sql(schema.PROVINCE_COLUMNS, POSTGRES)},
            UNIQUE NULLS NOT DISTINCT (source_layer, country_code, name, code))""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.IMPORTS} (import_id bigserial PRIMARY KEY,
            {schema.columns_sql(schema.IMPORT_COLUMNS, POSTGRES)})""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.REJECTED_ROWS} (fid bigserial PRIMARY KEY,
            {schema.columns_sql(schema.REJECTED_COLUMNS, POSTGRES)})""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.DISAGREEMENTS} (fid bigserial PRIMARY KEY,
            {schema.columns_sql(schema.DISAGREEMENT_COLUMNS, POSTGRES)})""",
        f"CREATE TABLE IF NOT EXISTS {s}.{schema.META} (key text PRIMARY KEY, value text)",
        f"INSERT INTO {s}.{schema.META} VALUES ('schema_version', '{schema.SCHEMA_VERSION}') ON CONFLICT DO NOTHING",  # nosec B608: DDL: the checked schema name and the schema's tables and constants
        f"CREATE INDEX IF NOT EXISTS incidents_geom_idx ON {s}.{schema.INCIDENTS} USING gist (geom)",
        f"CREATE INDEX IF NOT EXISTS provinces_geom_idx ON {s}.{schema.PROVINCES} USING gist (geom)",
        *(f"CREATE INDEX IF NOT EXISTS {index} ON {s}.{schema.INCIDENTS} ({columns})" for index, columns in PG_INDEXES),
        *change_tracking_sql(name),
    ]


CHANGES = "data_changes"


def change_tracking_sql(name: str) -> list[str]:
    """A row in data_changes for every transaction that writes incidents (an import, an edit in QGIS,
    anyone's SQL), so a reader knows its copy of the columns is stale: (count, max id) of that table
    read in the same snapshot as the data changes exactly when the data does, whoever commits first.
    The trigger's function runs with its owner's rights: an editor needs no right on data_changes."""
    s = quote_ident(check_schema_name(name))
    return [
        f"""CREATE TABLE IF NOT EXISTS {s}.{CHANGES} (id bigserial PRIMARY KEY,
            transaction_id bigint UNIQUE NOT NULL, changed_at timestamptz NOT NULL DEFAULT now())""",
        f"""CREATE OR REPLACE FUNCTION {s}.note_incident_changes() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                INSERT INTO {s}.{CHANGES} (transaction_id) VALUES (txid_current()) ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$""",  # nosec B608: DDL: the checked schema name and the schema's tables and constants
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'incidents_changed'
                           AND tgrelid = '{s}.{schema.INCIDENTS}'::regclass) THEN
                CREATE TRIGGER incidents_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
                    ON {s}.{schema.INCIDENTS} FOR EACH STATEMENT EXECUTE FUNCTION {s}.note_incident_changes();
            END IF;
        END $$""",  # nosec B608: DDL: the checked schema name and the schema's tables and constants
    ]


def has_change_tracking(cursor, name: str) -> bool:
    cursor.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'incidents_changed' AND tgrelid = "
        "to_regclass(%s)) AND to_regclass(%s) IS NOT NULL",
        (f"{quote_ident(name)}.{schema.INCIDENTS}", f"{quote_ident(name)}.{CHANGES}"),
    )
    return bool(cursor.fetchone()[0])


def create_incident_schema(connection, name: str) -> None:
    with connection.cursor() as cursor:
        # Two analysts creating the same schema at once: the lock makes the second wait, then no-op.
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"incident_atlas_schema:{name}",))
        for statement in create_schema_sql(name):
            cursor.execute(statement)


def write_layer_styles(cursor, schema_name: str, styles, name: str, description: str) -> str:
    """Each style as its table's default in public.layer_styles, unless a style of that name is there.

    Runs in the caller's transaction, under a lock every writer of layer_styles takes, so two imports
    can neither race nor ask. Returns why the styles were not stored (no right to create the table,
    say), or "" when they are; the data is kept either way and the plugin styles the layers on open."""
    import psycopg2

    cursor.execute("SAVEPOINT layer_styles")
    try:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext('incident_atlas:layer_styles'))")
        cursor.execute(LAYER_STYLES_DDL)
        for style in styles:
            cursor.execute(
                "SELECT 1 FROM public.layer_styles WHERE f_table_catalog = current_database() "
                "AND f_table_schema = %s AND f_table_name = %s AND stylename = %s",
                (schema_name, style.table, name),
            )
            if cursor.fetchone():
                continue
            # type stays NULL: QGIS matches it against the type named in the layer's source, which a
            # source without "type=" gives as "Unknown geometry"; NULL matches every source of the table.
            cursor.execute(
                "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                "f_geometry_column, stylename, styleqml, stylesld, useasdefault, description) "
                "VALUES (current_database(), %s, %s, 'geom', %s, XMLPARSE(DOCUMENT %s), XMLPARSE(DOCUMENT %s), "
                "true, %s)",
                (schema_name, style.table, name, style.qml, style.sld, description),
            )
        cursor.execute("RELEASE SAVEPOINT layer_styles")
        return ""
    except psycopg2.Error as error:
        cursor.execute("ROLLBACK TO SAVEPOINT layer_styles")
        return str(error).strip()


def schema_problems(connection, name: str) -> list[str]:
    """What keeps the schema from being an incident source this version reads; empty when it is one."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (name,))
        tables = {row[0] for row in cursor.fetchall()}
        if not tables:
            return [tr("the schema '{schema}' holds no incident tables").format(schema=name)]
        version = None
        if schema.META in tables:
            cursor.execute(f"SELECT value FROM {quote_ident(name)}.{schema.META} WHERE key = 'schema_version'")  # nosec B608: DDL: the checked schema name and the schema's tables and constants
            row = cursor.fetchone()
            version = row[0] if row else None
        cursor.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s",
            (name, schema.INCIDENTS),
        )
        columns = {row[0] for row in cursor.fetchall()}
    return schema.schema_problems_of(tables, version, columns)
