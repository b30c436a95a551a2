"""Hot spots under the dock's filter, from the columns in memory, against Processing's algorithms (which
read the incidents through QGIS, one feature at a time): the same units, counts, z and categories."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing

import numpy as np
import pytest
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
from incident_atlas.plugin.core.hotspots.gi_star import HotSpotError
from incident_atlas.plugin.core.hotspots.live import HotSpotSettings, LiveHotSpots
from incident_atlas.plugin.core.hotspots.units import district_polygons, locate_points, province_polygons
from incident_atlas.plugin.core.store import schema
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
from qgis.core import QgsGeometry, QgsVectorLayer

HEXAGONS = HotSpotSettings(show="hotspots", units="hexagons", cell_size=25_000, distance_band=37_500)
ISIS = IncidentFilter(actors=("ISIS",), alias_groups=DEFAULT_ALIAS_GROUPS)


@pytest.fixture(scope="module")
def store(sample_gpkg):
    source = GeoPackageSource(sample_gpkg)
    provinces = source.open_layer(schema.PROVINCES, "provinces")
    return source.facet_counts(None), province_polygons(provinces)


def processing_output(sample_gpkg, tmp_path, name, **parameters) -> dict[int, dict]:
    import processing

    algorithm = "incidentatlas:emerginghotspots" if "INTERVAL" in parameters else "incidentatlas:hotspots"
    output = tmp_path / f"{name}.gpkg"
    result = processing.run(algorithm, {"INPUT": str(sample_gpkg), "OUTPUT": str(output), **parameters})
    layer = QgsVectorLayer(result["OUTPUT"], name, "ogr")
    return {f["unit_id"]: dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()}


def by_unit(result) -> dict[int, int]:
    return {int(label[0]): number for number, label in enumerate(result.units.labels)}


@pytest.mark.parametrize("incident_filter", [IncidentFilter(), ISIS], ids=["all", "ISIS"])
def test_hexagons_in_memory_equal_processing(plugin, store, sample_gpkg, tmp_path, incident_filter):
    columns, provinces = store
    result = LiveHotSpots().compute(columns, incident_filter, HEXAGONS, provinces)
    actors = {"ACTORS": "ISIS"} if incident_filter.actors else {}
    expected = processing_output(sample_gpkg, tmp_path, "hexagons", CELL_SIZE=25_000, DISTANCE_BAND=37_500, **actors)
    rows = by_unit(result)
    assert sorted(rows) == sorted(expected)
    spots = result.hot_spots
    for unit_id, unit in expected.items():
        row = rows[unit_id]
        assert result.counts[row] == unit["incidents"]
        if unit["gi_z"] is None:
            assert np.isnan(spots.z[row])
        else:
            assert spots.z[row] == pytest.approx(unit["gi_z"], rel=1e-9, abs=1e-12)
            assert spots.bins[row] == unit["gi_bin"]
    assert (spots.bins == 3).any()
    # Rows placed only at a province's centre are left out and counted, as Processing says in its log.
    with closing(sqlite3.connect(sample_gpkg)) as db:
        vague = db.execute("SELECT count(*) FROM incidents WHERE geo_precision > 2 OR geom IS NULL").fetchone()[0]
    if not incident_filter.actors:
        assert result.left_out == vague
    text = result.method_text()
    for needle in ("Getis-Ord Gi*", "hexagons 25 km across", "distance band 37.5 km", "Benjamini-Hochberg"):
        assert needle in text
    assert f"{result.left_out:,} incidents located only to a province or vaguer left out" in text


def test_a_filter_change_keeps_the_units_and_recounts(plugin, store):
    columns, provinces = store
    live = LiveHotSpots()
    everything = live.compute(columns, IncidentFilter(), HEXAGONS, provinces)
    isis = live.compute(columns, ISIS, HEXAGONS, provinces)
    assert isis.units is everything.units  # the hexagons and every incident's cell are kept
    assert 0 < isis.counts.sum() < everything.counts.sum()
    larger = live.compute(
        columns, ISIS, HotSpotSettings(show="hotspots", units="hexagons", cell_size=50_000), provinces
    )
    assert larger.units is not everything.units and len(larger.units.geometries) < len(everything.units.geometries)
    assert larger.counts.sum() == isis.counts.sum()
    assert larger.band_chosen and larger.distance_band > 0


def test_hexagons_sized_from_the_data_stay_while_the_filter_changes(plugin, store):
    columns, provinces = store
    live = LiveHotSpots()
    chosen = HotSpotSettings(show="hotspots", units="hexagons")
    everything = live.compute(columns, IncidentFilter(), chosen, provinces)
    isis = live.compute(columns, ISIS, chosen, provinces)
    assert everything.units.cell_size == isis.units.cell_size > 0
    assert isis.units is everything.units


def test_districts_in_memory_equal_processing(plugin, store, sample_gpkg, tmp_path):
    columns, provinces = store
    grid = tmp_path / "grid.gpkg"
    processing_output(sample_gpkg, tmp_path, "grid", CELL_SIZE=40_000, DISTANCE_BAND=80_000)
    districts = QgsVectorLayer(f"{tmp_path / 'grid.gpkg'}|layername=grid", "districts", "ogr")
    assert districts.isValid(), grid
    settings = HotSpotSettings(show="hotspots", units="districts", distance_band=80_000)
    result = LiveHotSpots().compute(columns, IncidentFilter(), settings, provinces, district_polygons(districts))
    expected = processing_output(
        sample_gpkg, tmp_path, "districts", UNITS=1, DISTRICTS=districts.source(), DISTANCE_BAND=80_000
    )
    rows = by_unit(result)
    assert {unit_id: int(result.counts[rows[unit_id]]) for unit_id in expected} == {
        unit_id: unit["incidents"] for unit_id, unit in expected.items()
    }
    z = [result.hot_spots.z[rows[unit_id]] for unit_id in expected]
    assert z == pytest.approx([unit["gi_z"] for unit in expected.values()], rel=1e-9)


def test_point_in_polygon_without_shapely_gives_the_same_units(monkeypatch):
    squares = [QgsGeometry.fromWkt(f"POLYGON(({x} 0, {x + 1} 0, {x + 1} 1, {x} 1, {x} 0))") for x in range(3)]
    rng = np.random.default_rng(3)
    lon, lat = rng.uniform(-0.5, 3.5, 500), rng.uniform(-0.2, 1.2, 500)
    lon[:3], lat[:3] = (1.0, 2.0, 5.0), (0.5, 0.5, 0.5)  # on shared borders, and outside
    with_shapely = locate_points(squares, lon, lat)
    monkeypatch.setitem(sys.modules, "shapely", None)  # import shapely raises ImportError
    without = locate_points(squares, lon, lat)
    assert with_shapely.tolist() == without.tolist()
    assert without[:3].tolist() == [0, 1, -1]
    expected = np.where((lat >= 0) & (lat <= 1) & (lon >= 0) & (lon <= 3), np.floor(lon).clip(0, 2), -1)
    inner = (np.abs(lon - np.round(lon)) > 1e-9) & (np.abs(lat - np.round(lat)) > 1e-9)
    assert without[inner].tolist() == expected[inner].astype(int).tolist()


def test_emerging_hot_spots_in_memory_equal_processing(plugin, store, sample_gpkg, tmp_path):
    columns, provinces = store
    settings = HotSpotSettings(
        show="emerging", units="hexagons", cell_size=25_000, distance_band=37_500, interval="week"
    )
    result = LiveHotSpots().compute(columns, IncidentFilter(), settings, provinces)
    expected = processing_output(sample_gpkg, tmp_path, "emerging", CELL_SIZE=25_000, DISTANCE_BAND=37_500, INTERVAL=0)
    rows = by_unit(result)
    from incident_atlas.plugin.processing.emerging_hot_spots import category_text

    assert {u: category_text(result.emerging.categories[rows[u]]) for u in expected} == {
        u: unit["category"] for u, unit in expected.items()
    }
    assert {u: int(result.emerging.hot_steps[rows[u]]) for u in expected} == {
        u: unit["hot_steps"] for u, unit in expected.items()
    }
    assert result.steps[2] >= 10
    assert "Mann-Kendall" in result.method_text() and "week" in result.method_text()


def test_too_few_provinces_and_no_district_layer_say_why(plugin, store):
    columns, provinces = store
    with pytest.raises(HotSpotError, match="at least 30 units"):
        LiveHotSpots().compute(
            columns, IncidentFilter(), HotSpotSettings(show="hotspots", units="provinces"), provinces
        )
    with pytest.raises(HotSpotError, match="district layer"):
        LiveHotSpots().compute(
            columns, IncidentFilter(), HotSpotSettings(show="hotspots", units="districts"), provinces
        )
    nobody = IncidentFilter(actors=("Nobody at all",))
    with pytest.raises(HotSpotError, match="no study area"):
        LiveHotSpots().compute(columns, nobody, HEXAGONS, provinces)


def test_settings_survive_the_project_and_refuse_nonsense():
    settings = HotSpotSettings(show="emerging", units="districts", cell_size=5_000, interval="week", districts="x")
    assert HotSpotSettings.from_dict(settings.to_dict()) == settings
    assert HotSpotSettings.from_dict({"show": "heat", "units": "planets", "cell_size": "big"}) == HotSpotSettings()
    assert HotSpotSettings.from_dict(None) == HotSpotSettings()


def test_incidents_placed_only_at_a_province_centre_are_left_out_and_counted(plugin, sample_gpkg, tmp_path):
    import shutil

    store = tmp_path / "vague.gpkg"
    shutil.copy(sample_gpkg, store)
    from osgeo import ogr  # its SQLite has the functions the GeoPackage's R-tree triggers call

    dataset = ogr.Open(str(store), update=1)
    dataset.ExecuteSQL("UPDATE incidents SET geo_precision = 3 WHERE fid % 7 = 0")
    dataset = None
    with closing(sqlite3.connect(store)) as db:
        vague = db.execute("SELECT count(*) FROM incidents WHERE geo_precision = 3").fetchone()[0]
    source = GeoPackageSource(store)
    columns = source.facet_counts(None)
    provinces = province_polygons(source.open_layer(schema.PROVINCES, "provinces"))
    result = LiveHotSpots().compute(columns, IncidentFilter(), HEXAGONS, provinces)
    assert result.left_out == vague > 0
    assert result.counts.sum() + result.outside == columns.summary(IncidentFilter()).incidents - vague
    expected = processing_output(store, tmp_path, "vague", CELL_SIZE=25_000, DISTANCE_BAND=37_500)
    assert sum(unit["incidents"] for unit in expected.values()) == result.counts.sum()
    # Asked for, they count: the filter's own precision rule is the one used.
    loose = LiveHotSpots().compute(columns, IncidentFilter(max_geo_precision=3), HEXAGONS, provinces)
    assert loose.left_out == 0 and loose.counts.sum() == result.counts.sum() + vague - loose.outside + result.outside


def test_units_built_on_worker_threads_that_end_leave_projections_working(plugin, store):
    """QGIS caches a CRS with the PROJ objects of the thread that made it: made on the dock's worker, it
    broke every later transform to that projection once the worker ended (1 hexagon for all of Iraq)."""
    from concurrent.futures import ThreadPoolExecutor

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext

    columns, provinces = store
    on_main = LiveHotSpots().compute(columns, IncidentFilter(), HEXAGONS, provinces)
    for _ in range(2):  # a worker per dock session, each ended with it
        with ThreadPoolExecutor(max_workers=1) as worker:
            result = worker.submit(LiveHotSpots().compute, columns, IncidentFilter(), HEXAGONS, provinces).result()
        assert len(result.units.geometries) == len(on_main.units.geometries) > 300
        assert result.units.crs_definition == on_main.units.crs_definition
    crs = result.units.crs()
    to_units = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsCoordinateTransformContext())
    assert crs.isValid() and to_units.isValid()


def test_the_study_area_is_the_countries_the_incidents_name_whatever_their_spelling(plugin, sample_gpkg, tmp_path):
    """Hexagons cover the provinces of the countries the filtered incidents name, as Processing's do; a
    country spelt otherwise than in the provinces (ACLED's against a boundary layer's) still gets its own
    through the provinces that hold its incidents."""
    import shutil

    from osgeo import ogr

    store = tmp_path / "spelt.gpkg"
    shutil.copy(sample_gpkg, store)
    dataset = ogr.Open(str(store), update=1)
    dataset.ExecuteSQL("UPDATE incidents SET country = 'Republic of Iraq'")
    dataset = None
    source = GeoPackageSource(store)
    columns = source.facet_counts(None)
    provinces = province_polygons(source.open_layer(schema.PROVINCES, "provinces"))
    spelt = LiveHotSpots().compute(columns, IncidentFilter(), HEXAGONS, provinces)
    reference = GeoPackageSource(sample_gpkg)
    usual = LiveHotSpots().compute(
        reference.facet_counts(None), IncidentFilter(), HEXAGONS, province_polygons(reference.open_layer("provinces"))
    )
    assert len(spelt.units.geometries) == len(usual.units.geometries) > 300
    assert spelt.counts.tolist() == usual.counts.tolist()
