"""The plugin's own exact tests equal scipy's and statsmodels' on many random inputs."""

from __future__ import annotations

import numpy as np
import pytest
from incident_atlas.plugin.core.trends import stats
from scipy.stats import binomtest, poisson
from statsmodels.stats.multitest import multipletests


def scipy_poisson_two_sided(k: int, mean: float) -> float:
    """R's poisson.test(k, r = mean): outcomes no likelier than k, by scipy's pmf, cdf and sf."""
    if mean == k:
        return 1.0
    observed = poisson.pmf(k, mean) * (1 + 1e-7)
    top = int(max(k, mean) + 40 * np.sqrt(mean) + 100)
    outcomes = np.arange(top + 1)
    pmf = poisson.pmf(outcomes, mean)
    if k < mean:
        other = outcomes[(outcomes >= np.ceil(mean)) & (pmf <= observed)]
        tail = poisson.sf(other.min() - 1, mean) if other.size else 0.0
        return min(1.0, poisson.cdf(k, mean) + tail)
    other = outcomes[(outcomes <= np.floor(mean)) & (pmf <= observed)]
    head = poisson.cdf(other.max(), mean) if other.size else 0.0
    return min(1.0, poisson.sf(k - 1, mean) + head)


def test_binomial_equals_scipy_binomtest_on_random_counts():
    rng = np.random.default_rng(16)
    cases = [
        (int(c), int(b), float(t))
        for c, b, t in zip(rng.integers(0, 10_001, 150), rng.integers(0, 10_001, 150), rng.uniform(0.05, 0.95, 150))
    ]
    cases += [(int(c), int(b), 0.5) for c, b in zip(rng.integers(0, 60, 300), rng.integers(0, 60, 300))]
    cases += [(0, 0, 0.5), (4, 7, 0.5), (80, 41, 0.5), (10_000, 0, 0.5), (0, 10_000, 0.5), (5, 5, 0.5)]
    for current, baseline, share in cases:
        n = current + baseline
        ours = stats.binomial_two_sided(current, n, share)
        theirs = 1.0 if n == 0 else binomtest(current, n, share).pvalue
        assert ours == pytest.approx(theirs, abs=1e-9), (current, baseline, share)


def test_poisson_equals_the_scipy_reference_on_random_counts():
    rng = np.random.default_rng(61)
    means = np.concatenate([rng.uniform(0.1, 30, 200), rng.uniform(30, 10_000, 100)])
    for mean in means:
        for k in {int(rng.poisson(mean)), int(rng.poisson(mean * 1.5)), int(rng.poisson(mean / 2)), 0}:
            ours = stats.poisson_two_sided(k, float(mean))
            assert ours == pytest.approx(scipy_poisson_two_sided(k, float(mean)), abs=1e-9), (k, mean)


def test_q_values_equal_statsmodels_fdr_bh():
    rng = np.random.default_rng(7)
    for size in (1, 2, 5, 18, 33, 200):
        p = list(rng.uniform(0, 1, size) ** 3)
        p[size // 2] = p[0]  # ties
        expected = multipletests(p, method="fdr_bh")[1]
        assert stats.benjamini_hochberg(p) == pytest.approx(list(expected), abs=1e-12)
    # Provinces without a test (no baseline data) are neither corrected nor counted.
    assert stats.benjamini_hochberg([0.01, None, 0.04]) == pytest.approx([0.02, None, 0.04])


def test_degenerate_counts_have_clear_p_values():
    assert stats.binomial_two_sided(0, 0, 0.5) == 1.0
    assert stats.poisson_two_sided(0, 0.0) == 1.0
    assert stats.poisson_two_sided(3, 0.0) == 0.0
    assert stats.benjamini_hochberg([]) == []
