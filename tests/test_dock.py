"""The dock driven like an analyst would: check actors, pick dates, read the layer and summary."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SOURCE_KINDS, sample_source_for
from helpers import choose_isis, item, province_id, settle
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
from incident_atlas.plugin.core.store import queries
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt
from sample_data import build_sample_geopackage


@pytest.fixture(scope="module", params=SOURCE_KINDS)
def sample_source(request, sample_gpkg):
    """The same incidents in a GeoPackage and in PostGIS: every dock test runs on both."""
    return sample_source_for(request, sample_gpkg, "dock_sample")


@pytest.fixture()
def dock(plugin, sample_source, qgis_new_project):
    QgsProject.instance().clear()  # also drops the filters earlier tests stored in the project
    assert plugin.dock.open_source(sample_source)
    assert plugin.dock.session.layer.providerType() == sample_source.provider  # the database as it is
    settle(plugin.dock)
    return plugin.dock


@pytest.fixture()
def gpkg_dock(plugin, sample_gpkg, qgis_new_project):
    """For what only files have: other GeoPackages beside it, drag and drop, not-a-GeoPackage."""
    QgsProject.instance().clear()
    assert plugin.dock.open_geopackage(sample_gpkg)
    settle(plugin.dock)
    return plugin.dock


def test_opening_fills_the_dock(dock, sample_gpkg):
    assert dock.source_combo.count() == 1
    assert dock.session is not None
    total = queries.summary(sample_gpkg, IncidentFilter())
    assert dock.summary_label.text() == total.text()
    assert dock.session.layer.subsetString() == ""
    values = [i.data(Qt.ItemDataRole.UserRole) for i in dock.actors.list.items()]
    assert values[0] == "ISIS"  # the alias group, with the most incidents, comes first
    assert "Islamic State (Iraq)" in values
    assert "Battles" in [i.data(Qt.ItemDataRole.UserRole) for i in dock.event_types.items()]


def test_checking_an_alias_group_filters_layer_summary_and_counts(dock, sample_gpkg):
    layer = dock.session.layer
    item(dock.actors.list, "ISIS").setCheckState(Qt.CheckState.Checked)
    dock.actors.role.setCurrentIndex(dock.actors.role.findData("primary"))
    dock.dates.date_from.setDate(QDate(2020, 1, 1))
    dock.dates.date_to.setDate(QDate(2020, 3, 31))
    settle(dock)
    assert dock.dates.preset.currentData() == "custom"
    subset = layer.subsetString()
    assert "'Islamic State (Iraq)'" in subset and "\"event_date\" >= '2020-01-01'" in subset
    assert sum(1 for _ in layer.getFeatures()) == 250  # featureCount() is -1 until counted
    assert dock.summary_label.text().startswith("250 incidents · ")
    expected = IncidentFilter(
        actors=("ISIS",),
        actor_role="primary",
        date_from=date(2020, 1, 1),
        date_to=date(2020, 3, 31),
        alias_groups=DEFAULT_ALIAS_GROUPS,
    )
    assert dock.summary_label.text() == queries.summary(sample_gpkg, expected).text()
    # Facet counts follow the other filters: the other group still shows, with its Q1 count.
    assert item(dock.actors.list, "ISIS").checkState() == Qt.CheckState.Checked
    other_counts = dict(queries.actor_counts(sample_gpkg, expected))
    other = "Unidentified Armed Group (Iraq)"
    assert other_counts[other] > 0
    assert item(dock.actors.list, other).text() == f"{other}  ({other_counts[other]:,})"


def test_event_type_fatalities_and_precision(dock):
    layer = dock.session.layer
    item(dock.event_types, "Battles").setCheckState(Qt.CheckState.Checked)
    dock.numbers.fatalities_min.setValue(2)
    dock.numbers.fatalities_max.setValue(5)
    dock.numbers.geo_precision.setValue(1)
    settle(dock)
    subset = layer.subsetString()
    assert 'coalesce("fatalities", 0) <= 5' in subset
    assert "\"event_type\" IN ('Battles')" in subset
    assert 'coalesce("fatalities", 0) >= 2' in subset
    assert '"geo_precision" <= 1' in subset
    for feature in layer.getFeatures():
        assert feature["event_type"] == "Battles" and 2 <= feature["fatalities"] <= 5


def test_date_presets_follow_the_data_not_today(dock):
    dock.dates.choose("quarter")
    settle(dock)
    last = dock.session.last_date
    assert dock.dates.date_to.date().toString("yyyy-MM-dd") == last
    assert dock.dates.date_from.date() == QDate(2020, 4, 1)
    assert "'2020-04-01'" in dock.session.layer.subsetString()


def test_reset_clears_everything(dock):
    item(dock.actors.list, "ISIS").setCheckState(Qt.CheckState.Checked)
    dock.numbers.fatalities_min.setValue(5)
    settle(dock)
    assert dock.session.layer.subsetString() != ""
    dock.reset_button.click()
    settle(dock)
    assert dock.session.layer.subsetString() == ""
    assert dock.actors.selected() == ()


def test_removing_the_layers_empties_the_dock_without_errors(dock):
    QgsProject.instance().removeAllMapLayers()
    QCoreApplication.processEvents()
    assert dock.source_combo.count() == 0
    assert dock.session is None
    assert not dock.actors.isEnabled()
    # No counts of the removed file are left on show.
    assert dock.actors.list.count() == dock.event_types.count() == 0
    assert dock.dates.histogram.bins == [] and dock.summary_label.text() == ""


def test_a_source_without_a_stored_filter_starts_clean(gpkg_dock, tmp_path):
    dock = gpkg_dock
    """Widget state from one GeoPackage must not leak into another that has no stored filter."""
    item(dock.actors.list, "ISIS").setCheckState(Qt.CheckState.Checked)
    settle(dock)
    other = build_sample_geopackage(tmp_path / "fresh.gpkg", seed=5)
    assert dock.open_geopackage(other)
    settle(dock)
    assert dock.actors.selected() == ()
    assert dock.session.layer.subsetString() == ""


def test_switching_between_two_geopackages(gpkg_dock, tmp_path):
    dock = gpkg_dock
    other = build_sample_geopackage(tmp_path / "other.gpkg", seed=11)
    assert dock.open_geopackage(other)
    assert dock.source_combo.count() == 2
    assert dock.session.gpkg == other.resolve()
    dock.source_combo.setCurrentIndex(dock.source_combo.findText("iraq"))
    assert dock.session.gpkg.name == "iraq.gpkg"


def test_not_an_incident_geopackage_is_reported_not_raised(gpkg_dock, tmp_path):
    dock = gpkg_dock
    messages = []
    dock.notify = lambda text, level: messages.append(text)
    bogus = tmp_path / "bogus.gpkg"
    bogus.write_bytes(b"not sqlite")
    assert dock.open_geopackage(bogus) is False
    assert "not a GeoPackage" in messages[0]


def test_filter_survives_saving_and_reopening_the_project(dock, tmp_path):
    item(dock.actors.list, "ISIS").setCheckState(Qt.CheckState.Checked)
    dock.dates.date_from.setDate(QDate(2020, 1, 1))
    dock.dates.date_to.setDate(QDate(2020, 3, 31))
    dock.numbers.fatalities_min.setValue(1)
    settle(dock)
    subset, summary = dock.session.layer.subsetString(), dock.summary_label.text()
    project_file = tmp_path / "analysis.qgz"
    assert QgsProject.instance().write(str(project_file))

    QgsProject.instance().clear()
    QCoreApplication.processEvents()
    assert dock.session is None
    assert QgsProject.instance().read(str(project_file))
    settle(dock)
    assert dock.session is not None
    assert dock.session.layer.subsetString() == subset
    assert dock.summary_label.text() == summary
    assert item(dock.actors.list, "ISIS").checkState() == Qt.CheckState.Checked
    assert dock.numbers.fatalities_min.value() == 1
    assert dock.dates.date_from.date() == QDate(2020, 1, 1)


def test_map_choices_survive_saving_and_reopening_the_project(dock, tmp_path):
    """Fatalities, quantile, 4 classes: reopened, the Map section and the map are as they were."""
    section = dock.map
    section.measure.setCurrentIndex(section.measure.findData("fatalities"))
    section.method.setCurrentIndex(section.method.findData("quantile"))
    section.classes.setValue(4)
    section.ramp.setCurrentIndex(section.ramp.findData("Purples"))
    settle(dock)
    renderer = dock.provinces_layer().renderer()
    ranges = [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()]
    project_file = tmp_path / "map.qgz"
    assert QgsProject.instance().write(str(project_file))

    QgsProject.instance().clear()
    QCoreApplication.processEvents()
    section.measure.setCurrentIndex(0)  # what the widgets show now must not matter
    section.classes.setValue(5)
    assert QgsProject.instance().read(str(project_file))
    settle(dock)
    assert dock.session is not None
    assert (section.measure.currentData(), section.method.currentData()) == ("fatalities", "quantile")
    assert (section.classes.value(), section.ramp.currentData()) == (4, "Purples")
    reopened = dock.provinces_layer().renderer()
    assert [(r.lowerValue(), r.upperValue()) for r in reopened.ranges()] == ranges


def test_presets_save_load_delete_and_share(dock, tmp_path):
    item(dock.event_types, "Battles").setCheckState(Qt.CheckState.Checked)
    settle(dock)
    dock.save_preset("Battles only")
    battles_subset = dock.session.layer.subsetString()
    dock.reset()
    settle(dock)
    assert dock.session.layer.subsetString() == ""
    dock.load_preset("Battles only")
    assert dock.session.layer.subsetString() == battles_subset
    assert [dock.presets.combo.itemText(i) for i in range(dock.presets.combo.count())][1:] == ["Battles only"]

    shared = tmp_path / "team-presets.json"
    dock.export_presets(shared)
    dock.delete_preset("Battles only")
    assert dock.presets.combo.count() == 1
    assert dock.import_presets(shared) == ["Battles only"]
    dock.load_preset("Battles only")
    assert dock.session.layer.subsetString() == battles_subset
    # Presets travel with the project file.
    project_file = tmp_path / "with-presets.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    QCoreApplication.processEvents()
    assert dock.presets.combo.count() == 1
    assert QgsProject.instance().read(str(project_file))
    settle(dock)
    assert [dock.presets.combo.itemText(i) for i in range(dock.presets.combo.count())][1:] == ["Battles only"]
    not_presets = tmp_path / "other.json"
    not_presets.write_text('{"hello": 1}')
    with pytest.raises(ValueError, match="no Incident Atlas filter presets"):
        dock.import_presets(not_presets)


def test_presets_keep_the_map_section_and_share_it(dock, tmp_path):
    """Fatalities by quantile in 4 classes, saved with the filter: loading the preset draws that map."""
    section = dock.map
    item(dock.event_types, "Battles").setCheckState(Qt.CheckState.Checked)
    section.measure.setCurrentIndex(section.measure.findData("fatalities"))
    section.method.setCurrentIndex(section.method.findData("quantile"))
    section.classes.setValue(4)
    settle(dock)
    labels = [r.label() for r in dock.provinces_layer().renderer().ranges()]
    assert labels[0].startswith("No fatalities")
    dock.save_preset("Battle deaths")
    dock.reset()
    section.measure.setCurrentIndex(section.measure.findData("incidents"))
    section.method.setCurrentIndex(section.method.findData("jenks"))
    section.classes.setValue(5)
    settle(dock)

    dock.load_preset("Battle deaths")
    settle(dock)
    assert (section.measure.currentData(), section.method.currentData(), section.classes.value()) == (
        "fatalities",
        "quantile",
        4,
    )
    assert [r.label() for r in dock.provinces_layer().renderer().ranges()] == labels

    shared = tmp_path / "presets.json"
    dock.export_presets(shared)
    assert '"measure": "fatalities"' in shared.read_text(encoding="utf-8")
    dock.delete_preset("Battle deaths")
    section.measure.setCurrentIndex(section.measure.findData("incidents"))
    settle(dock)
    assert dock.import_presets(shared) == ["Battle deaths"]
    dock.load_preset("Battle deaths")
    settle(dock)
    assert section.measure.currentData() == "fatalities"
    # A presets file of the first version (filters only) still imports, and leaves the map as it is.
    import json

    old = json.loads(shared.read_text(encoding="utf-8"))
    del old["maps"]
    old_file = tmp_path / "old.json"
    old_file.write_text(json.dumps(old), encoding="utf-8")
    section.measure.setCurrentIndex(section.measure.findData("incidents"))
    assert dock.import_presets(old_file) == ["Battle deaths"]
    dock.load_preset("Battle deaths")
    settle(dock)
    assert section.measure.currentData() == "incidents"


def test_counts_come_from_a_worker_and_stale_ones_are_dropped(dock, sample_gpkg, monkeypatch):
    import threading

    threads = []
    original = dock.session.facets

    def recording_facets(incident_filter, trend=None, hot_spots=None):
        threads.append(threading.current_thread().name)
        return original(incident_filter, trend, hot_spots)

    monkeypatch.setattr(dock.session, "facets", recording_facets)
    dock.numbers.fatalities_min.setValue(3)
    dock.apply_filter()
    assert dock.facets_pending() and dock.summary_label.text() == "Counting…"
    dock.numbers.fatalities_min.setValue(0)
    dock.apply_filter()  # overtakes the first request
    settle(dock)
    assert threads and all(name.startswith("incident-atlas-facets") for name in threads)
    assert dock.summary_label.text() == queries.summary(sample_gpkg, IncidentFilter()).text()


def test_dropping_an_incident_geopackage_opens_it(plugin, sample_gpkg, tmp_path, qgis_new_project):
    QgsProject.instance().clear()
    plain = tmp_path / "plain.gpkg"
    plain.write_bytes(b"")
    assert plugin.drop_handler.handleFileDrop(str(plain)) is False  # QGIS handles it as usual
    assert plugin.drop_handler.handleFileDrop(str(tmp_path / "notes.csv")) is False
    assert plugin.drop_handler.handleFileDrop(str(sample_gpkg)) is True
    settle(plugin.dock)
    assert plugin.dock.session.gpkg == sample_gpkg.resolve()
    assert not plugin.dock.isHidden()  # the dock comes up to show what was dropped


def test_histogram_counts_and_drag_selects_a_range(dock, sample_gpkg):
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtTest import QTest

    histogram = dock.dates.histogram
    unit, bins = queries.date_histogram(sample_gpkg, dock.current_filter())
    assert unit == "month"
    assert sum(n for _, n in bins) == queries.summary(sample_gpkg, IncidentFilter()).incidents
    assert [day for day, _ in bins][:4] == ["2019-10-01", "2019-11-01", "2019-12-01", "2020-01-01"]
    assert len(histogram.bins) == len(bins)
    histogram.resize(600, 50)
    step = 600 / len(bins)
    QTest.mousePress(histogram, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(int(step * 3.5), 25))
    QTest.mouseMove(histogram, QPoint(int(step * 5.5), 25))
    QTest.mouseRelease(
        histogram, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(int(step * 5.5), 25)
    )
    settle(dock)
    assert dock.dates.preset.currentData() == "custom"
    assert dock.dates.range() == (date(2020, 1, 1), date(2020, 3, 31))
    assert "\"event_date\" <= '2020-03-31'" in dock.session.layer.subsetString()
    assert histogram.selection == (3, 5)


def test_temporal_controller_and_dock_follow_each_other(plugin, dock):
    from incident_atlas.plugin.gui.temporal_sync import range_of
    from qgis.core import QgsInterval, QgsTemporalNavigationObject

    canvas = plugin.iface.mapCanvas()
    controller = QgsTemporalNavigationObject()
    canvas.setTemporalController(controller)
    dock.dates.follow_temporal.setChecked(True)
    assert plugin.temporal_sync.controller is controller
    # The dock's range (all dates) became the controller's extent.
    assert controller.temporalExtents().begin().date() == QDate(2019, 10, 1)

    controller.setTemporalExtents(range_of(date(2020, 1, 1), date(2020, 3, 31)))
    controller.setFrameDuration(QgsInterval(7 * 86400))
    controller.setCurrentFrameNumber(2)  # the third week: 15-21 January
    settle(dock)
    assert dock.dates.range() == (date(2020, 1, 15), date(2020, 1, 21))
    assert "'2020-01-21'" in dock.session.layer.subsetString()

    dock.dates.date_from.setDate(QDate(2020, 2, 1))  # the analyst edits: the controller follows
    settle(dock)
    assert controller.temporalExtents().begin().date() == QDate(2020, 2, 1)

    dock.dates.follow_temporal.setChecked(False)
    controller.setCurrentFrameNumber(0)
    settle(dock)
    assert dock.dates.range()[0] == date(2020, 2, 1)  # unlinked: frames no longer move the dock
    canvas.setTemporalController(None)


def test_an_error_in_a_slot_is_shown_not_raised(gpkg_dock, monkeypatch):
    """A source that fails to open (say, a database that went away) must not raise into QGIS."""
    from incident_atlas.plugin.gui import dock as dock_module

    messages = []
    gpkg_dock.notify = lambda text, level: messages.append(text)

    def broken(*_args, **_kwargs):
        raise ConnectionError("server closed the connection unexpectedly")

    monkeypatch.setattr(dock_module, "FilterSession", broken)
    gpkg_dock.source_combo.currentIndexChanged.emit(0)  # as Qt calls it
    gpkg_dock.refresh_sources(force=True)
    assert messages and all("server closed the connection unexpectedly" in m for m in messages)
    gpkg_dock.actors.role.setCurrentIndex(2)
    before = len(messages)
    gpkg_dock.reset_button.clicked.emit(False)  # clicked passes `checked`: dropped, no TypeError
    assert gpkg_dock.actors.role.currentIndex() == 0  # the reset ran
    assert not any("TypeError" in m for m in messages[before:])


def test_trend_table_follows_the_filter_and_a_click_filters_the_map(dock):
    """ISIS, Q2 2020 against Q1: every province listed, most incidents first, a click focuses one."""
    choose_isis(dock, QDate(2020, 4, 1), QDate(2020, 6, 30))
    table = dock.trend.table
    assert table.rowCount() == 18  # every province, zeros too
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows[0][:4] == ["Diyala", "64", "80", "-20 %"] and rows[0][4] == ""  # not significant: no mark
    assert len(rows[0][5].strip("\u2066\u2069")) == 12  # twelve weeks in the sparkline
    assert "not significant" in table.item(0, 0).toolTip()
    sentences = dock.trend.sentences()
    assert sentences[0].startswith("Diyala: 64 incidents from 1 Apr 2020 to 30 Jun 2020")
    spans = dock.trend.overview.spans
    since = dock.session.filter.with_changes(date_from=spans[0].start)
    assert len(dock.trend.chart.values) == 12
    assert sum(dock.trend.chart.values) == queries.summary(dock.session.source, since).incidents > 0

    table.cellClicked.emit(0, 0)  # as Qt calls it when the analyst clicks Diyala
    settle(dock)
    diyala = province_id(dock.session.source, "Diyala")
    assert f'"province_id" IN ({diyala})' in dock.session.layer.subsetString()
    assert dock.summary_label.text().startswith("64 incidents")
    assert dock.trend.table.rowCount() == 18  # the table still lists every province
    assert set(dock.last_facets.provinces) == {diyala}  # the map shows the focused province
    assert "provinces Diyala" in dock.map_texts().provenance  # a layout names it, not its id
    dock.trend.table.cellClicked.emit(0, 0)  # again: every province
    settle(dock)
    assert "province_id" not in dock.session.layer.subsetString()

    dock.trend.baseline.setCurrentIndex(dock.trend.baseline.findData("last_year"))
    settle(dock)  # the data does not reach 2019: nothing tested, and the section says why not
    assert dock.trend.table.item(0, 2).text() == "–"
    assert "does not reach back" in dock.trend.table.item(0, 0).toolTip()


def test_trend_table_marks_isis_rising_in_diyala_in_q1_2020(dock):
    """The seed's question in the dock: Diyala on top, 80 against 41, the only significant change."""
    choose_isis(dock, QDate(2020, 1, 1), QDate(2020, 3, 31))
    table = dock.trend.table
    marked = [r for r in range(table.rowCount()) if table.item(r, 4).text()]
    assert [table.item(0, c).text() for c in range(5)] == ["Diyala", "80", "41", "+95 %", "▲"]
    assert marked == [0] and table.item(0, 4).toolTip().startswith("p = 0.000499, q = ")
    assert dock.trend.sentences()[0].endswith("up from 41 in the previous 91 days (+95 %, significant)")


def test_trend_section_asks_for_a_date_range(dock):
    dock.dates.choose("all")
    settle(dock)
    assert dock.trend.table.rowCount() == 0
    assert "date range" in dock.trend.message.text()


def test_many_incidents_show_their_dots_only_when_zoomed_in(gpkg_dock, monkeypatch):
    from incident_atlas.plugin.core.maps import layout, styles

    monkeypatch.setattr(styles, "SCREEN_DENSE_INCIDENTS", 100)  # the sample's 250 count as many
    layer = gpkg_dock.session.layer
    assert not layer.hasScaleBasedVisibility()
    gpkg_dock.apply_filter()
    settle(gpkg_dock)
    assert layer.hasScaleBasedVisibility() and layer.minimumScale() == styles.DENSE_SMALLEST_SCALE
    assert "zoomed in" in gpkg_dock.summary_label.toolTip()
    assert not layout.heatmap_copy(layer).hasScaleBasedVisibility()  # a layout draws them all
    gpkg_dock.actors.list.set_checked(["Peshmerga"])  # a few: every dot again, the analyst's own settings back
    settle(gpkg_dock)
    assert gpkg_dock.last_facets.summary.incidents <= 100
    assert not layer.hasScaleBasedVisibility() and gpkg_dock.summary_label.toolTip() == ""


def test_the_actor_search_holds_across_recounts_and_preset_loads(gpkg_dock):
    dock = gpkg_dock

    def shown():
        return [i.data(Qt.ItemDataRole.UserRole) for i in dock.actors.list.items() if not i.isHidden()]

    dock.actors.search.setText("IS")
    assert shown() and all("is" in value.casefold() for value in shown())
    dock.dates.date_from.setDate(QDate(2020, 1, 1))  # a recount rebuilds the list
    settle(dock)
    assert shown() and all("is" in value.casefold() for value in shown())
    assert "Peshmerga" not in shown() and "Peshmerga" in [
        i.data(Qt.ItemDataRole.UserRole) for i in dock.actors.list.items()
    ]
    dock.set_filter(IncidentFilter(actors=("ISIS",)))  # as a preset load does
    settle(dock)
    assert shown() and all("is" in value.casefold() for value in shown())
    dock.actors.search.clear()
    assert "Peshmerga" in shown()


def test_the_layers_count_their_features_once_the_dock_filters_them(gpkg_dock, sample_gpkg):
    """The attribute table and the layer tree ask for a layer's count: it must not fail once the dock holds
    the GeoPackage in WAL (test_column_cache has why)."""
    incidents, provinces = gpkg_dock.session.layer, gpkg_dock.provinces_layer()
    assert incidents.featureCount() == queries.summary(sample_gpkg, IncidentFilter(count_once=False)).incidents
    assert provinces.featureCount() == len(list(provinces.getFeatures())) > 0
