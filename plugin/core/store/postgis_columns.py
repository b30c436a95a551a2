"""The dock's columns of a PostGIS schema in memory, as for a GeoPackage, kept while the data is
unchanged: the schema's data_changes table (filled by a trigger on incidents) says when it is not.

A filter change then costs milliseconds instead of a round of server counts; each one first asks the
server whether anything was written since (one small query), and the columns are read again when
something was. Without change tracking (a schema its owner has not upgraded yet, or a role that may
not read data_changes) the dock keeps asking the server for every count, as before.
"""

from __future__ import annotations

from ..dialect import POSTGRES
from ..errors import PostgresError
from ..i18n import tr
from ..log import log
from .column_encoding import CHUNK_ROWS, encode_columns
from .column_store import IncidentColumns
from .postgis_schema import CHANGES


def _version(cursor, source) -> tuple[int, int]:
    cursor.execute(f"SELECT count(*), coalesce(max(id), 0) FROM {source.table(CHANGES)}")  # nosec B608: identifiers from the schema's constants; values bound
    count, last = cursor.fetchone()
    return int(count), int(last)


def data_version(source) -> tuple[int, int]:
    """(transactions that wrote incidents, the last one's number) as the server has them now."""
    import psycopg2

    connection = source.connect_read()
    try:
        with connection.cursor() as cursor:
            return _version(cursor, source)
    except psycopg2.Error as error:
        raise PostgresError(str(error).strip()) from error
    finally:
        connection.close()


def load_columns(source) -> IncidentColumns | None:
    """The columns and the version they were read at, in one snapshot; None without change tracking."""
    import psycopg2

    connection = source.connect()
    try:
        # Repeatable read: the version, the values and the rows are one state of the schema. Not a
        # read-only transaction: the codes are numbered in temporary tables.
        connection.set_session(isolation_level="REPEATABLE READ")
        with connection.cursor() as cursor:
            try:
                version = _version(cursor, source)
            except psycopg2.Error as error:
                log(tr("{name}: counting on the server ({error})").format(name=source.label, error=str(error).strip()))
                return None

            def execute(sql: str) -> list:
                cursor.execute(sql)
                return cursor.fetchall() if cursor.description else []

            def batches(sql: str):
                with connection.cursor(name="incident_atlas_columns") as rows:
                    rows.itersize = CHUNK_ROWS
                    rows.execute(sql)
                    while batch := rows.fetchmany(CHUNK_ROWS):
                        yield batch

            arrays, values = encode_columns(execute, batches, source.table("incidents"), POSTGRES)
        return IncidentColumns(arrays, values, version, lambda: data_version(source))
    except psycopg2.Error as error:
        raise PostgresError(
            tr("Could not read the incidents of {name}: {error}").format(name=source.label, error=str(error).strip())
        ) from error
    finally:
        connection.rollback()
        connection.close()
