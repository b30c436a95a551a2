"""Render an incident GeoPackage's layers, as styled in the file, to an image."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from . import schema


def render_geopackage_png(gpkg: Path, output: Path, size: tuple[int, int] = (1600, 1200)) -> Path:
    incidents = QgsVectorLayer(f"{gpkg}|layername={schema.INCIDENTS}", "incidents", "ogr")
    provinces = QgsVectorLayer(f"{gpkg}|layername={schema.PROVINCES}", "provinces", "ogr")
    if not (incidents.isValid() and provinces.isValid()):
        raise ValueError(f"{gpkg} has no readable incidents and provinces layers")
    settings = QgsMapSettings()
    settings.setLayers([incidents, provinces])
    settings.setDestinationCrs(provinces.crs())
    extent = incidents.extent() if incidents.featureCount() else provinces.extent()
    extent.scale(1.15)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(214, 230, 240))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not job.renderedImage().save(str(output)):
        raise OSError(f"Could not write {output}")
    return output
