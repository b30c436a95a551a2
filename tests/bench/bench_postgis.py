"""The broad filter with per-province counts on PostGIS vs the GeoPackage, same incidents, same run."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from inputs import acled_csv, incident_geopackage

REPEATS = 7


def _median_seconds(action) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(rows: int, scratch: Path) -> list[dict]:
    import postgis_server
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
    from incident_atlas.plugin.core.store import queries
    from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
    from incident_atlas.plugin.core.store.postgis import PostgresSource
    from qgis.core import QgsVectorLayer

    gpkg = GeoPackageSource(incident_geopackage(rows, scratch))
    cluster = postgis_server.start()
    try:
        postgis = PostgresSource(postgis_server.register_qgis_connection(cluster), "bench")
        started = time.perf_counter()
        import_incidents(ImportOptions(source=acled_csv(rows, scratch), output=postgis))
        import_seconds = time.perf_counter() - started
        broad = IncidentFilter(date_from=date(2019, 6, 1), date_to=date(2021, 5, 31))
        measured = {}
        for name, source in (("postgis", postgis), ("gpkg", gpkg)):
            layer = QgsVectorLayer(source.layer_uri("incidents"), "incidents", source.provider)

            def filter_and_count(source=source, layer=layer):
                layer.setSubsetString(broad.to_sql(dialect=source.dialect))
                queries.summary(source, broad)
                queries.count_by_province(source, broad)

            measured[name] = _median_seconds(filter_and_count)
        counts_equal = queries.count_by_province(postgis, broad) == queries.count_by_province(gpkg, broad)
    finally:
        postgis_server.stop(cluster)
    return [
        {
            "name": "broad filter -> subset+summary+per-province counts: PostGIS vs GeoPackage (SQL)",
            "rows": rows,
            "ours": measured["postgis"],
            "theirs": measured["gpkg"],
            "notes": f"median of {REPEATS}; PostGIS {measured['postgis'] * 1000:.0f} ms (server-side), GeoPackage "
            f"{measured['gpkg'] * 1000:.0f} ms (SQLite); same counts: {counts_equal}; "
            f"import into PostGIS {import_seconds:.1f} s",
        }
    ]
