"""Filter change to a repainted choropleth, ours vs QGIS's own way, on the same data."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from inputs import incident_geopackage

REPEATS = 5


def _render(layer) -> None:
    from map_render import render_layers

    render_layers([layer], layer.extent(), (1600, 1200))


def run(rows: int, scratch: Path) -> list[dict]:
    import processing
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.maps.choropleth import (
        ChoroplethSettings,
        apply_choropleth,
        previous_period,
        province_values,
        read_provinces,
    )
    from incident_atlas.plugin.core.session.filter_session import FilterSession
    from qgis.core import QgsClassificationJenks, QgsGraduatedSymbolRenderer, QgsVectorLayer

    gpkg = incident_geopackage(rows, scratch)
    incidents = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    provinces = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
    session = FilterSession(gpkg, incidents)
    columns = session.columns()
    province_list = read_provinces(provinces)
    settings = ChoroplethSettings()
    filters = {
        "broad (no actor, 2 years)": IncidentFilter(date_from=date(2019, 6, 1), date_to=date(2021, 5, 31)),
        "everything": IncidentFilter(),
    }
    results = []
    for label, incident_filter in filters.items():

        def ours(incident_filter=incident_filter):
            session.apply(incident_filter)
            previous = previous_period(incident_filter)
            counts = columns.count_by_province(incident_filter)
            before = None if previous is None else columns.count_by_province(previous)
            apply_choropleth(provinces, province_values(province_list, counts, before), settings)
            _render(provinces)

        times = []
        for _ in range(REPEATS):
            columns.forget_results()
            incidents.setSubsetString("fatalities >= 0")
            started = time.perf_counter()
            ours()
            times.append(time.perf_counter() - started)
        ours_seconds = statistics.median(times)

        counted = None

        def qgis_way(incident_filter=incident_filter):
            nonlocal counted
            incidents.setSubsetString(incident_filter.to_sql())
            counted = processing.run(
                "native:countpointsinpolygon",
                {"POLYGONS": provinces, "POINTS": incidents, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"},
            )["OUTPUT"]
            renderer = QgsGraduatedSymbolRenderer("NUMPOINTS")
            renderer.setClassificationMethod(QgsClassificationJenks())
            renderer.updateClasses(counted, 5)
            counted.setRenderer(renderer)
            _render(counted)

        started = time.perf_counter()
        qgis_way()
        theirs = time.perf_counter() - started
        results.append(
            {
                "name": f"filter -> repainted choropleth: {label}",
                "rows": rows,
                "ours": ours_seconds,
                "theirs": theirs,
                "notes": f"ours {ours_seconds * 1000:.0f} ms (median of {REPEATS}, incl. 1600x1200 render); QGIS: "
                "subset + native:countpointsinpolygon + updateClasses + render",
            }
        )
    return results
