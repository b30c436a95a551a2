"""The dock's hot spots: what the worker needs (the provinces' and districts' polygons, read here on the
thread that owns their layers), the layer that shows the result, and the project's polygon layers
offered as districts."""

from __future__ import annotations

from qgis.core import Qgis, QgsVectorLayer

from ..core.compat import POLYGON_GEOMETRY
from ..core.hotspots.live import HotSpotSettings
from ..core.hotspots.units import Polygons, district_polygons, polygons_key, province_polygons
from ..core.i18n import tr
from ..core.maps.hot_spot_style import outline_provinces
from ..core.project.hot_spot_layer import hot_spot_layer, remove_hot_spot_layer, show_hot_spots
from ..core.project.layout_layers import HELPER_PROPERTY
from ..core.project.state import read_state
from .guard import guarded_slot


class HotSpotMixin:
    """Part of IncidentDock: needs its session, map section, project and provinces_layer()."""

    _province_polygons: Polygons | None = None
    _district_polygons: Polygons | None = None

    def connect_hot_spots(self) -> None:
        self.map.hot_spots.changed.connect(self._remember_map)
        self.map.hot_spots.changed.connect(self.debounce.start)  # a recount on the worker, once settled
        self.map.hot_spots.get_districts_button.clicked.connect(self.get_districts)
        self.refresh_district_layers()  # and again whenever the project's layers change (refresh_sources)

    @guarded_slot
    def refresh_district_layers(self, *_args) -> None:
        """Polygon layers the analyst has, but the dock's own (provinces, hot spots, layout helpers)."""
        ours = {layer_id for roles in read_state(self.project).layers.values() for layer_id in roles.values()}
        layers = [
            (layer.id(), layer.name())
            for layer in self.project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer)
            and layer.geometryType() == POLYGON_GEOMETRY
            and layer.id() not in ours
            and not layer.customProperty(HELPER_PROPERTY)
        ]
        self.map.hot_spots.set_district_layers(sorted(layers, key=lambda item: item[1].lower()))

    @guarded_slot
    def get_districts(self, *_args) -> None:
        """geoBoundaries' districts for the store's countries, through Processing's own dialog (its
        progress, cancel and log), then added to the project and chosen as the district layer."""
        if self.session is None:
            return
        source = self.session.source
        if self.session.gpkg is not None:
            parameters = {"INPUT": str(self.session.gpkg)}
        else:  # a PostGIS schema: its saved connection and schema
            parameters = {"DATABASE": source.connection, "SCHEMA": source.schema}
        results = self.run_get_districts(parameters)
        if results and results.get("OUTPUT"):
            self.add_district_layer(results["OUTPUT"], source.provider)

    @staticmethod
    def run_get_districts(parameters: dict) -> dict | None:
        import processing

        return processing.execAlgorithmDialog("incidentatlas:getdistricts", parameters)

    def add_district_layer(self, uri: str, provider: str = "ogr") -> QgsVectorLayer | None:
        layer = QgsVectorLayer(uri, tr("Districts (geoBoundaries)"), provider)
        if not layer.isValid():
            self.notify(tr("QGIS cannot open the districts: {0}").format(uri), Qgis.MessageLevel.Warning)
            return None
        self.project.addMapLayer(layer)  # the district list follows (refresh_sources)
        controls = self.map.hot_spots
        controls.districts.setCurrentIndex(controls.districts.findData(layer.id()))
        return layer

    def hot_spot_inputs(self) -> tuple[HotSpotSettings, Polygons, Polygons | None] | None:
        """What the worker needs for the map's hot spots; None when the map shows incidents by province."""
        settings = self.map.hot_spots.settings()
        provinces = self.provinces_layer()
        if settings.show == "incidents" or provinces is None:
            return None
        self._province_polygons = _current(self._province_polygons, "provinces", provinces, province_polygons)
        districts = None
        layer = self.project.mapLayer(settings.districts) if settings.units == "districts" else None
        if isinstance(layer, QgsVectorLayer):
            districts = self._district_polygons = _current(
                self._district_polygons, "districts", layer, district_polygons
            )
        return settings, self._province_polygons, districts

    def show_hot_spot_result(self, facets) -> bool:
        """Hot spots on the map where the facets have them (the provinces drawn as outlines over them);
        True when shown. Otherwise the layer goes and the status says why."""
        controls = self.map.hot_spots
        key = self.session.source.key
        provinces = self.provinces_layer()
        if controls.settings().show == "incidents" or facets is None or provinces is None:
            remove_hot_spot_layer(self.project, key)
            controls.status.setText("")
            return False
        if facets.hot_spots is None:
            remove_hot_spot_layer(self.project, key)
            controls.status.setText(facets.hot_spot_problem)
            return False
        outline_provinces(provinces)
        show_hot_spots(self.project, key, provinces, facets.hot_spots)
        controls.status.setText(facets.hot_spots.method_text())
        return True

    def select_unit_incidents(self, unit_id: int) -> tuple[str, int] | None:
        """Select the incidents counted in a unit of the map (by its unit_id) on the incidents layer;
        (an expression listing them, how many), or None when the map shows no hot spots."""
        result = self.last_facets.hot_spots if self.last_facets is not None else None
        if self.session is None or result is None:
            return None
        index = next((n for n, label in enumerate(result.units.labels) if int(label[0]) == int(unit_id)), None)
        fids = result.fids_in(index) if index is not None else []
        # By the fid field, not QGIS's feature ids: QGIS numbers a PostGIS bigint key its own way.
        listed = ", ".join(str(fid) for fid in fids) or "NULL"
        expression = f'"fid" IN ({listed})'
        self.session.layer.selectByExpression(expression)
        return expression, len(fids)

    def shown_hot_spot_layer(self):
        """The hot spot layer the map shows now, for layouts; None when it shows incidents by province."""
        if self.session is None or self.map.hot_spots.settings().show == "incidents":
            return None
        return hot_spot_layer(self.project, self.session.source.key)


def _current(polygons: Polygons | None, kind: str, layer, read) -> Polygons:
    """The polygons read from `layer`, read again only for another layer or source."""
    return polygons if polygons is not None and polygons.key == polygons_key(kind, layer) else read(layer)
