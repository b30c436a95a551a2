"""The dock's map: provinces coloured from the last counts, and the Map section kept in the project."""

from __future__ import annotations

from qgis.core import Qgis

from ..core.hotspots.live import HotSpotSettings
from ..core.i18n import tr
from ..core.maps.choropleth import apply_choropleth, province_values, read_provinces
from ..core.maps.styles import show_dots_when_zoomed_in, style_provinces
from ..core.project.layers import incident_sources
from ..core.project.state import map_section, read_state, write_state
from .guard import guarded_slot


class MapMixin:
    """Part of IncidentDock: needs its session, last_facets, map section, project and notify."""

    @guarded_slot
    def _remember_map(self) -> None:
        """The Map section's choices go into the project with the filter."""
        if self.session is None:
            return
        try:
            values = self.map_state()
        except ValueError:
            return  # unreadable fixed breaks: update_map says so; the last good choices stay stored
        state = read_state(self.project)
        state.maps[self.session.source.key] = values
        write_state(state, self.project)

    def map_state(self) -> dict:
        """The Map section as stored (with the filter, in presets); ValueError for unreadable breaks."""
        return {
            "enabled": self.map.enabled.isChecked(),
            **self.map.settings().to_dict(),
            "hot_spots": self.map.hot_spots.settings().to_dict(),
        }

    def show_stored_map(self, values: dict | None) -> None:
        """Stored Map section choices in the widgets, without a signal: the caller recounts once."""
        self.map.set_settings(*map_section(values))
        self.map.hot_spots.set_settings(HotSpotSettings.from_dict((values or {}).get("hot_spots")))
        self.map._choropleth_rows()

    def facets_pending(self) -> bool:
        return self.shown_generation != self.generation

    def provinces_layer(self):
        if self.session is None:
            return None
        return incident_sources(self.project).get(self.session.source.key, {}).get("provinces")

    def _dots_for(self, facets) -> None:
        """Many incidents: their dots at large scales only, and the summary's tooltip says so."""
        if self.session is None or facets is None:
            return
        dense = show_dots_when_zoomed_in(self.session.layer, facets.summary.incidents)
        self.summary_label.setToolTip(
            tr("Over 100,000 incidents: their dots show when zoomed in beyond 1:2,500,000; the provinces show all.")
            if dense
            else ""
        )

    @guarded_slot
    def update_map(self) -> None:
        """Restyle the provinces from the last counts; settings changes need no recount."""
        self._dots_for(self.last_facets)
        layer = self.provinces_layer()
        if layer is None or self.last_facets is None:
            return
        if not self.map.enabled.isChecked() and self.map.hot_spots.settings().show == "incidents":
            style_provinces(layer)
            self.show_hot_spot_result(None)
            layer.triggerRepaint()
            return
        try:
            settings = self.map.settings()
            if self.session.provinces is None:
                self.session.provinces = read_provinces(layer)
            values = province_values(
                self.session.provinces, self.last_facets.provinces, self.last_facets.previous_provinces
            )
            apply_choropleth(layer, values, settings)
        except ValueError as error:
            self.notify(tr("The map could not be styled: {0}").format(error), Qgis.MessageLevel.Warning)
        self.show_hot_spot_result(self.last_facets)
