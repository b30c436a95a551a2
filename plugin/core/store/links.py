"""Rows of different datasets that describe the same event, linked so that each event counts once.

Two rows are the same event when they come from different datasets, their dates overlap within a
tolerance (1 day by default; a row's own range, as UCDP gives, counts whole, and a week or a month
of date precision widens it to 7 or 31 days) and they lie within a distance of each other (10 km by
default, 2.5 times that for a row placed near a place or in a district, 5 times for one placed only
in its province). Rows placed only in their country, dated only to a year, or spanning more than a
month are never linked: too vague to say which event they are.

Matching is one to one and closest pairs first (by distance, then by days apart): a group holds at
most one row of each dataset, and a row joins a group only if the group has no row of its dataset
yet. Candidates come from a spatial index over time windows, never from comparing all pairs.
A group is named by the smallest fid among its rows, so a recomputation that finds the same groups
rewrites nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NO_GROUP = -1
WINDOW_DAYS = 30
LONGEST_SPAN_DAYS = 31  # rows spanning more are not linked
KM_PER_DEGREE_LAT = 110.574
KM_PER_DEGREE_LON = 111.320


@dataclass(frozen=True)
class LinkRules:
    days: int = 1  # dates this many days apart still overlap
    km: float = 10.0  # points this far apart are still the same place (for exact places)

    def km_for(self, geo_precision: np.ndarray) -> np.ndarray:
        factor = np.select([geo_precision == 2, geo_precision == 3], [2.5, 5.0], 1.0)
        return self.km * factor

    def days_for(self, date_precision: np.ndarray) -> np.ndarray:
        return np.select([date_precision == 2, date_precision == 3], [7, 31], self.days).astype(np.int64)


@dataclass
class LinkInput:
    """One array per column, a row per incident (aggregated data left out by the caller)."""

    fid: np.ndarray  # int64
    key: np.ndarray  # int64: the rank of the row's (dataset, event id), for ties
    dataset: np.ndarray  # int codes
    start: np.ndarray  # day numbers
    end: np.ndarray  # day numbers (start where the source gives no range)
    date_precision: np.ndarray  # int, 1 where unknown
    geo_precision: np.ndarray  # int, 1 where unknown
    lon: np.ndarray
    lat: np.ndarray


def linkable(rows: LinkInput) -> np.ndarray:
    return (
        np.isfinite(rows.lon)
        & np.isfinite(rows.lat)
        & (rows.geo_precision <= 3)
        & (rows.date_precision <= 3)
        & (rows.end - rows.start <= LONGEST_SPAN_DAYS)
    )


def candidate_pairs(rows: LinkInput, rules: LinkRules) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(a, b, km apart, days apart) of every pair of rows of different datasets that may be one
    event: positions into rows, a < b, each pair once."""
    import shapely

    keep = np.flatnonzero(linkable(rows))
    km_tolerance = rules.km_for(rows.geo_precision)
    day_tolerance = rules.days_for(rows.date_precision)
    x = rows.lon * KM_PER_DEGREE_LON * np.cos(np.radians(rows.lat))
    y = rows.lat * KM_PER_DEGREE_LAT
    found_a, found_b = [], []
    if keep.size:
        margin = LONGEST_SPAN_DAYS + int(day_tolerance[keep].max())
        order = keep[np.argsort(rows.start[keep], kind="stable")]
        starts = rows.start[order]
        for window in range(int(starts[0]), int(starts[-1]) + 1, WINDOW_DAYS):
            end = window + WINDOW_DAYS
            queried = order[np.searchsorted(starts, window) : np.searchsorted(starts, end)]
            near = order[np.searchsorted(starts, window - margin) : np.searchsorted(starts, end + margin)]
            if not queried.size:
                continue
            for dataset in np.unique(rows.dataset[queried]):
                mine = queried[rows.dataset[queried] == dataset]
                others = near[rows.dataset[near] != dataset]
                if not others.size:
                    continue
                # Each side asks with its own reach; a pair is kept if the wider of the two reaches it.
                tree = shapely.STRtree(shapely.points(x[others], y[others]))
                asked, hit = tree.query(
                    shapely.points(x[mine], y[mine]), predicate="dwithin", distance=km_tolerance[mine]
                )
                found_a.append(mine[asked])
                found_b.append(others[hit])
    if not found_a:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0), empty
    a, b = np.concatenate(found_a), np.concatenate(found_b)
    a, b = np.minimum(a, b), np.maximum(a, b)
    pairs = np.unique(np.column_stack([a, b]), axis=0)
    a, b = pairs[:, 0], pairs[:, 1]
    km = np.hypot(x[a] - x[b], y[a] - y[b])
    days_tolerance = np.maximum(day_tolerance[a], day_tolerance[b])
    overlap = (rows.start[a] - days_tolerance <= rows.end[b]) & (rows.start[b] - days_tolerance <= rows.end[a])
    close = km <= np.maximum(km_tolerance[a], km_tolerance[b])
    apart = np.maximum(0, np.maximum(rows.start[a], rows.start[b]) - np.minimum(rows.end[a], rows.end[b]))
    chosen = overlap & close
    return a[chosen], b[chosen], km[chosen], apart[chosen]


def link_groups(rows: LinkInput, rules: LinkRules | None = None) -> np.ndarray:
    """The event group of every row (the smallest fid of its group), NO_GROUP for rows no other
    dataset has."""
    a, b, km, days = candidate_pairs(rows, rules or LinkRules())
    parent = np.arange(len(rows.fid))
    datasets = {}  # root -> set of dataset codes in its group

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    codes = rows.dataset
    first, second = np.minimum(rows.key[a], rows.key[b]), np.maximum(rows.key[a], rows.key[b])
    for position in np.lexsort((second, first, days, km)):  # closest first, then fewest days apart
        ra, rb = root(int(a[position])), root(int(b[position]))
        if ra == rb:
            continue
        in_a = datasets.get(ra, {int(codes[ra])})
        in_b = datasets.get(rb, {int(codes[rb])})
        if in_a & in_b:
            continue  # a group holds one row of each dataset
        parent[rb] = ra
        datasets[ra] = in_a | in_b
        datasets.pop(rb, None)
    groups = np.full(len(parent), NO_GROUP, dtype=np.int64)
    involved = np.unique(np.concatenate([a, b]))
    if not involved.size:
        return groups
    roots = np.fromiter((root(int(i)) for i in involved), dtype=np.int64, count=involved.size)
    named, inverse, sizes = np.unique(roots, return_inverse=True, return_counts=True)
    grouped = sizes[inverse] > 1
    # The smallest fid of each group names it.
    smallest = np.full(named.size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(smallest, inverse[grouped], rows.fid[involved[grouped]])
    groups[involved[grouped]] = smallest[inverse[grouped]]
    return groups
