"""A click on a unit of the hot spot map lists its incidents: they are selected on the incidents layer
and QGIS's attribute table opens on them."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.gui import QgsMapToolIdentifyFeature

from ..core.i18n import tr
from .guard import guarded_slot


class UnitIncidentsTool:
    """The dock's "List a unit's incidents" button arms a map tool on the hot spot layer."""

    def __init__(self, iface, dock):
        self.iface = iface
        self.dock = dock
        self.canvas = iface.mapCanvas()
        self.tool = QgsMapToolIdentifyFeature(self.canvas)
        self.tool.featureIdentified.connect(self.unit_clicked)
        self.button = dock.map.hot_spots.list_button
        self.button.toggled.connect(self.arm)
        self.canvas.mapToolSet.connect(self._tool_changed)

    def teardown(self) -> None:
        self.button.toggled.disconnect(self.arm)
        self.canvas.mapToolSet.disconnect(self._tool_changed)
        self.tool.featureIdentified.disconnect(self.unit_clicked)
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)

    @guarded_slot
    def arm(self, on: bool) -> None:
        layer = self.dock.shown_hot_spot_layer()
        if on and layer is None:
            self.button.setChecked(False)
            return
        if on:
            self.tool.setLayer(layer)
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)

    @guarded_slot
    def _tool_changed(self, new_tool, _old_tool=None) -> None:
        if new_tool is not self.tool and self.button.isChecked():
            self.button.setChecked(False)  # the analyst chose another tool

    @guarded_slot
    def unit_clicked(self, feature) -> None:
        listed = self.dock.select_unit_incidents(feature["unit_id"])
        if listed is None:
            return
        expression, count = listed
        self.dock.notify(
            tr("{unit}: %n incidents selected", "", count).format(unit=feature["name"] or feature["unit_id"]),
            Qgis.MessageLevel.Info,
        )
        show_table = getattr(self.iface, "showAttributeTable", None)
        if count and show_table is not None:
            show_table(self.dock.session.layer, expression)
