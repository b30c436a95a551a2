"""Hot spots in 10 km hexagons over Iraq: binning the incidents, ours vs QGIS's native grid and point
count; Gi* with the FDR bins, ours (numpy) vs PySAL's esda (G_Local with a libpysal distance band)."""

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

    results = []
    for name, ours_action, theirs_action, notes in (
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
