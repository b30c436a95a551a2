"""CSV to incident GeoPackage: our importer vs QGIS's delimited text + join by location."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from inputs import acled_csv


def run(rows: int, scratch: Path) -> list[dict]:
    import processing
    from incident_atlas.plugin.core.ingest.provinces import world_map_path
    from qgis.core import QgsVectorLayer

    source = acled_csv(rows, scratch)

    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("import_once.py")), str(source), str(scratch / "ours.gpkg")],
        capture_output=True,
        text=True,
        check=True,
    )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    ours, peak_mb = measured["seconds"], measured["peak_mb"]
    assert measured["imported"] == rows, measured

    started = time.perf_counter()
    geopandas_way(source, scratch / "geopandas.gpkg", world_map_path())
    geopandas_seconds = time.perf_counter() - started

    started = time.perf_counter()
    uri = f"file://{source}?delimiter=,&xField=longitude&yField=latitude&crs=EPSG:4326&spatialIndex=no"
    points = QgsVectorLayer(uri, "incidents", "delimitedtext")
    provinces = QgsVectorLayer(f"{world_map_path()}|layername=states_provinces", "provinces", "ogr")
    processing.run(
        "native:joinattributesbylocation",
        {
            "INPUT": points,
            "JOIN": provinces,
            "PREDICATE": [0],
            "JOIN_FIELDS": ["name"],
            "METHOD": 1,
            "DISCARD_NONMATCHING": False,
            "OUTPUT": str(scratch / "qgis.gpkg"),
        },
    )
    theirs = time.perf_counter() - started
    return [
        {
            "name": "import CSV -> GeoPackage vs QGIS",
            "rows": rows,
            "ours": ours,
            "theirs": theirs,
            "notes": f"peak RSS {peak_mb:,.0f} MB (ours); delimitedtext + native:joinattributesbylocation",
        },
        {
            "name": "import CSV -> GeoPackage vs geopandas",
            "rows": rows,
            "ours": ours,
            "theirs": geopandas_seconds,
            "notes": "pandas.read_csv + geopandas.sjoin + to_file (pyogrio); no checks, no accounting",
        },
    ]


def geopandas_way(source: Path, output: Path, world_map: Path) -> None:
    """The plain geopandas recipe: what an analyst would script without the plugin."""
    import geopandas as gpd
    import pandas as pd

    frame = pd.read_csv(source, dtype={"event_id_cnty": str})
    points = gpd.GeoDataFrame(
        frame, geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]), crs="EPSG:4326"
    )
    provinces = gpd.read_file(world_map, layer="states_provinces", engine="pyogrio")[["name", "geometry"]]
    joined = gpd.sjoin(points, provinces, how="left", predicate="intersects")
    joined = joined[~joined.index.duplicated(keep="first")].drop(columns="index_right")
    joined.to_file(output, layer="incidents", driver="GPKG", engine="pyogrio")
