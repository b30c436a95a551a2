"""Equal-area hexagons over a study area, and which hexagon holds each point.

The grid lives in a Lambert azimuthal equal-area projection centred on the study area, on the
authalic sphere (radius 6,371,007.181 m: the sphere with the ellipsoid's area), where every cell has
the same area on the ground. Cells are pointy-topped; CELL_SIZE is the distance between the centres of
neighbouring cells (the hexagon's width across its flat sides), so a cell covers sqrt(3)/2 d^2.
Projection of points is done here in numpy (the same formulas PROJ uses for +proj=laea +R=...),
so a million points need no QGIS call each.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

AUTHALIC_RADIUS = 6371007.181
SQRT3 = math.sqrt(3.0)
# The default cell: about this many incidents per cell over the study area, rounded to a 1-2-5 step,
# kept between these sizes (metres).
INCIDENTS_PER_CELL = 2.0
CELL_LIMITS = (1_000.0, 200_000.0)


@dataclass(frozen=True)
class EqualAreaProjection:
    """Lambert azimuthal equal-area on the authalic sphere, centred at (lon0, lat0) in degrees."""

    lon0: float
    lat0: float

    def proj_string(self) -> str:
        return (
            f"+proj=laea +lat_0={self.lat0:.6f} +lon_0={self.lon0:.6f} +x_0=0 +y_0=0 "
            f"+R={AUTHALIC_RADIUS} +units=m +no_defs"
        )

    def forward(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        lam = np.radians(np.asarray(lon, dtype=float) - self.lon0)
        phi = np.radians(np.asarray(lat, dtype=float))
        phi0 = math.radians(self.lat0)
        cos_c = math.sin(phi0) * np.sin(phi) + math.cos(phi0) * np.cos(phi) * np.cos(lam)
        k = np.sqrt(2.0 / np.clip(1.0 + cos_c, 1e-12, None))
        x = AUTHALIC_RADIUS * k * np.cos(phi) * np.sin(lam)
        y = AUTHALIC_RADIUS * k * (math.cos(phi0) * np.sin(phi) - math.sin(phi0) * np.cos(phi) * np.cos(lam))
        return x, y


def default_cell_size(study_area_m2: float, incidents: int) -> float:
    """A cell size putting about INCIDENTS_PER_CELL incidents in a cell on average, on a 1-2-5 step."""
    if incidents <= 0 or study_area_m2 <= 0:
        return CELL_LIMITS[1]
    cell_area = study_area_m2 * INCIDENTS_PER_CELL / incidents
    size = math.sqrt(cell_area / (SQRT3 / 2))
    size = min(max(size, CELL_LIMITS[0]), CELL_LIMITS[1])
    magnitude = 10 ** math.floor(math.log10(size))
    step = min((1, 2, 5, 10), key=lambda s: abs(math.log(size / (s * magnitude))))
    return float(step * magnitude)


def cell_of(x, y, cell_size: float) -> tuple[np.ndarray, np.ndarray]:
    """Axial (q, r) of the hexagon holding each point: the nearest centre (cube rounding)."""
    radius = cell_size / SQRT3  # centre to corner
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    qf = (SQRT3 / 3 * x - y / 3) / radius
    rf = (2 / 3 * y) / radius
    sf = -qf - rf
    q, r, s = np.rint(qf), np.rint(rf), np.rint(sf)
    dq, dr, ds = np.abs(q - qf), np.abs(r - rf), np.abs(s - sf)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    q = np.where(fix_q, -r - s, q)
    r = np.where(fix_r, -q - s, r)
    return q.astype(np.int64), r.astype(np.int64)


def centre_of(q, r, cell_size: float) -> tuple[np.ndarray, np.ndarray]:
    radius = cell_size / SQRT3
    q = np.asarray(q, dtype=float)
    r = np.asarray(r, dtype=float)
    return radius * SQRT3 * (q + r / 2), radius * 1.5 * r


def corners(cx: float, cy: float, cell_size: float) -> list[tuple[float, float]]:
    """The hexagon's six corners (pointy-topped), closed."""
    radius = cell_size / SQRT3
    points = [
        (cx + radius * math.cos(math.radians(30 + 60 * k)), cy + radius * math.sin(math.radians(30 + 60 * k)))
        for k in range(6)
    ]
    return points + points[:1]


def cells_covering(
    xmin: float, ymin: float, xmax: float, ymax: float, cell_size: float
) -> tuple[np.ndarray, np.ndarray]:
    """Axial (q, r) of every hexagon whose centre lies within the box grown by one cell."""
    radius = cell_size / SQRT3
    r_low = math.floor((ymin - cell_size) / (1.5 * radius))
    r_high = math.ceil((ymax + cell_size) / (1.5 * radius))
    qs, rs = [], []
    for r in range(r_low, r_high + 1):
        offset = r / 2
        q_low = math.floor((xmin - cell_size) / cell_size - offset)
        q_high = math.ceil((xmax + cell_size) / cell_size - offset)
        qs.append(np.arange(q_low, q_high + 1))
        rs.append(np.full(q_high - q_low + 1, r))
    return np.concatenate(qs).astype(np.int64), np.concatenate(rs).astype(np.int64)
