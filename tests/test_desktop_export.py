"""Exporting from the dock in real QGIS desktop, ten times in a row, as an analyst does in an afternoon.

QGIS runs under Xvfb with its own event loop, timers, canvas and the analyst's project around the dock
(tests/desktop_export_driver.py drives it): headless tests never saw the crash this guards against.
IA_DESKTOP_EXPORT_SESSIONS repeats the whole session (20 for the closing check of a change here).
"""

from __future__ import annotations

import json
import os
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import install_into_profile
from processes import qgis_desktop

pytestmark = [pytest.mark.desktop, pytest.mark.slow]

DRIVER = Path(__file__).with_name("desktop_export_driver.py")
EXPORTS = 10
SESSIONS = int(os.environ.get("IA_DESKTOP_EXPORT_SESSIONS", "1"))


def pdf_text(path: str) -> str:
    done = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())  # the "fi" ligature is "fi"


def run_session(sample_gpkg, folder: Path, exports: int = EXPORTS, **environment) -> dict:
    folder.mkdir()
    config = install_into_profile(folder / "qgis-config")
    report_path = folder / "report.json"
    returncode, err = qgis_desktop(
        DRIVER,
        config,
        300,
        IA_REPORT=str(report_path),
        IA_GPKG=str(sample_gpkg),
        IA_OUT=str(folder),
        IA_EXPORTS=str(exports),
        **environment,
    )
    if returncode is None:
        pytest.fail(f"QGIS desktop did not finish {exports} exports in 300 s (a modal dialog?)")
    crash = (folder / "faulthandler.txt").read_text(encoding="utf-8", errors="replace")
    assert returncode == 0, f"QGIS ended with {returncode}\n{crash}\n{err[-3000:]}"
    assert report_path.exists(), "QGIS ended without the driver's report"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    report["stderr"] = err
    return report


@pytest.mark.parametrize("session", range(SESSIONS))
def test_ten_exports_from_the_dock_in_real_qgis(sample_gpkg, tmp_path, session):
    report = run_session(sample_gpkg, tmp_path / f"session-{session}")
    assert "error" not in report, report["error"]
    assert "uncaught" not in report, report["uncaught"]
    exports = report["exports"]
    assert len(exports) == EXPORTS
    assert all(entry["error"] is None for entry in exports), [entry["error"] for entry in exports]
    # The analyst's project keeps its size: no set of helper layers per export.
    assert len({entry["layers_after"] for entry in exports}) == 1, [entry["layers_after"] for entry in exports]
    assert exports[-1]["layer_ids_after"] == exports[0]["layer_ids_after"]
    # The provinces on screen are the layer the dock opened, coloured for this export's filter.
    assert {entry["visible_provinces"] for entry in exports} <= set(report["layers_opened"])
    for previous, entry in zip(exports, exports[1:]):
        assert entry["subset"] != previous["subset"]
    assert len({tuple(entry["visible_classes"]) for entry in exports}) > 1
    for entry in exports:
        text = pdf_text(entry["output"])
        assert "ISIS attacks" in text, text[:300]
        assert entry["visible_classes"], entry
        # Every legend class of the map on screen is in the PDF's legend, and provinces are labelled.
        for label in entry["visible_classes"]:
            assert " ".join(label.split()) in text, (label, text[:600])
        assert "Diyala" in text
    # GDAL's "unable to open database file" at a filter change (a read-only handle meeting the file in WAL
    # without its -wal: wal_keeper.WalKeeper) is an error, with the step it came after.
    lines = report["stderr"].splitlines()
    gdal_errors = [
        f"{line}  (after {next((s for s in reversed(lines[:n]) if s.startswith('driver step')), 'start')})"
        for n, line in enumerate(lines)
        if line.startswith("ERROR")
    ]
    assert gdal_errors == [], "\n".join(gdal_errors[:20])
    # Layouts left in the layout manager render without the plugin and after the project is reopened.
    assert report["saved"] and report["unloaded"] and report["reopened"]
    assert len(report["layouts"]) == EXPORTS
    for entry in report["after_unload"] + report["after_reopen"]:
        assert entry["ok"], entry
        assert "ISIS attacks" in pdf_text(entry["output"])


def test_hot_spot_maps_follow_the_filter_and_export_in_real_qgis(sample_gpkg, tmp_path):
    """The Map section on hot spots and emerging hot spots by turns, the filter changing between exports:
    the worker builds the hexagons once and recounts, the one layer is refilled under QGIS's event loop and
    canvas, and every PDF carries its legend and method."""
    report = run_session(sample_gpkg, tmp_path / "hot-spots", exports=4, IA_HOT_SPOTS="1")
    assert "error" not in report, report["error"]
    assert "uncaught" not in report, report["uncaught"]
    exports = report["exports"]
    assert [entry["hot_spots"] for entry in exports] == ["Hot spots — hexagons", "Emerging hot spots — hexagons"] * 2
    assert all(entry["error"] is None for entry in exports), [entry["error"] for entry in exports]
    assert len({entry["layers_after"] for entry in exports}) == 1  # one hot spot layer, refilled
    for entry in exports:
        text = pdf_text(entry["output"])
        assert "Getis-Ord Gi*" in text and "Benjamini-Hochberg" in text, (entry["hot_spot_status"], text[-800:])
        for label in entry["visible_classes"]:
            assert " ".join(label.split()) in text, (label, text[:600])
    assert "Hot spot, 99 % confidence" in exports[0]["visible_classes"]
    assert "No pattern detected" in exports[1]["visible_classes"]
    assert [line for line in report["stderr"].splitlines() if line.startswith("ERROR")] == []
