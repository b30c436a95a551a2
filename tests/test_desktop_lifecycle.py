"""The plugin in real QGIS desktop: loaded from a profile, its dock toggled, then unloaded clean.

pytest-qgis's iface is a stub; this runs QGIS itself under Xvfb so the real Plugins menu,
toolbar and dock area are what get checked.
"""

from __future__ import annotations

import json
import textwrap

import pytest
from conftest import install_into_profile
from processes import qgis_desktop

pytestmark = pytest.mark.desktop

DRIVER = textwrap.dedent(
    """
    import json, os
    from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
    from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar
    from qgis.core import QgsApplication
    import qgis.utils
    from qgis.utils import iface

    def ours(window):
        found = {"docks": [], "actions": [], "menus": []}
        for dock in window.findChildren(QDockWidget):
            if dock.objectName() == "IncidentAtlasDock":
                found["docks"].append(dock.objectName())
        for bar in window.findChildren(QToolBar):
            for action in bar.actions():
                if action.objectName() == "IncidentAtlasToggleDock":
                    found["actions"].append(bar.objectName())
        for action in iface.pluginMenu().actions():
            if action.text() == "&Incident Atlas":
                found["menus"].append(action.text())
        return found

    def run():
        report = {}
        try:
            window = iface.mainWindow()
            plugin = qgis.utils.plugins.get("incident_atlas")
            report["loaded"] = plugin is not None
            report["provider_loaded"] = QgsApplication.processingRegistry().providerById("incidentatlas") is not None
            report["before"] = ours(window)
            plugin.toggle_action.trigger()
            QCoreApplication.processEvents()
            report["dock_visible_after_toggle"] = plugin.dock.isVisible()
            qgis.utils.unloadPlugin("incident_atlas")
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
            report["after"] = ours(window)
            report["provider_after"] = QgsApplication.processingRegistry().providerById("incidentatlas") is not None
        except Exception as error:
            report["error"] = repr(error)
        with open(os.environ["IA_REPORT"], "w") as handle:
            json.dump(report, handle)
        os._exit(0)

    QTimer.singleShot(1000, run)
    """
)


def test_real_qgis_loads_toggles_and_unloads(tmp_path):
    config = install_into_profile(tmp_path / "qgis-config")
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    report_path = tmp_path / "report.json"
    returncode, _err = qgis_desktop(driver, config, 240, IA_REPORT=str(report_path))
    if returncode is None:
        # QGIS shows a modal dialog when a plugin fails to load: say so, don't just time out.
        pytest.fail("QGIS desktop did not finish in 240 s (a modal error dialog from the plugin?)")
    assert report_path.exists(), "QGIS ended without running the driver"
    report = json.loads(report_path.read_text())
    assert "error" not in report, report
    assert report["loaded"] and report["provider_loaded"]
    assert report["before"]["docks"] == ["IncidentAtlasDock"]
    assert report["before"]["actions"], "toggle action missing from the Plugins toolbar"
    assert report["before"]["menus"] == ["&Incident Atlas"]
    assert report["dock_visible_after_toggle"] is True
    assert report["after"] == {"docks": [], "actions": [], "menus": []}
    assert report["provider_after"] is False
