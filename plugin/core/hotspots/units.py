"""Units of analysis for hot spots: equal-area hexagons over a study area, or any polygons (provinces,
districts), with the filtered incidents counted in each. Geometry through QGIS; no widgets."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsSpatialIndex,
)

from ..sorted_keys import find_sorted
from . import hexagons
from .hexagons import EqualAreaProjection

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class AnalysisUnits:
    geometries: list[QgsGeometry]  # in `crs`
    centres: np.ndarray  # (n, 2) metres in the equal-area projection
    counts: np.ndarray  # incidents in each unit
    crs: QgsCoordinateReferenceSystem
    labels: list[tuple] = field(default_factory=list)  # (id, name, country) per unit
    outside: int = 0  # incidents in no unit
    cell_size: float | None = None  # hexagons only
    point_units: np.ndarray | None = None  # the unit of each point counted, -1 for none
    point_days: np.ndarray | None = None  # each point's day number (periods.day_number), where known


def study_projection(geometries_wgs84: list[QgsGeometry]) -> EqualAreaProjection:
    box = geometries_wgs84[0].boundingBox()
    for geometry in geometries_wgs84[1:]:
        box.combineExtentWith(geometry.boundingBox())
    centre = box.center()
    return EqualAreaProjection(round(centre.x(), 4), round(centre.y(), 4))


def _transform(projection: EqualAreaProjection) -> tuple[QgsCoordinateTransform, QgsCoordinateReferenceSystem]:
    crs = QgsCoordinateReferenceSystem.fromProj(projection.proj_string())
    return QgsCoordinateTransform(WGS84, crs, QgsCoordinateTransformContext()), crs


def hexagon_units(
    area_wgs84: list[QgsGeometry], lon, lat, cell_size: float = 0.0, feedback: QgsFeedback | None = None
) -> AnalysisUnits:
    """Hexagons covering the study area (the union of `area_wgs84`), empty ones included, with the
    points (lon, lat) counted in each; cell_size 0 chooses hexagons.default_cell_size."""
    projection = study_projection(area_wgs84)
    transform, crs = _transform(projection)
    projected = []
    for geometry in area_wgs84:
        copy = QgsGeometry(geometry)
        copy.transform(transform)
        projected.append(copy)
    area = QgsGeometry.unaryUnion(projected)
    x, y = projection.forward(lon, lat)
    if not cell_size or cell_size <= 0:
        cell_size = hexagons.default_cell_size(area.area(), len(x))
    box = area.boundingBox()
    qs, rs = hexagons.cells_covering(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), cell_size)
    engine = QgsGeometry.createGeometryEngine(area.constGet())
    engine.prepareGeometry()
    cx, cy = hexagons.centre_of(qs, rs, cell_size)
    kept, geometries = [], []
    for index in range(len(qs)):
        if feedback is not None and feedback.isCanceled():
            break
        cell = QgsGeometry.fromPolygonXY(
            [[QgsPointXY(px, py) for px, py in hexagons.corners(cx[index], cy[index], cell_size)]]
        )
        if engine.intersects(cell.constGet()):
            kept.append(index)
            geometries.append(cell)
    kept = np.asarray(kept, dtype=np.int64)
    keys = _keys(qs[kept], rs[kept])
    order = np.argsort(keys)
    point_q, point_r = hexagons.cell_of(x, y, cell_size)
    point_keys = _keys(point_q, point_r)
    position, found = find_sorted(keys[order], point_keys)
    point_units = np.full(len(point_keys), -1, dtype=np.int64)
    point_units[found] = order[position[found]]
    counts = np.bincount(point_units[found], minlength=len(kept))
    labels = [(number + 1, f"{int(qs[i])},{int(rs[i])}", "") for number, i in enumerate(kept)]
    return AnalysisUnits(
        geometries,
        np.column_stack([cx[kept], cy[kept]]),
        counts.astype(int),
        crs,
        labels,
        outside=int(len(x) - np.count_nonzero(found)),
        cell_size=cell_size,
        point_units=point_units,
    )


def _keys(q: np.ndarray, r: np.ndarray) -> np.ndarray:
    return (q.astype(np.int64) << 32) + (r.astype(np.int64) & 0xFFFFFFFF)


def polygon_units(features: list[QgsFeature], crs: QgsCoordinateReferenceSystem, lon, lat, labels) -> AnalysisUnits:
    """Any polygons (districts, provinces) with the points (lon, lat) counted by point in polygon;
    centres are the polygons' centroids in an equal-area projection of their extent."""
    to_wgs84 = QgsCoordinateTransform(crs, WGS84, QgsCoordinateTransformContext())
    wgs84 = []
    for feature in features:
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_wgs84)
        wgs84.append(geometry)
    projection = study_projection(wgs84)
    transform, _ = _transform(projection)
    index = QgsSpatialIndex()
    engines, centres = [], []
    for number, geometry in enumerate(wgs84):
        index.addFeature(number, geometry.boundingBox())
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        engines.append(engine)
        projected = QgsGeometry(geometry)
        projected.transform(transform)
        centre = projected.centroid().asPoint()
        centres.append((centre.x(), centre.y()))
    point_units = np.full(len(lon), -1, dtype=np.int64)
    for number, (x, y) in enumerate(zip(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        holder = next(
            (n for n in index.intersects(point.boundingBox()) if engines[n].intersects(point.constGet())), None
        )
        if holder is not None:
            point_units[number] = holder
    inside = point_units >= 0
    counts = np.bincount(point_units[inside], minlength=len(features)).astype(int)
    outside = int((~inside).sum())
    return AnalysisUnits(
        [QgsGeometry(feature.geometry()) for feature in features],
        np.asarray(centres, dtype=float).reshape(-1, 2),
        counts,
        crs,
        list(labels),
        outside=outside,
        point_units=point_units,
    )
