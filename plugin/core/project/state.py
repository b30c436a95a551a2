"""The analyst's filters and presets, kept in the QGIS project so reopening restores them.

Stored as one JSON document under the project's "IncidentAtlas" scope: it travels with the
.qgz, needs no plugin-side file, and a project without it simply starts unfiltered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from qgis.core import QgsProject

from ..filters import IncidentFilter
from ..i18n import tr
from ..maps.choropleth import ChoroplethSettings

SCOPE = "IncidentAtlas"
KEY = "state"
PRESETS_FORMAT = "incident-atlas-presets"
PRESETS_VERSION = 1


@dataclass
class ProjectState:
    active: dict[str, IncidentFilter] = field(default_factory=dict)  # GeoPackage path -> filter
    presets: dict[str, IncidentFilter] = field(default_factory=dict)
    # source key -> the Map section: {"enabled": bool, **ChoroplethSettings.to_dict()}
    maps: dict[str, dict] = field(default_factory=dict)
    preset_maps: dict[str, dict] = field(default_factory=dict)  # preset name -> its Map section, as above
    # source key -> {"incidents": layer id, "provinces": layer id}: the layers the dock opened
    layers: dict[str, dict[str, str]] = field(default_factory=dict)
    # source key -> {role: layer id} of the layouts' helper layers; "" -> the ones all sources share
    layout_layers: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "active": {path: json.loads(f.to_json()) for path, f in self.active.items()},
                "presets": {name: json.loads(f.to_json()) for name, f in self.presets.items()},
                "maps": self.maps,
                "preset_maps": self.preset_maps,
                "layers": self.layers,
                "layout_layers": self.layout_layers,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> ProjectState:
        data = json.loads(text) if text else {}
        return cls(
            active={p: IncidentFilter.from_json(json.dumps(v)) for p, v in data.get("active", {}).items()},
            presets={n: IncidentFilter.from_json(json.dumps(v)) for n, v in data.get("presets", {}).items()},
            maps={key: dict(value) for key, value in data.get("maps", {}).items() if isinstance(value, dict)},
            preset_maps={
                name: dict(value) for name, value in data.get("preset_maps", {}).items() if isinstance(value, dict)
            },
            layers=_ids(data.get("layers")),
            layout_layers=_ids(data.get("layout_layers")),
        )


def _ids(values) -> dict[str, dict[str, str]]:
    """Layer ids by source and role, as stored; anything else (a damaged entry) is left out."""
    if not isinstance(values, dict):
        return {}
    return {
        str(key): {str(role): str(layer_id) for role, layer_id in roles.items() if isinstance(layer_id, str)}
        for key, roles in values.items()
        if isinstance(roles, dict)
    }


def map_section(values: dict | None) -> tuple[ChoroplethSettings, bool]:
    values = dict(values or {})
    enabled = bool(values.pop("enabled", True))
    try:
        return ChoroplethSettings.from_dict(values), enabled
    except (ValueError, TypeError):  # a damaged entry: the defaults, not a broken dock
        return ChoroplethSettings(), True


def read_state(project: QgsProject | None = None) -> ProjectState:
    project = project or QgsProject.instance()
    text, _found = project.readEntry(SCOPE, KEY, "")
    try:
        return ProjectState.from_json(text)
    except (ValueError, TypeError, KeyError):
        return ProjectState()  # a damaged entry must not stop the project from opening


def write_state(state: ProjectState, project: QgsProject | None = None) -> None:
    project = project or QgsProject.instance()
    text = state.to_json()
    if project.readEntry(SCOPE, KEY, "")[0] != text:
        project.writeEntry(SCOPE, KEY, text)


def presets_to_json(presets: dict[str, IncidentFilter], maps: dict[str, dict] | None = None) -> str:
    """A file colleagues can import: named filters and their Map sections, with a format tag and version."""
    return json.dumps(
        {
            "format": PRESETS_FORMAT,
            "version": PRESETS_VERSION,
            "presets": {name: json.loads(f.to_json()) for name, f in presets.items()},
            "maps": {name: values for name, values in (maps or {}).items() if name in presets},
        },
        ensure_ascii=False,
        indent=2,
        sort_keys=True,
    )


def presets_from_json(text: str) -> tuple[dict[str, IncidentFilter], dict[str, dict]]:
    """The presets of a file and the Map sections saved with them (none in files of older versions)."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != PRESETS_FORMAT:
        raise ValueError(tr("This file holds no Incident Atlas filter presets"))
    presets = {name: IncidentFilter.from_json(json.dumps(value)) for name, value in data.get("presets", {}).items()}
    maps = {name: dict(v) for name, v in data.get("maps", {}).items() if isinstance(v, dict) and name in presets}
    return presets, maps
