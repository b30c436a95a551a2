"""Dropping an incident GeoPackage on QGIS opens it the Incident Atlas way."""

from __future__ import annotations

from pathlib import Path

from qgis.gui import QgsCustomDropHandler

from ..core.store.geopackage_schema import geopackage_problems


class IncidentDropHandler(QgsCustomDropHandler):
    """Takes .gpkg files with the incident schema; any other file goes to QGIS as usual."""

    def __init__(self, open_geopackage):
        super().__init__()
        self.open_geopackage = open_geopackage

    def handleFileDrop(self, file: str) -> bool:
        path = Path(file)
        if path.suffix.lower() != ".gpkg" or geopackage_problems(path):
            return False
        return bool(self.open_geopackage(path))
