"""Shared fixtures: the plugin loaded the way QGIS loads it, and an iface that keeps real state."""

from __future__ import annotations

import configparser
import os
import signal
import sys
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PLUGIN_NAME = "incident_atlas"


def _make_plugin_importable() -> None:
    # QGIS imports the checkout under its folder name; a symlink in a scratch folder gives tests
    # the released name without a symlink loop inside the repository.
    plugins_dir = Path(tempfile.mkdtemp(prefix="incident-atlas-plugins-"))
    (plugins_dir / PLUGIN_NAME).symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(plugins_dir))


_make_plugin_importable()
# Tests store authentication configurations (downloads): in a database of their own, never the user's.
os.environ["QGIS_AUTH_DB_DIR_PATH"] = tempfile.mkdtemp(prefix="incident-atlas-auth-")
# The dock's column caches of the test GeoPackages: a folder of the session's own.
os.environ.setdefault("INCIDENT_ATLAS_CACHE_DIR", tempfile.mkdtemp(prefix="incident-atlas-columns-"))


def _stop_on_sigterm(_signum, _frame):
    # pytest runs every fixture's teardown on KeyboardInterrupt: a CI timeout or a `kill` still stops
    # the PostGIS cluster and the processes tests started, instead of leaving them behind.
    raise KeyboardInterrupt


signal.signal(signal.SIGTERM, _stop_on_sigterm)
# Helpers beside the tests (source_files.py) import by plain name under --import-mode=importlib.
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_report_header(config) -> list[str]:
    """The versions this lane runs, at the top of every test run."""
    import platform

    from osgeo import gdal, osr
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

    proj = f"{osr.GetPROJVersionMajor()}.{osr.GetPROJVersionMinor()}.{osr.GetPROJVersionMicro()}"
    return [
        f"QGIS {Qgis.QGIS_VERSION} | Qt {QT_VERSION_STR} (PyQt {PYQT_VERSION_STR}) | GDAL {gdal.__version__} | "
        f"PROJ {proj} | Python {platform.python_version()}"
    ]


def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(REPO_ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("-")[0].split(".")[:3])


class DesktopLikeIface:
    """Gives pytest-qgis's stub iface the bookkeeping QGIS's own iface does.

    The stub's addPluginToMenu/addToolBarIcon/addDockWidget do nothing, so a leak would be
    invisible; these put the actions and docks into a real QMainWindow, as QgisApp does.
    """

    def __init__(self, iface, monkeypatch):
        from qgis.PyQt.QtWidgets import QMenu, QToolBar

        self.iface = iface
        self.window = iface.mainWindow()
        self.plugins_menu = QMenu("&Plugins", self.window)
        self.window.menuBar().addMenu(self.plugins_menu)
        self.plugins_toolbar = QToolBar("Plugins", self.window)
        self.window.addToolBar(self.plugins_toolbar)
        for name in (
            "addPluginToMenu",
            "removePluginMenu",
            "addToolBarIcon",
            "removeToolBarIcon",
            "addDockWidget",
            "removeDockWidget",
        ):
            monkeypatch.setattr(iface, name, getattr(self, name), raising=False)

    def _submenu(self, name: str):
        for action in self.plugins_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def addPluginToMenu(self, name, action):
        submenu = self._submenu(name) or self.plugins_menu.addMenu(name)
        submenu.addAction(action)

    def removePluginMenu(self, name, action):
        submenu = self._submenu(name)
        if submenu is not None:
            submenu.removeAction(action)
            if not submenu.actions():  # QGIS drops and deletes a plugin's submenu once it is empty
                self.plugins_menu.removeAction(submenu.menuAction())
                submenu.deleteLater()

    def addToolBarIcon(self, action):
        self.plugins_toolbar.addAction(action)

    def removeToolBarIcon(self, action):
        self.plugins_toolbar.removeAction(action)

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)

    def plugin_menu_titles(self) -> list[str]:
        return [a.text() for a in self.plugins_menu.actions()]

    def docks(self, object_name: str) -> list:
        from qgis.PyQt.QtWidgets import QDockWidget

        return [d for d in self.window.findChildren(QDockWidget) if d.objectName() == object_name]


def install_into_profile(config_dir: Path) -> Path:
    """This checkout's plugin in a fresh QGIS settings folder, enabled: what `make profile` does."""
    import subprocess

    subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / ".ci" / "package.py"),
            "install",
            "--quiet",
            "--profile-dir",
            str(config_dir / "profiles" / "default"),
        ],
        check=True,
    )
    return config_dir


@pytest.fixture()
def desktop_iface(qgis_iface, monkeypatch) -> DesktopLikeIface:
    return DesktopLikeIface(qgis_iface, monkeypatch)


@pytest.fixture()
def plugin_package():
    import incident_atlas

    return incident_atlas


@pytest.fixture()
def plugin(plugin_package, desktop_iface, qgis_processing):
    """The plugin loaded through classFactory, as QGIS loads it, and unloaded afterwards."""
    from qgis.core import Qgis

    meta = metadata()
    running = version_tuple(Qgis.QGIS_VERSION)
    assert version_tuple(meta["qgisMinimumVersion"]) <= running <= version_tuple(meta["qgisMaximumVersion"])
    instance = plugin_package.classFactory(desktop_iface.iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory):
    """The synthetic Iraq sample, built once per session for the tests that only read it.

    A test that writes to it would change what later tests see: its tables are checked unchanged
    at the end of the session (QGIS's OGR provider may touch GDAL's own bookkeeping, not the data)."""
    from sample_data import build_sample_geopackage

    path = build_sample_geopackage(tmp_path_factory.mktemp("sample") / "iraq.gpkg")
    before = _tables_digest(path)
    yield path
    assert _tables_digest(path) == before, "a test wrote to the shared sample"


def _tables_digest(path: Path) -> str:
    import hashlib
    import sqlite3

    digest = hashlib.sha256()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        for table in ("incidents", "provinces", "imports", "rejected_rows", "incident_atlas_meta", "layer_styles"):
            for row in db.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def pytest_collection_modifyitems(config, items):
    """Tests that start QGIS desktop or a database server are system tests too (make test-fast skips them)."""
    for item in items:
        if item.get_closest_marker("desktop") or item.get_closest_marker("postgis"):
            item.add_marker(pytest.mark.system)


@pytest.fixture(scope="session")
def postgis(qgis_app):
    """A throwaway PostGIS cluster for this test session, saved in QGIS as a connection: its name."""
    import postgis_server

    cluster = postgis_server.start()
    try:
        yield postgis_server.register_qgis_connection(cluster)
    finally:
        postgis_server.stop(cluster)


def sample_in_postgis(sample_gpkg: Path, connection: str, schema_name: str):
    """The sample's CSV imported into a fresh PostGIS schema: the same incidents as the GeoPackage."""
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
    from incident_atlas.plugin.core.store.postgis import PostgresSource
    from sample_data import SAMPLE_DATASET

    source = PostgresSource(connection, schema_name)
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{schema_name}" CASCADE')
    import_incidents(ImportOptions(source=sample_gpkg.with_suffix(".csv"), output=source, dataset_name=SAMPLE_DATASET))
    return source


SOURCE_KINDS = ["gpkg", pytest.param("postgis", marks=pytest.mark.postgis)]


def sample_source_for(request, sample_gpkg: Path, schema_name: str):
    from incident_atlas.plugin.core.store.geopackage import GeoPackageSource

    if request.param == "gpkg":
        return GeoPackageSource(sample_gpkg)
    return sample_in_postgis(sample_gpkg, request.getfixturevalue("postgis"), schema_name)
