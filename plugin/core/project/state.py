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

    def to_json(self) -> str:
        return json.dumps(
            {
                "active": {path: json.loads(f.to_json()) for path, f in self.active.items()},
                "presets": {name: json.loads(f.to_json()) for name, f in self.presets.items()},
                "maps": self.maps,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    def map_settings(self, key: str) -> tuple[ChoroplethSettings, bool]:
        """The Map section of a source as stored, and whether it colours provinces; defaults when absent."""
        values = dict(self.maps.get(key) or {})
        enabled = bool(values.pop("enabled", True))
        try:
            return ChoroplethSettings.from_dict(values), enabled
        except (ValueError, TypeError):  # a damaged entry: the defaults, not a broken dock
            return ChoroplethSettings(), True

    @classmethod
    def from_json(cls, text: str) -> ProjectState:
        data = json.loads(text) if text else {}
        return cls(
            active={p: IncidentFilter.from_json(json.dumps(v)) for p, v in data.get("active", {}).items()},
            presets={n: IncidentFilter.from_json(json.dumps(v)) for n, v in data.get("presets", {}).items()},
            maps={key: dict(value) for key, value in data.get("maps", {}).items() if isinstance(value, dict)},
        )


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


def presets_to_json(presets: dict[str, IncidentFilter]) -> str:
    """A file colleagues can import: named filters, with a format tag and version."""
    return json.dumps(
        {
            "format": PRESETS_FORMAT,
            "version": PRESETS_VERSION,
            "presets": {name: json.loads(f.to_json()) for name, f in presets.items()},
        },
        ensure_ascii=False,
        indent=2,
        sort_keys=True,
    )


def presets_from_json(text: str) -> dict[str, IncidentFilter]:
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != PRESETS_FORMAT:
        raise ValueError(tr("This file holds no Incident Atlas filter presets"))
    return {name: IncidentFilter.from_json(json.dumps(value)) for name, value in data.get("presets", {}).items()}
