"""Render layers, as styled, to an image."""

from __future__ import annotations

from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage


def render_layers(layers, extent: QgsRectangle, size: tuple[int, int], background: QColor | None = None) -> QImage:
    """The layers (topmost first) drawn over `extent`, in the bottom layer's CRS."""
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
