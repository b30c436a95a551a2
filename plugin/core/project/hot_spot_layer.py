"""The dock's one hot spot layer per source: a memory layer of the units with their values, placed
under the provinces in the source's group, refilled at every filter change (never a new layer), and
removed when the map goes back to incidents by province."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsProject, QgsVectorLayer

from ..compat import make_field
from ..definitions import HOT_SPOT_MAPS, HOT_SPOT_UNITS
from ..hotspots.emerging import category_label
from ..hotspots.live import HotSpotMap
from ..maps.hot_spot_style import bin_label, emerging_renderer, hot_spot_renderer
from .state import read_state, write_state

ROLE = "hotspots"
UNITS_PROPERTY = "incident_atlas/hot_spot_units"  # which units the features are (a token per build)
PLACE_PROPERTY = "incident_atlas/hot_spot_place"  # the units it was placed for ("districts:<layer id>")
METHOD_PROPERTY = "incident_atlas/hot_spot_method"  # the method, band and rules, for layouts' provenance
FIELDS = (
    ("unit_id", "int"),
    ("name", "string"),
    ("country", "string"),
    ("incidents", "int"),
    ("gi_z", "double"),
    ("gi_p", "double"),
    ("gi_bin", "int"),
    ("category", "string"),
    ("label", "string"),  # what the legend calls the unit's class, for the identify panel and tables
    ("trend_z", "double"),
    ("hot_steps", "int"),
    ("cold_steps", "int"),
)


def hot_spot_layer(project: QgsProject, key: str) -> QgsVectorLayer | None:
    layer = project.mapLayer(read_state(project).layers.get(key, {}).get(ROLE, ""))
    return layer if isinstance(layer, QgsVectorLayer) else None


def remove_hot_spot_layer(project: QgsProject, key: str) -> None:
    layer = hot_spot_layer(project, key)
    state = read_state(project)
    if state.layers.get(key, {}).pop(ROLE, None) is not None:
        write_state(state, project)
    if layer is not None:
        project.removeMapLayer(layer.id())


def _number(value) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def _values(result: HotSpotMap, index: int) -> list:
    unit_id, name, country = result.units.labels[index]
    if result.emerging is not None:
        emerging = result.emerging
        category = emerging.categories[index]
        return [
            int(unit_id), str(name), str(country), int(result.counts[index]), None, None, None,
            category, category_label(category), _number(emerging.trend_z[index]),
            int(emerging.hot_steps[index]), int(emerging.cold_steps[index]),
        ]  # fmt: skip
    spots = result.hot_spots
    z = _number(spots.z[index])
    gi_bin = None if z is None else int(spots.bins[index])
    return [
        int(unit_id), str(name), str(country), int(result.counts[index]), z, _number(spots.p[index]), gi_bin,
        None, bin_label(gi_bin), None, None, None,
    ]  # fmt: skip


def layer_name(result: HotSpotMap) -> str:
    shown, units = HOT_SPOT_MAPS.by_key(result.settings.show), HOT_SPOT_UNITS.by_key(result.settings.units)
    return f"{shown.text()} — {units.text()}"


def show_hot_spots(project: QgsProject, key: str, provinces: QgsVectorLayer, result: HotSpotMap) -> QgsVectorLayer:
    """The source's hot spot layer with `result`: features rebuilt only when the units changed."""
    layer = hot_spot_layer(project, key)
    token = str(id(result.units))
    crs = result.units.crs()
    placed = f"{result.settings.units}:{result.settings.districts}"
    if layer is not None and (layer.crs() != crs or layer.customProperty(PLACE_PROPERTY) != placed):
        remove_hot_spot_layer(project, key)  # other units: another place in the layer tree, maybe another CRS
        layer = None
    if layer is None:
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(make_field(name, kind))
        layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid() or 'EPSG:4326'}", layer_name(result), "memory")
        layer.setCrs(crs)
        layer.dataProvider().addAttributes(list(fields))
        layer.updateFields()
        # Known as the dock's before it is added: whatever listens to layersAdded (the district list) skips it.
        state = read_state(project)
        state.layers.setdefault(key, {})[ROLE] = layer.id()
        write_state(state, project)
        layer.setCustomProperty(PLACE_PROPERTY, placed)
        project.addMapLayer(layer, False)
        districts = project.mapLayer(result.settings.districts) if result.settings.units == "districts" else None
        _place(project, layer, provinces, districts)
    provider = layer.dataProvider()
    if layer.customProperty(UNITS_PROPERTY) != token or layer.featureCount() != len(result.units.geometries):
        provider.truncate()
        features = []
        for index, geometry in enumerate(result.units.geometries):
            feature = QgsFeature(layer.fields())
            shape = QgsGeometry(geometry)
            shape.convertToMultiType()
            feature.setGeometry(shape)
            feature.setAttributes(_values(result, index))
            features.append(feature)
        provider.addFeatures(features)
        layer.setCustomProperty(UNITS_PROPERTY, token)
        layer.updateExtents()
    else:
        ids = sorted(layer.allFeatureIds())  # the units' order: they were added in it
        provider.changeAttributeValues({fid: dict(enumerate(_values(result, index))) for index, fid in enumerate(ids)})
    layer.setName(layer_name(result))
    layer.setCustomProperty(METHOD_PROPERTY, result.method_text())
    if result.emerging is not None:
        layer.setRenderer(emerging_renderer(set(result.emerging.categories)))
    else:
        layer.setRenderer(hot_spot_renderer({None} if np.isnan(result.hot_spots.z).any() else set()))
    layer.triggerRepaint()
    return layer


def _place(project: QgsProject, layer: QgsVectorLayer, provinces: QgsVectorLayer, districts=None) -> None:
    """Just above the analyst's district layer, where districts are the units (drawn over their own
    fill, as ArcGIS puts a tool's output over its input); otherwise in the provinces' group, just under
    them: their outlines and names stay on top."""
    root = project.layerTreeRoot()
    above = root.findLayer(districts.id()) if districts is not None else None
    below = root.findLayer(provinces.id()) if provinces is not None else None
    node = above or below
    parent = node.parent() if node is not None else root
    index = parent.children().index(node) + (0 if node is above else 1) if node is not None else 0
    parent.insertLayer(index, layer)
