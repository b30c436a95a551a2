"""Getis-Ord Gi* with binary weights within a distance band, the unit itself included.

For unit i with neighbours N(i) (every unit within the band, i among them), W_i = |N(i)|:

    Gi* = (sum_{j in N(i)} x_j - mean(x) W_i) / (S sqrt((n W_i - W_i^2) / (n - 1)))

with S the standard deviation of x over all n units (divided by n): Getis and Ord (1995), eq. 14 with
binary weights, the analytic z that ArcGIS's Hot Spot Analysis and esda's G_Local(star=True) report.
p is two-sided. A unit's bin is +-3, +-2 or +-1 where its Benjamini-Hochberg q is at most 0.01, 0.05
or 0.10 (ArcGIS's Gi_Bin with the False Discovery Rate correction), 0 otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..i18n import tr
from ..trends.stats import q_values
from .neighbours import nearest_neighbour_distances, pairs_within

MIN_UNITS = 30  # fewer units give no usable reference distribution (ArcGIS asks for 30 too)
CONFIDENCE_BINS = ((0.01, 3), (0.05, 2), (0.10, 1))  # q at most ... -> bin (99, 95, 90 % confidence)


class HotSpotError(ValueError):
    """The data cannot give hot spots (too few units, no variation); the text says why."""


@dataclass(frozen=True)
class HotSpots:
    z: np.ndarray  # Gi* z-score; NaN for a unit without a neighbour within the band
    p: np.ndarray  # two-sided p; NaN likewise
    bins: np.ndarray  # -3..3; 0 where not significant or without a neighbour
    neighbours: np.ndarray  # units within the band, the unit itself included
    distance_band: float  # metres, as used (chosen from the data when none was given)
    band_chosen: bool  # whether the band was chosen from the data

    @property
    def without_neighbours(self) -> int:
        return int((self.neighbours <= 1).sum())


def default_distance_band(xy: np.ndarray) -> float:
    """The smallest band in which every unit has at least one neighbour (ArcGIS's default):
    the largest of the units' nearest-neighbour distances."""
    nearest = nearest_neighbour_distances(xy)
    return float(nearest[np.isfinite(nearest)].max()) if np.isfinite(nearest).any() else 0.0


def gi_star(values, xy, distance_band: float = 0.0) -> HotSpots:
    """Gi* of `values` at the units' centres `xy` (metres, an equal-area or conformal projection);
    distance_band 0 chooses default_distance_band."""
    x = np.asarray(values, dtype=float)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(x)
    check_counts(x)
    band, chosen = band_for(xy, distance_band)
    i, j = neighbour_pairs(xy, band)
    sums = np.bincount(i, weights=x[j], minlength=n)
    weights = np.bincount(i, minlength=n).astype(float)
    z, p = z_scores(sums, weights, x)
    return HotSpots(z, p, confidence_bins(z, p), weights.astype(int), band, chosen)


def check_counts(counts: np.ndarray) -> None:
    """Refuses, with the reason, counts that cannot give hot spots: too few units (the first axis),
    or every count the same."""
    if len(counts) < MIN_UNITS:
        raise HotSpotError(
            tr("Hot spots need at least {minimum} units; the study area has {units}.").format(
                minimum=MIN_UNITS, units=len(counts)
            )
        )
    if float(counts.max()) == float(counts.min()):
        raise HotSpotError(tr("Every unit has the same count: there is no pattern to test."))


def band_for(xy: np.ndarray, distance_band: float) -> tuple[float, bool]:
    """(the band, whether it was chosen from the data): a band of 0 or less is default_distance_band."""
    if not distance_band or distance_band <= 0:
        return default_distance_band(xy), True
    return float(distance_band), False


def neighbour_pairs(xy: np.ndarray, band: float) -> tuple[np.ndarray, np.ndarray]:
    """(i, j): unit j within the band of unit i, i itself included (binary weights)."""
    # A hair over the band, so units exactly one band apart (a regular grid) are neighbours.
    return pairs_within(xy, band * (1 + 1e-9))


def z_scores(sums: np.ndarray, weights: np.ndarray, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Gi* z and two-sided p from each unit's sum over its neighbours and their number, against all
    of x (a unit with no neighbour but itself, or with every unit as neighbour, gets NaN)."""
    n = len(x)
    mean = x.mean()
    spread = math.sqrt(max(float((x * x).mean() - mean * mean), 0.0))
    variance = (n * weights - weights * weights) / (n - 1)
    usable = (weights > 1) & (variance > 0)
    z = np.full(len(sums), np.nan)
    z[usable] = (sums[usable] - mean * weights[usable]) / (spread * np.sqrt(variance[usable]))
    p = np.full(len(sums), np.nan)
    p[usable] = two_sided_p(z[usable])
    return z, p


_ERFC = np.frompyfunc(math.erfc, 1, 1)


def two_sided_p(z: np.ndarray) -> np.ndarray:
    """The two-sided normal p of each z: erfc(|z| / sqrt(2)), the standard library's erfc over an array."""
    return _ERFC(np.abs(np.asarray(z, dtype=float)) / math.sqrt(2)).astype(float)


def confidence_bins(z: np.ndarray, p: np.ndarray) -> np.ndarray:
    """+-3/2/1 by the Benjamini-Hochberg q of each p (over the units that have one), signed by z."""
    q = q_values(p)
    bins = np.zeros(len(z), dtype=int)
    for index, value in enumerate(q):
        if math.isnan(value):
            continue
        level = next((b for limit, b in CONFIDENCE_BINS if value <= limit), 0)
        bins[index] = int(math.copysign(level, z[index])) if level else 0
    return bins
