"""The incident schema in PostgreSQL/PostGIS: same tables and meaning as the GeoPackage.

Connections come from QGIS's saved PostgreSQL connections and authentication configurations;
credentials are resolved in memory for psycopg2 and never written to layer sources or logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

from ..i18n import tr
from . import schema

SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
PG_TYPES = {
    "TEXT": "text",
    "DATE": "date",
    "INTEGER": "bigint",
    "REAL": "double precision",
    "DATETIME": "timestamptz",
}
# The filter's columns, and per-province counts read from the index alone (as in the GeoPackage).
PG_INDEXES = (
    ("idx_incidents_date", "event_date"),
    ("idx_incidents_actor1", "actor1"),
    ("idx_incidents_actor2", "actor2"),
    ("idx_incidents_province_date", "province, event_date, fatalities"),
    ("idx_incidents_type", "event_type"),
)


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


class PostgresError(Exception):
    """The database can't be used as an incident source; the message says why (never a password)."""


def pg_type(sql_type: str) -> str:
    base, _, rest = sql_type.partition(" ")
    return PG_TYPES[base] + (f" {rest}" if rest else "")


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


@dataclass(frozen=True)
class PostgresSource:
    """A saved QGIS connection (by name) and the schema that holds the incident tables."""

    connection: str
    schema: str = "incident_atlas"

    dialect = "postgres"
    provider = "postgres"

    @property
    def key(self) -> str:
        return f"postgres:{self.connection}/{self.schema}"

    @property
    def label(self) -> str:
        return f"{self.connection} › {self.schema}"

    @classmethod
    def from_key(cls, key: str) -> PostgresSource | None:
        if not key.startswith("postgres:") or "/" not in key:
            return None
        connection, _, schema_name = key[len("postgres:") :].rpartition("/")
        return cls(connection, schema_name)

    def connection_uri(self) -> QgsDataSourceUri:
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        try:
            saved = metadata.findConnection(self.connection)
        except Exception:  # QgsProviderConnectionException: not a saved connection
            saved = None
        if saved is None:
            raise PostgresError(
                tr("There is no saved PostgreSQL connection named '{name}' in QGIS").format(name=self.connection)
            )
        return QgsDataSourceUri(saved.uri())

    def layer_uri(self, table: str, geometry: str = "geom") -> str:
        """The layer source QGIS stores in projects: connection details and authcfg, no password."""
        uri = self.connection_uri()
        uri.setPassword("")
        uri.setDataSource(self.schema, table, geometry, "", "fid")
        return uri.uri(False)

    def connect_read(self):
        """A read-only autocommit connection: each query sees the latest committed state."""
        connection = self.connect()
        connection.set_session(readonly=True, autocommit=True)
        return connection

    def problems(self) -> list[str]:
        try:
            connection = self.connect_read()
        except PostgresError as error:
            return [str(error)]
        try:
            return schema_problems(connection, self.schema)
        finally:
            connection.close()

    def connect(self, lock_timeout: float = LOCK_TIMEOUT_S):
        """A psycopg2 connection, credentials resolved from the authentication database in memory.

        It names itself (a DBA sees "Incident Atlas" holding a lock) and waits at most lock_timeout
        seconds for any lock."""
        try:
            import psycopg2
        except ImportError as error:
            raise PostgresError(
                tr("Importing into PostgreSQL needs the Python package psycopg2 (Debian: python3-psycopg2)")
            ) from error
        uri = self.connection_uri()
        arguments = {
            "host": uri.host(),
            "port": uri.port(),
            "dbname": uri.database(),
            "user": uri.username(),
            "password": uri.password(),
            "service": uri.service(),
            "application_name": APPLICATION_NAME,
            "options": f"-c lock_timeout={int(lock_timeout * 1000)}",
        }
        if uri.sslMode() not in (QgsDataSourceUri.SslMode.SslPrefer, QgsDataSourceUri.SslMode.SslAllow):
            arguments["sslmode"] = QgsDataSourceUri.encodeSslMode(uri.sslMode())
        if uri.authConfigId():
            config = QgsAuthMethodConfig()
            QgsApplication.authManager().loadAuthenticationConfig(uri.authConfigId(), config, True)
            arguments["user"] = config.config("username") or arguments["user"]
            arguments["password"] = config.config("password") or arguments["password"]
        arguments = {key: value for key, value in arguments.items() if value not in ("", None)}
        try:
            return psycopg2.connect(**arguments)
        except psycopg2.Error as error:
            # psycopg2's messages name host and user, never the password.
            raise PostgresError(
                tr("Could not connect to '{name}': {error}").format(name=self.connection, error=str(error).strip())
            ) from error


def _columns_sql(columns) -> str:
    return ", ".join(f"{quote_ident(column[0])} {pg_type(column[1])}" for column in columns)


def create_schema_sql(name: str) -> list[str]:
    """DDL for an empty incident schema; idempotent, so concurrent first imports don't collide."""
    s = quote_ident(check_schema_name(name))
    return [
        f"CREATE SCHEMA IF NOT EXISTS {s}",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.INCIDENTS} (fid bigserial PRIMARY KEY,
            geom geometry(Point, 4326), {_columns_sql(schema.INCIDENT_COLUMNS)},
            UNIQUE (source_dataset, event_id))""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.PROVINCES} (fid bigserial PRIMARY KEY,
            geom geometry(MultiPolygon, 4326), {_columns_sql(schema.PROVINCE_COLUMNS)},
            UNIQUE NULLS NOT DISTINCT (source_layer, country_code, name, code))""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.IMPORTS} (import_id bigserial PRIMARY KEY,
            {_columns_sql(schema.IMPORT_COLUMNS)})""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.REJECTED_ROWS} (fid bigserial PRIMARY KEY,
            {_columns_sql(schema.REJECTED_COLUMNS)})""",
        f"""CREATE TABLE IF NOT EXISTS {s}.{schema.DISAGREEMENTS} (fid bigserial PRIMARY KEY,
            {_columns_sql(schema.DISAGREEMENT_COLUMNS)})""",
        f"CREATE TABLE IF NOT EXISTS {s}.{schema.META} (key text PRIMARY KEY, value text)",
        f"INSERT INTO {s}.{schema.META} VALUES ('schema_version', '{schema.SCHEMA_VERSION}') ON CONFLICT DO NOTHING",
        f"CREATE INDEX IF NOT EXISTS incidents_geom_idx ON {s}.{schema.INCIDENTS} USING gist (geom)",
        f"CREATE INDEX IF NOT EXISTS provinces_geom_idx ON {s}.{schema.PROVINCES} USING gist (geom)",
        *(f"CREATE INDEX IF NOT EXISTS {index} ON {s}.{schema.INCIDENTS} ({columns})" for index, columns in PG_INDEXES),
    ]


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
        problems = [
            tr("the table '{table}' is missing").format(table=table)
            for table in (schema.INCIDENTS, schema.PROVINCES, schema.IMPORTS, schema.REJECTED_ROWS, schema.META)
            if table not in tables
        ]
        if schema.META in tables:
            cursor.execute(f"SELECT value FROM {quote_ident(name)}.{schema.META} WHERE key = 'schema_version'")
            row = cursor.fetchone()
            version = int(row[0]) if row and str(row[0]).isdigit() else None
            if version is None:
                problems.append(tr("it records no schema_version"))
            elif version > schema.SCHEMA_VERSION:
                problems.append(
                    tr(
                        "it uses schema version {version}, newer than this plugin's {supported}: update the plugin"
                    ).format(version=version, supported=schema.SCHEMA_VERSION)
                )
    return problems
