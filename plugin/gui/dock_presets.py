"""The dock's filter presets: saved in the project, exported to and imported from JSON."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.i18n import tr
from ..core.project.state import presets_from_json, presets_to_json, read_state, write_state
from .guard import guarded_slot


class PresetsMixin:
    """Part of IncidentDock: needs its project, presets bar, current_filter, set_filter and notify."""

    def connect_presets(self) -> None:
        self.presets.chosen.connect(self.load_preset)
        self.presets.save_clicked.connect(self._ask_save_preset)
        self.presets.delete_clicked.connect(self.delete_preset)
        self.presets.export_clicked.connect(self._ask_export_presets)
        self.presets.import_clicked.connect(self._ask_import_presets)

    def save_preset(self, name: str) -> None:
        """The filter and the Map section (measure, method, classes, ramp, breaks) under one name."""
        state = read_state(self.project)
        state.presets[name] = self.current_filter()
        try:
            state.preset_maps[name] = self.map_state()
        except ValueError:  # unreadable fixed breaks: the preset keeps the filter alone
            state.preset_maps.pop(name, None)
        write_state(state, self.project)
        self.presets.set_names(state.presets, current=name)

    @guarded_slot
    def load_preset(self, name: str) -> None:
        state = read_state(self.project)
        preset = state.presets.get(name)
        if preset is None or self.session is None:
            return
        if name in state.preset_maps:  # shown before the filter applies, so the map is drawn once, as saved
            self.show_stored_map(state.preset_maps[name])
            self._remember_map()
        self.set_filter(preset)

    @guarded_slot
    def delete_preset(self, name: str) -> None:
        state = read_state(self.project)
        if state.presets.pop(name, None) is not None:
            state.preset_maps.pop(name, None)
            write_state(state, self.project)
        self.presets.set_names(state.presets)

    def export_presets(self, path: Path | str) -> None:
        state = read_state(self.project)
        Path(path).write_text(presets_to_json(state.presets, state.preset_maps), encoding="utf-8")

    def import_presets(self, path: Path | str) -> list[str]:
        incoming, maps = presets_from_json(Path(path).read_text(encoding="utf-8"))
        state = read_state(self.project)
        state.presets.update(incoming)
        for name in incoming:  # a preset from an older file has no Map section: it keeps none
            state.preset_maps.pop(name, None)
        state.preset_maps.update(maps)
        write_state(state, self.project)
        self.presets.set_names(state.presets)
        return sorted(incoming)

    @guarded_slot
    def _ask_save_preset(self) -> None:
        from qgis.PyQt.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, tr("Save filter preset"), tr("Name"))
        if ok and name.strip():
            self.save_preset(name.strip())

    @guarded_slot
    def _ask_export_presets(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export presets"), "", tr("JSON (*.json)"))
        if path:
            self.export_presets(path)

    @guarded_slot
    def _ask_import_presets(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import presets"), "", tr("JSON (*.json)"))
        if not path:
            return
        try:
            names = self.import_presets(path)
        except (OSError, ValueError) as error:
            self.notify(tr("Could not import presets: {0}").format(error), Qgis.MessageLevel.Warning)
            return
        self.notify(tr("Imported presets: {0}").format(", ".join(names)), Qgis.MessageLevel.Info)
