"""What every incident store offers: a GeoPackage file and a PostGIS schema both implement it.

Queries, the dock, the choropleth, the exports and the importer talk to an IncidentStore and never
ask which kind they hold; what differs in SQL lives in the store's `dialect`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from qgis.core import QgsVectorLayer

from ..dialect import SqlDialect
from ..errors import NotAnIncidentStoreError
from ..i18n import tr


class ImportWriter(Protocol):
    """One import's open transaction on a store (see geopackage_writer.py, postgis_writer.py)."""

    def start_import(self, options, source_format: str, dataset: str, sha256: str) -> int: ...
    def stage(self, frame, hashes) -> None: ...
    def reset_staging(self) -> None: ...
    def reject(self, import_id: int, rows) -> None: ...
    def merge(self, import_id: int) -> tuple[int, int, int]: ...
    def delete(self, import_id: int, dataset: str, deletions: Deletions) -> int: ...
    def link(self, rules) -> int: ...
    def encode_polygon(self, geometry): ...
    def write_provinces(self, rows: list[tuple]) -> None: ...
    def province_name_pairs(self) -> list[tuple[str, str, str, int]]: ...
    def write_disagreements(self, disagreements: list[tuple[str, str, str, int]]) -> None: ...
    def finish(self, result) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...
    def publish(self) -> None: ...
    def abandon(self) -> None: ...


class IncidentStore(Protocol):
    provider: str  # QGIS's data provider key
    dialect: SqlDialect

    @property
    def key(self) -> str: ...  # stored in projects and settings; as_source() reads it back
    @property
    def label(self) -> str: ...  # for the analyst: names, never credentials
    def layer_uri(self, table: str) -> str: ...
    def table(self, name: str) -> str: ...  # the table's name in SQL
    def connect_read(self): ...  # a read-only DB-API connection
    def problems(self) -> list[str]: ...  # empty when the store is one this version reads
    def open_layer(self, table: str, name: str | None = None) -> QgsVectorLayer: ...
    def begin_import(self, options) -> ImportWriter: ...
    def upgrade(self) -> int | None: ...  # an older schema to this version; returns the old version


class LayerOpening:
    """open_layer() for a store with provider, label and layer_uri()."""

    def open_layer(self, table: str, name: str | None = None) -> QgsVectorLayer:
        layer = QgsVectorLayer(self.layer_uri(table), name or table, self.provider)
        if not layer.isValid():
            raise NotAnIncidentStoreError(
                tr("QGIS cannot open the {table} layer of {name}").format(table=table, name=self.label)
            )
        return layer


def record_finished_import(cursor, imports_table: str, dialect: SqlDialect, result) -> None:
    """Write an import's counts into its row of the imports table; the same for every store."""
    values = {
        "rows_read": result.rows_read,
        "rows_imported": result.imported,
        "rows_inserted": result.inserted,
        "rows_updated": result.updated,
        "rows_unchanged": result.unchanged,
        "rows_rejected": result.rejected,
        "rows_outside_provinces": result.outside_provinces,
        "provinces_source": result.provinces_source,
        "source_layout": result.source_layout,
        "rows_province_by_name": result.by_name,
        "rows_province_nearest": result.nearest,
        "rows_deleted": result.deleted,
        "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    assignments = ", ".join(f"{name} = {dialect.placeholder}" for name in values)
    cursor.execute(
        f"UPDATE {imports_table} SET {assignments} WHERE import_id = {dialect.placeholder}",  # nosec B608: identifiers from the schema's constants; values bound
        (*values.values(), result.import_id),
    )


@dataclass(frozen=True)
class Deletions:
    """What a download removes from its dataset: the events the provider says it deleted, and, for a
    download that replaces its query's events (UCDP), those of the query's dates and countries that
    the download no longer holds (a row rejected this time is kept: the provider still has it)."""

    event_ids: tuple[str, ...] = ()
    date_from: str | None = None  # ISO days; set for a replacing download
    date_to: str | None = None
    countries: tuple[str, ...] = ()  # any case; the countries of the download's own rows count too
    event_types: tuple[str, ...] = ()  # the query's event types, if it named any

    def __bool__(self) -> bool:
        return bool(self.event_ids) or self.date_from is not None


def deleted_rows_condition(
    dialect: SqlDialect, incidents: str, staging: str, rejected: str, dataset: str, import_id: int, deletions: Deletions
) -> tuple[str, list]:
    """WHERE clause (and its parameters) of the incidents a download deletes; the ids the provider
    deleted are in the temporary table deleted_ids."""
    mark = dialect.placeholder
    parts, parameters = [], [dataset]
    if deletions.event_ids:
        parts.append(f"{incidents}.event_id IN (SELECT event_id FROM deleted_ids)")  # nosec B608: identifiers from the schema's constants; values bound
    if deletions.date_from is not None:
        countries = tuple(c.lower() for c in deletions.countries) or ("",)
        types = f"AND {incidents}.event_type IN ({dialect.parameters(len(deletions.event_types))})" * bool(
            deletions.event_types
        )
        parts.append(
            f"""({incidents}.event_date BETWEEN {mark} AND {mark}
                AND (lower({incidents}.country) IN ({dialect.parameters(len(countries))})
                     OR {incidents}.country IN (SELECT country FROM {staging}))
                {types}
                AND NOT EXISTS (SELECT 1 FROM {staging} s WHERE s.source_dataset = {incidents}.source_dataset
                                AND s.event_id = {incidents}.event_id)
                AND {incidents}.event_id NOT IN (SELECT event_id FROM {rejected}
                                                 WHERE import_id = {mark} AND event_id IS NOT NULL))"""  # nosec B608: identifiers from the schema's constants; values bound
        )
        parameters += [deletions.date_from, deletions.date_to, *countries, *deletions.event_types, import_id]
    return f"{incidents}.source_dataset = {mark} AND ({' OR '.join(parts)})", parameters
