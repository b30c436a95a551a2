"""Weekly series for every province, and the change table, ours vs QGIS's own way."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from inputs import incident_geopackage, median_seconds

REPEATS = 7


def _count_in_qgis(layer, polygons, incident_filter) -> None:
    import processing

    layer.setSubsetString(incident_filter.to_sql())
    processing.run(
        "native:countpointsinpolygon",
        {"POLYGONS": polygons, "POINTS": layer, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"},
    )


def run(rows: int, scratch: Path) -> list[dict]:
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.periods import periods
    from incident_atlas.plugin.core.store import queries
    from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
    from incident_atlas.plugin.core.trends.change import Window, baseline_windows, change_by_province
    from incident_atlas.plugin.core.trends.series import province_series
    from qgis.core import QgsVectorLayer

    gpkg = incident_geopackage(rows, scratch)
    store = GeoPackageSource(gpkg)
    columns = store.facet_counts()
    provinces = queries.provinces(store)
    layer = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    polygons = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
    quarter = IncidentFilter(date_from=date(2021, 1, 1), date_to=date(2021, 3, 31))
    actor = quarter.with_changes(actors=("Islamic State (Iraq)",), actor_role="primary")
    results = []
    for label, incident_filter in (("broad (a quarter)", quarter), ("one actor (a quarter)", actor)):
        weeks = periods(incident_filter.date_from, incident_filter.date_to, "week")

        def series(incident_filter=incident_filter):
            province_series(columns, provinces, incident_filter, "week")

        def qgis_series(incident_filter=incident_filter, weeks=weeks):
            # A subset string per week and native:countpointsinpolygon for each.
            for span in weeks:
                _count_in_qgis(layer, polygons, incident_filter.with_changes(date_from=span.start, date_to=span.end))

        def change(incident_filter=incident_filter):
            change_by_province(columns, provinces, incident_filter, "previous", data_start=date(2000, 1, 1))

        def qgis_change(incident_filter=incident_filter):
            current = Window(incident_filter.date_from, incident_filter.date_to)
            for window in (current, *baseline_windows(current, "previous")):
                _count_in_qgis(
                    layer, polygons, incident_filter.with_changes(date_from=window.start, date_to=window.end)
                )

        for name, ours_action, theirs_action, notes in (
            (
                "weekly series, every province",
                series,
                qgis_series,
                f"QGIS: subset + countpointsinpolygon for each of {len(weeks)} weeks",
            ),
            (
                "change table with exact tests, every province",
                change,
                qgis_change,
                "ours: counts, p-values, q-values; QGIS: two subsets + countpointsinpolygon, no test",
            ),
        ):
            ours = median_seconds(ours_action, before=columns.forget_results)
            started = time.perf_counter()
            theirs_action()
            theirs = time.perf_counter() - started
            results.append(
                {
                    "name": f"{name}: {label}",
                    "rows": rows,
                    "ours": ours,
                    "theirs": theirs,
                    "notes": f"ours: median of {REPEATS}, {ours * 1000:.1f} ms; {notes}",
                }
            )
    return results
