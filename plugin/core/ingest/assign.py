"""How each row gets its province, recorded in incidents.province_method:

- point: the polygon holding its coordinates (always, when that polygon is in the country the
  source names, or the source names none);
- nearest: a border event just outside the country its source names (within border_km of it,
  25 km by default) goes to that country's nearest province; farther away it keeps its polygon.
  A point moves only when the source's own admin-1 name is empty or names a province of its
  country: UCDP files events in Gaza under "Israel" with adm_1 "Gaza Strip", and those stay where
  they are;
- name: a row without coordinates is placed by the admin-1 name its source gives, within the
  country it names (or, naming none, a province name only one polygon has), through the alias table;
  it is drawn at a point inside that province and its
  location precision is "province" (3) or vaguer. Names never override coordinates.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd
import shapely

from .provinces import _ALIAS_KEYS, ProvincePolygons, fold_name

MISSING_COORDINATES = "missing or non-numeric coordinates"
BORDER_KM = 25.0
EARTH_RADIUS_KM = 6371.0088
# Country names a source and Natural Earth spell differently, folded; Natural Earth's on the right.
COUNTRY_ALIASES = {
    "unitedstates": "unitedstatesofamerica",
    "democraticrepublicofthecongo": "democraticrepublicofthecongo",
    "congokinshasa": "democraticrepublicofthecongo",
    "drcongo": "democraticrepublicofthecongo",
    "republicofthecongo": "republicofcongo",
    "congobrazzaville": "republicofcongo",
    "ivorycoast": "ivorycoast",
    "cotedivoire": "ivorycoast",
    "myanmarburma": "myanmar",
    "burma": "myanmar",
    "tanzania": "unitedrepublicoftanzania",
    "eswatini": "swaziland",
    "czechia": "czechrepublic",
    "northmacedonia": "macedonia",
}


# A source's one country that Natural Earth draws as several (folded names).
COUNTRY_GROUPS = {
    "westbankandgazastrip": ("westbank", "gazastrip"),
    "palestine": ("westbank", "gazastrip"),
    "palestinianterritories": ("westbank", "gazastrip"),
}


def fold_country(name) -> str:
    if not isinstance(name, str) or not name:
        return ""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z]", "", text)
    return COUNTRY_ALIASES.get(text, text)


UNKNOWN_NAMES = {"", "unknown", "na", "none", "null", "notapplicable"}

# Names a source gives for a group of Natural Earth's units (the UK's nations, France's old regions,
# Sri Lanka's provinces, whose units are districts): the event keeps the region's name and no province,
# never one of the group's units. Folded country -> region names.
REGIONS = {
    "unitedkingdom": ("Northern Ireland", "England", "Scotland", "Wales", "Great Britain"),
    "france": (
        "Corsica",
        "Corse",
        "Alsace",
        "Midi-Pyrenees",
        "Brittany",
        "Bretagne",
        "Provence-Alpes-Cote d'Azur",
        "Ile-de-France",
        "Aquitaine",
        "Languedoc-Roussillon",
        "Rhone-Alpes",
        "Lorraine",
        "Basque Country",
    ),
    "srilanka": (
        "Western",
        "Northern",
        "North",
        "Southern",
        "South",
        "Eastern",
        "East",
        "Central",
        "North Central",
        "North Western",
        "Sabaragamuwa",
        "Uva",
        "Northeastern",
        "North Eastern",
    ),
}


def _province_key(name) -> str:
    """Spelling-insensitive, without qualifiers in brackets ("Maharashtra (State)"); "" for unknown."""
    if not isinstance(name, str):
        return ""  # None, or the NaN pandas makes of a missing value
    key = fold_name(re.sub(r"\([^)]*\)", " ", name))
    return "" if key in UNKNOWN_NAMES else _ALIAS_KEYS.get(key, key)


class NameIndex:
    """(country, province name) -> polygon, over every name a polygon has (Natural Earth also gives
    woe_name, gn_name and the first part of woe_label) and the alias table's spellings."""

    def __init__(self, polygons: ProvincePolygons):
        self.by_key: dict[tuple[str, str], int] = {}
        table = polygons.table
        alternatives = table["alt_names"] if "alt_names" in table else pd.Series([()] * len(table))
        for index, (name, country, others) in enumerate(zip(table["name"], table["country"], alternatives)):
            for spelling in (name, *(others or ())):
                key = (fold_country(country), _province_key(spelling))
                if key[1]:
                    self.by_key.setdefault(key, index)
        # A row that names no country: its province name alone, where exactly one polygon has it.
        owners: dict[str, set[int]] = {}
        for (_country, province), index in self.by_key.items():
            owners.setdefault(province, set()).add(index)
        for province, indexes in owners.items():
            if len(indexes) == 1:
                self.by_key.setdefault(("", province), next(iter(indexes)))
        for group, members in COUNTRY_GROUPS.items():
            for (country, province), index in list(self.by_key.items()):
                if country in members:
                    self.by_key.setdefault((group, province), index)

    def find(self, countries: pd.Series, provinces: pd.Series) -> np.ndarray:
        """Polygon index per row, -1 where the country has no province of that name."""
        # Pairs numbered from each column's codes: no tuple per row, one lookup per distinct pair.
        country_codes, country_names = pd.factorize(countries, use_na_sentinel=False)
        province_codes, province_names = pd.factorize(provinces, use_na_sentinel=False)
        width = max(len(province_names), 1)
        pairs, codes = np.unique(country_codes.astype(np.int64) * width + province_codes, return_inverse=True)
        country_keys = [fold_country(name) for name in country_names]
        province_keys = [_province_key(name) for name in province_names]
        found = np.array(
            [
                self.by_key.get((country_keys[pair // width], province_keys[pair % width]), -1)
                for pair in pairs.tolist()
            ],
            dtype=np.int64,
        )
        return found[codes.reshape(-1)] if len(pairs) else np.zeros(0, dtype=np.int64)


def _region_keys() -> set[tuple[str, str]]:
    return {(country, _province_key(name)) for country, regions in REGIONS.items() for name in regions}


_REGION_KEYS = _region_keys()


def place_by_name(
    frame: pd.DataFrame, reasons: pd.Series, polygons: ProvincePolygons, names: NameIndex
) -> tuple[np.ndarray, np.ndarray]:
    """Rows whose only fault is missing coordinates, placed by their province name where one matches:
    coordinates become a point inside the province, precision 3 or vaguer, the reason is cleared.
    A row naming a region of several units (REGIONS) is kept without a point or a province, precision 4.
    The others get a reason that says what was missing. Returns the placed rows and the regional ones
    (boolean, by position)."""
    missing = (reasons == MISSING_COORDINATES).to_numpy()
    placed = np.zeros(len(frame), dtype=bool)
    regional = np.zeros(len(frame), dtype=bool)
    if not missing.any():
        return placed, regional
    rows = np.flatnonzero(missing)
    countries, provinces = frame["country"].iloc[rows], frame["source_province"].iloc[rows]
    found = names.find(countries, provinces)
    hit = found >= 0
    if hit.any():
        points = shapely.point_on_surface(polygons.geometries[found[hit]])
        where = rows[hit]
        frame.iloc[where, frame.columns.get_loc("longitude")] = shapely.get_x(points)
        frame.iloc[where, frame.columns.get_loc("latitude")] = shapely.get_y(points)
        precision = frame["geo_precision"].iloc[where]
        frame.iloc[where, frame.columns.get_loc("geo_precision")] = precision.fillna(3).clip(lower=3).to_numpy()
        reasons.iloc[where] = None
        placed[where] = True
    for position in rows[~hit]:
        province, country = frame["source_province"].iat[position], frame["country"].iat[position]
        if (fold_country(country), _province_key(province)) in _REGION_KEYS:
            frame.iat[position, frame.columns.get_loc("geo_precision")] = 4  # a region of several provinces
            reasons.iat[position] = None
            regional[position] = True
        elif not _province_key(province):
            reasons.iat[position] = MISSING_COORDINATES + " and no province name"
        else:
            reasons.iat[position] = (
                f"{MISSING_COORDINATES}, and no province named '{province}' in '{country or 'no country'}'"
            )
    return placed, regional


def _haversine_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, float)) for v in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def move_border_events(
    polygons: ProvincePolygons,
    index: np.ndarray,
    longitude: np.ndarray,
    latitude: np.ndarray,
    countries: pd.Series,
    source_provinces: pd.Series,
    names: NameIndex,
    border_km: float = BORDER_KM,
) -> np.ndarray:
    """Points outside every polygon of the country their source names but within border_km of it go
    to its nearest province (index is changed in place). Returns the moved rows (boolean)."""
    moved = np.zeros(len(index), dtype=bool)
    if border_km <= 0 or not len(index):
        return moved
    polygon_country, known = polygons.country_numbers()
    # Countries matched as fold_country() spells them: "Myanmar (Burma)" is Natural Earth's "Myanmar".
    numbers = {fold_country(name): number for number, name in enumerate(known)}
    codes, distinct = pd.factorize(countries.reset_index(drop=True))
    lookup = np.array([numbers.get(fold_country(name), -1) for name in distinct] + [-1], dtype=np.int64)
    source_country = lookup[codes]
    assigned = np.where(index >= 0, polygon_country[np.maximum(index, 0)], -2)
    candidates = np.flatnonzero((source_country >= 0) & (assigned != source_country))
    if not len(candidates):
        return moved
    # Only when the source's admin-1 name does not say otherwise (off the coast of Gaza is not Israel).
    named = source_provinces.iloc[candidates]
    named_polygon = np.full(len(index), -1, dtype=np.int64)
    named_polygon[candidates] = names.find(countries.iloc[candidates], named)
    # Keyed once per distinct name: a file names a few hundred provinces over millions of rows.
    name_codes, distinct_names = pd.factorize(named.reset_index(drop=True))
    # dtype bool: rows that name no province at all give an empty list, which numpy makes float.
    unnamed = np.append(np.array([not _province_key(name) for name in distinct_names], dtype=bool), True)
    unnamed = unnamed[name_codes]
    candidates = candidates[(named_polygon[candidates] >= 0) | unnamed]
    # Every candidate at once: a box of border_km around each point, in degrees, for the tree; the
    # distance itself on the sphere, to the nearest point of each polygon of the row's own country.
    lon, lat = np.asarray(longitude, float)[candidates], np.asarray(latitude, float)[candidates]
    dy = border_km / 111.0
    dx = border_km / (111.0 * np.maximum(np.cos(np.radians(lat)), 0.01))
    pair_row, pair_polygon = polygons.tree.query(shapely.box(lon - dx, lat - dy, lon + dx, lat + dy))
    same_country = polygon_country[pair_polygon] == source_country[candidates[pair_row]]
    pair_row, pair_polygon = pair_row[same_country], pair_polygon[same_country]
    # A planar distance in degrees rules out most pairs before the nearest points are built: a point
    # within border_km of a polygon is within hypot(dx, dy) degrees of it (a tenth more for the
    # earth's shape and the latitude changing along the way).
    points = shapely.points(lon[pair_row], lat[pair_row])
    reach = 1.1 * np.hypot(dx, dy)[pair_row]
    near = shapely.distance(points, polygons.geometries[pair_polygon]) <= reach
    pair_row, pair_polygon, points = pair_row[near], pair_polygon[near], points[near]
    if not len(pair_row):
        return moved
    lines = shapely.shortest_line(points, polygons.geometries[pair_polygon])
    ends = shapely.get_coordinates(shapely.get_point(lines, 1))
    distances = _haversine_km(lon[pair_row], lat[pair_row], ends[:, 0], ends[:, 1])
    # Per row: the province the source names when it is within reach, else the nearest.
    own = (pair_polygon == named_polygon[candidates[pair_row]]) & (distances <= border_km)
    order = np.lexsort((distances, ~own, pair_row))
    first = order[np.r_[True, pair_row[order][1:] != pair_row[order][:-1]]]
    chosen = first[distances[first] <= border_km]
    rows = candidates[pair_row[chosen]]
    index[rows] = pair_polygon[chosen]
    moved[rows] = True
    return moved
