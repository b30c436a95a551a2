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
WINDOW_DAYS = 7
LONGEST_SPAN_DAYS = 31  # rows spanning more are not linked
CANDIDATES = 8  # a row's nearest hits of one class of the other rows that are weighed
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


def candidate_pairs(
    rows: LinkInput, rules: LinkRules, askers: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(a, b, km apart, days apart) of every pair of rows of different datasets that may be one
    event: positions into rows, a < b, each pair once. With askers (a mask), only the pairs that
    touch those rows: they ask as far as any row reaches, so none of their pairs is missed."""
    import shapely

    keep = np.flatnonzero(linkable(rows))
    km_tolerance = rules.km_for(rows.geo_precision)
    day_tolerance = rules.days_for(rows.date_precision)
    x = rows.lon * KM_PER_DEGREE_LON * np.cos(np.radians(rows.lat))
    y = rows.lat * KM_PER_DEGREE_LAT
    found_a, found_b = [], []
    points = shapely.points(x, y)  # once; each window takes its rows' points from here
    span = rows.end - rows.start
    order = keep[np.argsort(rows.start[keep], kind="stable")]
    widest = np.full(len(rows.fid), float(rules.km_for(np.array([3]))[0]))
    for dataset in np.unique(rows.dataset[keep]):
        mine_all = order[(rows.dataset[order] == dataset) & (True if askers is None else askers[order])]
        if not mine_all.size:
            continue
        longest_mine = int(span[mine_all].max())
        # Each row asks in space with its own reach (a pair is found by the side reaching further)
        # and in time with the wider of its and the other's reach, class by class of the two.
        for other_days in np.unique(day_tolerance[order]):
            others_all = order[(rows.dataset[order] != dataset) & (day_tolerance[order] == other_days)]
            if not others_all.size:
                continue
            other_starts = rows.start[others_all]
            longest_other = int(span[others_all].max())
            for my_days in np.unique(day_tolerance[mine_all]):
                reach = int(max(my_days, other_days))
                mine_class = mine_all[day_tolerance[mine_all] == my_days]
                class_starts = rows.start[mine_class]
                # Windows as long as twice the reach: each tree is built over a span at most ~3x its window.
                length = max(WINDOW_DAYS, 2 * reach)
                for window in range(int(class_starts[0]), int(class_starts[-1]) + 1, length):
                    end = window + length
                    mine = mine_class[np.searchsorted(class_starts, window) : np.searchsorted(class_starts, end)]
                    if not mine.size:
                        continue
                    # b overlaps a when b.start <= a.end + reach and b.end >= a.start - reach.
                    low, high = window - reach - longest_other, end + longest_mine + reach
                    near = others_all[np.searchsorted(other_starts, low) : np.searchsorted(other_starts, high + 1)]
                    if not near.size:
                        continue
                    tree = shapely.STRtree(points[near])
                    reach_km = km_tolerance[mine] if askers is None else widest[mine]
                    asked, hit = tree.query(points[mine], predicate="dwithin", distance=reach_km)
                    a, b = _nearest_few(mine[asked], near[hit], rows, x, y, km_tolerance, day_tolerance)
                    found_a.append(a)
                    found_b.append(b)
    if not found_a:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0), empty
    a, b = np.concatenate(found_a), np.concatenate(found_b)
    size = np.int64(len(rows.fid))
    pairs = np.unique(np.minimum(a, b).astype(np.int64) * size + np.maximum(a, b))  # each pair once
    a, b = pairs // size, pairs % size
    km = np.hypot(x[a] - x[b], y[a] - y[b])
    apart = np.maximum(0, np.maximum(rows.start[a], rows.start[b]) - np.minimum(rows.end[a], rows.end[b]))
    return a, b, km, apart


def _overlap(a, b, rows: LinkInput, day_tolerance) -> np.ndarray:
    reach = np.maximum(day_tolerance[a], day_tolerance[b])
    return (rows.start[a] - reach <= rows.end[b]) & (rows.start[b] - reach <= rows.end[a])


def _nearest_few(a, b, rows: LinkInput, x, y, km_tolerance, day_tolerance):
    """The pairs that may be one event, at most CANDIDATES per row a, the nearest: where events crowd
    (a month and a province of a busy war) the match is among them, and the pairs fit in memory."""
    km = np.hypot(x[a] - x[b], y[a] - y[b])
    chosen = _overlap(a, b, rows, day_tolerance) & (km <= np.maximum(km_tolerance[a], km_tolerance[b]))
    a, b, km = a[chosen], b[chosen], km[chosen]
    if not a.size:
        return a, b
    order = np.lexsort((km, a))
    a, b = a[order], b[order]
    first = np.searchsorted(a, a)  # where each row's pairs begin
    keep = np.arange(a.size) - first < CANDIDATES
    return a[keep], b[keep]


def link_groups(rows: LinkInput, rules: LinkRules | None = None) -> np.ndarray:
    """The event group of every row (the smallest fid of its group), NO_GROUP for rows no other
    dataset has."""
    return _matched(rows, *candidate_pairs(rows, rules or LinkRules()))


def relink(rows: LinkInput, before: np.ndarray, touched: np.ndarray, rules: LinkRules | None = None) -> np.ndarray:
    """The groups after an import that changed only the touched rows (a mask): the rows connected to
    them through candidate pairs are matched again, every other row keeps its group. The greedy
    result on a set of whole connected parts of the candidate graph is the whole graph's there."""
    rules = rules or LinkRules()
    part = touched.copy()
    frontier = touched.copy()
    found_a, found_b = [], []
    while frontier.any():
        a, b, _, _ = candidate_pairs(rows, rules, askers=frontier)
        found_a.append(a)
        found_b.append(b)
        reached = np.zeros(len(part), dtype=bool)
        reached[a] = reached[b] = True
        frontier = reached & ~part
        part |= frontier
    a, b = np.concatenate(found_a), np.concatenate(found_b)
    size = np.int64(len(rows.fid))
    pairs = np.unique(np.minimum(a, b).astype(np.int64) * size + np.maximum(a, b))
    a, b = pairs // size, pairs % size
    x = rows.lon * KM_PER_DEGREE_LON * np.cos(np.radians(rows.lat))
    y = rows.lat * KM_PER_DEGREE_LAT
    km = np.hypot(x[a] - x[b], y[a] - y[b])
    apart = np.maximum(0, np.maximum(rows.start[a], rows.start[b]) - np.minimum(rows.end[a], rows.end[b]))
    matched = _matched(rows, a, b, km, apart)
    return np.where(part, matched, before)


def _matched(rows: LinkInput, a, b, km, days) -> np.ndarray:
    """Greedy matching of the candidate pairs, closest first, done in vectorised rounds: in each
    round every pair that is the best remaining one of both its groups joins them. Such pairs never
    share a group, and the pair-by-pair greedy would take each of them too (nothing before it in the
    order touches its groups), so the rounds give exactly the greedy result. Rows in no pair: NO_GROUP."""
    first, second = np.minimum(rows.key[a], rows.key[b]), np.maximum(rows.key[a], rows.key[b])
    order = np.lexsort((second, first, days, km))  # closest first, then fewest days apart, then ids
    a, b = a[order], b[order]
    label = np.arange(len(rows.fid))  # each row's group, named by one of its rows
    datasets = np.left_shift(np.int64(1), rows.dataset.astype(np.int64))  # bit set of each group's datasets
    while a.size:
        la, lb = label[a], label[b]
        admissible = (la != lb) & ((datasets[la] & datasets[lb]) == 0)
        a, b, la, lb = a[admissible], b[admissible], la[admissible], lb[admissible]
        if not a.size:
            break
        # The first pair (in the order) touching each group; a pair first for both of its groups joins them.
        touched, where = np.unique(np.column_stack([la, lb]).ravel(), return_index=True)
        best = np.full(len(label), -1, dtype=np.int64)
        best[touched] = where // 2
        position = np.arange(a.size)
        joined = (best[la] == position) & (best[lb] == position)
        keep_group, gone_group = la[joined], lb[joined]
        datasets[keep_group] |= datasets[gone_group]
        rename = np.arange(len(label))
        rename[gone_group] = keep_group
        label = rename[label]
        a, b = a[~joined], b[~joined]
    groups = np.full(len(label), NO_GROUP, dtype=np.int64)
    if not len(label):
        return groups
    named, inverse, sizes = np.unique(label, return_inverse=True, return_counts=True)
    grouped = sizes[inverse] > 1
    # The smallest fid of each group names it.
    smallest = np.full(named.size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(smallest, inverse[grouped], rows.fid[grouped])
    groups[grouped] = smallest[inverse[grouped]]
    return groups
