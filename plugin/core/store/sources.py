"""Where incidents live: a GeoPackage file or a PostGIS schema, from a path, a key or a store.

`as_source` turns a path or a stored key ("postgres:<connection>/<schema>") into a store.
"""

from __future__ import annotations

from typing import Union

from .geopackage import GeoPackageSource
from .postgis import PostgresSource

IncidentSource = Union[GeoPackageSource, PostgresSource]  # not "|": QGIS 3.22 on Windows runs Python 3.9


def as_source(value) -> IncidentSource:
    if isinstance(value, (GeoPackageSource, PostgresSource)):
        return value
    postgres = PostgresSource.from_key(str(value))
    return postgres if postgres is not None else GeoPackageSource(value)
