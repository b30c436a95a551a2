"""Bringing an incident GeoPackage into a QGIS project, and finding the ones already there."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..errors import NotAnIncidentStoreError
from ..i18n import tr
from ..log import log
from ..maps.styles import load_default_style, set_incident_temporal_properties
from ..store import schema
from ..store.geopackage import GeoPackageSource
from ..store.sources import as_source
from .state import read_state, write_state

# The project state keeps the ids of the layers the dock opened. These custom properties mark them too,
# for projects saved before the ids were kept; clones carry them, so they are only a fallback.
ROLE_PROPERTY = "incident_atlas/role"
SOURCE_PROPERTY = "incident_atlas/geopackage"


# The name callers know; the store says "GeoPackage or schema" as the same error.
NotAnIncidentGeoPackageError = NotAnIncidentStoreError


def open_incident_geopackage(path: Path | str, project: QgsProject | None = None) -> QgsLayerTreeGroup:
    return open_incident_source(GeoPackageSource(path), project)


def open_incident_source(source, project: QgsProject | None = None) -> QgsLayerTreeGroup:
    """Add incidents and provinces in one group at the top, styled from layer_styles."""
    source = as_source(source)
    problems = source.problems()
    if problems:
        raise NotAnIncidentGeoPackageError(
            tr("{name} is not an incident GeoPackage: ").format(name=source.label) + "; ".join(problems)
        )
    if source.upgrade() is not None:  # before any layer reads the tables
        message = tr("{name} was upgraded to schema version {version}")
        log(message.format(name=source.label, version=schema.SCHEMA_VERSION))
    project = project or QgsProject.instance()
    layers = {}
    for table in (schema.INCIDENTS, schema.PROVINCES):
        layer = source.open_layer(table, f"{source.label} — {table}")
        load_default_style(layer, table)
        layer.setCustomProperty(ROLE_PROPERTY, table)
        layer.setCustomProperty(SOURCE_PROPERTY, source.key)
        layers[table] = layer
    set_incident_temporal_properties(layers[schema.INCIDENTS])
    # Before the layers are added: the project's layersAdded already finds them by these ids.
    state = read_state(project)
    state.layers[source.key] = {role: layer.id() for role, layer in layers.items()}
    write_state(state, project)
    group = project.layerTreeRoot().insertGroup(0, source.label)
    # Both at once: the dock's session, started on layersAdded, finds (and reopens) both.
    project.addMapLayers(list(layers.values()), False)
    for layer in layers.values():
        group.addLayer(layer)
    return group


def incident_sources(project: QgsProject | None = None) -> dict[str, dict[str, QgsVectorLayer]]:
    """Source key (GeoPackage path or postgres:<connection>/<schema>) -> {"incidents": layer, "provinces": layer}.

    The layers the dock opened, by the ids in the project state; a project saved before those were kept
    finds its layers by their tags, among the layers of its layer tree (copies made for layouts are not)."""
    project = project or QgsProject.instance()
    found: dict[str, dict[str, QgsVectorLayer]] = {}
    for key, roles in read_state(project).layers.items():
        for role, layer_id in roles.items():
            layer = project.mapLayer(layer_id)
            if role in (schema.INCIDENTS, schema.PROVINCES) and isinstance(layer, QgsVectorLayer):
                found.setdefault(key, {})[role] = layer
    tree = project.layerTreeRoot()
    for layer in project.mapLayers().values():
        role = layer.customProperty(ROLE_PROPERTY)
        source = layer.customProperty(SOURCE_PROPERTY)
        if role not in (schema.INCIDENTS, schema.PROVINCES) or not source or tree.findLayer(layer.id()) is None:
            continue
        found.setdefault(str(source), {}).setdefault(str(role), layer)
    return {source: roles for source, roles in found.items() if schema.INCIDENTS in roles}
