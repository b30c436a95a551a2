"""Get districts: geoBoundaries' units from a stand-in server into the incident GeoPackage, then hot
spots by district."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from processes import running
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from test_hotspots_processing import precise_incidents

HERE = Path(__file__).resolve().parent
LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)"


@pytest.fixture()
def geoboundaries(tmp_path):
    """(the API's address, its folder): a file server on a free port, killed and reaped whatever happens."""
    folder = tmp_path / "geoboundaries"
    folder.mkdir()
    with running(
        [sys.executable, str(HERE / "fake_geoboundaries.py"), str(folder)], stdout=subprocess.PIPE, text=True
    ) as process:
        yield f"http://127.0.0.1:{int(process.stdout.readline())}", folder


def publish(folder: Path, base: str, code: str, level: str, layer: QgsVectorLayer) -> int:
    """The layer's polygons as geoBoundaries would serve them: metadata JSON and a GeoJSON in WGS84."""
    to_wgs84 = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    features = []
    for number, feature in enumerate(layer.getFeatures(), start=1):
        geometry = feature.geometry()
        geometry.transform(to_wgs84)
        properties = {"shapeName": f"District {number}", "shapeID": f"{code}-{level}-{number}", "shapeGroup": code}
        features.append({"type": "Feature", "properties": properties, "geometry": json.loads(geometry.asJson())})
    (folder / "files").mkdir(exist_ok=True)
    (folder / "files" / f"{code}_{level}.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features})
    )
    metadata = folder / "gbOpen" / code / level
    metadata.mkdir(parents=True)
    (metadata / "index.html").write_text(
        json.dumps(
            {
                "boundaryISO": code,
                "boundaryType": level,
                "boundarySource": "Stand-in survey office",
                "boundaryLicense": LICENCE,
                "gjDownloadURL": f"{base}/files/{code}_{level}.geojson",
            }
        )
    )
    return len(features)


def published_cells(sample_gpkg, geoboundaries) -> int:
    """30 km hexagons over the sample, published by the stand-in server as Iraq's ADM2: how many."""
    import processing

    base, folder = geoboundaries
    cells = processing.run(
        "incidentatlas:hotspots", {"INPUT": str(sample_gpkg), "UNITS": 0, "CELL_SIZE": 30_000, "OUTPUT": "memory:"}
    )["OUTPUT"]
    return publish(folder, base, "IRQ", "ADM2", cells)


def get_districts_from_the_dock(dock, geoboundaries, monkeypatch) -> list[dict]:
    """Hot spots by district, then Get districts…: Processing's dialog in desktop QGIS, here the same
    algorithm run as the dialog would; the parameters the dock gave it."""
    import processing
    from helpers import settle

    asked = []
    monkeypatch.setattr(
        dock,
        "run_get_districts",
        lambda parameters: asked.append(parameters)
        or processing.run("incidentatlas:getdistricts", {**parameters, "API": f"{geoboundaries[0]}/gbOpen"}),
    )
    controls = dock.map.hot_spots
    controls.units.setCurrentIndex(controls.units.findData("districts"))
    controls.show_combo.setCurrentIndex(controls.show_combo.findData("hotspots"))
    settle(dock)
    assert "district layer" in controls.status.text()
    controls.get_districts_button.click()
    settle(dock)
    return asked


def test_districts_from_geoboundaries_feed_hot_spots_by_district(plugin, sample_gpkg, tmp_path, geoboundaries):
    import processing

    base, folder = geoboundaries
    store = tmp_path / "iraq.gpkg"
    shutil.copy(sample_gpkg, store)
    cells = processing.run(
        "incidentatlas:hotspots", {"INPUT": str(store), "UNITS": 0, "CELL_SIZE": 30_000, "OUTPUT": "memory:"}
    )["OUTPUT"]
    units = publish(folder, base, "IRQ", "ADM2", cells)
    result = processing.run("incidentatlas:getdistricts", {"INPUT": str(store), "API": f"{base}/gbOpen"})
    with sqlite3.connect(store) as db:
        stored = db.execute("SELECT count(*), min(country_code), min(level), min(licence), min(source) FROM districts")
        assert stored.fetchone() == (units, "IRQ", "ADM2", LICENCE, "Stand-in survey office")
    districts = QgsVectorLayer(result["OUTPUT"], "districts", "ogr")
    assert districts.isValid() and districts.featureCount() == units
    spots = processing.run(
        "incidentatlas:hotspots",
        {"INPUT": str(store), "UNITS": 1, "DISTRICTS": result["OUTPUT"], "OUTPUT": "memory:"},
    )["OUTPUT"]
    assert sum(f["incidents"] for f in spots.getFeatures()) == precise_incidents(store)
    assert {f["name"] for f in spots.getFeatures()} == {f"District {n}" for n in range(1, units + 1)}
    # The incidents are untouched: districts are a table beside them.
    assert precise_incidents(store) == precise_incidents(sample_gpkg)


def test_a_country_geoboundaries_does_not_have_is_said(plugin, sample_gpkg, tmp_path, geoboundaries):
    import processing

    base, _ = geoboundaries
    store = tmp_path / "iraq.gpkg"
    shutil.copy(sample_gpkg, store)
    with pytest.raises(QgsProcessingException, match="404"):
        processing.run("incidentatlas:getdistricts", {"INPUT": str(store), "COUNTRIES": "XYZ", "API": f"{base}/gbOpen"})
    with sqlite3.connect(store) as db:
        assert not db.execute("SELECT name FROM sqlite_master WHERE name = 'districts'").fetchall()


def test_the_dock_gets_districts_and_maps_hot_spots_in_them(plugin, sample_gpkg, tmp_path, geoboundaries, monkeypatch):
    from helpers import settle
    from incident_atlas.plugin.core.project.hot_spot_layer import hot_spot_layer

    store = tmp_path / "iraq.gpkg"
    shutil.copy(sample_gpkg, store)
    units = published_cells(sample_gpkg, geoboundaries)
    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(store)
    settle(dock)
    assert get_districts_from_the_dock(dock, geoboundaries, monkeypatch) == [{"INPUT": str(store)}]
    controls = dock.map.hot_spots
    chosen = QgsProject.instance().mapLayer(controls.districts.currentData())
    assert chosen is not None and chosen.featureCount() == units
    layer = hot_spot_layer(QgsProject.instance(), dock.session.source.key)
    assert layer is not None and layer.featureCount() == units
    assert sum(f["incidents"] for f in layer.getFeatures()) == precise_incidents(store)
    # The provenance names the districts' source and licence.
    assert f"Stand-in survey office ({LICENCE})" in controls.status.text()
    assert f"Stand-in survey office ({LICENCE})" in dock.map_texts().provenance


@pytest.mark.postgis
def test_districts_into_a_postgis_schema_feed_hot_spots_there(plugin, sample_gpkg, tmp_path, geoboundaries, postgis):
    """The same for a team's database: the districts table in the store's schema, through QGIS's exporter."""
    import processing
    from conftest import sample_in_postgis

    base, _ = geoboundaries
    source = sample_in_postgis(sample_gpkg, postgis, "districts_sample")
    units = published_cells(sample_gpkg, geoboundaries)
    parameters = {"DATABASE": postgis, "SCHEMA": "districts_sample", "API": f"{base}/gbOpen"}
    for _ in range(2):  # run again: the table is replaced, not added to
        result = processing.run("incidentatlas:getdistricts", parameters)
    districts = QgsVectorLayer(result["OUTPUT"], "districts", "postgres")
    assert districts.isValid() and districts.featureCount() == units
    assert {f["licence"] for f in districts.getFeatures()} == {LICENCE}
    assert "password" not in result["OUTPUT"]  # the layer's source as projects store it
    spots = processing.run(
        "incidentatlas:hotspots",
        {"DATABASE": postgis, "SCHEMA": "districts_sample", "UNITS": 1, "DISTRICTS": districts, "OUTPUT": "memory:"},
    )["OUTPUT"]
    assert sum(f["incidents"] for f in spots.getFeatures()) == precise_incidents(sample_gpkg)
    with source.connect() as db, db.cursor() as cursor:
        cursor.execute('SELECT count(*) FROM "districts_sample"."districts"')
        assert cursor.fetchone()[0] == units


@pytest.mark.postgis
def test_the_dock_gets_districts_into_a_postgis_schema(plugin, sample_gpkg, geoboundaries, postgis, monkeypatch):
    from conftest import sample_in_postgis
    from helpers import settle
    from incident_atlas.plugin.core.project.hot_spot_layer import hot_spot_layer

    units = published_cells(sample_gpkg, geoboundaries)
    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_source(sample_in_postgis(sample_gpkg, postgis, "dock_districts"))
    settle(dock)
    asked = get_districts_from_the_dock(dock, geoboundaries, monkeypatch)
    assert asked == [{"DATABASE": postgis, "SCHEMA": "dock_districts"}]
    controls = dock.map.hot_spots
    chosen = QgsProject.instance().mapLayer(controls.districts.currentData())
    assert chosen.providerType() == "postgres" and chosen.featureCount() == units
    layer = hot_spot_layer(QgsProject.instance(), dock.session.source.key)
    assert layer is not None and layer.featureCount() == units
