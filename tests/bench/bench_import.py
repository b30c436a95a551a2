"""CSV to incident GeoPackage: our importer vs QGIS's delimited text + join by location."""

from __future__ import annotations

import json
import shutil
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

    measured = import_in_process(source, scratch / "ours.gpkg")
    ours, peak_mb = measured["seconds"], measured["peak_mb"]
    assert measured["imported"] == rows, measured

    started = time.perf_counter()
    geopandas_way(source, scratch / "geopandas.gpkg", world_map_path())
    geopandas_seconds = time.perf_counter() - started

    # Next week's export: the same file with 10,000 events revised (a tenth of a small sample),
    # imported over this week's GeoPackage, against running the geopandas script again.
    reexport, changing = next_export(source, rows, scratch)
    shutil.copy(scratch / "ours.gpkg", scratch / "reimport.gpkg")
    reimport = import_in_process(reexport, scratch / "reimport.gpkg")
    assert reimport["imported"] == rows and reimport["inserted"] == 0, reimport
    (scratch / "reimport.gpkg").unlink()

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
        {
            "name": "re-import the whole export, 10k revised, vs geopandas",
            "rows": rows,
            "ours": reimport["seconds"],
            "theirs": geopandas_seconds,
            "notes": f"next week's file ({changing:,} events revised) over this week's GeoPackage: unchanged rows "
            "looked up, not written; vs the geopandas script writing a new file",
        },
    ]


def import_in_process(source: Path, output: Path) -> dict:
    """import_once.py's measurement: seconds, peak memory, rows imported and inserted."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("import_once.py")), str(source), str(output)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def next_export(source: Path, rows: int, scratch: Path) -> tuple[Path, int]:
    import pandas as pd

    changing = min(10_000, rows // 10)
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    frame.loc[: changing - 1, "fatalities"] = (frame.loc[: changing - 1, "fatalities"].astype(int) + 1).astype(str)
    path = scratch / f"next-week-{rows}.csv"
    frame.to_csv(path, index=False)
    return path, changing


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
