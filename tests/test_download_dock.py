"""The dock's Download…: the dialog's query and earlier downloads, the download as a task, the open
store reloaded with what changed, and a cancel that leaves the store as it was."""

from __future__ import annotations

import time

import pytest
from helpers import settle
from incident_atlas.plugin.core.download.download import download
from incident_atlas.plugin.gui.download_dialog import DownloadDialog
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QDate
from test_download import IRAQ_Q1, PASSWORD, USER, Api, digest, start_api
from test_import_task import wait_for


@pytest.fixture()
def api(monkeypatch):
    monkeypatch.setenv("ACLED_USERNAME", USER)
    monkeypatch.setenv("ACLED_PASSWORD", PASSWORD)
    with start_api("--rows", "12") as process:
        base = f"http://127.0.0.1:{int(process.stdout.readline())}"
        monkeypatch.setenv("INCIDENT_ATLAS_ACLED_API", base)
        yield Api(base)


def test_the_dock_offers_download_beside_import(plugin):
    dock = plugin.dock
    assert dock.download_button.text() == "Download…"
    assert dock.download_button.parent() is dock.import_button.parent()


def test_the_dialog_builds_the_query_and_says_what_is_missing(qgis_iface, tmp_path):
    dialog = DownloadDialog(None)
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text() == "Name at least one country"
    dialog.countries.setText("Iraq, Syria")
    dialog.date_from.setDate(QDate(2020, 1, 1))
    dialog.date_to.setDate(QDate(2020, 3, 31))
    dialog.kinds.setCheckedItems(["Battles"])
    query = dialog.query()
    assert (query.provider, query.countries, query.kinds) == ("acled", ("Iraq", "Syria"), ("Battles",))
    assert (query.date_from.isoformat(), query.date_to.isoformat()) == ("2020-01-01", "2020-03-31")
    dialog.accept()
    assert dialog.problem.text() == "Choose the GeoPackage the events go into"
    dialog.provider.setCurrentIndex(dialog.provider.findData("ucdp"))
    dialog.countries.setText("Atlantis")
    dialog.accept()
    assert "Gleditsch-Ward number" in dialog.problem.text()
    dialog.countries.setText("Iraq, 652")
    dialog.kinds.setCheckedItems(["One-sided violence"])
    assert (dialog.query().kinds, dialog.query().version) == (("3",), "25.1")


def test_an_update_from_the_dock_reloads_the_open_store(plugin, api, tmp_path, qgis_new_project):
    output = tmp_path / "acled.gpkg"
    download(IRAQ_Q1, output, api.account())
    dock = plugin.dock
    assert dock.open_geopackage(output)
    settle(dock)
    assert dock.summary_label.text().startswith("12 incidents")
    api.admin(acled={"add": [_row("IRQ50"), _row("IRQ51")], "delete": ["IRQ0"]})

    dialog = DownloadDialog(dock.source_combo.currentData())
    assert dialog.earlier.count() == 2 and not dialog.update_box.isChecked()
    dialog.earlier.setCurrentIndex(1)  # the earlier download: the form is filled and Update ticked
    assert dialog.countries.text() == "Iraq" and dialog.update_box.isChecked()
    assert dialog.query() == IRAQ_Q1
    controller = plugin.downloader
    controller.start(dialog.query(), dialog.output(), dialog.account.configId(), dialog.update_box.isChecked())
    wait_for(controller)
    assert controller.last_error is None
    result = controller.last_result
    assert (result.inserted, result.deleted) == (2, 1)
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name().endswith("incidents")]
    assert len(layers) == 1 and layers[0].featureCount() == 13  # reloaded, not opened twice
    settle(dock)
    assert dock.summary_label.text().startswith("13 incidents")  # the dock counted the new state


def test_a_download_cancelled_mid_page_leaves_the_store_as_it_was(plugin, api, tmp_path, qgis_new_project):
    output = tmp_path / "acled.gpkg"
    download(IRAQ_Q1, output, api.account())
    before = digest(output)
    api.admin(delay=5.0, acled={"add": [_row("IRQ60")]})
    controller = plugin.downloader
    task = controller.start(IRAQ_Q1, output, "", True)
    try:
        deadline = time.monotonic() + 30
        while ("acled", "1") not in api.log()[-1:]:  # the page is being served, slowly
            assert time.monotonic() < deadline, api.log()
            QCoreApplication.processEvents()  # a task's network request is set up through the main thread
            time.sleep(0.05)
        started = time.monotonic()
        task.cancel()
        wait_for(controller)
    finally:
        controller.stop()  # never leave a task behind, whatever failed
    assert time.monotonic() - started < 4  # the request was dropped, not waited out
    assert controller.last_result is None and "nothing was written" in controller.last_error
    assert digest(output) == before


def _row(event_id: str) -> dict:
    from source_files import acled_row

    return acled_row(event_id, event_date="2020-02-02")
