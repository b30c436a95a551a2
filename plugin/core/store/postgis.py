"""A PostgreSQL/PostGIS schema as an incident store (its tables: postgis_schema.py).

Connections come from QGIS's saved PostgreSQL connections and authentication configurations;
credentials are resolved in memory for psycopg2 and never written to layer sources or logs.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

from ..dialect import POSTGRES
from ..errors import PostgresError
from ..i18n import tr
from ..log import log
from . import schema
from .base import LayerOpening
from .postgis_schema import (
    APPLICATION_NAME,
    LOCK_TIMEOUT_S,
    change_tracking_sql,
    has_change_tracking,
    quote_ident,
    schema_problems,
)
from .queries import ServerCounts


@dataclass(frozen=True)
class PostgresSource(LayerOpening):
    """A saved QGIS connection (by name) and the schema that holds the incident tables."""

    connection: str
    schema: str = "incident_atlas"

    dialect = POSTGRES
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

    def writable_layer_uri(self, table: str, geometry: str = "geom") -> str:
        """A table's source with the connection's credentials, for QGIS's exporter (never stored)."""
        uri = self.connection_uri()
        uri.setDataSource(self.schema, table, geometry, "", "fid")
        return uri.uri(False)

    def table(self, name: str) -> str:
        return f"{quote_ident(self.schema)}.{quote_ident(name)}"

    def begin_import(self, options, default_styles=(), style_name: str = ""):
        """The import's writer: one transaction, under the schema's import lock."""
        # Imported here: the writer needs pandas, which opening, filtering and styling never do.
        from .postgis_writer import PostgresWriter

        return PostgresWriter(self, schema.DATA_COLUMNS, options.lock_timeout, default_styles, style_name)

    def facet_counts(self, previous=None):
        """The dock's counts: the incidents' columns in memory while the schema's data_changes says
        nothing was written since they were read (postgis_columns.py); without change tracking,
        asked of the server on every change. Either way, the team's latest committed state."""
        from .postgis_columns import load_columns

        if isinstance(previous, ServerCounts) or (previous is not None and previous.is_current()):
            return previous
        return load_columns(self) or ServerCounts(self)

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

    def upgrade(self) -> int | None:
        """An older schema brought to this version in one transaction (returns the old version);
        None if it was current. Under the import lock: no import writes while the tables change."""
        import psycopg2

        # One connection for the checks, the change tracking and the upgrade: this runs on every open.
        try:
            connection = self.connect()
        except PostgresError:
            return None  # said where the store is opened or imported into
        version_sql = f"SELECT value FROM {self.table(schema.META)} WHERE key = 'schema_version'"  # nosec B608: identifiers from the schema's constants; values bound

        def version_of(cursor) -> int:
            cursor.execute(version_sql)
            row = cursor.fetchone()
            return int(row[0]) if row and str(row[0]).isdigit() else schema.SCHEMA_VERSION

        try:
            connection.autocommit = True
            if schema_problems(connection, self.schema):
                return None
            connection.autocommit = False
            self._track_changes(connection)
            with connection, connection.cursor() as cursor:
                if version_of(cursor) >= schema.SCHEMA_VERSION:  # the usual case: no lock taken
                    return None
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"incident_atlas_import:{self.schema}",))
                version = version_of(cursor)  # another session may have upgraded it meanwhile
                if version >= schema.SCHEMA_VERSION:
                    return None
                for statement in schema.upgrade_sql(version, self.table, self.dialect):
                    cursor.execute(statement)
            return version
        except psycopg2.Error as error:
            raise PostgresError(
                tr("Upgrading {name} to schema version {current} failed, nothing was changed: {error}").format(
                    name=self.label, current=schema.SCHEMA_VERSION, error=str(error).strip()
                )
            ) from error
        finally:
            connection.close()

    def _track_changes(self, connection) -> None:
        """Give a schema made by an earlier version its data_changes table and trigger, where this
        role may (its owner); others keep the server's counts, and are told why in the log."""
        import psycopg2

        try:
            with connection, connection.cursor() as cursor:
                if has_change_tracking(cursor, self.schema):
                    return
                # Never a long wait (this runs when the dock opens): not while the schema is being made
                # or another session adds the tracking, and the trigger waits for a writer of incidents
                # (an import) 2 s at most. The next open tries again.
                cursor.execute("SET LOCAL lock_timeout = '2s'")
                lock = f"incident_atlas_schema:{self.schema}"
                cursor.execute("SELECT pg_try_advisory_xact_lock(hashtext(%s))", (lock,))
                if not cursor.fetchone()[0]:
                    return
                for statement in change_tracking_sql(self.schema):
                    cursor.execute(statement)
            log(tr("{name}: changes to incidents are now tracked (data_changes)").format(name=self.label))
        except psycopg2.Error as error:
            log(
                tr("{name}: changes are not tracked, counts come from the server: {error}").format(
                    name=self.label, error=str(error).strip()
                )
            )

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
