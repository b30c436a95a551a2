"""The grid that spares most points the exact point-in-polygon test gives exactly its answers."""

import numpy as np
import pandas as pd
import pytest
import shapely
from incident_atlas.plugin.core.ingest.cells import CELL_DEGREES, CELL_POINTS, EXACT, OUTSIDE
from incident_atlas.plugin.core.ingest.provinces import ProvincePolygons, load_polygons


@pytest.fixture(scope="module")
def natural_earth(qgis_app):
    return load_polygons()


def _polygons(geometries) -> ProvincePolygons:
    table = pd.DataFrame({"name": [f"p{i}" for i in range(len(geometries))], "country": "X"})
    return ProvincePolygons(np.array(geometries, dtype=object), table, "test")


def _same_as_exact(polygons: ProvincePolygons, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    result = polygons.assign(lon, lat)
    np.testing.assert_array_equal(result, polygons._assign_exactly(lon, lat))
    return result


def test_natural_earth_points_get_the_exact_answer_and_most_skip_the_test(natural_earth):
    generator = np.random.default_rng(7)
    boxes = [(38.5, 29.0, 48.8, 37.5), (34.0, 31.0, 36.7, 34.7), (-180, -90, 180, 90), (6.0, 44.0, 10.5, 48.0)]
    for west, south, east, north in boxes:
        lon = generator.uniform(west, east, 60_000)
        lat = generator.uniform(south, north, 60_000)
        result = _same_as_exact(natural_earth, lon, lat)
        assert (result >= 0).any()
    # Iraq's points, in more chunks: once its cells have seen a few points, most are answered by
    # their cell alone.
    for _ in range(3):
        _same_as_exact(natural_earth, generator.uniform(38.5, 48.8, 60_000), generator.uniform(29.0, 37.5, 60_000))
    lon, lat = generator.uniform(38.5, 48.8, 20_000), generator.uniform(29.0, 37.5, 20_000)
    owners = natural_earth.cells.lookup(lon, lat)
    assert (owners == EXACT).mean() < 0.2
    assert ((owners >= 0) | (owners == OUTSIDE)).mean() > 0.8


def test_points_on_cell_edges_polygon_edges_and_vertices(natural_earth):
    # Cell corners and edges in Iraq, and every vertex of its provinces' outlines.
    grid = np.arange(38.5, 48.8, CELL_DEGREES)
    lon, lat = np.meshgrid(grid, np.arange(29.0, 37.5, CELL_DEGREES * 7))
    _same_as_exact(natural_earth, lon.ravel(), lat.ravel())
    iraq = natural_earth.table["country"].eq("Iraq").to_numpy()
    vertices = shapely.get_coordinates(natural_earth.geometries[iraq])
    _same_as_exact(natural_earth, vertices[:, 0], vertices[:, 1])
    # Swapped coordinates (latitude as x) and longitudes beyond 180 reach cells off Natural Earth's map.
    _same_as_exact(natural_earth, np.array([33.3, 36.1, 190.0, -200.0]), np.array([44.4, -170.0, 10.0, 0.0]))


def test_overlapping_polygons_give_the_lowest_index_and_borders_on_grid_lines_count():
    # Two squares that overlap, the second inside the first's cells; a third aligned with grid lines.
    polygons = _polygons(
        [
            shapely.box(44.0, 33.0, 44.5, 33.5),
            shapely.box(44.2, 33.2, 44.9, 33.9),
            shapely.box(45.0, 33.0, 45.5, 33.5),
        ]
    )
    lon = np.array([44.1, 44.3, 44.7, 44.0, 45.0, 45.5, 44.95, 44.5])
    lat = np.array([33.1, 33.3, 33.7, 33.25, 33.0, 33.5, 33.2, 33.5])
    result = _same_as_exact(polygons, lon, lat)
    assert result.tolist() == [0, 0, 1, 0, 2, 2, -1, 0]
    generator = np.random.default_rng(3)
    _same_as_exact(polygons, generator.uniform(43.9, 45.6, 50_000), generator.uniform(32.9, 34.0, 50_000))


def test_empty_and_missing_geometries():
    polygons = _polygons([shapely.box(44.0, 33.0, 44.5, 33.5), None, shapely.Polygon()])
    assert _same_as_exact(polygons, [44.2, 10.0], [33.2, 10.0]).tolist() == [0, -1]
    assert _same_as_exact(polygons, [], []).tolist() == []


def test_a_cell_is_classified_once_enough_points_have_fallen_in_it_over_several_chunks():
    """Sparse data (a point or two a cell) is tested exactly, not classified cell by cell."""
    polygons = _polygons([shapely.box(44.0, 33.0, 44.5, 33.5)])
    lon, lat = np.array([44.212]), np.array([33.212])
    for _ in range(CELL_POINTS - 1):
        assert polygons.cells.lookup(lon, lat).tolist() == [EXACT]
    assert polygons.cells.lookup(lon, lat).tolist() == [0]
    assert len(polygons.cells.keys) == 1 and len(polygons.cells.pending_keys) == 0
    # Sparse points over a large area: answers as exact, few cells classified.
    generator = np.random.default_rng(5)
    sparse = _polygons([shapely.box(30.0, 20.0, 60.0, 40.0), shapely.box(35.0, 25.0, 36.0, 26.0)])
    lon, lat = generator.uniform(29.0, 61.0, 20_000), generator.uniform(19.0, 41.0, 20_000)
    _same_as_exact(sparse, lon, lat)
    assert len(sparse.cells.keys) < 100 < len(sparse.cells.pending_keys)
