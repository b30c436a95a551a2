"""Emerging hot spots: Gi* through time, a Mann-Kendall trend per unit, and the 17 categories of ArcGIS
Pro's Emerging Hot Spot Analysis.

Space-time Gi*: the value of unit i in step t is compared with its neighbourhood, which is every unit
within the distance band (i included) in step t and in step t-1; mean and spread are those of every
unit-step, and the Benjamini-Hochberg correction runs across all unit-steps. A unit-step is a hot
(cold) spot where its q is at most ALPHA and its z is above (below) 0.

The trend is the Mann-Kendall test on the unit's series of z (ties corrected, with the continuity
correction, as pymannkendall's original_test); significant where its p is at most ALPHA.

Categories, with "90 %" meaning at least ceil(0.9 n) of the n steps, decided by the final step:
- final step hot, in this order: at least 90 % of steps hot: intensifying (trend up), diminishing (trend
  down) or persistent (no trend); oscillating if the unit was ever a cold spot; new if this is its only
  hot step; consecutive if its hot steps are one run ending at the final step; otherwise sporadic.
- final step cold: the same, with hot and cold exchanged.
- final step neither: historical hot (cold) spot if at least 90 % of steps were hot (cold); else no
  pattern.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..i18n import tr
from .gi_star import HotSpotError, band_for, check_counts, neighbour_pairs, q_values, two_sided_p, z_scores

MIN_STEPS = 10  # a trend over fewer steps says little (ArcGIS's space-time cube asks for 10 too)
SHARE_OF_STEPS = 0.9
PATTERNS = ("new", "consecutive", "intensifying", "persistent", "diminishing", "sporadic", "oscillating", "historical")
NO_PATTERN = "no pattern"


def category_label(category: str) -> str:
    """'intensifying hot' -> 'Intensifying hot spot', in the interface language."""
    labels = {
        "new hot": tr("New hot spot"),
        "consecutive hot": tr("Consecutive hot spot"),
        "intensifying hot": tr("Intensifying hot spot"),
        "persistent hot": tr("Persistent hot spot"),
        "diminishing hot": tr("Diminishing hot spot"),
        "sporadic hot": tr("Sporadic hot spot"),
        "oscillating hot": tr("Oscillating hot spot"),
        "historical hot": tr("Historical hot spot"),
        "new cold": tr("New cold spot"),
        "consecutive cold": tr("Consecutive cold spot"),
        "intensifying cold": tr("Intensifying cold spot"),
        "persistent cold": tr("Persistent cold spot"),
        "diminishing cold": tr("Diminishing cold spot"),
        "sporadic cold": tr("Sporadic cold spot"),
        "oscillating cold": tr("Oscillating cold spot"),
        "historical cold": tr("Historical cold spot"),
        NO_PATTERN: tr("No pattern detected"),
    }
    return labels[category]


@dataclass(frozen=True)
class EmergingHotSpots:
    categories: list[str]  # per unit: "<pattern> hot", "<pattern> cold" or "no pattern"
    trend_z: np.ndarray  # Mann-Kendall z of each unit's Gi* z series (NaN: no series)
    trend_p: np.ndarray
    hot_steps: np.ndarray  # how many steps were significant hot spots
    cold_steps: np.ndarray
    z: np.ndarray  # (units, steps) space-time Gi* z
    distance_band: float
    band_chosen: bool


def mann_kendall(series) -> tuple[float, float]:
    """(z, two-sided p) of the Mann-Kendall trend test with ties; NaN values are left out."""
    x = np.asarray(series, dtype=float)
    x = x[~np.isnan(x)]
    n = len(x)
    if n < 3:
        return math.nan, math.nan
    s = float(np.sign(x[None, :] - x[:, None])[np.triu_indices(n, 1)].sum())
    _, ties = np.unique(x, return_counts=True)
    variance = (n * (n - 1) * (2 * n + 5) - float((ties * (ties - 1) * (2 * ties + 5)).sum())) / 18.0
    if variance <= 0:
        return math.nan, math.nan
    z = (s - math.copysign(1.0, s)) / math.sqrt(variance) if s else 0.0
    return z, math.erfc(abs(z) / math.sqrt(2))


def mann_kendall_rows(series: np.ndarray, chunk: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """mann_kendall of each row of a (units, steps) array, vectorised over the rows without NaN (a row
    with NaN goes through mann_kendall, which leaves its NaN out)."""
    series = np.asarray(series, dtype=float)
    units, n = series.shape
    z, p = np.full(units, np.nan), np.full(units, np.nan)
    complete = ~np.isnan(series).any(axis=1)
    for row in np.flatnonzero(~complete):
        z[row], p[row] = mann_kendall(series[row])
    rows = np.flatnonzero(complete)
    if n < 3 or not len(rows):
        return z, p
    i, j = np.triu_indices(n, 1)
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        x = series[part]
        s = np.sign(x[:, j] - x[:, i]).sum(axis=1)
        ordered = np.sort(x, axis=1)
        starts = np.ones_like(ordered, dtype=bool)
        starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
        groups = np.cumsum(starts, axis=1) - 1 + (np.arange(len(part)) * n)[:, None]
        ties = np.bincount(groups.ravel(), minlength=len(part) * n).reshape(len(part), n).astype(float)
        variance = (n * (n - 1) * (2 * n + 5) - (ties * (ties - 1) * (2 * ties + 5)).sum(axis=1)) / 18.0
        usable = variance > 0
        root = np.sqrt(np.where(usable, variance, 1.0))
        value = np.where(s > 0, (s - 1) / root, np.where(s < 0, (s + 1) / root, 0.0))
        z[part] = np.where(usable, value, np.nan)
    finite = np.flatnonzero(complete & ~np.isnan(z))
    p[finite] = two_sided_p(z[finite])
    return z, p


def space_time_gi_star(counts: np.ndarray, xy: np.ndarray, band: float) -> tuple[np.ndarray, np.ndarray]:
    """z and p, (units, steps), with each unit-step's neighbours in its own step and the step before."""
    counts = np.asarray(counts, dtype=float)
    i, j = neighbour_pairs(np.asarray(xy, dtype=float), band)
    units = len(counts)
    spatial_sums = np.column_stack(
        [np.bincount(i, weights=counts[j, step], minlength=units) for step in range(counts.shape[1])]
    )
    spatial_weights = np.bincount(i, minlength=units).astype(float)
    sums = spatial_sums.copy()
    sums[:, 1:] += spatial_sums[:, :-1]
    weights = np.repeat(spatial_weights[:, None], counts.shape[1], axis=1)
    weights[:, 1:] *= 2
    z, p = z_scores(sums.ravel(), weights.ravel(), counts.ravel())
    return z.reshape(counts.shape), p.reshape(counts.shape)


def categorise(hot: np.ndarray, cold: np.ndarray, trend_z: float, trend_p: float, alpha: float) -> str:
    """One unit's category from its hot and cold steps (booleans, oldest first) and trend."""
    need = math.ceil(SHARE_OF_STEPS * len(hot))
    for kind, mine, other, rising in (("hot", hot, cold, 1.0), ("cold", cold, hot, -1.0)):
        if not mine[-1]:
            continue
        count = int(mine.sum())
        run = len(mine) - int(np.flatnonzero(~mine)[-1]) - 1 if (~mine).any() else len(mine)
        if count >= need:
            significant = not math.isnan(trend_p) and trend_p <= alpha
            # A cold spot intensifies as its z falls further below 0.
            if significant and trend_z * rising > 0:
                pattern = "intensifying"
            elif significant and trend_z * rising < 0:
                pattern = "diminishing"
            else:
                pattern = "persistent"
        elif other.any():
            pattern = "oscillating"
        elif count == 1:
            pattern = "new"
        elif run == count:
            pattern = "consecutive"
        else:
            pattern = "sporadic"
        return f"{pattern} {kind}"
    for kind, mine in (("hot", hot), ("cold", cold)):
        if int(mine.sum()) >= need:
            return f"historical {kind}"
    return NO_PATTERN


def emerging_hot_spots(counts, xy, distance_band: float = 0.0, alpha: float = 0.05) -> EmergingHotSpots:
    """counts: (units, steps) incidents of each unit in each step, oldest first; xy: units' centres (m)."""
    counts = np.asarray(counts, dtype=float)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    units, steps = counts.shape
    check_counts(counts)
    if steps < MIN_STEPS:
        raise HotSpotError(
            tr("Emerging hot spots need at least {minimum} time steps; the dates give {steps}.").format(
                minimum=MIN_STEPS, steps=steps
            )
        )
    band, chosen = band_for(xy, distance_band)
    z, p = space_time_gi_star(counts, xy, band)
    significant = q_values(p) <= alpha  # across all unit-steps
    hot = significant & (z > 0)
    cold = significant & (z < 0)
    trend_z, trend_p = mann_kendall_rows(z)
    categories = [categorise(hot[i], cold[i], trend_z[i], trend_p[i], alpha) for i in range(units)]
    return EmergingHotSpots(categories, trend_z, trend_p, hot.sum(axis=1), cold.sum(axis=1), z, band, chosen)
