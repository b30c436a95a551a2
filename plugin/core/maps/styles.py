"""Default styles stored in layer_styles beside the data, so it looks right in QGIS without the plugin."""

from __future__ import annotations

import json
from dataclasses import dataclass

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsReadWriteContext,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..compat import TEMPORAL_DAYS
from ..i18n import tr
from ..store import schema

STYLE_NAME = "Incident Atlas default"


def style_incidents(layer: QgsVectorLayer) -> None:
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "37,37,37,220",
            "size": "1.8",
            "outline_color": "255,255,255,160",
            "outline_width": "0.15",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    set_incident_temporal_properties(layer)


def set_incident_temporal_properties(layer: QgsVectorLayer) -> None:
    temporal = layer.temporalProperties()
    temporal.setIsActive(True)
    temporal.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    temporal.setStartField("event_date")
    # An incident dated to a day is visible for that whole day in the Temporal Controller.
    temporal.setFixedDuration(1)
    temporal.setDurationUnits(TEMPORAL_DAYS)


def style_provinces(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple(
        {"color": "246,242,234,255", "outline_color": "110,98,86,255", "outline_width": "0.3"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    text = QgsTextFormat()
    text.setSize(8)
    text.setColor(QColor(60, 50, 40))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


STYLED_TABLES = ((schema.INCIDENTS, "Point", style_incidents), (schema.PROVINCES, "MultiPolygon", style_provinces))
# What a default style carries; the fields' own configuration stays with the layer that opens it.
STYLE_CATEGORIES = (
    QgsMapLayer.StyleCategory.Symbology
    | QgsMapLayer.StyleCategory.Labeling
    | QgsMapLayer.StyleCategory.Rendering
    | QgsMapLayer.StyleCategory.Temporal
)


@dataclass(frozen=True)
class StoredStyle:
    """One row of QGIS's layer_styles: what QGIS reads when it opens the table."""

    table: str
    qml: str
    sld: str


def _sld(layer: QgsVectorLayer) -> QDomDocument:
    """The layer's style as SLD, which QGIS stores beside the QML for other programs."""
    if hasattr(layer, "exportSldStyleV3"):  # QGIS >= 3.44; the older calls are deprecated there
        from qgis.core import QgsSldExportContext

        return layer.exportSldStyleV3(QgsSldExportContext())
    sld = QDomDocument()
    layer.exportSldStyle(sld, "")
    return sld


def default_styles() -> list[StoredStyle]:
    """The plugin's default styles as QML and SLD text, written by SQL beside the data.

    Built on memory layers, never through a provider's saveStyle(): QGIS's providers ask
    "overwrite?" in a modal dialog when a style of that name exists, which hangs an import
    headless and must never happen off the GUI thread."""
    stored = []
    for table, geometry, apply in STYLED_TABLES:
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", table, "memory")
        apply(layer)
        qml = QDomDocument()
        error = layer.exportNamedStyle(qml, QgsReadWriteContext(), STYLE_CATEGORIES)
        if error:
            problem = tr("Could not write the default style of {table}: {error}")
            raise RuntimeError(problem.format(table=table, error=error))
        sld = _sld(layer)
        stored.append(StoredStyle(table, qml.toString(), sld.toString()))
    return stored


def load_default_style(layer: QgsVectorLayer, table: str) -> None:
    """The style stored with the data, or the plugin's own when the database has none (or no rights)."""
    result = layer.loadDefaultStyle()
    loaded = result[1] if isinstance(result, tuple) else result
    if not loaded:
        (style_incidents if table == schema.INCIDENTS else style_provinces)(layer)


# Above this many filtered incidents the canvas draws their dots only when zoomed in (1:2,500,000, a
# province or two): a million dots at country scale take seconds to draw, hide each other and say
# less than the provinces' colours; zoomed in, the spatial index reads only what is in view.
SCREEN_DENSE_INCIDENTS = 100_000
DENSE_SMALLEST_SCALE = 2_500_000
DENSE_PROPERTY = "incident_atlas/dense_scales"


def show_dots_when_zoomed_in(layer: QgsVectorLayer, incidents: int) -> bool:
    """Limit the incidents layer to large scales while the filter keeps many, and give back the
    analyst's own scale settings when it keeps few again; returns whether the limit is on."""
    kept = layer.customProperty(DENSE_PROPERTY)
    dense = incidents > SCREEN_DENSE_INCIDENTS
    if dense and kept is None:
        own = [layer.hasScaleBasedVisibility(), layer.minimumScale(), layer.maximumScale()]
        layer.setCustomProperty(DENSE_PROPERTY, json.dumps(own))
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(DENSE_SMALLEST_SCALE)  # QGIS's "minimum": the most zoomed-out scale shown
        layer.setMaximumScale(0)
    elif not dense and kept is not None:
        visible, smallest, largest = json.loads(kept)
        layer.setScaleBasedVisibility(visible)
        layer.setMinimumScale(smallest)
        layer.setMaximumScale(largest)
        layer.removeCustomProperty(DENSE_PROPERTY)
    return dense
