"""Bringing an incident GeoPackage into a QGIS project, and finding the ones already there."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from . import schema
from .i18n import tr
from .styles import set_incident_temporal_properties

# Custom properties mark our layers, so the dock finds them again after a project is reopened.
ROLE_PROPERTY = "incident_atlas/role"
SOURCE_PROPERTY = "incident_atlas/geopackage"


class NotAnIncidentGeoPackageError(ValueError):
    pass


def open_incident_geopackage(path: Path | str, project: QgsProject | None = None) -> QgsLayerTreeGroup:
    """Add incidents and provinces in one group at the top, styled from layer_styles."""
    path = Path(path)
    problems = schema.schema_problems(path)
    if problems:
        raise NotAnIncidentGeoPackageError(
            tr("{name} is not an incident GeoPackage: ").format(name=path.name) + "; ".join(problems)
        )
    project = project or QgsProject.instance()
    layers = {}
    for table in (schema.INCIDENTS, schema.PROVINCES):
        layer = QgsVectorLayer(f"{path}|layername={table}", f"{path.stem} — {table}", "ogr")
        if not layer.isValid():
            raise NotAnIncidentGeoPackageError(
                tr("QGIS cannot open the {table} layer of {name}").format(table=table, name=path.name)
            )
        layer.loadDefaultStyle()
        layer.setCustomProperty(ROLE_PROPERTY, table)
        layer.setCustomProperty(SOURCE_PROPERTY, str(path.resolve()))
        layers[table] = layer
    set_incident_temporal_properties(layers[schema.INCIDENTS])
    group = project.layerTreeRoot().insertGroup(0, path.stem)
    for layer in layers.values():
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group


def incident_sources(project: QgsProject | None = None) -> dict[str, dict[str, QgsVectorLayer]]:
    """GeoPackage path -> {"incidents": layer, "provinces": layer} for every one in the project."""
    project = project or QgsProject.instance()
    found: dict[str, dict[str, QgsVectorLayer]] = {}
    for layer in project.mapLayers().values():
        role = layer.customProperty(ROLE_PROPERTY)
        source = layer.customProperty(SOURCE_PROPERTY)
        if role in (schema.INCIDENTS, schema.PROVINCES) and source:
            found.setdefault(str(source), {})[str(role)] = layer
    return {source: roles for source, roles in found.items() if schema.INCIDENTS in roles}
