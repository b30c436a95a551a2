"""Render layers, as styled, to an image; and an incident GeoPackage's default look to a PNG."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

from . import schema


def render_layers(layers, extent: QgsRectangle, size: tuple[int, int], background: QColor | None = None) -> QImage:
    """The layers (topmost first) drawn over `extent`, in the first layer's CRS."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(layers[-1].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    if background is not None:
        settings.setBackgroundColor(background)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def render_geopackage_png(gpkg: Path, output: Path, size: tuple[int, int] = (1600, 1200)) -> Path:
    incidents = QgsVectorLayer(f"{gpkg}|layername={schema.INCIDENTS}", "incidents", "ogr")
    provinces = QgsVectorLayer(f"{gpkg}|layername={schema.PROVINCES}", "provinces", "ogr")
    if not (incidents.isValid() and provinces.isValid()):
        raise ValueError(f"{gpkg} has no readable incidents and provinces layers")
    extent = incidents.extent() if incidents.featureCount() else provinces.extent()
    extent.scale(1.15)
    image = render_layers([incidents, provinces], extent, size, QColor(214, 230, 240))
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output)):
        raise OSError(f"Could not write {output}")
    return output
