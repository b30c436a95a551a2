"""The layers a print layout draws besides the analyst's own, made once per project and reused.

A layout needs the provinces as paper shows them (labels on bands), a plain locator for the inset, the
world's countries around it and, for many incidents, their density. Each export used to add a new set
to the project; these live in one hidden group of their own, their ids kept in the project state, and
every export brings the same layers up to date (so layouts already in the layout manager show the
latest map, as their legend, which shows the analyst's provinces layer, always did).
"""

from __future__ import annotations

from qgis.core import QgsExpressionContextUtils, QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..i18n import tr
from ..maps import layout as layouts
from ..maps.choropleth import CLASSES_NOTE, MEASURE_PROPERTY, VARIABLE, print_styling
from ..maps.layout import LayoutLayers, countries_layer, heatmap_copy, locator_copy
from .layers import ROLE_PROPERTY, SOURCE_PROPERTY
from .state import read_state, write_state

HELPER_PROPERTY = "incident_atlas/layout_layer"  # a helper's role; never the dock's incident/province tags
GROUP_PROPERTY = "incident_atlas/layout_layers_group"
COPIED_PROPERTIES = (CLASSES_NOTE, MEASURE_PROPERTY)
TAGS = (ROLE_PROPERTY, SOURCE_PROPERTY)


def helper_group(project: QgsProject) -> QgsLayerTreeGroup:
    """The group holding every helper, at the bottom of the layer tree, unchecked: never on the canvas."""
    root = project.layerTreeRoot()
    for group in root.findGroups():
        if group.customProperty(GROUP_PROPERTY):
            return group
    group = root.addGroup(tr("Incident Atlas layout layers"))
    group.setCustomProperty(GROUP_PROPERTY, True)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    return group


def _untagged(layer: QgsVectorLayer, role: str) -> QgsVectorLayer:
    """A helper carries none of the tags by which older projects' incident and province layers are found."""
    for key in TAGS:
        layer.removeCustomProperty(key)
    layer.setCustomProperty(HELPER_PROPERTY, role)
    return layer


def _stored(project: QgsProject, ids: dict, role: str) -> QgsVectorLayer | None:
    layer = project.mapLayer(ids.get(role) or "")
    return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None


def _add(project: QgsProject, layer: QgsVectorLayer, role: str) -> QgsVectorLayer:
    project.addMapLayer(_untagged(layer, role), False)
    helper_group(project).addLayer(layer)
    return layer


def _refresh_printed(printed: QgsVectorLayer, provinces: QgsVectorLayer) -> None:
    """The analyst's current map on the print layer: values, classes, notes and labels."""
    value = QgsExpressionContextUtils.layerScope(provinces).variable(VARIABLE)
    QgsExpressionContextUtils.setLayerVariable(printed, VARIABLE, value if value is not None else "{}")
    for key in COPIED_PROPERTIES:
        printed.setCustomProperty(key, provinces.customProperty(key))
    printed.setRenderer(provinces.renderer().clone())
    labeling = print_styling(provinces)
    if labeling is not None:
        printed.setLabeling(labeling)
    elif provinces.labeling() is not None:
        printed.setLabeling(provinces.labeling().clone())
    printed.setLabelsEnabled(provinces.labelsEnabled() or labeling is not None)
    printed.setSubsetString(provinces.subsetString())
    printed.triggerRepaint()


def layout_layers(
    project: QgsProject, key: str, incidents: QgsVectorLayer, provinces: QgsVectorLayer, incident_count: int
) -> LayoutLayers:
    """The helpers of the source `key` in `project`: found by the ids the state keeps, made once if missing.

    Above layout.DENSE_INCIDENTS filtered incidents the layout draws their density instead of every dot."""
    state = read_state(project)
    ids = dict(state.layout_layers.get(key, {}))
    shared = dict(state.layout_layers.get("", {}))
    printed = _stored(project, ids, "printed")
    if printed is None:
        printed = _add(project, provinces.clone(), "printed")
        printed.setName(tr("{name} (print)").format(name=provinces.name()))
    _refresh_printed(printed, provinces)
    locator = _stored(project, ids, "locator") or _add(project, locator_copy(provinces), "locator")
    countries = _stored(project, shared, "countries")
    if countries is None:
        made = countries_layer()
        countries = _add(project, made, "countries") if made is not None else None
    density = None
    if incident_count > layouts.DENSE_INCIDENTS:
        density = _stored(project, ids, "density") or _add(project, heatmap_copy(incidents), "density")
        density.setSubsetString(incidents.subsetString())
    ids.update(printed=printed.id(), locator=locator.id())
    if density is not None:
        ids["density"] = density.id()
    if countries is not None:
        shared["countries"] = countries.id()
    if state.layout_layers.get(key) != ids or state.layout_layers.get("", {}) != shared:
        state.layout_layers[key] = ids
        state.layout_layers[""] = shared
        write_state(state, project)
    return LayoutLayers(printed, locator, countries, density)


def prepare_project_layout(
    layout,
    key: str,
    incidents,
    provinces,
    texts,
    atlas: str = "none",
    incident_count: int = 0,
    atlas_order="count",
    hot_spots=None,
) -> LayoutLayers:
    """prepare_layout with the helpers of `key` in the layout's own project (made there once); hot_spots:
    the dock's hot spot layer, drawn instead of the incidents by province."""
    helpers = layout_layers(layout.project(), key, incidents, provinces, incident_count)
    helpers.hot_spots = hot_spots
    layouts.prepare_layout(layout, incidents, provinces, texts, helpers, atlas=atlas, atlas_order=atlas_order)
    return helpers
