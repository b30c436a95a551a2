"""Exact tests for counts, with numpy and the standard library only (no scipy in the plugin).

Two periods' counts are compared with the conditional binomial test (under no change the current
count is Binomial(current + baseline, t_c / (t_c + t_b))); a count against a baseline mean with a
Poisson test. Both are two-sided by the "minimum likelihood" rule R's binom.test/poisson.test and
scipy's binomtest use: the p-value sums the probabilities of every outcome no likelier than the
one observed. Benjamini-Hochberg q-values correct across provinces.
"""

from __future__ import annotations

import math

import numpy as np

RELATIVE_TOLERANCE = 1 + 1e-7  # outcomes this close to the observed likelihood count as as likely


_log_factorial = np.zeros(1)  # log(k!) for k = 0.., each from math.lgamma (no summing error), grown on demand


def _log_factorials(up_to: int) -> np.ndarray:
    global _log_factorial
    if len(_log_factorial) <= up_to:
        size = max(up_to + 1, 2 * len(_log_factorial))
        _log_factorial = np.array([math.lgamma(k + 1) for k in range(size)])
    return _log_factorial[: up_to + 1]


def _log_binomial_pmf(k: np.ndarray, n: int, p: float) -> np.ndarray:
    table = _log_factorials(n)
    return table[n] - table[k] - table[n - k] + k * math.log(p) + (n - k) * math.log1p(-p)


def binomial_two_sided(k: int, n: int, p: float) -> float:
    """p-value of k successes in n trials with success probability p (scipy.stats.binomtest's)."""
    if n == 0:
        return 1.0
    if p <= 0.0:
        return 1.0 if k == 0 else 0.0
    if p >= 1.0:
        return 1.0 if k == n else 0.0
    outcomes = np.arange(n + 1)
    log_pmf = _log_binomial_pmf(outcomes, n, p)
    pmf = np.exp(log_pmf)
    if k == p * n:
        return 1.0
    observed = math.exp(log_pmf[k]) * RELATIVE_TOLERANCE
    if k < p * n:
        # this tail, and the outcomes above the mean no likelier than k
        other = outcomes >= math.ceil(p * n)
        total = pmf[: k + 1].sum() + pmf[other & (pmf <= observed)].sum()
    else:
        other = outcomes <= math.floor(p * n)
        total = pmf[k:].sum() + pmf[other & (pmf <= observed)].sum()
    return float(min(1.0, total))


def poisson_two_sided(k: int, mean: float) -> float:
    """p-value of a count k when mean is expected (R's poisson.test against a known rate)."""
    if mean <= 0.0:
        return 1.0 if k == 0 else 0.0
    # Far enough into the upper tail that what is left is below double precision.
    top = int(max(k, mean) + 40 * math.sqrt(mean) + 100)
    outcomes = np.arange(top + 1)
    log_pmf = outcomes * math.log(mean) - mean - _log_factorials(top)
    pmf = np.exp(log_pmf)
    if k == mean:
        return 1.0
    observed = math.exp(log_pmf[k]) * RELATIVE_TOLERANCE
    if k < mean:
        other = outcomes >= math.ceil(mean)
        total = pmf[: k + 1].sum() + pmf[other & (pmf <= observed)].sum()
    else:
        other = outcomes <= math.floor(mean)
        total = pmf[k:].sum() + pmf[other & (pmf <= observed)].sum()
    return float(min(1.0, total))


def benjamini_hochberg(p_values: list[float | None]) -> list[float | None]:
    """q-values (statsmodels' multipletests(method="fdr_bh")); None stays None and is not counted."""
    q = q_values(np.array([np.nan if p is None else p for p in p_values], dtype=float))
    return [None if p is None else float(value) for p, value in zip(p_values, q)]


def q_values(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg q of each p in an array of any shape, over the p that are not NaN (NaN stays NaN):
    an emerging hot spot cube has hundreds of thousands of p."""
    flat = np.ravel(np.asarray(p, dtype=float))
    q = np.full(len(flat), np.nan)
    valid = np.flatnonzero(~np.isnan(flat))
    if len(valid):
        values = flat[valid]
        order = np.argsort(values, kind="mergesort")
        ranked = values[order] * len(values) / np.arange(1, len(values) + 1)
        q[valid[order]] = np.minimum.accumulate(ranked[::-1])[::-1].clip(max=1.0)
    return q.reshape(np.shape(p))
