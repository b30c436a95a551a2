"""Default styles stored in the GeoPackage's layer_styles, so the file looks right without the plugin."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from . import schema
from .compat import TEMPORAL_DAYS

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


def write_default_styles(source) -> None:
    """Store each layer's default style in layer_styles (the table QGIS reads on load).

    source is a GeoPackage path or an incident source; for PostGIS, QGIS keeps layer_styles in the
    database's public schema."""
    from .incident_source import as_source

    source = as_source(source)
    for table, apply in ((schema.INCIDENTS, style_incidents), (schema.PROVINCES, style_provinces)):
        layer = QgsVectorLayer(source.layer_uri(table), table, source.provider)
        if not layer.isValid():
            raise RuntimeError(f"Could not open the {table} layer of {source.label} to store its style")
        if source.dialect == "postgres" and _has_stored_style(layer):
            # QGIS's postgres provider asks "overwrite?" in a dialog for an existing name: never ask.
            continue
        apply(layer)
        result = layer.saveStyleToDatabase(STYLE_NAME, "Written by Incident Atlas", True, "")
        # QGIS 3.22 returns the error message; later versions return (ok, message).
        message = result[1] if isinstance(result, tuple) else result
        if message:
            raise RuntimeError(f"Could not store the default style of {table}: {message}")
        del layer


def _has_stored_style(layer: QgsVectorLayer) -> bool:
    listed = layer.listStylesInDatabase()
    count, names = listed[0], listed[2]
    # The first `count` entries are this layer's own styles; the rest belong to other tables.
    return STYLE_NAME in list(names)[: max(count, 0)]


def load_default_style(layer: QgsVectorLayer, table: str) -> None:
    """The style stored with the data, or the plugin's own when the database has none (or no rights)."""
    result = layer.loadDefaultStyle()
    loaded = result[1] if isinstance(result, tuple) else result
    if not loaded:
        (style_incidents if table == schema.INCIDENTS else style_provinces)(layer)
