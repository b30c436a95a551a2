"""Which units lie within a distance of each other, by a grid of buckets one distance wide (numpy only;
no KD-tree without scipy): only points of the same or a touching bucket are compared, so the work grows
with the pairs found, not with the square of the units."""

from __future__ import annotations

import math

import numpy as np

from ..sorted_keys import find_sorted

PAIRS_AT_ONCE = 4_000_000  # candidate pairs compared per pass (about 100 MB of work arrays)


def pairs_within(xy: np.ndarray, reach: float, queries: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(i, j): every query i and unit j at most `reach` apart, i's own unit included (queries are indices
    into xy; all units when None)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    queries = np.arange(len(xy)) if queries is None else np.asarray(queries, dtype=np.int64)
    if len(xy) == 0 or len(queries) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    size = max(float(reach), 1e-9)
    cells = np.floor((xy - xy.min(axis=0)) / size).astype(np.int64)
    width = int(cells[:, 0].max()) + 3  # keys stay unique with a border of one bucket on each side
    keys = (cells[:, 1] + 1) * width + (cells[:, 0] + 1)
    order = np.argsort(keys, kind="stable")
    bucket_keys, bucket_starts, bucket_sizes = np.unique(keys[order], return_index=True, return_counts=True)
    found_i, found_j = [], []
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            wanted = keys[queries] + dy * width + dx
            slot, present = find_sorted(bucket_keys, wanted)
            query, slot = queries[present], slot[present]
            sizes = bucket_sizes[slot]
            # Compare in passes small enough to hold the candidate pairs.
            ends = np.cumsum(sizes)
            start = 0
            while start < len(query):
                stop = int(np.searchsorted(ends, (ends[start - 1] if start else 0) + PAIRS_AT_ONCE, side="right"))
                stop = max(stop, start + 1)
                i, j = _candidates(query[start:stop], bucket_starts[slot[start:stop]], sizes[start:stop], order)
                close = np.hypot(xy[i, 0] - xy[j, 0], xy[i, 1] - xy[j, 1]) <= reach
                found_i.append(i[close])
                found_j.append(j[close])
                start = stop
    return np.concatenate(found_i), np.concatenate(found_j)


def _candidates(query, starts, sizes, order) -> tuple[np.ndarray, np.ndarray]:
    """Each query paired with every unit of its bucket (bucket = order[start : start + size])."""
    total = int(sizes.sum())
    i = np.repeat(query, sizes)
    offsets = np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    j = order[np.repeat(starts, sizes) + offsets]
    return i, j


def nearest_neighbour_distances(xy: np.ndarray) -> np.ndarray:
    """Each unit's distance to its nearest other unit (inf for a lone unit): searched within a radius
    that doubles for the units still without a neighbour."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    nearest = np.full(len(xy), np.inf)
    if len(xy) < 2:
        return nearest
    span = xy.max(axis=0) - xy.min(axis=0)
    radius = max(math.sqrt(max(span[0] * span[1], 1.0) / len(xy)), 1e-6)
    waiting = np.arange(len(xy))
    limit = float(np.hypot(*span)) * 2 + 1.0
    while len(waiting) and radius <= limit:
        i, j = pairs_within(xy, radius, waiting)
        other = i != j
        i, j = i[other], j[other]
        distance = np.hypot(xy[i, 0] - xy[j, 0], xy[i, 1] - xy[j, 1])
        np.minimum.at(nearest, i, distance)
        waiting = waiting[np.isinf(nearest[waiting])]
        radius *= 2
    return nearest
