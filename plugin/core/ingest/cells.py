"""A grid over the polygons that answers most point-in-polygon questions without geometry.

A cell wholly inside one polygon and touching no other gives its points that polygon; a cell no
polygon touches gives none. Only points in the other cells (along borders, coasts, overlaps) need
the exact test. Cells are classified the first time a point falls in them, so the grid costs only
where the data are.
"""

from __future__ import annotations

import numpy as np
import shapely

CELL_DEGREES = 0.05  # about 5 km: a province spans hundreds of cells, its border a few percent
EXACT = -2  # the cell's points need the exact test
OUTSIDE = -1  # no polygon touches the cell
# Cells are tested a little larger than they are, so a point that rounding puts in a neighbouring
# cell is still inside the box that was tested.
PAD = 1e-9


class PolygonCells:
    def __init__(self, geometries: np.ndarray, tree: shapely.STRtree, degrees: float = CELL_DEGREES):
        self.geometries = geometries
        self.tree = tree
        self.degrees = degrees
        self.columns = int(np.ceil(360 / degrees)) + 1
        self.keys = np.empty(0, dtype=np.int64)  # sorted
        self.owners = np.empty(0, dtype=np.int64)  # polygon index, OUTSIDE or EXACT, by key

    def lookup(self, longitude: np.ndarray, latitude: np.ndarray) -> np.ndarray:
        """Per point: the polygon whose interior cell holds it, OUTSIDE, or EXACT."""
        column = np.floor((longitude + 180.0) / self.degrees)
        row = np.floor((latitude + 90.0) / self.degrees)
        # Beyond the grid's columns (never for valid longitudes) the exact test decides.
        on_grid = (column >= 0) & (column < self.columns) & (np.abs(row) < 1e6)
        keys = np.where(on_grid, row * self.columns + column, 0).astype(np.int64)
        distinct, inverse = np.unique(keys, return_inverse=True)
        self._learn(distinct)
        owners = self.owners[np.searchsorted(self.keys, distinct)][inverse]
        return np.where(on_grid, owners, EXACT)

    def _learn(self, keys: np.ndarray) -> None:
        position = np.searchsorted(self.keys, keys)
        known = position < len(self.keys)
        known[known] = self.keys[position[known]] == keys[known]
        new = keys[~known]
        if not len(new):
            return
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
        keys = np.concatenate([self.keys, new])
        order = np.argsort(keys, kind="stable")
        self.keys, self.owners = keys[order], np.concatenate([self.owners, owners])[order]
