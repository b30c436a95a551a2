"""A grid over the polygons that answers most point-in-polygon questions without geometry.

A cell wholly inside one polygon and touching no other gives its points that polygon; a cell no
polygon touches gives none. Only points in the other cells (along borders, coasts, overlaps) need
the exact test. A cell is classified once a few points have fallen in it, so the grid costs only
where the data are dense enough to repay it.
"""

from __future__ import annotations

import numpy as np
import shapely

from ..sorted_keys import find_sorted

CELL_DEGREES = 0.05  # about 5 km: a province spans hundreds of cells, its border a few percent
EXACT = -2  # the cell's points need the exact test
OUTSIDE = -1  # no polygon touches the cell
# Cells are tested a little larger than they are, so a point that rounding puts in a neighbouring
# cell is still inside the box that was tested.
PAD = 1e-9
CELL_POINTS = 4  # points seen in a cell before it is classified


class PolygonCells:
    def __init__(self, geometries: np.ndarray, tree: shapely.STRtree, degrees: float = CELL_DEGREES):
        self.geometries = geometries
        self.tree = tree
        self.degrees = degrees
        self.columns = int(np.ceil(360 / degrees)) + 1
        self.keys = np.empty(0, dtype=np.int64)  # sorted
        self.owners = np.empty(0, dtype=np.int64)  # polygon index, OUTSIDE or EXACT, by key
        self.pending_keys = np.empty(0, dtype=np.int64)  # sorted: cells not classified yet
        self.pending_counts = np.empty(0, dtype=np.int64)  # and the points seen in them so far

    def lookup(self, longitude: np.ndarray, latitude: np.ndarray) -> np.ndarray:
        """Per point: the polygon whose interior cell holds it, OUTSIDE, or EXACT."""
        column = np.floor((longitude + 180.0) / self.degrees)
        row = np.floor((latitude + 90.0) / self.degrees)
        # Beyond the grid's columns (never for valid longitudes) the exact test decides.
        on_grid = (column >= 0) & (column < self.columns) & (np.abs(row) < 1e6)
        keys = np.where(on_grid, row * self.columns + column, 0).astype(np.int64)
        distinct, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        position, known = find_sorted(self.keys, distinct)
        owners = np.full(len(distinct), EXACT, dtype=np.int64)
        owners[known] = self.owners[position[known]]
        unknown = np.flatnonzero(~known)
        ready = self._count(distinct[unknown], counts[unknown])
        if ready.any():
            owners[unknown[ready]] = self._classify(distinct[unknown[ready]])
        return np.where(on_grid, owners[inverse], EXACT)

    def _count(self, keys: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Adds the points of cells not yet classified; returns which have reached CELL_POINTS (they
        leave the count, to be classified). Classifying a cell costs about four exact tests: sparse
        data, a point or two a cell, would otherwise classify a cell for every point."""
        position, seen = find_sorted(self.pending_keys, keys)
        total = counts.astype(np.int64)
        total[seen] += self.pending_counts[position[seen]]
        ready = total >= CELL_POINTS
        self.pending_counts[position[seen & ~ready]] = total[seen & ~ready]
        keep = np.ones(len(self.pending_keys), dtype=bool)
        keep[position[seen & ready]] = False
        waiting = ~seen & ~ready
        self.pending_keys, self.pending_counts = _merged(
            self.pending_keys[keep], self.pending_counts[keep], keys[waiting], total[waiting]
        )
        return ready

    def _classify(self, new: np.ndarray) -> np.ndarray:
        """The owners of these cells (keys not yet known, sorted), remembered for the next points."""
        row, column = np.divmod(new, self.columns)
        west = column * self.degrees - 180.0
        south = row * self.degrees - 90.0
        boxes = shapely.box(west - PAD, south - PAD, west + self.degrees + PAD, south + self.degrees + PAD)
        box_index, polygon_index = self.tree.query(boxes, predicate="intersects")
        touching = np.bincount(box_index, minlength=len(new))
        owners = np.where(touching == 0, OUTSIDE, EXACT).astype(np.int64)
        single = touching[box_index] == 1
        candidate_box, candidate_polygon = box_index[single], polygon_index[single]
        inside = shapely.contains_properly(self.geometries[candidate_polygon], boxes[candidate_box])
        owners[candidate_box[inside]] = candidate_polygon[inside]
        self.keys, self.owners = _merged(self.keys, self.owners, new, owners)
        return owners


def _merged(keys: np.ndarray, values: np.ndarray, new_keys: np.ndarray, new_values: np.ndarray):
    """Sorted keys (none in common) and their values, merged without sorting again."""
    at = np.searchsorted(keys, new_keys)
    return np.insert(keys, at, new_keys), np.insert(values, at, new_values)
