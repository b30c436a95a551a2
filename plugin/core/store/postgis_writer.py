"""The importer's writer for a PostGIS incident schema: the same steps as the GeoPackage writer.

One transaction per import. A transaction-scoped advisory lock on the schema serialises imports:
two analysts importing overlapping files at once end with exactly the union of their events, and
readers keep seeing the state before an import until it commits.
"""

from __future__ import annotations

import functools
import io

import numpy as np
import pandas as pd
from qgis.core import Qgis

from ..dialect import POSTGRES
from ..errors import IncidentImportError
from ..i18n import tr
from ..log import log
from . import schema
from .base import Deletions, deleted_rows_condition, record_finished_import
from .link_store import changed_groups
from .postgis_schema import (
    LOCK_TIMEOUT_S,
    create_incident_schema,
    pg_type,
    quote_ident,
    schema_problems,
    write_layer_styles,
)

INTEGER_COLUMNS = {name for name, sql_type, _ in schema.INCIDENT_COLUMNS if sql_type.startswith("INTEGER")}


def _locks_explained(method):
    """A lock not granted in time becomes an IncidentImportError that says who is in the way."""

    @functools.wraps(method)
    def explained(self, *args, **kwargs):
        import psycopg2.errors

        try:
            return method(self, *args, **kwargs)
        except psycopg2.errors.LockNotAvailable as error:
            raise IncidentImportError(
                tr(
                    "{target}: another import (or a session holding a lock on its tables) is in the way; "
                    "nothing was changed. Try again when it has finished."
                ).format(target=self.target.label)
            ) from error

    return explained


class PostgresWriter:
    @_locks_explained
    def __init__(
        self,
        target: PostgresSource,  # noqa: F821 - postgis.py imports this module
        data_columns: tuple[str, ...],
        lock_timeout: float = 600.0,
        default_styles=(),
        style_name: str = "",
    ):
        self.target = target
        self.data_columns = data_columns
        self.default_styles = list(default_styles)
        self.style_name = style_name
        self.db = target.connect(lock_timeout=LOCK_TIMEOUT_S)
        self.s = quote_ident(target.schema)
        self.import_id: int | None = None
        self.gone_groups: list[int] = []  # event groups of rows a download deleted
        try:
            with self.db.cursor() as cursor:
                # Another import into this schema holds the lock until it commits: wait for it, not forever.
                cursor.execute("SET LOCAL lock_timeout = %s", (f"{int(lock_timeout * 1000)}ms",))
                cursor.execute(
                    "SELECT pg_advisory_xact_lock(hashtext(%s))", (f"incident_atlas_import:{target.schema}",)
                )
                cursor.execute("SET LOCAL lock_timeout = %s", (f"{int(LOCK_TIMEOUT_S * 1000)}ms",))
            create_incident_schema(self.db, target.schema)
            problems = schema_problems(self.db, target.schema)
            if problems:
                raise IncidentImportError(f"{target.label}: " + "; ".join(problems))  # names only, never credentials
            columns = ", ".join(f"{quote_ident(name)} {_pg_type(name)}" for name in (*data_columns, "content_hash"))
            with self.db.cursor() as cursor:
                cursor.execute(f"CREATE TEMP TABLE staging ({columns}) ON COMMIT DROP")
        except BaseException:
            self.db.close()
            raise

    def start_import(self, options, source_format: str, dataset: str, sha256: str) -> int:
        with self.db.cursor() as cursor:
            cursor.execute(
                f"""INSERT INTO {self.s}.{schema.IMPORTS} (source_file, source_format, source_dataset, sha256,
                    started_at, plugin_version, download_query) VALUES (%s, %s, %s, %s, now(), %s, %s)
                    RETURNING import_id""",  # nosec B608: identifiers from the schema's constants; values bound
                (
                    options.source_label or str(options.source),
                    source_format,
                    dataset,
                    sha256,
                    options.plugin_version,
                    options.download_query,
                ),
            )
            self.import_id = cursor.fetchone()[0]
        return self.import_id

    @_locks_explained
    def stage(self, frame: pd.DataFrame, hashes: np.ndarray) -> None:
        table = frame[list(self.data_columns)].copy()
        for column in INTEGER_COLUMNS & set(self.data_columns):
            table[column] = pd.to_numeric(table[column], errors="coerce").round().astype("Int64")
        table["content_hash"] = hashes
        buffer = io.StringIO()
        # Unquoted empty fields are NULL in COPY's CSV format; text is always quoted.
        table.to_csv(buffer, header=False, index=False, na_rep="", quoting=2, lineterminator="\n")
        buffer.seek(0)
        names = ", ".join(quote_ident(c) for c in (*self.data_columns, "content_hash"))
        with self.db.cursor() as cursor:
            cursor.copy_expert(f"COPY staging ({names}) FROM STDIN WITH (FORMAT csv, FORCE_NULL ({names}))", buffer)

    def reset_staging(self) -> None:
        with self.db.cursor() as cursor:
            cursor.execute("TRUNCATE staging")

    @_locks_explained
    def reject(self, import_id: int, rows) -> None:
        from psycopg2.extras import execute_values

        with self.db.cursor() as cursor:
            execute_values(
                cursor,
                f"INSERT INTO {self.s}.{schema.REJECTED_ROWS} (import_id, line_number, event_id, reason, raw_text) "
                "VALUES %s",  # nosec B608: identifiers from the schema's constants; values bound
                [(import_id, line, event_id, reason, raw) for line, event_id, reason, raw in rows],
                page_size=5000,
            )

    @_locks_explained
    def merge(self, import_id: int) -> tuple[int, int, int]:
        incidents = f"{self.s}.{schema.INCIDENTS}"
        names = (*self.data_columns, "content_hash")
        column_list = ", ".join(quote_ident(c) for c in names)
        updates = ", ".join(f"{quote_ident(c)} = excluded.{quote_ident(c)}" for c in (*names, "geom", "import_id"))
        with self.db.cursor() as cursor:
            cursor.execute("ANALYZE staging")
            cursor.execute(
                f"""SELECT count(*) FILTER (WHERE i.fid IS NULL),
                           count(*) FILTER (WHERE i.fid IS NOT NULL AND i.content_hash <> s.content_hash),
                           count(*) FILTER (WHERE i.fid IS NOT NULL AND i.content_hash = s.content_hash)
                    FROM staging s LEFT JOIN {incidents} i
                      ON i.source_dataset = s.source_dataset AND i.event_id = s.event_id"""  # nosec B608: identifiers from the schema's constants; values bound
            )
            inserted, updated, unchanged = (int(n) for n in cursor.fetchone())
            cursor.execute(
                f"""INSERT INTO {incidents} ({column_list}, geom, import_id)
                    SELECT {column_list}, ST_SetSRID(ST_MakePoint(longitude, latitude), 4326), %s FROM staging
                    ON CONFLICT (source_dataset, event_id) DO UPDATE SET {updates}
                    WHERE {incidents}.content_hash IS DISTINCT FROM excluded.content_hash""",  # nosec B608: identifiers from the schema's constants; values bound
                (import_id,),
            )
        return inserted, updated, unchanged

    @_locks_explained
    def delete(self, import_id: int, dataset: str, deletions: Deletions) -> int:
        """Remove what a download deleted (after merge); returns how many incidents went."""
        if not deletions:
            return 0
        incidents = f"{self.s}.{schema.INCIDENTS}"
        where, parameters = deleted_rows_condition(
            POSTGRES, incidents, "staging", f"{self.s}.{schema.REJECTED_ROWS}", dataset, import_id, deletions
        )
        with self.db.cursor() as cursor:
            cursor.execute(
                "CREATE TEMP TABLE deleted_ids ON COMMIT DROP AS SELECT DISTINCT unnest(%s::text[]) AS event_id",
                (list(deletions.event_ids),),
            )
            # One pass: the groups of what goes are read from the delete itself.
            cursor.execute(f"DELETE FROM {incidents} WHERE {where} RETURNING event_group", parameters)  # nosec B608: identifiers from the schema's constants; values bound
            groups = {g for (g,) in cursor.fetchall() if g is not None}
            self.gone_groups += sorted(groups)  # their events are linked again (link())
            return cursor.rowcount

    @_locks_explained
    def link(self, rules) -> int:
        """Links between datasets over the whole schema, after the rows are in; returns rows linked."""
        from psycopg2.extras import execute_values

        incidents = f"{self.s}.{schema.INCIDENTS}"
        with self.db.cursor() as cursor:
            meta = f"{self.s}.{schema.META}"
            updates, linked = changed_groups(cursor, incidents, meta, rules, POSTGRES, self.import_id, self.gone_groups)
            if updates:
                execute_values(
                    cursor,
                    f"UPDATE {incidents} AS i SET event_group = v.g FROM (VALUES %s) AS v(g, fid) WHERE i.fid = v.fid",  # nosec B608: identifiers from the schema's constants; values bound
                    updates,
                    template="(%s::bigint, %s::bigint)",
                    page_size=10_000,
                )
        return linked

    @staticmethod
    def encode_polygon(geometry) -> bytes:
        import shapely

        return shapely.to_wkb(geometry, byte_order=1)

    @_locks_explained
    def existing_provinces(self) -> tuple[list[tuple], int]:
        """(fid, source_layer, country_code, name, code) of the provinces there, and the next free fid."""
        with self.db.cursor() as cursor:
            cursor.execute(f"SELECT fid, source_layer, country_code, name, code FROM {self.s}.{schema.PROVINCES}")  # nosec B608: identifiers from the schema's constants; values bound
            rows = cursor.fetchall()
        return rows, max((row[0] for row in rows), default=0) + 1

    @_locks_explained
    def write_provinces(self, rows: list[tuple]) -> None:
        from psycopg2.extras import execute_values

        with self.db.cursor() as cursor:
            execute_values(
                cursor,
                f"""INSERT INTO {self.s}.{schema.PROVINCES} (fid, geom, name, code, country, country_code,
                    area_km2, population, source_layer) VALUES %s ON CONFLICT DO NOTHING""",  # nosec B608: identifiers from the schema's constants; values bound
                rows,
                template="(%s, ST_Multi(ST_GeomFromWKB(%s, 4326)), %s, %s, %s, %s, %s, %s, %s)",
            )
            # The fids were given by the import (imports are serialised): the sequence goes past them.
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'fid'), (SELECT max(fid) FROM {self.s}.{schema.PROVINCES}))",  # nosec B608: identifiers from the schema's constants; values bound
                (f"{self.s}.{schema.PROVINCES}",),
            )

    @_locks_explained
    def province_name_pairs(self) -> list[tuple[str, str, str, int]]:
        with self.db.cursor() as cursor:
            cursor.execute(
                f"""SELECT source_dataset, source_province, province, count(*) FROM {self.s}.{schema.INCIDENTS}
                    WHERE source_province IS NOT NULL AND province IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"""  # nosec B608: identifiers from the schema's constants; values bound
            )
            return [(d, s, p, int(n)) for d, s, p, n in cursor.fetchall()]

    @_locks_explained
    def write_disagreements(self, disagreements: list[tuple[str, str, str, int]]) -> None:
        from psycopg2.extras import execute_values

        with self.db.cursor() as cursor:
            cursor.execute(f"DELETE FROM {self.s}.{schema.DISAGREEMENTS}")  # nosec B608: identifiers from the schema's constants; values bound
            if disagreements:
                execute_values(
                    cursor,
                    f"INSERT INTO {self.s}.{schema.DISAGREEMENTS} (source_dataset, source_province, province, "
                    "incidents) VALUES %s",  # nosec B608: identifiers from the schema's constants; values bound
                    disagreements,
                )

    @_locks_explained
    def finish(self, result) -> None:
        with self.db.cursor() as cursor:
            if self.default_styles:
                problem = write_layer_styles(
                    cursor, self.target.schema, self.default_styles, self.style_name, "Written by Incident Atlas"
                )
                if problem:
                    log(
                        tr("{name}: default styles not stored ({problem})").format(
                            name=self.target.label, problem=problem
                        ),
                        Qgis.MessageLevel.Warning,
                    )
            record_finished_import(cursor, f"{self.s}.{schema.IMPORTS}", POSTGRES, result)
        self.db.commit()
        # Fresh statistics so the first filter after a big import gets a good plan.
        self.db.autocommit = True
        with self.db.cursor() as cursor:
            cursor.execute(f"ANALYZE {self.s}.{schema.INCIDENTS}")

    def rollback(self) -> None:
        if not self.db.closed and not self.db.autocommit:
            self.db.rollback()

    def close(self) -> None:
        self.db.close()

    def publish(self) -> None:
        """Committed is published: readers see the new state from the commit on."""

    def abandon(self) -> None:
        """Rolled back is abandoned: nothing of the import is left."""


def _pg_type(name: str) -> str:
    """The column's type in the incidents table, without NOT NULL (staging holds rows as read)."""
    sql_type = next(t for n, t, _ in schema.INCIDENT_COLUMNS if n == name)
    return pg_type(sql_type.replace(" NOT NULL", ""))
