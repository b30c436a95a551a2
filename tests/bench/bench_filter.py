"""Filter change to updated subset + summary + per-province counts, ours vs QGIS's own way."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from inputs import incident_geopackage, median_seconds

REPEATS = 7


def run(rows: int, scratch: Path) -> list[dict]:
    import processing
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.session.filter_session import FilterSession
    from qgis.core import QgsVectorLayer

    gpkg = incident_geopackage(rows, scratch)
    layer = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    provinces = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
    session = FilterSession(gpkg, layer)
    started = time.perf_counter()
    columns = session.columns()
    load_seconds = time.perf_counter() - started

    two_years = {"date_from": date(2019, 6, 1), "date_to": date(2021, 5, 31)}
    filters = {
        "selective (3 actors, 2 years)": IncidentFilter(
            actors=("Islamic State (Iraq)", "Peshmerga", "Popular Mobilization Forces"),
            actor_role="primary",
            **two_years,
        ),
        "broad (no actor, 2 years)": IncidentFilter(**two_years),
        "everything": IncidentFilter(),
    }
    results = []
    for label, incident_filter in filters.items():

        def ours(incident_filter=incident_filter):
            session.apply(incident_filter)
            columns.summary(incident_filter)
            columns.count_by_province(incident_filter)

        def qgis_way(incident_filter=incident_filter):
            layer.setSubsetString(incident_filter.to_sql())
            processing.run(
                "native:countpointsinpolygon",
                {"POLYGONS": provinces, "POINTS": layer, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"},
            )

        def cold(incident_filter=incident_filter):
            # A filter change finds nothing remembered, and the layer still on the previous subset.
            columns.forget_results()
            layer.setSubsetString("fatalities >= 0")

        ours_seconds = median_seconds(ours, before=cold)
        started = time.perf_counter()
        qgis_way()
        theirs = time.perf_counter() - started
        results.append(
            {
                "name": f"filter -> subset+summary+counts: {label}",
                "rows": rows,
                "ours": ours_seconds,
                "theirs": theirs,
                "notes": f"ours: median of {REPEATS}, {ours_seconds * 1000:.1f} ms; QGIS: setSubsetString + "
                f"native:countpointsinpolygon; column load once {load_seconds:.1f} s",
            }
        )
    return results
