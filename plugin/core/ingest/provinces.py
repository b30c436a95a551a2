"""Admin-1 polygons and point-in-polygon province assignment.

Coordinates decide the province, never the name a source gives: names only feed the report of
disagreements, after spelling variants are folded together by the alias table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from ..compat import POLYGON_GEOMETRY
from ..i18n import tr
from ..paths import world_map_path
from .cells import EXACT, PolygonCells

NATURAL_EARTH_LAYER = "states_provinces"
POPULATION_FIELDS = ("population", "pop", "pop_est", "pop_total", "population_total")

# Spellings of Iraq's governorates met in ACLED, UCDP, GTD and the press, keyed by the name
# Natural Earth gives (the default polygons). Compared after fold_name().
ADMIN1_ALIASES: dict[str, tuple[str, ...]] = {
    "Al-Anbar": ("Anbar", "Al Anbar", "Al-Anbar Governorate"),
    "Al-Basrah": ("Basra", "Basrah", "Al Basrah"),
    "Al-Muthannia": ("Muthanna", "Al Muthanna", "Al-Muthanna"),
    "Al-Qādisiyyah": ("Qadisiyah", "Al-Qadisiyah", "Diwaniyah", "Al Qadisiyyah", "Qadissiya"),
    "An-Najaf": ("Najaf", "An Najaf"),
    "Arbil": ("Erbil", "Irbil", "Hawler", "Hewler"),
    "As-Sulaymaniyah": ("Sulaymaniyah", "Sulaimaniya", "Slemani", "Suleimaniyah", "As Sulaymaniyah"),
    "At-Ta'mim": ("Kirkuk", "Tamim", "Al-Tamim", "At Tamim"),
    "Babil": ("Babylon", "Babel"),
    "Baghdad": ("Baghdad Governorate",),
    "Dhi-Qar": ("Dhi Qar", "Thi Qar", "Dhiqar"),
    "Dihok": ("Duhok", "Dohuk", "Dahuk", "Dihok"),
    "Diyala": ("Diyalá", "Diala"),
    "Karbala'": ("Karbala", "Kerbala"),
    "Maysan": ("Missan", "Misan", "Maysan Governorate"),
    "Ninawa": ("Nineveh", "Ninewa", "Ninevah", "Nineva", "Mosul"),
    "Sala ad-Din": ("Salah al-Din", "Saladin", "Salahuddin", "Salah ad Din", "Salah ad-Din", "Salaheddine"),
    "Wasit": ("Wassit", "Kut"),
    # Lebanon's governorates as GTD names them ("South (Governorate)").
    "South Lebanon": ("South", "Liban-Sud", "Janub"),
    "North Lebanon": ("North", "Liban-Nord", "Shamal"),
    "Beqaa": ("Bekaa", "Biqa"),
    # The English exonyms and older spellings GTD writes, for Natural Earth's names (its name on the left).
    # A spelling maps to one name whatever the country: generic ones ("North", "Central") are left out.
    "An Nabatiyah": ("Nabatiye", "Nabatiyeh", "Nabatieh"),
    "Alger": ("Algiers",),
    "Roma": ("Rome",),
    "Milano": ("Milan",),
    "Firenze": ("Florence",),
    "Bern": ("Berne",),
    "Distrito Capital": ("Caracas", "Capital District"),
    "Qina": ("Qena",),
    "Suhaj": ("Sohag",),
    "Sana'a": ("Sanna", "Sanaa"),
    "Songkhla": ("Songkla",),
    "Casanare": ("Casanares",),
    "Grad Zagreb": ("Zagreb", "City of Zagreb"),
    "Jubbada Hoose": ("Lower Jubba", "Lower Juba"),
    "Jubbada Dhexe": ("Middle Jubba", "Middle Juba"),
    "Shabeellaha Hoose": ("Lower Shabelle", "Lower Shabeelle"),
    "Shabeellaha Dhexe": ("Middle Shabelle", "Middle Shabeelle"),
    "Kâmpóng Thum": ("Kompong Thom", "Kampong Thom"),
    "Kâmpóng Spœ": ("Kompong Speu", "Kampong Speu"),
    "Kâmpóng Cham": ("Kompong Cham",),
    "Kâmpóng Chhnang": ("Kompong Chhnang",),
    "Krâchéh": ("Kratie", "Kracheh"),
    "Stœng Trêng": ("Stung Treng", "Steung Treng"),
}

_SUFFIXES = re.compile(r"\b(governorate|province|muhafazat|wilayat|region)\b")
_ARTICLE = re.compile(r"^(al|an|as|at|ad|ar|el)(?=[a-z])")


def fold_name(name: str | None) -> str:
    """A spelling-insensitive key: no accents, articles, suffixes, punctuation or spaces."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    text = _SUFFIXES.sub(" ", text)
    text = re.sub(r"[^a-z]", "", text)
    return _ARTICLE.sub("", text)


def _alias_keys() -> dict[str, str]:
    keys = {}
    for canonical, aliases in ADMIN1_ALIASES.items():
        for name in (canonical, *aliases):
            keys[fold_name(name)] = fold_name(canonical)
    return keys


_ALIAS_KEYS = _alias_keys()


def same_province(source_name: str | None, assigned: str | None) -> bool:
    key_a, key_b = fold_name(source_name), fold_name(assigned)
    return _ALIAS_KEYS.get(key_a, key_a) == _ALIAS_KEYS.get(key_b, key_b)


@dataclass
class ProvincePolygons:
    """Polygons in EPSG:4326 with the attributes the provinces layer keeps."""

    geometries: np.ndarray  # shapely geometries
    table: pd.DataFrame  # name, code, country, country_code, population, source_layer
    source_label: str

    def __post_init__(self):
        shapely.prepare(self.geometries)
        self.tree = shapely.STRtree(self.geometries)
        self.cells = PolygonCells(self.geometries, self.tree)
        self._country_numbers = None

    def country_numbers(self) -> tuple[np.ndarray, pd.Index]:
        """Each polygon's country as a number (-1 where unnamed), and the casefolded names numbered."""
        if self._country_numbers is None:
            names = [name.casefold() if isinstance(name, str) and name else None for name in self.table["country"]]
            numbers, countries = pd.factorize(pd.Series(names, dtype=object))
            self._country_numbers = (numbers, pd.Index(countries))
        return self._country_numbers

    def assign(self, longitude: np.ndarray, latitude: np.ndarray) -> np.ndarray:
        """Index into the polygons for each point, -1 where no polygon holds it.

        A point on a shared border belongs to the polygon with the lowest index, so the
        result does not depend on query order.
        """
        longitude, latitude = np.asarray(longitude, float), np.asarray(latitude, float)
        result = self.cells.lookup(longitude, latitude)
        exact = np.flatnonzero(result == EXACT)
        result[exact] = self._assign_exactly(longitude[exact], latitude[exact])
        return result

    def _assign_exactly(self, longitude: np.ndarray, latitude: np.ndarray) -> np.ndarray:
        # Bounding boxes from the tree, then the exact test against prepared polygons: a query
        # with a predicate would prepare the points instead and walk every polygon's vertices.
        point_index, polygon_index = self.tree.query(shapely.points(longitude, latitude))
        inside = shapely.intersects_xy(self.geometries[polygon_index], longitude[point_index], latitude[point_index])
        point_index, polygon_index = point_index[inside], polygon_index[inside]
        result = np.full(len(longitude), -1, dtype=np.int64)
        if len(point_index):
            order = np.lexsort((polygon_index, point_index))
            point_index, polygon_index = point_index[order], polygon_index[order]
            first = np.r_[True, point_index[1:] != point_index[:-1]]
            result[point_index[first]] = polygon_index[first]
        return result


def _field_index(layer: QgsVectorLayer, candidates) -> int:
    names = [f.name().lower() for f in layer.fields()]
    for candidate in candidates:
        if candidate and candidate.lower() in names:
            return names.index(candidate.lower())
    return -1


def load_polygons(
    layer: QgsVectorLayer | None = None,
    name_field: str | None = None,
    extent: tuple[float, float, float, float] | None = None,
) -> ProvincePolygons:
    """The user's polygon layer, or Natural Earth admin-1 from QGIS's world_map.gpkg.

    extent (lon/lat) limits reading to what can hold the data.
    """
    natural_earth = layer is None
    if natural_earth:
        path = world_map_path()
        layer = QgsVectorLayer(f"{path}|layername={NATURAL_EARTH_LAYER}", "states_provinces", "ogr")
        if not layer.isValid():
            raise FileNotFoundError(tr("QGIS's admin-1 polygons were not found at {path}").format(path=path))
        source_label = "Natural Earth admin-1 (QGIS world_map.gpkg)"
        name_field = name_field or "name"
    else:
        source_label = layer.name() or layer.source()
    if layer.geometryType() != POLYGON_GEOMETRY:
        raise ValueError(tr("The province layer '{layer}' is not a polygon layer").format(layer=layer.name()))
    name_index = _field_index(layer, (name_field, "name", "name_1", "admin1", "adm1_name", "province"))
    if name_index < 0:
        raise ValueError(
            tr("The province layer '{layer}' has no field '{field}'").format(
                layer=layer.name(), field=name_field or "name"
            )
        )
    code_index = _field_index(layer, ("fips", "code", "pcode", "adm1_code", "adm1_pcode", "iso_3166_2", "id"))
    country_index = _field_index(layer, ("admin", "country", "adm0_name", "name_0"))
    country_code_index = _field_index(layer, ("adm0_a3", "iso3", "iso_a3", "country_code", "adm0_pcode"))
    population_index = _field_index(layer, POPULATION_FIELDS)
    # Other spellings Natural Earth keeps, for rows placed by name ("Muhafazat Salah ad Din").
    alternative_indexes = [
        i for i in (_field_index(layer, (f,)) for f in ("woe_name", "gn_name", "woe_label")) if i >= 0
    ]

    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs84 = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
    request = QgsFeatureRequest()
    if extent is not None:
        rect = QgsRectangle(*extent)
        if layer.crs() != wgs84:
            rect = to_wgs84.transformBoundingBox(rect, Qgis.TransformDirection.Reverse)
        request.setFilterRect(rect)
    geometries, rows = [], []
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if layer.crs() != wgs84:
            geometry.transform(to_wgs84)
        attributes = feature.attributes()

        def value(index, attributes=attributes):
            if index < 0:
                return None
            item = attributes[index]
            return None if item is None or str(item) in ("", "NULL") else item

        name = value(name_index)
        if name is None:
            continue
        population = value(population_index)
        geometries.append(shapely.from_wkb(bytes(geometry.asWkb())))
        rows.append(
            {
                "name": str(name),
                "code": None if value(code_index) is None else str(value(code_index)),
                "country": None if value(country_index) is None else str(value(country_index)),
                "country_code": None if value(country_code_index) is None else str(value(country_code_index)),
                "population": int(float(population)) if population is not None else None,
                "source_layer": source_label,
                "alt_names": tuple(str(value(i)).split(",")[0] for i in alternative_indexes if value(i) is not None),
            }
        )
    if not geometries:
        raise ValueError(
            tr("The province layer '{layer}' has no polygons where the incidents are").format(layer=layer.name())
        )
    table = pd.DataFrame(rows)
    table["population"] = table["population"].astype("Int64")
    return ProvincePolygons(np.asarray(geometries, dtype=object), table, source_label)


def ellipsoidal_area_km2(geometries) -> list[float]:
    calculator = QgsDistanceArea()
    calculator.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    calculator.setEllipsoid("WGS84")
    areas = []
    for geometry in geometries:
        qgs = QgsGeometry()
        qgs.fromWkb(shapely.to_wkb(geometry))
        areas.append(calculator.measureArea(qgs) / 1e6)
    return areas


PROVINCE_KEY = ("source_layer", "country_code", "name", "code")  # the provinces table's unique key


class ProvinceIds:
    """Each polygon's fid in the store's provinces table: the fid the same polygon has there (same
    source layer, country, name and code), else the next free one, given when first used. Incidents
    are staged with it (incidents.province_id) before the polygons are written at the end."""

    def __init__(self, polygons: ProvincePolygons, existing: list[tuple], next_fid: int):
        """existing: (fid, *PROVINCE_KEY) rows of the store's provinces; next_fid: above every fid there."""
        known = {tuple(row[1:]): int(row[0]) for row in existing}
        keys = polygons.table[list(PROVINCE_KEY)].astype(object)
        keys = keys.where(keys.notna(), None).itertuples(index=False, name=None)
        self.fids = np.array([known.get(key, -1) for key in keys], dtype=np.int64)
        self.next_fid = max(int(next_fid), 1)

    def of(self, indexes: np.ndarray) -> np.ndarray:
        """The fids of these polygons (indexes into the polygons), numbering those not yet in the store."""
        indexes = np.asarray(indexes, dtype=np.intp)
        new = np.unique(indexes[self.fids[indexes] < 0])
        self.fids[new] = np.arange(self.next_fid, self.next_fid + len(new))
        self.next_fid += len(new)
        return self.fids[indexes]


def province_rows(polygons: ProvincePolygons, keep: np.ndarray, encode, ids: ProvinceIds) -> list[tuple]:
    """The kept polygons as (fid, geometry, name, code, country, country_code, area_km2, population,
    source_layer) rows, the geometry encoded for the target (GeoPackage blob or WKB)."""
    table = polygons.table.iloc[keep]
    geometries = polygons.geometries[keep]
    areas = ellipsoidal_area_km2(geometries)
    return [
        (
            int(fid),
            encode(g),
            r.name,
            r.code,
            r.country,
            r.country_code,
            float(area),
            None if pd.isna(r.population) else int(r.population),
            r.source_layer,
        )
        for fid, g, r, area in zip(ids.of(keep), geometries, table.itertuples(index=False), areas)
    ]
