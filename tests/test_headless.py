"""qgis_process runs the import headless from a profile, as `make process` does."""

import os
import sqlite3
import subprocess
import sysconfig

import pytest
from conftest import install_into_profile
from helpers import QGIS_PROCESS
from source_files import acled_row, write_acled

pytestmark = pytest.mark.system  # each test runs a QGIS or qgis_process of its own


def test_importincidents_through_qgis_process(tmp_path):
    config = install_into_profile(tmp_path / "qgis-config")
    source = write_acled(tmp_path / "acled.csv", [acled_row("H1"), acled_row("H2", event_date="not a date")])
    output = tmp_path / "headless.gpkg"
    env = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=sysconfig.get_paths()["purelib"],  # what `make process` adds: pandas, shapely 2
    )
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "incidentatlas:importincidents", "--", f"INPUT={source}", f"OUTPUT={output}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr + completed.stdout
    assert "IMPORTED:\t1" in completed.stdout
    assert "REJECTED:\t1" in completed.stdout
    with sqlite3.connect(output) as db:
        assert db.execute("SELECT event_id FROM incidents").fetchall() == [("H1",)]


def test_exportmap_through_qgis_process(tmp_path):
    from pypdf import PdfReader
    from sample_data import build_sample_geopackage

    config = install_into_profile(tmp_path / "qgis-config")
    gpkg = build_sample_geopackage(tmp_path / "sample.gpkg")
    output = tmp_path / "headless.pdf"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            "incidentatlas:exportmap",
            "--",
            f"INPUT={gpkg}",
            "ACTORS=ISIS",
            "DATE_FROM=2020-01-01",
            "DATE_TO=2020-03-31",
            f"OUTPUT={output}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr + completed.stdout
    text = " ".join(PdfReader(output).pages[0].extract_text().split())
    assert "Incidents involving ISIS by governorate" in text  # ISIS in any role
