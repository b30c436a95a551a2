"""Loading and unloading the plugin leaves QGIS exactly as it found it."""

from __future__ import annotations

from helpers import flush_deletes, snapshot
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

PROVIDER_ID = "incidentatlas"
DOCK_NAME = "IncidentAtlasDock"
MENU_TITLE = "&Incident Atlas"


def test_init_gui_adds_action_menu_dock_and_provider(plugin, desktop_iface):
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None
    assert MENU_TITLE in desktop_iface.plugin_menu_titles()
    assert plugin.toggle_action in desktop_iface.plugins_toolbar.actions()
    docks = desktop_iface.docks(DOCK_NAME)
    assert docks == [plugin.dock]
    assert plugin.dock.widget() is not None


def test_toggle_action_shows_and_hides_dock(plugin):
    desktop_window = plugin.iface.mainWindow()
    desktop_window.show()
    try:
        assert not plugin.dock.isVisible()
        plugin.toggle_action.trigger()
        assert plugin.dock.isVisible()
        assert plugin.toggle_action.isChecked()
        plugin.toggle_action.trigger()
        assert not plugin.dock.isVisible()
        assert not plugin.toggle_action.isChecked()
    finally:
        desktop_window.hide()


def test_unload_leaves_nothing_behind(plugin_package, desktop_iface, qgis_processing):
    flush_deletes()  # objects earlier tests left for deletion must not move the baseline
    before = snapshot(desktop_iface.iface)
    toolbar_before = list(desktop_iface.plugins_toolbar.actions())

    plugin = plugin_package.classFactory(desktop_iface.iface)
    plugin.initGui()
    plugin.dock.show()
    plugin.unload()
    flush_deletes()

    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
    assert MENU_TITLE not in desktop_iface.plugin_menu_titles()
    assert desktop_iface.plugins_toolbar.actions() == toolbar_before
    assert desktop_iface.docks(DOCK_NAME) == []
    assert snapshot(desktop_iface.iface) == before


def test_load_unload_twenty_times(plugin_package, desktop_iface, qgis_processing):
    flush_deletes()
    before = snapshot(desktop_iface.iface)
    for _ in range(20):
        plugin = plugin_package.classFactory(desktop_iface.iface)
        plugin.initGui()
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None
        plugin.unload()
    flush_deletes()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
    assert desktop_iface.docks(DOCK_NAME) == []
    assert MENU_TITLE not in desktop_iface.plugin_menu_titles()
    assert desktop_iface.plugins_toolbar.actions() == []
    assert snapshot(desktop_iface.iface) == before


def test_processing_only_start_needs_no_iface(plugin_package, qgis_processing):
    """qgis_process creates the plugin with iface=None and calls only initProcessing()."""
    plugin = plugin_package.classFactory(None)
    plugin.initProcessing()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None


def test_unload_cancels_a_running_import_and_leaves_the_file_as_it_was(
    plugin_package, desktop_iface, qgis_processing, tmp_path
):
    import sqlite3
    import time

    from qgis.core import QgsTask
    from source_files import acled_row, write_acled

    output = tmp_path / "team.gpkg"
    plugin = plugin_package.classFactory(desktop_iface.iface)
    plugin.initGui()
    plugin.importer.start(write_acled(tmp_path / "first.csv", [acled_row("K1")]), output)
    while plugin.importer.running:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    big = write_acled(tmp_path / "big.csv", [acled_row(f"BIG{i}", place="Mosul") for i in range(60_000)])
    task = plugin.importer.start(big, output)
    deadline = time.monotonic() + 60
    while task.status() != QgsTask.TaskStatus.Running:
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline
    statuses = []
    task.statusChanged.connect(statuses.append)
    plugin.unload()  # Plugin Reloader does this while the analyst's import runs
    assert statuses[-1] == QgsTask.TaskStatus.Terminated
    flush_deletes()
    with sqlite3.connect(output) as db:
        assert db.execute("SELECT event_id FROM incidents").fetchall() == [("K1",)]
        assert db.execute("SELECT count(*) FROM imports").fetchone() == (1,)
