"""Hot spots in 10 km hexagons over Iraq: binning the incidents, ours vs QGIS's native grid and point
count; Gi* with the FDR bins, ours (numpy) vs PySAL's esda (G_Local with a libpysal distance band); and
the dock's hot spots and emerging hot spots after a filter change (the units kept, as the dock keeps them)
vs the established way: QGIS counting the filtered points in the hexagons, then esda (and pymannkendall
for each unit's trend)."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

from inputs import incident_geopackage, median_seconds

CELL_SIZE = 10_000.0
REPEATS = 3


def run(rows: int, scratch: Path) -> list[dict]:
    import numpy as np
    import processing
    from incident_atlas.plugin.core.hotspots.gi_star import default_distance_band, gi_star
    from incident_atlas.plugin.core.hotspots.hexagons import SQRT3
    from incident_atlas.plugin.core.hotspots.units import hexagon_units
    from qgis.core import QgsVectorLayer

    gpkg = incident_geopackage(rows, scratch)
    with closing(sqlite3.connect(gpkg)) as db:
        points = np.array(
            db.execute(
                "SELECT longitude, latitude FROM incidents WHERE geom IS NOT NULL AND geo_precision <= 2"
            ).fetchall(),
            dtype=float,
        )
    provinces = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
    with closing(sqlite3.connect(gpkg)) as db:
        countries = {country for (country,) in db.execute("SELECT DISTINCT country FROM incidents")}
    # The study area as incidentatlas:hotspots takes it: the provinces of the countries with incidents.
    area = [f.geometry() for f in provinces.getFeatures() if f["country"] in countries]
    lon, lat = points[:, 0], points[:, 1]
    units = hexagon_units(area, lon, lat, CELL_SIZE)

    def ours_binning():
        hexagon_units(area, lon, lat, CELL_SIZE)

    incidents = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    incidents.setSubsetString('"geo_precision" <= 2')

    def qgis_binning():
        # The same hexagons (QGIS's hexagon grid is sized by its side), in the same projection, then
        # reprojected points counted in each: the way an analyst does it with the Toolbox.
        extent = area[0].boundingBox()
        for geometry in area[1:]:
            extent.combineExtentWith(geometry.boundingBox())
        grid = processing.run(
            "native:creategrid",
            {
                "TYPE": 4,
                "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()} "
                "[EPSG:4326]",
                "HSPACING": CELL_SIZE / SQRT3 * 1.5,
                "VSPACING": CELL_SIZE,
                "CRS": units.crs(),
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
        processing.run(
            "native:countpointsinpolygon",
            {"POLYGONS": grid, "POINTS": incidents, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"},
        )

    band = default_distance_band(units.centres)

    def ours_gi():
        gi_star(units.counts, units.centres, band)

    def esda_gi():
        import libpysal
        from esda.getisord import G_Local
        from incident_atlas.plugin.core.hotspots.gi_star import confidence_bins

        weights = libpysal.weights.DistanceBand(units.centres, threshold=band * (1 + 1e-9), silence_warnings=True)
        result = G_Local(units.counts.astype(float), weights, transform="B", star=True, permutations=0)
        confidence_bins(result.Zs, 2 * result.p_norm)  # the same FDR bins on esda's z

    live_rows = live(gpkg, incidents, weeks=52 if rows >= 100_000 else 3)
    results = []
    for name, ours_action, theirs_action, notes in (
        *live_rows,
        (
            f"hexagons of {CELL_SIZE / 1000:.0f} km, incidents binned",
            ours_binning,
            qgis_binning,
            f"{len(units.counts):,} cells, {len(lon):,} precise incidents; QGIS: native:creategrid + "
            "countpointsinpolygon",
        ),
        (
            "Gi* and FDR bins over those hexagons",
            ours_gi,
            esda_gi,
            f"band {band:,.0f} m; established: esda G_Local(star=True) with a libpysal DistanceBand",
        ),
    ):
        ours = median_seconds(ours_action, repeats=REPEATS)
        started = time.perf_counter()
        theirs_action()
        theirs = time.perf_counter() - started
        results.append(
            {"name": name, "rows": rows, "ours": ours, "theirs": theirs, "notes": f"ours: median of {REPEATS}; {notes}"}
        )
    return results


def live(gpkg: Path, incidents, weeks: int = 52) -> list[tuple]:
    """The dock's rows: a filter change recounted with the hexagons kept (LiveHotSpots), from the columns;
    the established way on the same hexagons, over `weeks` of the 52 (fewer in a smoke run: a QGIS point
    count a week takes minutes over 52 weeks)."""
    import numpy as np
    import processing
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.hotspots.live import HotSpotSettings, LiveHotSpots
    from incident_atlas.plugin.core.hotspots.units import province_polygons
    from incident_atlas.plugin.core.periods import day_number, from_day_number
    from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
    from qgis.core import QgsFeature, QgsFields, QgsVectorLayer

    source = GeoPackageSource(gpkg)
    columns = source.facet_counts(None)
    provinces = province_polygons(QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr"))
    last = from_day_number(int(np.asarray(columns.day).max()))
    year = IncidentFilter(date_from=from_day_number(int(np.asarray(columns.day).max()) - 363), date_to=last)
    filters = [year.with_changes(fatalities_min=minimum) for minimum in (0, 1)]  # two filters, alternated
    hot = HotSpotSettings(show="hotspots", units="hexagons", cell_size=CELL_SIZE, distance_band=CELL_SIZE)
    emerging = HotSpotSettings(**{**hot.to_dict(), "show": "emerging", "interval": "week"})
    live_units = LiveHotSpots()
    units = live_units.compute(columns, filters[0], hot, provinces).units  # built once, as the dock does
    band = CELL_SIZE
    turn = [0]

    def change(settings):
        def action():
            turn[0] += 1
            columns.forget_results()  # measured from a filter change, not a remembered mask
            live_units.compute(columns, filters[turn[0] % 2], settings, provinces)

        return action

    grid_layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "grid", "memory")
    grid_layer.setCrs(units.crs())
    grid_layer.dataProvider().addAttributes(list(QgsFields()))
    features = []
    for geometry in units.geometries:
        feature = QgsFeature()
        feature.setGeometry(geometry)
        features.append(feature)
    grid_layer.dataProvider().addFeatures(features)

    def counted(incident_filter) -> np.ndarray:
        incidents.setSubsetString(incident_filter.with_changes(max_geo_precision=2).to_sql())
        result = processing.run(
            "native:countpointsinpolygon",
            {"POLYGONS": grid_layer, "POINTS": incidents, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"},
        )["OUTPUT"]
        return np.array([f["NUMPOINTS"] for f in result.getFeatures()], dtype=float)

    def established_hot():
        import libpysal
        from esda.getisord import G_Local

        weights = libpysal.weights.DistanceBand(units.centres, threshold=band * (1 + 1e-9), silence_warnings=True)
        G_Local(counted(filters[1]), weights, transform="B", star=True, permutations=0)

    def established_emerging():
        # Per week: QGIS counts the week's points in the cells and esda's Gi*; then each cell's trend.
        import libpysal
        import pymannkendall
        from esda.getisord import G_Local

        weights = libpysal.weights.DistanceBand(units.centres, threshold=band * (1 + 1e-9), silence_warnings=True)
        first = day_number(filters[1].date_from)
        z = []
        for week in range(weeks):
            week_filter = filters[1].with_changes(
                date_from=from_day_number(first + 7 * week), date_to=from_day_number(first + 7 * week + 6)
            )
            counts = counted(week_filter)
            z.append(G_Local(counts, weights, transform="B", star=True, permutations=0).Zs if counts.any() else counts)
        for series in np.array(z).T:
            pymannkendall.original_test(series)

    return [
        (
            "dock: hot spots after a filter change",
            change(hot),
            established_hot,
            f"{len(units.counts):,} hexagons kept, the filtered incidents recounted from the columns; established: "
            "the filter as a subset string, native:countpointsinpolygon, esda G_Local",
        ),
        (
            "dock: emerging hot spots, 52 weekly steps",
            change(emerging),
            established_emerging,
            "space-time Gi*, Mann-Kendall per cell, 17 categories; established: per week "
            f"native:countpointsinpolygon + esda G_Local, then pymannkendall per cell ({weeks} of 52 weeks)",
        ),
    ]
