"""Passed to `qgis --code` by `make run`: show the dock and open the demo GeoPackage if built."""

import os
from pathlib import Path

import qgis.utils


def _start() -> None:
    plugin = qgis.utils.plugins.get("incident_atlas")
    if plugin is None:
        return
    plugin.dock.show()
    demo = Path(os.environ.get("INCIDENT_ATLAS_DEMO", ""))
    if demo.is_file():
        plugin.dock.open_geopackage(demo)


_start()
