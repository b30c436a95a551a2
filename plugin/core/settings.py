"""User settings that follow the analyst across projects, as a typed value over QgsSettings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from qgis.core import QgsSettings

from .filters import DEFAULT_ALIAS_GROUPS
from .i18n import tr

PREFIX = "incident_atlas/"
TEXT_SETTINGS = ("acled_api_url", "ucdp_api_url", "acled_authcfg", "ucdp_authcfg")


@dataclass
class PluginSettings:
    alias_groups: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_ALIAS_GROUPS))
    # Column mappings the analyst saved by name: name -> the mapping's JSON (as Processing's MAPPING).
    saved_mappings: dict[str, str] = field(default_factory=dict)
    border_km: float = 25.0  # a border event this close to its source's country is moved into it
    # Rows of two datasets are one event when their dates overlap within link_days and their (exact)
    # places lie within link_km (store/links.py widens both for vaguer rows).
    link_days: int = 1
    link_km: float = 10.0
    # The APIs' addresses when an organisation reaches them through a gateway (empty: the providers').
    acled_api_url: str = ""
    ucdp_api_url: str = ""
    # Which of QGIS's authentication configurations hold the accounts (their ids; never the secrets).
    acled_authcfg: str = ""
    ucdp_authcfg: str = ""

    @classmethod
    def load(cls) -> PluginSettings:
        settings = QgsSettings()
        loaded = cls()
        # Each value on its own: a damaged one falls back to its default rather than break the dock.
        try:
            text = settings.value(PREFIX + "alias_groups", "", type=str)
            if text:
                loaded.alias_groups = {str(k): tuple(str(n) for n in v) for k, v in json.loads(text).items()}
        except (ValueError, AttributeError, TypeError):
            pass
        try:
            text = settings.value(PREFIX + "saved_mappings", "", type=str)
            if text:
                loaded.saved_mappings = {str(k): str(v) for k, v in json.loads(text).items()}
        except (ValueError, AttributeError, TypeError):
            pass
        try:
            loaded.border_km = max(0.0, float(settings.value(PREFIX + "border_km", 25.0)))
        except (TypeError, ValueError):
            pass
        for name in TEXT_SETTINGS:
            setattr(loaded, name, str(settings.value(PREFIX + name, "") or ""))
        try:
            loaded.link_days = max(0, int(settings.value(PREFIX + "link_days", 1)))
            loaded.link_km = max(0.0, float(settings.value(PREFIX + "link_km", 10.0)))
        except (TypeError, ValueError):
            pass
        return loaded

    def save(self) -> None:
        settings = QgsSettings()
        groups = {k: list(v) for k, v in self.alias_groups.items()}
        settings.setValue(PREFIX + "alias_groups", json.dumps(groups, ensure_ascii=False))
        settings.setValue(PREFIX + "saved_mappings", json.dumps(self.saved_mappings, ensure_ascii=False))
        settings.setValue(PREFIX + "border_km", float(self.border_km))
        for name in TEXT_SETTINGS:
            settings.setValue(PREFIX + name, getattr(self, name))
        settings.setValue(PREFIX + "link_days", int(self.link_days))
        settings.setValue(PREFIX + "link_km", float(self.link_km))


def alias_groups_to_text(groups: dict[str, tuple[str, ...]]) -> str:
    """One "[group]" line, then one actor name per line: names may hold ';' and ',' themselves."""
    blocks = ["[" + name + "]\n" + "\n".join(members) for name, members in groups.items()]
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def alias_groups_from_text(text: str) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]") and len(line) > 2:
            name = line[1:-1].strip()
            if name in groups:
                raise ValueError(tr("Line {number}: the group [{name}] appears twice").format(number=number, name=name))
            current = groups[name] = []
        elif current is None:
            raise ValueError(
                tr("Line {number}: '{line}' comes before any [group] line").format(number=number, line=line)
            )
        elif line not in current:
            current.append(line)
    return {name: tuple(members) for name, members in groups.items()}
