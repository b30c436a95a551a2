"""A plugin repository of our own (make repository): QGIS's own installer fetches it, installs the plugin, upgrades
it to the next version with the analyst's settings kept, and uninstalls it, in real QGIS desktop."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import REPO_ROOT, metadata
from processes import qgis_desktop, running

pytestmark = pytest.mark.desktop
DRIVER = Path(__file__).with_name("desktop_installer_driver.py")
PREVIOUS = "0.0.9"
KEY = "incident_atlas"


def repository(folder: Path, url: str, as_version: str | None = None) -> Path:
    command = [sys.executable, str(REPO_ROOT / ".ci" / "package.py"), "repository", "--output", str(folder)]
    command += ["--url", url] + (["--as-version", as_version] if as_version else [])
    subprocess.run(command, check=True, capture_output=True)
    return folder / "plugins.xml"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_plugins_xml_is_what_qgis_s_installer_reads(tmp_path):
    xml = repository(tmp_path, "https://example.org/qgis")
    (node,) = ElementTree.parse(xml).getroot().iter("pyqgis_plugin")
    version = metadata()["version"]
    assert (node.get("name"), node.get("version"), node.get("plugin_id")) == (
        "Incident Atlas",
        version,
        "incident_atlas",
    )
    assert (
        node.findtext("file_name") == f"incident_atlas.{version}.zip"
        and (tmp_path / node.findtext("file_name")).exists()
    )
    assert node.findtext("download_url") == f"https://example.org/qgis/incident_atlas.{version}.zip"
    assert node.findtext("qgis_minimum_version") == metadata()["qgisMinimumVersion"]
    assert node.findtext("experimental") == metadata()["experimental"]


def test_qgis_installs_upgrades_and_uninstalls_the_plugin_from_the_repository(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    served, newer = tmp_path / "served", tmp_path / "newer"
    repository(served, url, as_version=PREVIOUS)
    repository(newer, url)
    config = tmp_path / "qgis-config"  # a fresh profile: nothing installed
    report_path = tmp_path / "report.json"
    server = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(served)]
    with running(server, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
        returncode, err = qgis_desktop(
            DRIVER, config, 240, IA_REPORT=str(report_path), IA_SERVED=str(served), IA_NEWER=str(newer), IA_URL=url
        )
    if returncode is None:
        pytest.fail("QGIS desktop did not finish in 240 s (a modal dialog of the installer?)")
    assert report_path.exists(), f"QGIS ended without the driver's report\n{err[-2000:]}"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert "error" not in report, report["error"]
    assert report["repository_errors"] == []
    assert report["offered"] == {"status": "not installed", "version": PREVIOUS}
    installed = report["installed"]
    assert installed["version"] == PREVIOUS and installed["loaded"] and installed["provider"]
    assert installed["docks"] == ["IncidentAtlasDock"] and installed["menus"] == ["&Incident Atlas"]
    assert installed["actions"], "toggle action missing from the Plugins toolbar"
    version = metadata()["version"]
    assert report["offered_after_release"] == {"status": "upgradeable", "version": version}
    upgraded = report["upgraded"]
    assert upgraded["version"] == version and upgraded["loaded"] and upgraded["provider"]
    assert upgraded["docks"] == ["IncidentAtlasDock"] and len(upgraded["actions"]) == 1  # one set, not two
    assert (
        report["settings_after"]
        == report["settings_before"]
        == {
            "my_group": ["Actor A", "Actor B"],
            "mappings": {"my layout": '{"event_id": "id"}'},
            "border_km": 7.5,
        }
    )
    assert report["uninstalled"] == {
        "loaded": False,
        "docks": [],
        "actions": [],
        "menus": [],
        "provider": False,
        "folder": False,
        "version": "",
    }
    assert report["enabled_after_uninstall"] is None
