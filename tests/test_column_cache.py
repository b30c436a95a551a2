"""The dock's columns cached on disk between sessions: used while the GeoPackage is unchanged, stale
after an import, an update, an edit in QGIS or a schema upgrade, and never wrong."""

from __future__ import annotations

import gc
import os
import shutil
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.store import column_encoding, column_source, column_store, queries
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
from incident_atlas.plugin.core.store.geopackage_schema import connect
from qgis.core import QgsVectorLayer
from source_files import acled_row, write_acled

HERE = Path(__file__).resolve().parent


@pytest.fixture()
def gpkg(tmp_path):
    rows = [acled_row(f"IRQ{i}", ("Baqubah", "Ramadi", "Mosul")[i % 3], fatalities=i % 4) for i in range(30)]
    return import_incidents(
        ImportOptions(source=write_acled(tmp_path / "a.csv", rows), output=tmp_path / "a.gpkg")
    ).output


def test_a_second_session_reads_the_cache_memory_mapped(gpkg):
    first = column_store.load(gpkg)
    again = column_store.load(gpkg)
    assert (first.from_cache, again.from_cache) == (False, True)
    assert isinstance(again.day, np.memmap) and again.fatalities.dtype == np.int32
    every = IncidentFilter()
    assert again.summary(every) == first.summary(every) == queries.summary(gpkg, every)
    assert column_source.cache_folder(gpkg).parent == Path(os.environ["INCIDENT_ATLAS_CACHE_DIR"])


def test_opening_the_layers_in_qgis_leaves_the_cache_valid(gpkg):
    column_store.load(gpkg)
    layer = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    assert layer.isValid() and layer.featureCount() == 30
    sum(1 for _ in layer.getFeatures())
    del layer
    assert column_store.load(gpkg).from_cache


def test_subset_strings_set_in_qgis_leave_the_columns_current(gpkg):
    """QGIS rewrites the file's header at every subset string (it switches the journal to WAL and
    back); the dock's columns stay current, so a filter change does not read the file again while
    QGIS holds it (that race gave GDAL's "unable to open database file" in desktop sessions)."""
    columns = column_store.load(gpkg)
    touched = column_source.file_signature(gpkg)
    layer = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    for subset in ("fatalities > 1", "fatalities > 2", ""):
        assert layer.setSubsetString(subset)
        layer.featureCount()
    del layer
    assert column_source.file_signature(gpkg) != touched  # QGIS did write to the file
    assert columns.is_current()
    assert GeoPackageSource(gpkg).facet_counts(columns) is columns


def test_a_write_by_another_program_makes_the_columns_stale(gpkg):
    columns = column_store.load(gpkg)
    with closing(connect(gpkg)) as db:
        db.execute("UPDATE incidents SET fatalities = 77 WHERE fid = 1")
    assert not columns.is_current()
    assert column_store.load(gpkg).summary(IncidentFilter()) == queries.summary(gpkg, IncidentFilter())


def test_a_file_replaced_by_another_with_as_many_changes_is_read_again(gpkg, tmp_path):
    column_store.load(gpkg)
    rows = [acled_row(f"SYR{i}", "Mosul", fatalities=9) for i in range(30)]
    other = import_incidents(
        ImportOptions(source=write_acled(tmp_path / "b.csv", rows), output=tmp_path / "b.gpkg")
    ).output
    shutil.copy(other, gpkg)
    columns = column_store.load(gpkg)
    assert not columns.from_cache and columns.summary(IncidentFilter()).fatalities == 270


def test_an_import_makes_the_cache_stale(gpkg, tmp_path):
    column_store.load(gpkg)
    more = write_acled(tmp_path / "more.csv", [acled_row(f"NEW{i}") for i in range(5)])
    import_incidents(ImportOptions(source=more, output=gpkg))
    columns = column_store.load(gpkg)
    assert not columns.from_cache and columns.summary(IncidentFilter()).incidents == 35
    assert column_store.load(gpkg).from_cache


def test_an_update_of_changed_events_makes_the_cache_stale(gpkg, tmp_path):
    column_store.load(gpkg)
    changed = [acled_row(f"IRQ{i}", ("Baqubah", "Ramadi", "Mosul")[i % 3], fatalities=50) for i in range(30)]
    result = import_incidents(ImportOptions(source=write_acled(tmp_path / "changed.csv", changed), output=gpkg))
    assert result.updated == 30
    columns = column_store.load(gpkg)
    assert not columns.from_cache and columns.summary(IncidentFilter()).fatalities == 1500


def test_an_edit_in_qgis_makes_the_cache_stale(gpkg):
    column_store.load(gpkg)
    layer = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("fatalities"), 1000)
    assert layer.commitChanges()
    del layer
    columns = column_store.load(gpkg)
    assert not columns.from_cache
    assert columns.summary(IncidentFilter()) == queries.summary(gpkg, IncidentFilter())
    assert columns.summary(IncidentFilter()).fatalities >= 1000


def test_a_schema_upgrade_makes_the_cache_stale(tmp_path):
    old = tmp_path / "old.gpkg"
    shutil.copy(HERE / "data" / "v1" / "acled-iraq-schema1.gpkg", old)
    before = column_source.data_version(old)
    column_source.save_cache(old, before, {"event_date": np.zeros(1, np.int32)}, {})
    assert column_source.load_cached(old) is not None
    assert GeoPackageSource(old).upgrade() == 1
    assert column_source.load_cached(old) is None
    columns = column_store.load(old)
    assert not columns.from_cache
    assert columns.summary(IncidentFilter()) == queries.summary(old, IncidentFilter())


def test_a_cache_that_cannot_be_written_only_costs_a_read(gpkg, monkeypatch, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("INCIDENT_ATLAS_CACHE_DIR", str(blocked))
    first, second = column_store.load(gpkg), column_store.load(gpkg)
    assert (first.from_cache, second.from_cache) == (False, False)
    assert second.summary(IncidentFilter()).incidents == 30


def test_caches_of_gone_geopackages_and_the_least_recently_used_beyond_the_budget_are_pruned(tmp_path, monkeypatch):
    base = tmp_path / "cache"
    monkeypatch.setenv("INCIDENT_ATLAS_CACHE_DIR", str(base))
    source = write_acled(tmp_path / "a.csv", [acled_row(f"IRQ{i}") for i in range(20)])
    stores = [import_incidents(ImportOptions(source=source, output=tmp_path / f"{n}.gpkg")).output for n in "abcd"]
    for age, store in enumerate(stores):
        column_store.load(store)
        meta = column_source.cache_folder(store) / "meta.json"
        os.utime(meta, (1_000_000 + age, 1_000_000 + age))  # a used first, d last
    assert all(column_source.cache_folder(s).is_dir() for s in stores)
    stores[1].unlink()  # b's GeoPackage is gone
    column_store.load(stores[0])  # a is used again: now the most recent
    one = sum(f.stat().st_size for f in column_source.cache_folder(stores[0]).iterdir())
    removed = column_source.prune_caches(base, keep=column_source.cache_folder(stores[3]), budget=2 * one)
    # b is gone; of a, c and d (d kept) the budget holds two: c, the least recently used, goes.
    assert removed == [column_source.cache_folder(stores[1]), column_source.cache_folder(stores[2])]
    assert column_source.cache_folder(stores[0]).is_dir() and column_source.cache_folder(stores[3]).is_dir()
    assert column_store.load(stores[0]).from_cache


def test_saving_a_cache_prunes_those_of_gone_geopackages(tmp_path, monkeypatch):
    base = tmp_path / "cache"
    monkeypatch.setenv("INCIDENT_ATLAS_CACHE_DIR", str(base))
    source = write_acled(tmp_path / "a.csv", [acled_row(f"IRQ{i}") for i in range(5)])
    old = import_incidents(ImportOptions(source=source, output=tmp_path / "old.gpkg")).output
    column_store.load(old)
    old.unlink()
    new = import_incidents(ImportOptions(source=source, output=tmp_path / "new.gpkg")).output
    column_store.load(new)
    assert [p.name for p in base.iterdir()] == [column_source.cache_folder(new).name]


def test_fields_are_packed_into_words_and_a_field_too_wide_gets_one_of_its_own():
    ranges = [(0, 0), (-1, 6), (0, 2**40), (5, 5 + 2**30), (-(2**62), 2**62), (0, 1)]
    words = column_encoding.pack(ranges)
    assert words == [[(0, 0, 0, 0), (1, 0, 3, -1), (2, 3, 41, 0)], [(4, 0, 64, 0)], [(3, 0, 31, 5), (5, 31, 1, 0)]]
    assert all(sum(bits for _, _, bits, _ in word) <= column_encoding.WORD_BITS for word in words if len(word) > 1)


def test_unusual_cells_null_numbers_huge_groups_unreadable_dates_and_quoted_names(gpkg):
    from contextlib import closing

    from incident_atlas.plugin.core.store.geopackage_schema import connect

    with closing(connect(gpkg)) as db:  # QGIS's GeoPackage functions, for the R-tree's triggers
        db.execute("UPDATE incidents SET fatalities = NULL, event_group = 2000000000000 WHERE fid = 1")
        db.execute("UPDATE incidents SET event_date = 'not a date', actor1 = NULL WHERE fid = 2")
        db.execute("UPDATE incidents SET actor1 = 'Ḥamās \"quoted\" ''x''' WHERE fid = 3")
    arrays, values = column_source.read_columns(gpkg)
    assert arrays["fatalities"][0] == 0 and arrays["event_group"][0] == 2_000_000_000_000
    assert arrays["event_date"][1] == 0 and arrays["actor1"][1] == column_encoding.NULL_CODE
    assert values["actor1"][arrays["actor1"][2]] == "Ḥamās \"quoted\" 'x'"
    with closing(connect(gpkg)) as db:
        expected = [
            row[0] for row in db.execute("SELECT julianday(event_date) - 2440587.5 FROM incidents WHERE fid > 2")
        ]
    assert arrays["event_date"][2:].tolist() == [int(day) for day in expected]


def header(path) -> tuple[str, int]:
    """The file's journal ("wal" or "rollback", from its format bytes) and its change counter."""
    with open(path, "rb") as handle:
        head = handle.read(100)
    return ("wal" if head[18] == 2 else "rollback"), int.from_bytes(head[24:28], "big")


def test_a_filter_session_keeps_the_geopackage_in_wal_while_qgis_filters_it(gpkg):
    """QGIS switches a GeoPackage to WAL for a subset string and back when its last handle closes; a
    read-only handle of another layer then met the file in WAL without its -wal ("unable to open
    database file" in desktop sessions). While a session is open the WAL files stay, nothing is
    switched (the header is not written at each filter change), and GDAL reports no error."""
    from incident_atlas.plugin.core.session.filter_session import FilterSession
    from osgeo import gdal

    errors = []
    provinces = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
    incidents = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    assert provinces.featureCount() > 0 and incidents.featureCount() == 30
    session = FilterSession(GeoPackageSource(gpkg), incidents)
    assert session.keeper.keeping
    journal, changes = header(gpkg)
    assert journal == "wal" and Path(f"{gpkg}-wal").exists() and Path(f"{gpkg}-shm").exists()
    gdal.PushErrorHandler(lambda level, number, message: errors.append(message))
    try:
        for least in (1, 2, 3, 0):
            session.apply(IncidentFilter(fatalities_min=least))
            kept = sum(1 for _ in incidents.getFeatures())
            assert kept == queries.summary(gpkg, IncidentFilter(fatalities_min=least)).incidents
            assert sum(1 for _ in provinces.getFeatures()) == provinces.featureCount()
            incidents.featureCount()
    finally:
        gdal.PopErrorHandler()
    assert errors == []
    assert header(gpkg) == ("wal", changes)  # no journal switched back and forth
    session.close()  # the layers stay in the analyst's project; QGIS switches back when it lets them go
    del session, provinces, incidents
    gc.collect()
    assert header(gpkg)[0] == "rollback" and not Path(f"{gpkg}-wal").exists()  # as QGIS leaves a GeoPackage


def test_layers_opened_before_the_session_still_count_their_features(gpkg):
    """A layer QGIS opened while the file was in a rollback journal failed to count its features once the
    session put the file in WAL ("unable to open database file", featureCount() -1: the attribute table's
    count, the layer tree's). The session opens the store's layers again when it switched the file."""
    from incident_atlas.plugin.core.session.filter_session import FilterSession
    from osgeo import gdal

    assert header(gpkg)[0] == "rollback"
    provinces = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
    incidents = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    errors = []
    gdal.PushErrorHandler(lambda level, number, message: errors.append(message))
    try:
        session = FilterSession(GeoPackageSource(gpkg), incidents, other_layers=[provinces])
        assert session.keeper.switched
        assert incidents.featureCount() == 30 and provinces.featureCount() == len(list(provinces.getFeatures())) > 0
    finally:
        gdal.PopErrorHandler()
    assert errors == []
    session.close()
