"""Units of analysis for hot spots: equal-area hexagons over a study area, or any polygons (provinces,
districts), with the filtered incidents counted in each. Geometry through QGIS; no widgets.

No QGIS CRS or transform is made here: the dock builds units on its worker thread, and QGIS caches a
CRS with PROJ objects of the thread that made it, which turn invalid when that thread ends (every later
transform to the same projection then silently did nothing). Polygons come in WGS84, read by
province_polygons and district_polygons on the thread that owns their layer; the equal-area projection
is hexagons.EqualAreaProjection's numpy arithmetic; units name their CRS by its definition
(crs_definition), made into a CRS by the thread that writes them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsSpatialIndex,
)

from ..compat import POLYGON_GEOMETRY
from ..sorted_keys import find_sorted
from . import hexagons
from .hexagons import EqualAreaProjection

WGS84 = "EPSG:4326"


@dataclass
class AnalysisUnits:
    geometries: list[QgsGeometry]  # in crs_definition
    centres: np.ndarray  # (n, 2) metres in the equal-area projection
    counts: np.ndarray  # incidents in each unit
    crs_definition: str  # an authority id or a PROJ string
    labels: list[tuple] = field(default_factory=list)  # (id, name, country) per unit
    outside: int = 0  # incidents in no unit
    cell_size: float | None = None  # hexagons only
    point_units: np.ndarray | None = None  # the unit of each point counted, -1 for none
    point_days: np.ndarray | None = None  # each point's day number (periods.day_number), where known

    def crs(self) -> QgsCoordinateReferenceSystem:
        """The units' CRS, made on the calling thread (see the module's note)."""
        if self.crs_definition.startswith("+proj"):
            return QgsCoordinateReferenceSystem.fromProj(self.crs_definition)
        return QgsCoordinateReferenceSystem(self.crs_definition)


def study_projection(geometries_wgs84: list[QgsGeometry]) -> EqualAreaProjection:
    box = geometries_wgs84[0].boundingBox()
    for geometry in geometries_wgs84[1:]:
        box.combineExtentWith(geometry.boundingBox())
    centre = box.center()
    return EqualAreaProjection(round(centre.x(), 4), round(centre.y(), 4))


def projected(geometry: QgsGeometry, projection: EqualAreaProjection) -> QgsGeometry:
    """A WGS84 polygon or multipolygon in the equal-area projection, vertex by vertex."""
    if geometry.type() != POLYGON_GEOMETRY:
        return QgsGeometry()
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    result = []
    for polygon in parts:
        rings = []
        for ring in polygon:
            lon = np.fromiter((point.x() for point in ring), dtype=float, count=len(ring))
            lat = np.fromiter((point.y() for point in ring), dtype=float, count=len(ring))
            x, y = projection.forward(lon, lat)
            rings.append([QgsPointXY(a, b) for a, b in zip(x.tolist(), y.tolist())])
        result.append(rings)
    return QgsGeometry.fromMultiPolygonXY(result)


def hexagon_units(
    area_wgs84: list[QgsGeometry],
    lon,
    lat,
    cell_size: float = 0.0,
    feedback: QgsFeedback | None = None,
    sized_for: int | None = None,
) -> AnalysisUnits:
    """Hexagons covering the study area (the union of `area_wgs84`), empty ones included, with the
    points (lon, lat) counted in each; cell_size 0 chooses hexagons.default_cell_size for the points,
    or for sized_for incidents where given."""
    projection = study_projection(area_wgs84)
    area = QgsGeometry.unaryUnion([projected(geometry, projection) for geometry in area_wgs84])
    x, y = projection.forward(lon, lat)
    if not cell_size or cell_size <= 0:
        cell_size = hexagons.default_cell_size(area.area(), len(x) if sized_for is None else sized_for)
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
        projection.proj_string(),
        labels,
        outside=int(len(x) - np.count_nonzero(found)),
        cell_size=cell_size,
        point_units=point_units,
    )


def _keys(q: np.ndarray, r: np.ndarray) -> np.ndarray:
    return (q.astype(np.int64) << 32) + (r.astype(np.int64) & 0xFFFFFFFF)


@dataclass(frozen=True)
class Polygons:
    """Polygons to count incidents in (provinces, districts), copied from their layer on the thread that
    owns it, so a worker thread can use them; key changes when they do."""

    key: tuple
    geometries: tuple  # QgsGeometry, in WGS84
    labels: tuple  # (id, name, country) per polygon
    description: str = ""  # what they are, for provenance: the layer, its source and licence where it says


# Fields a district layer names its units by: geoBoundaries, OCHA COD-AB, GADM, then any name field.
DISTRICT_NAME_FIELDS = ("shapeName", "ADM2_EN", "adm2_name", "NAME_2", "name", "NAME")
DISTRICT_COUNTRY_FIELDS = ("shapeGroup", "ADM0_EN", "COUNTRY", "country")


def polygons_key(kind: str, layer) -> tuple:
    """What Polygons read from a layer are keyed by: the same layer and source give the same polygons."""
    return (kind, layer.id(), layer.source())


def district_polygons(layer) -> Polygons:
    """A district layer's polygons, each named by the first of its fields a district layer names units by."""
    names = layer.fields().names()
    field = next((name for name in DISTRICT_NAME_FIELDS if name in names), None)
    country = next((name for name in DISTRICT_COUNTRY_FIELDS if name in names), None)
    features = [f for f in layer.getFeatures() if f.hasGeometry()]
    description = layer.name()
    if "source" in names and "licence" in names:  # stored by Get districts (geoBoundaries)
        sources = sorted({str(f["source"]) for f in features if f["source"]})
        licences = sorted({str(f["licence"]) for f in features if f["licence"]})
        description = f"{description}: {', '.join(sources)} ({', '.join(licences)})"
    return Polygons(
        polygons_key("districts", layer),
        _in_wgs84(features, layer),
        tuple((f.id(), str(f[field]) if field else "", str(f[country]) if country else "") for f in features),
        description,
    )


def _in_wgs84(features, layer) -> tuple:
    """Copies of the features' geometries in WGS84, transformed on the calling thread."""
    transform = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem(WGS84), QgsCoordinateTransformContext()
    )
    geometries = []
    for feature in features:
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        geometries.append(geometry)
    return tuple(geometries)


def province_polygons(layer) -> Polygons:
    """The provinces layer's polygons, each labelled by its fid (incidents.province_id), name and country."""
    features = [f for f in layer.getFeatures() if f.hasGeometry()]
    return Polygons(
        polygons_key("provinces", layer),
        _in_wgs84(features, layer),
        tuple((int(f["fid"]), str(f["name"]), str(f["country"])) for f in features),
    )


def locate_points(wgs84: list[QgsGeometry], lon, lat) -> np.ndarray:
    """The polygon (its index) each point lies in, -1 for none: shapely's tree where shapely is
    installed (a million points in a second or two), else QGIS's geometry engine point by point."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    found = np.full(len(lon), -1, dtype=np.int64)
    try:
        import shapely
    except ImportError:
        shapely = None
    if shapely is not None and len(lon):
        polygons = shapely.from_wkb([bytes(geometry.asWkb()) for geometry in wgs84])
        points, polygon = shapely.STRtree(polygons).query(shapely.points(lon, lat), predicate="intersects")
        first = np.full(len(lon), len(wgs84), dtype=np.int64)
        np.minimum.at(first, points, polygon)  # a point on a shared border: the first polygon, as below
        return np.where(first < len(wgs84), first, -1)
    index = QgsSpatialIndex()
    engines = []
    for number, geometry in enumerate(wgs84):
        index.addFeature(number, geometry.boundingBox())
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        engines.append(engine)
    for number, (x, y) in enumerate(zip(lon, lat)):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        candidates = sorted(index.intersects(point.boundingBox()))
        found[number] = next((n for n in candidates if engines[n].intersects(point.constGet())), -1)
    return found


def polygon_units(polygons: Polygons, lon, lat) -> AnalysisUnits:
    """Any polygons (districts, provinces) with the points (lon, lat) counted by point in polygon;
    centres are the polygons' centroids in an equal-area projection of their extent."""
    wgs84 = list(polygons.geometries)
    projection = study_projection(wgs84)
    centres = []
    for geometry in wgs84:
        centre = projected(geometry, projection).centroid().asPoint()
        centres.append((centre.x(), centre.y()))
    point_units = locate_points(wgs84, lon, lat)
    inside = point_units >= 0
    return AnalysisUnits(
        [QgsGeometry(geometry) for geometry in polygons.geometries],
        np.asarray(centres, dtype=float).reshape(-1, 2),
        np.bincount(point_units[inside], minlength=len(wgs84)).astype(int),
        WGS84,
        list(polygons.labels),
        outside=int((~inside).sum()),
        point_units=point_units,
    )
