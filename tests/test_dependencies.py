"""The import-dependency check names missing packages and the exact command to install them."""

import subprocess
import sys

import pytest
from incident_atlas.plugin.core import dependencies


def test_all_import_packages_present_in_test_environment():
    assert dependencies.missing_import_packages() == []


def test_missing_package_is_reported(monkeypatch):
    monkeypatch.setattr(dependencies, "IMPORT_PACKAGES", ("pandas", "no_such_package_ia"))
    assert dependencies.missing_import_packages() == ["no_such_package_ia"]


@pytest.mark.system
def test_install_command_targets_this_python_and_is_runnable():
    command = dependencies.install_command(["shapely"])
    assert command.startswith(sys.executable) or command.startswith(f'"{sys.executable}"')
    assert '"shapely>=2"' in command
    # pip must accept every option we print: a dry run resolves without installing.
    args = [*command.replace('"', "").split(), "--dry-run", "--no-deps", "--quiet"]
    result = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_check_dependencies_algorithm(plugin):
    import processing

    result = processing.run("incidentatlas:checkdependencies", {})
    assert result["READY"] is True
    for name in ("pandas", "shapely", "openpyxl"):
        assert f"{name}: " in result["REPORT"]
    assert "missing" not in result["REPORT"]


WITHOUT_IMPORT_PACKAGES = """
import sys, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
BLOCKED = ("pandas", "shapely", "geopandas", "pyogrio", "openpyxl", "pyproj")


class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}")


sys.meta_path.insert(0, Missing())
sys.path.insert(0, sys.argv[1])
import conftest  # noqa: F401 - the plugin importable as incident_atlas
from pathlib import Path
from qgis.core import QgsApplication

app = QgsApplication([], False)
app.initQgis()
import incident_atlas
from incident_atlas.plugin import incident_atlas as plugin_module  # noqa: F401
from incident_atlas.plugin.gui import dock  # noqa: F401
from incident_atlas.plugin.processing import provider  # noqa: F401
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.maps.map_export import export_map
from incident_atlas.plugin.core.store import queries
from incident_atlas.plugin.core.session.filter_session import FilterSession
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource

gpkg = GeoPackageSource(sys.argv[2])
layer = gpkg.open_layer("incidents")
session = FilterSession(gpkg, layer)
session.apply(IncidentFilter(actors=("ISIS",)))
facets = session.facets()
pdf = export_map(gpkg.path, IncidentFilter(actors=("ISIS",)), Path(sys.argv[3]))
print("counted", facets.summary.incidents, queries.summary(gpkg, IncidentFilter()).incidents, pdf.stat().st_size > 0)
print("loaded", sorted(m for m in BLOCKED if m in sys.modules))
"""


@pytest.mark.system
def test_opening_filtering_and_exporting_need_none_of_the_import_packages(tmp_path):
    """The interactive path works in a QGIS without pandas, shapely or openpyxl (and never imports them)."""
    from conftest import REPO_ROOT
    from sample_data import build_sample_geopackage

    gpkg = build_sample_geopackage(tmp_path / "sample.gpkg")
    script = tmp_path / "without.py"
    script.write_text(WITHOUT_IMPORT_PACKAGES)
    done = subprocess.run(
        [sys.executable, str(script), str(REPO_ROOT / "tests"), str(gpkg), str(tmp_path / "map.pdf")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    counted = next(line for line in done.stdout.splitlines() if line.startswith("counted")).split()
    assert int(counted[1]) > 0 and int(counted[2]) > int(counted[1]) and counted[3] == "True"
    assert "loaded []" in done.stdout
