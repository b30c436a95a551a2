"""Hot spots below the province: Getis-Ord Gi* against esda, the FDR bins against statsmodels,
equal-area hexagons and the units' counts."""

from __future__ import annotations

import math

import numpy as np
import pytest
from incident_atlas.plugin.core.hotspots import hexagons
from incident_atlas.plugin.core.hotspots.gi_star import HotSpotError, confidence_bins, default_distance_band, gi_star
from incident_atlas.plugin.core.hotspots.units import hexagon_units
from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsGeometry, QgsPointXY, QgsProject


def grid(side: int, cell: float = 10_000.0) -> np.ndarray:
    q, r = np.meshgrid(np.arange(side), np.arange(side))
    x, y = hexagons.centre_of(q.ravel(), r.ravel(), cell)
    return np.column_stack([x, y])


def clustered_counts(xy: np.ndarray, seed: int = 7) -> np.ndarray:
    """Poisson counts with a hot cluster around one place and a cold stretch elsewhere."""
    rng = np.random.default_rng(seed)
    centre = xy.mean(axis=0)
    hot = np.exp(-(np.hypot(*(xy - centre).T) ** 2) / (2 * 30_000.0**2))
    return rng.poisson(1.0 + 12 * hot)


def test_gi_star_equals_esda_with_a_binary_distance_band():
    import libpysal  # dev requirements: PySAL's implementation is the reference
    from esda.getisord import G_Local

    xy = grid(12)
    counts = clustered_counts(xy)
    ours = gi_star(counts, xy, distance_band=25_000.0)
    weights = libpysal.weights.DistanceBand(xy, threshold=25_000.0 * (1 + 1e-9), binary=True, silence_warnings=True)
    reference = G_Local(counts.astype(float), weights, transform="B", star=True, permutations=0)
    assert np.allclose(ours.z, reference.Zs, rtol=1e-9, atol=1e-9)
    assert ours.z.max() > 3 and (ours.bins == 3).sum() > 0  # the cluster is found
    # p two-sided from the normal distribution, as scipy writes it.
    from scipy.stats import norm

    assert np.allclose(ours.p, 2 * norm.sf(np.abs(reference.Zs)))


def test_bins_are_benjamini_hochberg_at_each_confidence_level():
    from statsmodels.stats.multitest import multipletests

    xy = grid(14)
    result = gi_star(clustered_counts(xy, seed=3), xy, distance_band=25_000.0)
    expected = np.zeros(len(xy), dtype=int)
    for alpha, level in ((0.10, 1), (0.05, 2), (0.01, 3)):
        significant = multipletests(result.p, alpha=alpha, method="fdr_bh")[0]
        expected[significant] = level * np.sign(result.z[significant]).astype(int)
    assert (result.bins == expected).all()
    assert set(np.unique(result.bins)) - {0} != set()
    # Without correction more units would pass at 95 %: the correction is applied.
    assert (np.abs(result.bins) >= 2).sum() <= (result.p <= 0.05).sum()


def test_the_default_band_gives_every_unit_a_neighbour():
    xy = grid(8)
    xy = np.vstack([xy, [[500_000.0, 500_000.0]]])  # one unit far from the rest
    band = default_distance_band(xy)
    assert band == pytest.approx(np.hypot(*(xy[-1] - xy[:-1]).T).min())
    result = gi_star(np.arange(len(xy)) % 5, xy)
    assert result.band_chosen and result.distance_band == band
    assert result.without_neighbours == 0


def test_guards_say_why():
    xy = grid(5)  # 25 units
    with pytest.raises(HotSpotError, match="at least 30 units"):
        gi_star(np.arange(25), xy)
    xy = grid(6)
    with pytest.raises(HotSpotError, match="same count"):
        gi_star(np.full(36, 4), xy)
    # A unit with no neighbour within the band gets no z (NULL) and is counted.
    xy = np.vstack([grid(6), [[900_000.0, 0.0]]])
    result = gi_star(np.arange(37) % 4, xy, distance_band=10_000.0)
    assert math.isnan(result.z[-1]) and math.isnan(result.p[-1]) and result.bins[-1] == 0
    assert result.without_neighbours == 1 and not np.isnan(result.z[:-1]).any()
    assert confidence_bins(np.array([np.nan]), np.array([np.nan])).tolist() == [0]


def test_a_point_falls_in_the_hexagon_of_its_nearest_centre():
    rng = np.random.default_rng(1)
    cell = 7_500.0
    points = rng.uniform(-60_000, 60_000, size=(4000, 2))
    q, r = hexagons.cell_of(points[:, 0], points[:, 1], cell)
    cx, cy = hexagons.centre_of(q, r, cell)
    qs, rs = hexagons.cells_covering(-60_000, -60_000, 60_000, 60_000, cell)
    all_x, all_y = hexagons.centre_of(qs, rs, cell)
    nearest = np.hypot(points[:, None, 0] - all_x[None], points[:, None, 1] - all_y[None]).min(axis=1)
    assert np.allclose(np.hypot(points[:, 0] - cx, points[:, 1] - cy), nearest)
    # Neighbouring centres are CELL_SIZE apart; a hexagon covers sqrt(3)/2 d^2.
    hexagon = QgsGeometry.fromPolygonXY([[QgsPointXY(*p) for p in hexagons.corners(0, 0, cell)]])
    assert hexagon.area() == pytest.approx(math.sqrt(3) / 2 * cell**2)
    x, y = hexagons.centre_of(np.array([0, 1, 0]), np.array([0, 0, 1]), cell)
    assert np.hypot(x[1:] - x[0], y[1:] - y[0]) == pytest.approx([cell, cell])


def test_hexagons_have_equal_area_on_the_ground_and_cover_the_study_area():
    # A study area over Iraq's latitudes, 8 by 6 degrees.
    area = QgsGeometry.fromWkt("POLYGON((39 29, 47 29, 47 35, 39 35, 39 29))")
    rng = np.random.default_rng(5)
    lon, lat = rng.uniform(39, 47, 3000), rng.uniform(29, 35, 3000)
    units = hexagon_units([area], lon, lat, cell_size=50_000.0)
    assert units.cell_size == 50_000.0 and units.counts.sum() == 3000 and units.outside == 0
    assert (units.counts == 0).sum() >= 0 and len(units.geometries) > 100
    # Areas on the WGS84 ellipsoid of a central and a corner hexagon differ by well under 1 %.
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    from qgis.core import QgsCoordinateTransform

    back = QgsCoordinateTransform(units.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    ground = []
    for geometry in (units.geometries[0], units.geometries[len(units.geometries) // 2], units.geometries[-1]):
        copy = QgsGeometry(geometry)
        copy.transform(back)
        ground.append(measure.measureArea(copy))
    nominal = math.sqrt(3) / 2 * 50_000.0**2
    assert max(ground) / min(ground) < 1.01
    assert all(abs(value / nominal - 1) < 0.01 for value in ground)
    # Empty cells are kept: every hexagon touching the area, whether an incident fell in it or not.
    assert len(units.geometries) == len(units.counts) == len(units.labels)


def test_the_default_cell_size_follows_the_density():
    assert hexagons.default_cell_size(435_000e6, 20_000) == 10_000.0
    assert hexagons.default_cell_size(435_000e6, 200) == 100_000.0
    assert hexagons.default_cell_size(435_000e6, 0) == hexagons.CELL_LIMITS[1]
    assert hexagons.default_cell_size(1e6, 10**9) == hexagons.CELL_LIMITS[0]


@pytest.mark.parametrize("reach", [3.0, 15.0, 200.0])
def test_pairs_within_equals_every_distance_compared(reach):
    from incident_atlas.plugin.core.hotspots.neighbours import nearest_neighbour_distances, pairs_within

    rng = np.random.default_rng(int(reach))
    xy = np.vstack([rng.uniform(0, 100, size=(700, 2)), [[5000.0, -300.0], [50.0, 50.0], [50.0, 50.0]]])
    distances = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    i, j = pairs_within(xy, reach)
    assert sorted(zip(i.tolist(), j.tolist())) == sorted(zip(*np.nonzero(distances <= reach)))
    queries = np.array([0, 5, 700, 702])
    i, j = pairs_within(xy, reach, queries)
    expected = [(q, int(k)) for q in queries for k in np.flatnonzero(distances[q] <= reach)]
    assert sorted(zip(i.tolist(), j.tolist())) == sorted(expected)
    np.fill_diagonal(distances, np.inf)
    assert np.allclose(nearest_neighbour_distances(xy), distances.min(axis=1))  # 0 for the two at (50, 50)
