"""Faults: an import killed halfway, a disk that fills during export, reloading the plugin 50 times."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from processes import running
from source_files import acled_row, write_acled

pytestmark = pytest.mark.system  # each test runs a QGIS or qgis_process of its own

TESTS = Path(__file__).resolve().parent

# Each fault runs in a QGIS of its own, so a crash fails one test, not the whole run.
QGIS_PREAMBLE = textwrap.dedent(
    f"""
    import os, sys
    from pathlib import Path
    sys.path.insert(0, {str(TESTS)!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import conftest
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    """
)


def run_in_qgis(tmp_path: Path, name: str, body: str, *args, timeout: int) -> subprocess.CompletedProcess:
    """Run QGIS_PREAMBLE + body as a script with these arguments; its output is captured."""
    script = tmp_path / name
    script.write_text(QGIS_PREAMBLE + body)
    return subprocess.run(
        [sys.executable, str(script), *map(str, args)], capture_output=True, text=True, timeout=timeout
    )


IMPORT_SCRIPT = QGIS_PREAMBLE + textwrap.dedent(
    """
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
    import_incidents(ImportOptions(source=Path(sys.argv[1]), output=Path(sys.argv[2])))
    """
)


def table_dump(path: Path) -> list:
    with sqlite3.connect(path) as db:
        return [
            db.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            for table in ("incidents", "imports", "rejected_rows", "provinces", "rtree_incidents_geom")
        ]


def test_import_killed_halfway_leaves_the_geopackage_as_it_was(tmp_path):
    output = tmp_path / "team.gpkg"
    import_incidents(ImportOptions(source=write_acled(tmp_path / "first.csv", [acled_row("K1")]), output=output))
    before = table_dump(output)
    big = write_acled(tmp_path / "big.csv", [acled_row(f"BIG{i}", place="Mosul") for i in range(60_000)])
    script = tmp_path / "import.py"
    script.write_text(IMPORT_SCRIPT)
    with running([sys.executable, str(script), str(big), str(output)]) as process:
        journal = output.with_name(output.name + "-journal")
        deadline = time.monotonic() + 120
        while not journal.exists():  # the import's write transaction has begun
            assert process.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.5)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    # The next reader rolls the hot journal back: the file is readable and holds exactly what it held.
    assert table_dump(output) == before
    with sqlite3.connect(output) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone() == ("ok",)
    # And the next import simply works.
    again = import_incidents(ImportOptions(source=write_acled(tmp_path / "next.csv", [acled_row("K2")]), output=output))
    assert again.inserted == 1


EXPORT_SCRIPT = textwrap.dedent(
    """
    import resource, signal
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.maps.layout import ExportError
    from incident_atlas.plugin.core.maps.map_export import export_map
    # A disk with 20 kB left: writes past it fail with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    try:
        export_map(Path(sys.argv[1]), IncidentFilter(), Path(sys.argv[2]))
    except ExportError as error:
        print("EXPORT ERROR:", error)
        sys.exit(3)
    print("EXPORTED")
    """
)


def test_full_disk_during_export_is_an_error_and_leaves_no_file(tmp_path):
    from sample_data import build_sample_geopackage

    gpkg = build_sample_geopackage(tmp_path / "sample.gpkg")
    output = tmp_path / "map.pdf"
    done = run_in_qgis(tmp_path, "export.py", EXPORT_SCRIPT, gpkg, output, timeout=300)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "EXPORT ERROR" in done.stdout
    assert not output.exists()


def resident_mb() -> float:
    import gc

    gc.collect()
    status = Path("/proc/self/status").read_text().splitlines()
    return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


@pytest.mark.slow
@pytest.mark.parametrize("cycles", [50])
def test_reload_with_dock_open_and_filter_active(cycles, plugin_package, desktop_iface, qgis_processing, tmp_path):
    from helpers import settle, snapshot
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.PyQt.QtWidgets import QApplication
    from sample_data import build_sample_geopackage

    gpkg = build_sample_geopackage(tmp_path / "s.gpkg")
    QgsProject.instance().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = snapshot(desktop_iface.iface)
    widgets_before = len(QApplication.allWidgets())
    resident = {}
    for cycle in range(cycles):
        if cycle in (10, cycles - 1):  # after a warm-up: caches, fonts and Python imports are loaded by then
            resident[cycle] = resident_mb()
        plugin = plugin_package.classFactory(desktop_iface.iface)
        plugin.initGui()
        plugin.dock.show()
        if cycle == 0:
            assert plugin.dock.open_geopackage(gpkg)
        settle(plugin.dock)
        plugin.dock.numbers.fatalities_min.setValue(1 + cycle % 3)
        settle(plugin.dock)
        assert plugin.dock.session is not None and "fatalities" in plugin.dock.session.layer.subsetString()
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    growth = resident[cycles - 1] - resident[10]
    print(f"resident memory over cycles 10..{cycles - 1}: {resident[10]:.0f} -> {resident[cycles - 1]:.0f} MB")
    assert growth < 0.5 * (cycles - 11), f"memory grows {growth:.1f} MB over {cycles - 11} reloads"
    assert len(QgsProject.instance().mapLayers()) == 2  # the analyst's layers stay, nothing added
    assert len(QApplication.allWidgets()) == widgets_before  # no widget outlives its plugin
    QgsProject.instance().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert snapshot(desktop_iface.iface) == before


def test_cancel_in_the_progress_dialog_stops_an_atlas_and_leaves_no_file(plugin, sample_gpkg, tmp_path):
    """The dock exports on the main thread behind a window-modal progress dialog; its Cancel stops the
    atlas between pages: an error saying so, no file and no partial file."""
    from helpers import settle
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QProgressDialog, QPushButton

    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(sample_gpkg)
    settle(dock)
    seen = []

    def press_cancel():
        dialogs = dock.findChildren(QProgressDialog)
        seen.extend(dialog.isModal() or dialog.windowModality() for dialog in dialogs)
        for dialog in dialogs:
            dialog.findChild(QPushButton).click()  # the analyst's click on Cancel

    QTimer.singleShot(0, press_cancel)
    output = tmp_path / "atlas.pdf"
    assert dock.start_export("a4_landscape", dock.map_texts(), "all", 100, output) is None
    assert seen, "no progress dialog was shown"
    assert dock.last_export_error == "Exporting atlas.pdf was cancelled"
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
