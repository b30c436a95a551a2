"""The dock's columns of a PostGIS schema in memory: the server's counts exactly, read again after any
write (an import, an edit in QGIS, anyone's SQL) and only after a committed one."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import province_id
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.store.column_store import IncidentColumns
from incident_atlas.plugin.core.store.postgis import PostgresSource
from incident_atlas.plugin.core.store.postgis_schema import APPLICATION_NAME
from incident_atlas.plugin.core.store.queries import ServerCounts
from qgis.core import QgsVectorLayer
from source_files import acled_row, write_acled

pytestmark = pytest.mark.postgis

PLACES = ("Baqubah", "Ramadi", "Mosul", "Tikrit")
FILTERS = [
    IncidentFilter(),
    IncidentFilter(actors=("Islamic State (Iraq)",)),
    IncidentFilter(date_from=date(2020, 1, 2), date_to=date(2020, 1, 20), fatalities_min=1),
]


def fresh(postgis: str, name: str, tmp_path, count: int = 40) -> PostgresSource:
    source = PostgresSource(postgis, name)
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    rows = [
        acled_row(
            f"IRQ{i}",
            PLACES[i % 4],
            event_date=f"2020-01-{1 + i % 28:02d}",
            actor1=("Islamic State (Iraq)", "Popular Mobilization Forces", "Unidentified Armed Group (Iraq)")[i % 3],
            fatalities=i % 5,
        )
        for i in range(count)
    ]
    import_incidents(ImportOptions(source=write_acled(tmp_path / f"{name}.csv", rows), output=source))
    return source


def assert_counts_as_the_server(columns, source) -> None:
    server = ServerCounts(source)
    chosen = IncidentFilter(provinces=(province_id(source, "Diyala"), province_id(source, "Al-Anbar")))
    for incident_filter in (*FILTERS, chosen):
        assert columns.summary(incident_filter) == server.summary(incident_filter)
        assert columns.count_by_province(incident_filter) == server.count_by_province(incident_filter)
        assert columns.actor_counts(incident_filter) == server.actor_counts(incident_filter)
        assert columns.date_histogram(incident_filter) == server.date_histogram(incident_filter)


def execute(source: PostgresSource, sql: str) -> None:
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute(sql)


def test_the_columns_count_as_the_server_and_are_read_again_after_an_import(postgis, tmp_path):
    source = fresh(postgis, "columns_import", tmp_path)
    columns = source.facet_counts()
    assert isinstance(columns, IncidentColumns) and columns.size == 40
    assert_counts_as_the_server(columns, source)
    assert columns.is_current() and source.facet_counts(columns) is columns
    more = [acled_row(f"NEW{i}", "Mosul", actor1="Islamic State (Iraq)", fatalities=9) for i in range(7)]
    import_incidents(ImportOptions(source=write_acled(tmp_path / "more.csv", more), output=source))
    assert not columns.is_current()
    again = source.facet_counts(columns)
    assert again is not columns and again.size == 47 and again.is_current()
    assert_counts_as_the_server(again, source)


def test_an_edit_in_qgis_makes_the_columns_stale(postgis, tmp_path):
    source = fresh(postgis, "columns_edit", tmp_path)
    columns = source.facet_counts()
    layer = QgsVectorLayer(source.layer_uri("incidents"), "incidents", "postgres")
    assert layer.isValid()
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("fatalities"), 1000)
    assert columns.is_current()  # not saved yet
    assert layer.commitChanges()
    assert not columns.is_current()
    again = source.facet_counts(columns)
    assert again.summary(IncidentFilter()).fatalities >= 1000
    assert_counts_as_the_server(again, source)


def test_only_a_committed_write_makes_the_columns_stale(postgis, tmp_path):
    source = fresh(postgis, "columns_commit", tmp_path)
    columns = source.facet_counts()
    writer = source.connect()
    try:
        with writer.cursor() as cursor:
            cursor.execute(f"DELETE FROM {source.table('incidents')} WHERE event_id = 'IRQ1'")
        assert columns.is_current()  # not committed: the data as every reader sees it is unchanged
        writer.rollback()
        assert columns.is_current()
        with writer.cursor() as cursor:
            cursor.execute(f"DELETE FROM {source.table('incidents')} WHERE event_id = 'IRQ1'")
        writer.commit()
        assert not columns.is_current()
        assert source.facet_counts(columns).size == 39
    finally:
        writer.close()


def test_an_editor_without_rights_on_the_change_table_still_saves_edits(postgis, tmp_path):
    source = fresh(postgis, "columns_roles", tmp_path)
    columns = source.facet_counts()
    table = source.table("incidents")
    execute(source, "DROP ROLE IF EXISTS atlas_editor")
    execute(source, "CREATE ROLE atlas_editor")
    execute(
        source,
        f'GRANT USAGE ON SCHEMA "columns_roles" TO atlas_editor; GRANT SELECT, UPDATE ON {table} TO atlas_editor',
    )
    try:
        with source.connect() as db, db.cursor() as cursor:
            cursor.execute("SET ROLE atlas_editor")
            cursor.execute(f"UPDATE {table} SET fatalities = 77 WHERE event_id = 'IRQ2'")
        assert not columns.is_current()
        assert_counts_as_the_server(source.facet_counts(columns), source)
    finally:
        execute(source, "DROP OWNED BY atlas_editor; DROP ROLE atlas_editor")


def without_change_tracking(source: PostgresSource) -> PostgresSource:
    """The schema as a version before change tracking made it."""
    execute(
        source,
        f'DROP TRIGGER incidents_changed ON {source.table("incidents")}; DROP TABLE {source.table("data_changes")}; '
        f"DROP FUNCTION {source.table('note_incident_changes')}()",
    )
    return source


def test_a_schema_without_change_tracking_counts_on_the_server_until_it_is_upgraded(postgis, tmp_path):
    source = without_change_tracking(fresh(postgis, "columns_old", tmp_path))
    counts = source.facet_counts()
    assert isinstance(counts, ServerCounts) and source.facet_counts(counts) is counts
    assert source.upgrade() is None  # the schema's version was current; its tracking was added
    columns = source.facet_counts()
    assert isinstance(columns, IncidentColumns)
    assert_counts_as_the_server(columns, source)
    execute(source, f"UPDATE {source.table('incidents')} SET fatalities = 5")
    assert not columns.is_current()


def test_adding_the_tracking_never_waits_for_another_session(postgis, tmp_path):
    source = without_change_tracking(fresh(postgis, "columns_busy", tmp_path))
    holder = source.connect()
    try:
        with holder.cursor() as cursor:  # as an import into a new schema holds it
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('incident_atlas_schema:columns_busy'))")
        source.upgrade()
        assert isinstance(source.facet_counts(), ServerCounts)
    finally:
        holder.rollback()
        holder.close()
    source.upgrade()
    assert isinstance(source.facet_counts(), IncidentColumns)


def test_opening_a_current_schema_takes_one_connection_to_the_server(postgis, tmp_path, monkeypatch):
    source = fresh(postgis, "one_connection", tmp_path, count=4)
    opened = []
    connect = PostgresSource.connect

    def counted(self, *args, **kwargs):
        opened.append(self.schema)
        return connect(self, *args, **kwargs)

    def sessions() -> int:
        with connect(source) as db, db.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s AND pid <> pg_backend_pid()",
                (APPLICATION_NAME,),
            )
            return cursor.fetchone()[0]

    before = sessions()
    monkeypatch.setattr(PostgresSource, "connect", counted)
    assert source.upgrade() is None
    # Checks, change tracking and version on one connection (three before), closed when done.
    assert opened == ["one_connection"]
    assert sessions() == before
