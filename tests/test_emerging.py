"""Emerging hot spots: space-time Gi* against esda on the stacked cube, Mann-Kendall against
pymannkendall, and each of the 17 categories from its rule."""

from __future__ import annotations

import numpy as np
import pytest
from incident_atlas.plugin.core.hotspots import hexagons
from incident_atlas.plugin.core.hotspots.emerging import (
    NO_PATTERN,
    categorise,
    category_label,
    emerging_hot_spots,
    mann_kendall,
    space_time_gi_star,
)
from incident_atlas.plugin.core.hotspots.gi_star import HotSpotError


def grid(side: int, cell: float = 10_000.0) -> np.ndarray:
    q, r = np.meshgrid(np.arange(side), np.arange(side))
    x, y = hexagons.centre_of(q.ravel(), r.ravel(), cell)
    return np.column_stack([x, y])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_mann_kendall_equals_pymannkendall_with_ties(seed):
    import pymannkendall

    rng = np.random.default_rng(seed)
    series = np.round(rng.normal(size=24).cumsum(), 0)  # rounded: ties
    z, p = mann_kendall(series)
    reference = pymannkendall.original_test(series)
    assert z == pytest.approx(reference.z) and p == pytest.approx(reference.p)
    assert mann_kendall([1.0, np.nan, 2.0, 3.0, 4.0])[0] == pytest.approx(pymannkendall.original_test([1, 2, 3, 4]).z)


def test_space_time_gi_star_equals_esda_on_the_stacked_cube():
    import libpysal
    from esda.getisord import G_Local

    xy = grid(6)
    rng = np.random.default_rng(4)
    counts = rng.poisson(2.0, size=(len(xy), 5)).astype(float)
    counts[:5, 3:] += 6  # something to find
    band = 10_000.0
    z, _ = space_time_gi_star(counts, xy, band)
    units, steps = counts.shape
    near = [np.flatnonzero(np.hypot(*(xy - xy[i]).T) <= band * (1 + 1e-9)) for i in range(units)]

    def node(i, t):
        return t * units + i

    neighbours = {}
    for t in range(steps):
        for i in range(units):
            found = [node(j, t) for j in near[i] if j != i]
            if t > 0:
                found += [node(j, t - 1) for j in near[i]]
            neighbours[node(i, t)] = found
    weights = libpysal.weights.W(neighbours, silence_warnings=True)
    stacked = counts.T.ravel()  # node order: step by step
    reference = G_Local(stacked, weights, transform="B", star=True, permutations=0)
    assert np.allclose(z.T.ravel(), reference.Zs, rtol=1e-9, atol=1e-9)


STEPS = 10
H, C, N = "hot", "cold", "neither"


def steps(*marks: str) -> tuple[np.ndarray, np.ndarray]:
    marks = list(marks)
    return np.array([m == H for m in marks]), np.array([m == C for m in marks])


@pytest.mark.parametrize(
    "marks, trend_z, trend_p, expected",
    [
        ([N] * 9 + [H], 0.0, 1.0, "new hot"),
        ([N] * 7 + [H] * 3, 0.0, 1.0, "consecutive hot"),
        ([H] * 10, 3.0, 0.001, "intensifying hot"),
        ([N] + [H] * 9, 0.0, 0.9, "persistent hot"),
        ([H] * 10, -3.0, 0.001, "diminishing hot"),
        ([H, N, H, N, N, H, H, N, N, H], 0.0, 1.0, "sporadic hot"),
        ([C, N, N, N, N, N, N, N, H, H], 0.0, 1.0, "oscillating hot"),
        ([H] * 9 + [N], 0.0, 1.0, "historical hot"),
        ([N] * 9 + [C], 0.0, 1.0, "new cold"),
        ([N] * 6 + [C] * 4, 0.0, 1.0, "consecutive cold"),
        ([C] * 10, -3.0, 0.001, "intensifying cold"),
        ([C] * 10, 0.5, 0.6, "persistent cold"),
        ([C] * 10, 3.0, 0.001, "diminishing cold"),
        ([C, N, N, C, N, N, N, N, N, C], 0.0, 1.0, "sporadic cold"),
        ([N, H, N, N, N, N, N, N, N, C], 0.0, 1.0, "oscillating cold"),
        ([C] * 9 + [N], 0.0, 1.0, "historical cold"),
        ([H, H, N, N, N, N, N, N, C, N], 0.0, 1.0, NO_PATTERN),
    ],
)
def test_each_category_follows_its_rule(marks, trend_z, trend_p, expected):
    hot, cold = steps(*marks)
    assert categorise(hot, cold, trend_z, trend_p, alpha=0.05) == expected
    assert category_label(expected)


def test_a_growing_cluster_is_an_intensifying_hot_spot():
    xy = grid(8)
    rng = np.random.default_rng(9)
    counts = rng.poisson(1.0, size=(len(xy), 12)).astype(float)
    centre = np.hypot(*(xy - xy.mean(axis=0)).T) < 16_000
    counts[centre] += 8 + np.arange(12) * 0.8  # a cluster from the start, growing step by step
    result = emerging_hot_spots(counts, xy, distance_band=10_000.0)
    found = {result.categories[i] for i in np.flatnonzero(centre)}
    assert "intensifying hot" in found and "new hot" not in found
    assert (result.trend_z[centre] > 0).all()
    assert result.hot_steps[centre].max() >= 11
    assert sum(c == NO_PATTERN for c in result.categories) > len(xy) / 2


def test_emerging_hot_spots_need_ten_steps_and_thirty_units():
    with pytest.raises(HotSpotError, match="at least 10 time steps"):
        emerging_hot_spots(np.arange(36 * 5).reshape(36, 5), grid(6))
    with pytest.raises(HotSpotError, match="at least 30 units"):
        emerging_hot_spots(np.arange(25 * 12).reshape(25, 12), grid(5))


def test_mann_kendall_over_rows_equals_it_row_by_row():
    """The vectorised test (every unit at once) against the one-series test, with ties, flat rows and NaN."""
    from incident_atlas.plugin.core.hotspots.emerging import mann_kendall, mann_kendall_rows

    rng = np.random.default_rng(11)
    series = np.round(rng.normal(size=(700, 24)), 1)  # rounded: many ties
    series[:50] = 0.0  # no variance: NaN
    series[50:60, 0] = np.nan  # a first step without neighbours: left out, as mann_kendall does
    z, p = mann_kendall_rows(series, chunk=64)
    expected = [mann_kendall(row) for row in series]
    np.testing.assert_allclose(z, [e[0] for e in expected], rtol=0, atol=1e-12, equal_nan=True)
    np.testing.assert_allclose(p, [e[1] for e in expected], rtol=0, atol=1e-12, equal_nan=True)
    assert np.isnan(z[:50]).all() and not np.isnan(z[50:60]).any()


def test_q_values_over_arrays_equal_the_trend_tests_correction():
    from incident_atlas.plugin.core.hotspots.gi_star import q_values
    from incident_atlas.plugin.core.trends.stats import benjamini_hochberg

    rng = np.random.default_rng(5)
    p = rng.uniform(size=(40, 30)) ** 3
    p[rng.uniform(size=p.shape) < 0.1] = np.nan
    p[0, :5] = p[1, 0]  # ties
    expected = benjamini_hochberg([None if np.isnan(v) else float(v) for v in p.ravel()])
    np.testing.assert_allclose(
        q_values(p).ravel(), [np.nan if v is None else v for v in expected], rtol=0, atol=1e-15, equal_nan=True
    )
