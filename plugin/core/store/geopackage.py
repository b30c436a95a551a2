"""An incident GeoPackage as an incident store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..dialect import SQLITE
from ..errors import IncidentImportError
from ..i18n import tr
from . import column_store
from .base import LayerOpening
from .geopackage_schema import connect_read_only, create_incident_geopackage, geopackage_problems, upgrade_geopackage


class GeoPackageSource(LayerOpening):
    dialect = SQLITE
    provider = "ogr"

    def __init__(self, path: Path | str):
        self.path = Path(path)

    @property
    def key(self) -> str:
        return str(self.path.resolve())

    @property
    def label(self) -> str:
        return self.path.stem

    def layer_uri(self, table: str) -> str:
        return f"{self.path}|layername={table}"

    def table(self, name: str) -> str:
        return f'"{name}"'

    def connect_read(self) -> sqlite3.Connection:
        return connect_read_only(self.path)

    def facet_counts(self, previous=None):
        """The dock's counts: the incidents' columns in memory, loaded again whenever the file changed."""
        if previous is None or not previous.is_current():
            return column_store.load(self.path)
        return previous

    def problems(self) -> list[str]:
        return geopackage_problems(self.path)

    def upgrade(self) -> int | None:
        """An older schema brought to this version (returns the old version); None if it was current."""
        return upgrade_geopackage(self.path) if self.path.is_file() and not self.problems() else None

    def begin_import(self, options, default_styles=(), style_name: str = ""):
        """The import's writer. A new file is built beside the target and renamed when complete."""
        # Imported here: the writer needs pandas, which opening, filtering and styling never do.
        from .geopackage_writer import GeoPackageWriter

        if not self.path.exists():
            scratch = self.path.with_name(self.path.stem + ".importing.gpkg")
            scratch.unlink(missing_ok=True)
            created_with = f"Incident Atlas {options.plugin_version}".strip()
            create_incident_geopackage(scratch, created_with, default_styles, style_name)
            try:
                return GeoPackageWriter(scratch, scratch=True, final_path=self.path)
            except BaseException:
                scratch.unlink(missing_ok=True)
                raise
        problems = self.problems()
        if problems:
            raise IncidentImportError(
                tr("{name} is not an incident GeoPackage: ").format(name=self.path.name) + "; ".join(problems)
            )
        return GeoPackageWriter(self.path, scratch=False)

    def __eq__(self, other) -> bool:
        return isinstance(other, GeoPackageSource) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"GeoPackageSource({str(self.path)!r})"
