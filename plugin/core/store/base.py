"""Where incidents live: a GeoPackage file or a PostGIS schema, behind one small interface.

Queries, the dock, the choropleth and the exports take either; `as_source` turns a path or a
stored key ("postgres:<connection>/<schema>") into one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import schema
from .postgis import PostgresSource


class GeoPackageSource:
    dialect = "sqlite"
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

    def connect_read(self) -> sqlite3.Connection:
        # immutable is not used: another process may be importing; mode=ro still sees committed state.
        return sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True, timeout=10)

    def problems(self) -> list[str]:
        return schema.schema_problems(self.path)

    def __eq__(self, other) -> bool:
        return isinstance(other, GeoPackageSource) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"GeoPackageSource({str(self.path)!r})"


IncidentSource = GeoPackageSource | PostgresSource


def as_source(value) -> IncidentSource:
    if isinstance(value, (GeoPackageSource, PostgresSource)):
        return value
    postgres = PostgresSource.from_key(str(value))
    return postgres if postgres is not None else GeoPackageSource(value)
