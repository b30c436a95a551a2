"""Incidents in PostGIS: same schema meaning, same accounting, shared safely by several analysts."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import REPO_ROOT, sample_in_postgis
from incident_atlas.plugin.core.errors import IncidentImportError, PostgresError
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.store import queries
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
from incident_atlas.plugin.core.store.postgis import PostgresSource
from processes import communicate_all, running
from qgis.core import QgsApplication, QgsFeedback, QgsProject
from sample_data import SAMPLE_DATASET
from source_files import acled_row, write_acled

pytestmark = pytest.mark.postgis
IMPORT_ONCE = REPO_ROOT / "tests" / "bench" / "import_once.py"


def fresh(postgis: str, name: str) -> PostgresSource:
    source = PostgresSource(postgis, name)
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    return source


def scalar(source: PostgresSource, sql: str):
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


def test_import_matches_the_geopackage_row_for_row(postgis, sample_gpkg):
    source = fresh(postgis, "same_as_gpkg")
    result = import_incidents(
        ImportOptions(source=sample_gpkg.with_suffix(".csv"), output=source, dataset_name=SAMPLE_DATASET)
    )
    gpkg = GeoPackageSource(sample_gpkg)
    assert result.imported == queries.summary(gpkg, IncidentFilter()).incidents
    for incident_filter in (
        IncidentFilter(),
        IncidentFilter(actors=("ISIS",), alias_groups=DEFAULT_ALIAS_GROUPS, actor_role="associated"),
        IncidentFilter(actors=("ISIS",), alias_groups=DEFAULT_ALIAS_GROUPS, fatalities_min=1),
    ):
        assert queries.summary(source, incident_filter) == queries.summary(gpkg, incident_filter)
        assert queries.count_by_province(source, incident_filter) == queries.count_by_province(gpkg, incident_filter)
        assert queries.actor_counts(source, incident_filter) == queries.actor_counts(gpkg, incident_filter)
        assert queries.date_histogram(source, incident_filter) == queries.date_histogram(gpkg, incident_filter)
    assert scalar(source, "SELECT count(*) FROM same_as_gpkg.provinces") == 18
    assert scalar(source, "SELECT ST_SRID(geom) FROM same_as_gpkg.incidents LIMIT 1") == 4326
    assert source.problems() == []


def test_reimport_is_idempotent_and_a_newer_export_updates(postgis, tmp_path):
    source = fresh(postgis, "reimport")
    rows = [acled_row(f"IRQ{i}", fatalities=str(i % 3)) for i in range(1, 41)]
    first = write_acled(tmp_path / "first.csv", rows)
    assert import_incidents(ImportOptions(source=first, output=source)).inserted == 40
    again = import_incidents(ImportOptions(source=first, output=source))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 40)
    rows[4]["fatalities"] = "12"
    newer = write_acled(tmp_path / "newer.csv", [*rows, acled_row("IRQ99")])
    result = import_incidents(ImportOptions(source=newer, output=source))
    assert (result.inserted, result.updated, result.unchanged) == (1, 1, 40 - 1)
    assert scalar(source, "SELECT fatalities FROM reimport.incidents WHERE event_id = 'IRQ5'") == 12
    assert scalar(source, "SELECT count(*) FROM reimport.imports WHERE finished_at IS NOT NULL") == 3


def test_rejected_rows_are_kept_with_line_and_reason(postgis, tmp_path):
    source = fresh(postgis, "rejects")
    rows = [
        acled_row("IRQ1"),
        acled_row("IRQ2", latitude="", admin1=""),
        acled_row("IRQ3", event_date="31 Foo 2020"),
        acled_row("IRQ1", notes="duplicate id"),
        acled_row("IRQ4", actor1='Group "Al-Quds" Brigade'),
    ]
    result = import_incidents(ImportOptions(source=write_acled(tmp_path / "bad.csv", rows), output=source))
    assert (result.rows_read, result.imported, result.rejected) == (5, 2, 3)
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute("SELECT line_number, reason, raw_text FROM rejects.rejected_rows ORDER BY line_number")
        rejected = cursor.fetchall()
    assert [line for line, _, _ in rejected] == [3, 4, 5]
    assert "duplicate event id 'IRQ1' (first at line 2)" in rejected[2][1]
    assert all(raw for _, _, raw in rejected)
    assert scalar(source, "SELECT actor1 FROM rejects.incidents WHERE event_id = 'IRQ4'") == 'Group "Al-Quds" Brigade'


def test_a_failed_import_leaves_the_schema_as_it_was(postgis, tmp_path):
    source = fresh(postgis, "failing")
    good = write_acled(tmp_path / "good.csv", [acled_row(f"IRQ{i}") for i in range(10)])
    import_incidents(ImportOptions(source=good, output=source))

    class CancelHalfway:
        calls = 0

        def isCanceled(self):  # noqa: N802 - QgsFeedback's name
            self.calls += 1
            return self.calls > 2

        def setProgress(self, value):  # noqa: N802 - QgsFeedback's name
            self.progress = value

    more = write_acled(tmp_path / "more.csv", [acled_row(f"IRQ{i}") for i in range(5, 30)])
    with pytest.raises(Exception, match="cancelled"):
        import_incidents(ImportOptions(source=more, output=source), feedback=CancelHalfway())
    assert scalar(source, "SELECT count(*) FROM failing.incidents") == 10
    assert scalar(source, "SELECT count(*) FROM failing.imports") == 1


def test_a_newer_schema_is_refused_not_overwritten(postgis, tmp_path):
    source = fresh(postgis, "newer")
    import_incidents(ImportOptions(source=write_acled(tmp_path / "a.csv", [acled_row("IRQ1")]), output=source))
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute("UPDATE newer.incident_atlas_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(IncidentImportError, match="schema version 99"):
        import_incidents(ImportOptions(source=write_acled(tmp_path / "b.csv", [acled_row("IRQ2")]), output=source))
    assert scalar(source, "SELECT count(*) FROM newer.incidents") == 1
    assert "schema version 99" in source.problems()[0]


def test_unknown_connection_and_bad_schema_name_say_so():
    with pytest.raises(PostgresError, match="no saved PostgreSQL connection named 'nowhere'"):
        PostgresSource("nowhere", "x").connect()
    from incident_atlas.plugin.core.store.postgis_schema import check_schema_name

    with pytest.raises(PostgresError, match="not a usable schema name"):
        check_schema_name('x"; DROP TABLE y; --')


def _split_sample(sample_csv: Path, tmp_path: Path) -> tuple[Path, Path, set[str]]:
    with sample_csv.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    cut_a, cut_b = len(rows) * 2 // 3, len(rows) // 3  # a: first two thirds, b: last two thirds
    paths = []
    for name, part in (("a.csv", rows[:cut_a]), ("b.csv", rows[cut_b:])):
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(part)
        paths.append(tmp_path / name)
    return paths[0], paths[1], {row["event_id_cnty"] for row in rows}


def _import_process(csv_path: Path, source: PostgresSource, uri: str, settings: Path):
    """The import in a process of its own, as a second analyst's QGIS: ended with the test, whatever happens."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(settings))
    env["INCIDENT_ATLAS_PG_URI"] = uri
    env["INCIDENT_ATLAS_DATASET"] = SAMPLE_DATASET
    return running(
        [sys.executable, str(IMPORT_ONCE), str(csv_path), source.key],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_analysts_import_overlapping_files_at_once(postgis, sample_gpkg, tmp_path):
    """Two processes, started together: the schema ends with exactly the union of their events."""
    source = fresh(postgis, "concurrent")
    uri = source.connection_uri().uri(False)
    a, b, every_id = _split_sample(sample_gpkg.with_suffix(".csv"), tmp_path)
    with contextlib.ExitStack() as stack:
        processes = [
            stack.enter_context(_import_process(path, source, uri, tmp_path / f"settings-{n}"))
            for n, path in enumerate((a, b))
        ]
        outputs = communicate_all(processes, timeout=300)
    for process, (_out, err) in zip(processes, outputs):
        assert process.returncode == 0, err[-2000:]
    results = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute("SELECT event_id FROM concurrent.incidents")
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT count(*), sum(rows_inserted) FROM concurrent.imports WHERE finished_at IS NOT NULL")
        imports, inserted = cursor.fetchone()
    assert len(ids) == len(set(ids))  # nothing twice
    assert set(ids) == every_id  # nothing lost
    assert imports == 2 and inserted == len(every_id) == sum(r["inserted"] for r in results)
    assert stored_styles(source) == {"incidents": 1, "provinces": 1}


def stored_styles(source: PostgresSource) -> dict[str, int]:
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute(
            "SELECT f_table_name, count(*) FROM public.layer_styles WHERE f_table_schema = %s GROUP BY 1",
            (source.schema,),
        )
        return dict(cursor.fetchall())


def test_two_imports_reaching_the_styles_together_store_one_style_each(postgis):
    """The race of issue 14 made to happen every time: both writers arrive at the styles while neither has
    committed. The second waits on the first's lock, then finds its style and asks nothing."""
    from incident_atlas.plugin.core.maps import styles
    from incident_atlas.plugin.core.store.postgis_schema import write_layer_styles

    source = fresh(postgis, "styles_race")
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute("CREATE SCHEMA styles_race")
        cursor.execute("DELETE FROM public.layer_styles WHERE f_table_schema = 'styles_race'")
    written = styles.default_styles()
    first, second = source.connect(), source.connect()
    outcome = {}
    try:
        with first.cursor() as cursor:
            assert write_layer_styles(cursor, "styles_race", written, styles.STYLE_NAME, "first") == ""

        def second_writer():
            with second.cursor() as cursor:
                outcome["problem"] = write_layer_styles(cursor, "styles_race", written, styles.STYLE_NAME, "second")
            second.commit()

        thread = threading.Thread(target=second_writer)
        thread.start()
        # The second writer is inside write_layer_styles, waiting for the first's lock, not asking anyone.
        with source.connect() as watcher, watcher.cursor() as cursor:
            deadline = time.monotonic() + 20
            waiting = 0
            while not waiting and time.monotonic() < deadline:
                cursor.execute(
                    "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                    "WHERE NOT l.granted AND l.locktype = 'advisory' AND a.application_name = 'Incident Atlas'"
                )
                waiting = cursor.fetchone()[0]
                time.sleep(0.05)
        assert waiting == 1
        assert thread.is_alive()
        first.commit()
        thread.join(timeout=20)
        assert not thread.is_alive()
    finally:
        first.close()
        second.close()
    assert outcome["problem"] == ""
    assert stored_styles(source) == {"incidents": 1, "provinces": 1}
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute("SELECT DISTINCT description FROM public.layer_styles WHERE f_table_schema = 'styles_race'")
        assert cursor.fetchall() == [("first",)]


def test_the_stored_style_is_what_qgis_opens(postgis, tmp_path):
    from qgis.core import QgsSingleSymbolRenderer, QgsVectorLayer

    source = fresh(postgis, "styled")
    import_incidents(ImportOptions(source=write_acled(tmp_path / "a.csv", [acled_row("S1")]), output=source))
    incidents = QgsVectorLayer(source.layer_uri("incidents"), "incidents", "postgres")
    provinces = QgsVectorLayer(source.layer_uri("provinces"), "provinces", "postgres")
    assert incidents.isValid() and provinces.isValid()
    assert isinstance(incidents.renderer(), QgsSingleSymbolRenderer)
    assert incidents.renderer().symbol().color().name() == "#252525"
    assert provinces.labelsEnabled()
    # Importing again stores nothing twice.
    import_incidents(ImportOptions(source=write_acled(tmp_path / "b.csv", [acled_row("S2")]), output=source))
    assert stored_styles(source) == {"incidents": 1, "provinces": 1}


def test_an_import_that_cannot_get_its_lock_says_who_is_in_the_way(postgis, tmp_path):
    source = fresh(postgis, "locked_out")
    import_incidents(ImportOptions(source=write_acled(tmp_path / "a.csv", [acled_row("L1")]), output=source))
    holder = source.connect()
    try:
        with holder.cursor() as cursor:  # another analyst's import, still running
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('incident_atlas_import:locked_out'))")
        started = time.monotonic()
        with pytest.raises(IncidentImportError, match="another import .* is in the way"):
            import_incidents(
                ImportOptions(
                    source=write_acled(tmp_path / "b.csv", [acled_row("L2")]), output=source, lock_timeout=1.0
                )
            )
        assert time.monotonic() - started < 20
    finally:
        holder.rollback()
        holder.close()
    assert scalar(source, "SELECT string_agg(event_id, ',') FROM locked_out.incidents") == "L1"
    assert scalar(source, "SELECT count(*) FROM locked_out.imports") == 1


def test_a_session_locking_the_table_fails_the_import_in_time(postgis, tmp_path, monkeypatch):
    """A DBA's ALTER TABLE (or anything holding the table exclusively) is waited for, not forever."""
    from incident_atlas.plugin.core.store import postgis_writer as postgis_import

    source = fresh(postgis, "table_locked")
    import_incidents(ImportOptions(source=write_acled(tmp_path / "a.csv", [acled_row("T1")]), output=source))
    monkeypatch.setattr(postgis_import, "LOCK_TIMEOUT_S", 1.0)
    holder = source.connect()
    try:
        with holder.cursor() as cursor:
            cursor.execute("LOCK TABLE table_locked.incidents IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(IncidentImportError, match="is in the way"):
            import_incidents(ImportOptions(source=write_acled(tmp_path / "b.csv", [acled_row("T2")]), output=source))
    finally:
        holder.rollback()
        holder.close()
    assert scalar(source, "SELECT string_agg(event_id, ',') FROM table_locked.incidents") == "T1"


class _PausingFeedback(QgsFeedback):
    """Holds the import inside its transaction once it has merged, until released."""

    def __init__(self):
        super().__init__()
        self.paused = threading.Event()
        self.release = threading.Event()

    def setProgress(self, progress):  # noqa: N802 - QGIS's name
        super().setProgress(progress)
        if progress >= 92 and not self.paused.is_set():
            self.paused.set()
            self.release.wait(60)


def test_layers_open_in_qgis_and_an_import_do_not_block_each_other(postgis, sample_gpkg, tmp_path):
    from qgis.core import QgsVectorLayer

    source = sample_in_postgis(sample_gpkg, postgis, "shared_open")
    before = scalar(source, "SELECT count(*) FROM shared_open.incidents")
    incidents = QgsVectorLayer(source.layer_uri("incidents"), "incidents", "postgres")
    assert incidents.isValid()
    # An analyst's open attribute table: a provider cursor left open in its transaction.
    reading = incidents.getFeatures()
    assert next(reading).isValid()
    # This import runs to its end while that cursor is open (its locks time out in 30 s, never hang).
    first = import_incidents(ImportOptions(source=write_acled(tmp_path / "a.csv", [acled_row("OPEN1")]), output=source))
    assert first.inserted == 1
    # And the other way round: an import holding its transaction open does not stop QGIS reading.
    feedback = _PausingFeedback()
    outcome = {}

    def run():
        try:
            outcome["result"] = import_incidents(
                ImportOptions(source=write_acled(tmp_path / "b.csv", [acled_row("OPEN2")]), output=source),
                feedback,
            )
        except Exception as error:  # reported below
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    try:
        assert feedback.paused.wait(60), outcome
        with source.connect() as db, db.cursor() as cursor:
            cursor.execute(
                "SELECT DISTINCT a.application_name FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                "WHERE l.locktype = 'advisory' AND l.granted"
            )
            assert cursor.fetchall() == [("Incident Atlas",)]  # a DBA sees who holds the lock
        opened = QgsVectorLayer(source.layer_uri("incidents"), "again", "postgres")
        assert opened.isValid()
        assert sum(1 for _ in opened.getFeatures()) == before + 1  # the state before this import
        assert sum(1 for _ in reading) == before - 1  # the open cursor reads on
    finally:
        feedback.release.set()
        thread.join(60)
    assert "error" not in outcome, outcome
    assert outcome["result"].inserted == 1
    assert scalar(source, "SELECT count(*) FROM shared_open.incidents") == before + 2


def test_a_reader_sees_the_old_or_the_new_state_never_half(postgis, tmp_path):
    sys.path.insert(0, str(REPO_ROOT / "tests" / "bench"))
    from synthetic_csv import write_acled_like

    source = fresh(postgis, "readers")
    big = write_acled_like(tmp_path / "big.csv", 40_000)
    seen = set()
    with _import_process(big, source, source.connection_uri().uri(False), tmp_path / "settings") as process:
        deadline = time.monotonic() + 300
        while process.poll() is None and time.monotonic() < deadline:
            try:
                seen.add(queries.summary(source, IncidentFilter()).incidents)
            except Exception:  # before the first import commits, the schema does not exist yet
                seen.add(0)
            time.sleep(0.05)
        _, err = process.communicate(timeout=max(deadline - time.monotonic(), 0.1))
    assert process.returncode == 0, err[-2000:]
    final = queries.summary(source, IncidentFilter()).incidents
    seen.add(final)
    assert final > 30_000
    assert seen <= {0, final}, sorted(seen)
    assert len(seen) == 2  # the reader really ran while the import did


def test_no_password_in_layer_sources_projects_or_logs(postgis, tmp_path, qgis_new_project):
    """A connection with its password in a QGIS authentication configuration: the project and the
    message log never hold the password, yet the plugin connects and QGIS opens the layers."""
    from incident_atlas.plugin.core.project.layers import open_incident_source
    from qgis.core import QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

    secret = "s3cret-Pa55word"
    manager = QgsApplication.authManager()
    manager.setMasterPassword("incident-atlas-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("incident atlas test login")
    config.setConfig("username", "postgres")
    config.setConfig("password", secret)
    ok = manager.storeAuthenticationConfig(config)
    assert (ok[0] if isinstance(ok, tuple) else ok) and config.id()
    plain = PostgresSource(postgis, "x").connection_uri()
    uri = QgsDataSourceUri()
    uri.setConnection(
        plain.host(), plain.port(), plain.database(), "", "", QgsDataSourceUri.SslMode.SslPrefer, config.id()
    )
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), "team database")

    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, *_: logged.append(message))
    source = PostgresSource("team database", "team")
    with source.connect() as db, db.cursor() as cursor:  # credentials resolved from the auth config
        cursor.execute('DROP SCHEMA IF EXISTS "team" CASCADE')
        cursor.execute("SELECT current_user")
        assert cursor.fetchone()[0] == "postgres"
    import_incidents(ImportOptions(source=write_acled(tmp_path / "a.csv", [acled_row("IRQ1")]), output=source))
    open_incident_source(source)
    layers = list(QgsProject.instance().mapLayers().values())
    assert layers and all(layer.isValid() for layer in layers)
    assert all(f"authcfg={config.id()}" in layer.source() and secret not in layer.source() for layer in layers)
    project_file = tmp_path / "team.qgs"
    assert QgsProject.instance().write(str(project_file))
    assert secret not in project_file.read_text(encoding="utf-8")
    assert logged and not any(secret in message for message in logged)


def test_processing_algorithms_on_postgis(plugin, postgis, sample_gpkg, tmp_path):
    """importincidents into a schema, then countbyprovince and exportmap read it: counted on the server."""
    import processing
    from qgis.core import QgsVectorLayer

    fresh(postgis, "processing")
    imported = processing.run(
        "incidentatlas:importincidents",
        {"INPUT": str(sample_gpkg.with_suffix(".csv")), "DATABASE": postgis, "SCHEMA": "processing"},
    )
    assert imported["OUTPUT"] == f"postgres:{postgis}/processing"
    assert imported["IMPORTED"] == queries.summary(GeoPackageSource(sample_gpkg), IncidentFilter()).incidents
    isis_q1 = {"ACTORS": "ISIS", "ACTOR_ROLE": 1, "DATE_FROM": "2020-01-01", "DATE_TO": "2020-03-31"}
    counted = {}
    for name, where in (("pg", {"DATABASE": postgis, "SCHEMA": "processing"}), ("gpkg", {"INPUT": str(sample_gpkg)})):
        output = tmp_path / f"counts-{name}.gpkg"
        processing.run("incidentatlas:countbyprovince", {**where, **isis_q1, "OUTPUT": str(output)})
        layer = QgsVectorLayer(str(output), "counts", "ogr")
        counted[name] = {f["name"]: (f["incidents"], f["fatalities"]) for f in layer.getFeatures()}
    assert counted["pg"] == counted["gpkg"] and counted["pg"]["Diyala"][0] == 80
    pdf = tmp_path / "map.pdf"
    processing.run(
        "incidentatlas:exportmap", {"DATABASE": postgis, "SCHEMA": "processing", **isis_q1, "OUTPUT": str(pdf)}
    )
    from pypdf import PdfReader

    assert "ISIS attacks by governorate" in " ".join(PdfReader(pdf).pages[0].extract_text().split())


def test_dock_opens_a_schema_chosen_in_the_postgis_dialog(plugin, postgis, sample_gpkg, qgis_new_project):
    from conftest import sample_in_postgis
    from helpers import settle
    from incident_atlas.plugin.gui.postgis_dialog import PostgisSourceDialog

    sample_in_postgis(sample_gpkg, postgis, "dialog_sample")
    dialog = PostgisSourceDialog()
    dialog.connection.setConnection(postgis)
    dialog.schema.setSchema("dialog_sample")
    assert dialog.source() == PostgresSource(postgis, "dialog_sample")
    dock = plugin.dock
    assert dock.open_source(dialog.source())
    settle(dock)
    assert dock.source_combo.currentText() == f"{postgis} › dialog_sample"
    assert dock.session.layer.providerType() == "postgres"
    assert dock.summary_label.text() == queries.summary(GeoPackageSource(sample_gpkg), IncidentFilter()).text()


def test_a_schema_1_postgis_schema_upgrades_with_nothing_lost(postgis, tmp_path):
    """A schema-1 schema is today's schema without what later versions added (added columns come last)."""
    from incident_atlas.plugin.core.store.schema import ADDED_IN, SCHEMA_VERSION

    source = fresh(postgis, "old_schema")
    csv = Path(__file__).resolve().parent / "data" / "v1" / "acled-iraq.csv"
    import_incidents(ImportOptions(source=csv, output=source))
    with source.connect() as db, db.cursor() as cursor:
        for table, columns in ((t, c) for added in ADDED_IN.values() for t, c in added.items()):
            for column in columns:
                cursor.execute(f'ALTER TABLE old_schema.{table} DROP COLUMN "{column}"')
        cursor.execute("UPDATE old_schema.incident_atlas_meta SET value = '1' WHERE key = 'schema_version'")
    hashes = "SELECT string_agg(event_id || ':' || content_hash, ',' ORDER BY event_id) FROM old_schema.incidents"
    before = scalar(source, hashes)

    assert source.upgrade() == 1
    assert scalar(source, "SELECT value FROM old_schema.incident_atlas_meta WHERE key = 'schema_version'") == str(
        SCHEMA_VERSION
    )
    assert scalar(source, hashes) == before
    assert scalar(source, "SELECT string_agg(DISTINCT province_method, ',') FROM old_schema.incidents") == "point"
    assert source.upgrade() is None
    again = import_incidents(ImportOptions(source=csv, output=source))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, again.rows_read - again.rejected)


def test_aggregated_data_counts_the_same_on_postgis(postgis, tmp_path):
    from test_aggregated import aggregated_csv

    source = fresh(postgis, "aggregated")
    csv = aggregated_csv(tmp_path / "agg.csv")
    import_incidents(ImportOptions(source=csv, output=source))
    gpkg = import_incidents(ImportOptions(source=csv, output=tmp_path / "agg.gpkg")).output
    every = IncidentFilter()
    assert queries.summary(source, every) == queries.summary(GeoPackageSource(gpkg), every)
    assert queries.count_by_province(source, every) == queries.count_by_province(GeoPackageSource(gpkg), every)
    assert queries.summary(source, every).incidents == 39
