"""An analyst's own file: the mapping guessed from its header, corrected in the dock's dialog, saved by
name, and imported as Processing's MAPPING would import it."""

from __future__ import annotations

import sqlite3

import pytest
from incident_atlas.plugin.core.ingest.formats import ColumnMapping
from incident_atlas.plugin.core.ingest.mapping_guess import guess_date_format, guess_mapping
from incident_atlas.plugin.core.settings import PluginSettings
from incident_atlas.plugin.gui.import_action import ImportController
from incident_atlas.plugin.gui.mapping_dialog import ColumnMappingDialog
from qgis.PyQt.QtWidgets import QDialogButtonBox
from source_files import write_csv
from test_import_task import wait_for

HEADER = ["Ref", "Datum", "Lat", "Lon", "Perpetrator", "Killed", "Governorate", "Unused"]
ROWS = [
    ["X-1", "02/01/2020", "33.75", "44.64", "ISIS", "2", "Diyala", "a"],
    ["X-2", "31/01/2020", "33.42", "43.30", "ISIS", "0", "Anbar", "b"],
    ["X-3", "15/02/2020", "", "", "ISIS", "1", "Saladin", "c"],  # no coordinates: placed by its province
]


@pytest.fixture()
def own_file(tmp_path):
    return write_csv(tmp_path / "own.csv", HEADER, [dict(zip(HEADER, row)) for row in ROWS])


@pytest.fixture()
def clean_mappings():
    settings = PluginSettings.load()
    before = dict(settings.saved_mappings)
    settings.saved_mappings = {}
    settings.save()
    yield
    settings = PluginSettings.load()
    settings.saved_mappings = before
    settings.save()


def test_the_mapping_is_guessed_from_the_header_and_the_dates():
    mapping = guess_mapping(HEADER, ROWS)
    assert (mapping.event_id, mapping.date, mapping.latitude, mapping.longitude) == ("Ref", "Datum", "Lat", "Lon")
    assert (mapping.actor1, mapping.fatalities, mapping.admin1) == ("Perpetrator", "Killed", "Governorate")
    assert mapping.date_format == "%d/%m/%Y"  # 31/01 can only be day-first
    assert guess_date_format(["01/31/2020", "02/15/2020"]) == "%m/%d/%Y"
    assert guess_date_format(["16 February 2024"]) == "%d %B %Y"
    assert guess_mapping(["a", "b"]).date == ""  # nothing to guess from: the dialog asks


def test_the_dialog_shows_the_guess_checks_dates_and_saves_mappings(own_file, clean_mappings):
    dialog = ColumnMappingDialog(own_file.name, HEADER, ROWS)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.table.rowCount() == 3 and dialog.table.item(1, 1).text() == "31/01/2020"
    assert dialog.columns["date"].currentData() == "Datum" and ok.isEnabled()
    assert dialog.status.text() == "The date format reads 3 of the 3 dates shown."

    dialog.columns["date"].setCurrentIndex(0)  # (none)
    assert not ok.isEnabled() and "Choose the columns for: Date" in dialog.status.text()
    dialog.columns["date"].setCurrentIndex(dialog.columns["date"].findData("Datum"))
    dialog.date_format.setText("%Y-%m-%d")
    assert not ok.isEnabled() and "reads none of the dates shown, e.g. 02/01/2020" in dialog.status.text()
    dialog.date_format.setText("%d/%m/%Y")
    dialog.columns["event_id"].setCurrentIndex(0)  # no id: one is made from each row
    dialog.dataset.setText("field_reports")
    assert ok.isEnabled()

    dialog.save_mapping("Field reports")
    mapping = dialog.mapping()
    assert PluginSettings.load().saved_mappings == {"Field reports": mapping.to_json()}
    # Processing's MAPPING takes the same JSON.
    assert ColumnMapping.from_json(mapping.to_json()) == mapping

    again = ColumnMappingDialog(own_file.name, HEADER, ROWS)
    assert again.saved.findData("Field reports") > 0
    again.saved.setCurrentIndex(again.saved.findData("Field reports"))
    assert again.mapping() == mapping


def test_the_dialog_s_mapping_imports_in_the_dock(own_file, tmp_path, qgis_iface, qgis_new_project):
    dialog = ColumnMappingDialog(own_file.name, HEADER, ROWS)
    dialog.dataset.setText("field_reports")
    controller = ImportController(qgis_iface)
    controller.start(own_file, tmp_path / "own.gpkg", dialog.mapping())
    wait_for(controller)
    assert controller.last_error is None
    result = controller.last_result
    assert (result.rows_read, result.imported, result.by_name) == (3, 3, 1)
    with sqlite3.connect(result.output) as db:
        rows = db.execute(
            "SELECT event_id, event_date, actor1, fatalities, province, province_method, source_dataset "
            "FROM incidents ORDER BY event_id"
        ).fetchall()
    assert rows == [
        ("X-1", "2020-01-02", "ISIS", 2, "Diyala", "point", "field_reports"),
        ("X-2", "2020-01-31", "ISIS", 0, "Al-Anbar", "point", "field_reports"),
        ("X-3", "2020-02-15", "ISIS", 1, "Sala ad-Din", "name", "field_reports"),
    ]


def test_a_file_without_ids_imports_every_row_and_finds_them_again(tmp_path):
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents

    header = ["when", "lat", "lon", "what"]
    rows = [["2020-03-01", "33.75", "44.64", "IED"], ["2020-03-01", "33.75", "44.64", "IED"]]  # twins
    rows.append(["2020-03-02", "33.42", "43.30", "Clash"])
    source = write_csv(tmp_path / "noids.csv", header, [dict(zip(header, row)) for row in rows])
    mapping = ColumnMapping(date="when", latitude="lat", longitude="lon", event_type="what")
    options = ImportOptions(source=source, output=tmp_path / "n.gpkg", source_format="generic", mapping=mapping)
    first = import_incidents(options)
    assert (first.imported, first.rejected) == (3, 0)  # identical rows both count
    with sqlite3.connect(first.output) as db:
        ids = sorted(row[0] for row in db.execute("SELECT event_id FROM incidents"))
    assert len(set(ids)) == 3 and all(i.startswith("row:") for i in ids)
    assert sum(i + "-2" in ids for i in ids) == 1  # the twin is the first one's second occurrence
    again = import_incidents(options)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
