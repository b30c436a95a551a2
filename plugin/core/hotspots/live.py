"""Hot spots under the dock's live filter, from the incidents' columns in memory.

The units (hexagons over the study area, districts, provinces) and the unit of every incident are
built once and kept while the filter changes, so a filter change is a mask, a bincount and Gi*: a
million incidents in well under a second (tests/bench/bench_hotspots.py). The hexagons' size, when
chosen from the data, is chosen from every incident of the study area's countries, not the filtered
ones, so the cells stay put while the analyst filters (Processing chooses it from the filtered ones).
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..definitions import HOT_SPOT_MAPS, HOT_SPOT_STEPS, HOT_SPOT_UNITS
from ..filters import IncidentFilter
from ..i18n import tr
from ..periods import day_number, from_day_number, periods
from .emerging import EmergingHotSpots, emerging_hot_spots
from .gi_star import HotSpotError, HotSpots, gi_star
from .units import AnalysisUnits, Polygons, hexagon_units, polygon_units

DEFAULT_MAX_GEO_PRECISION = 2  # rows placed only at a province's centre (3) or vaguer are left out


@dataclass(frozen=True)
class HotSpotSettings:
    """What the dock's Map section shows: the incidents by province (the choropleth), hot spots or
    emerging hot spots, in which units."""

    show: str = "incidents"
    units: str = "hexagons"
    cell_size: float = 0.0  # metres between neighbouring hexagons' centres; 0: from the data
    distance_band: float = 0.0  # metres; 0: the smallest giving every unit a neighbour
    interval: str = "month"  # emerging hot spots' time step
    alpha: float = 0.05
    districts: str = ""  # the district layer's id in the project

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> HotSpotSettings:
        """Stored choices; anything unknown or unreadable is the default."""
        data = data or {}
        default = cls()
        try:
            return cls(
                show=data.get("show") if data.get("show") in HOT_SPOT_MAPS.keys() else default.show,
                units=data.get("units") if data.get("units") in HOT_SPOT_UNITS.keys() else default.units,
                cell_size=max(0.0, float(data.get("cell_size", 0.0))),
                distance_band=max(0.0, float(data.get("distance_band", 0.0))),
                interval=data.get("interval") if data.get("interval") in HOT_SPOT_STEPS.keys() else default.interval,
                alpha=min(max(float(data.get("alpha", 0.05)), 0.001), 0.2),
                districts=str(data.get("districts") or ""),
            )
        except (TypeError, ValueError):
            return default


@dataclass(frozen=True)
class HotSpotMap:
    """One result for the map: the units (the same object while they stay) and each unit's values."""

    settings: HotSpotSettings
    units: AnalysisUnits
    counts: np.ndarray  # incidents in each unit under the filter
    hot_spots: HotSpots | None = None
    emerging: EmergingHotSpots | None = None
    steps: tuple[date, date, int] | None = None  # emerging: first and last day, number of steps
    left_out: int = 0  # incidents the filter keeps that were located too vaguely, or have no point
    outside: int = 0  # incidents with a point in no unit
    max_geo_precision: int | None = None  # the precision rule (None for provinces: every row counts)
    districts: str = ""  # the district layer, its source and licence (Polygons.description)
    counted_fids: np.ndarray | None = None  # the incidents counted (their fid), and the unit of each
    counted_units: np.ndarray | None = None

    def fids_in(self, unit: int) -> list[int]:
        """The incidents counted in a unit (its index), by fid."""
        if self.counted_fids is None:
            return []
        return [int(fid) for fid in self.counted_fids[self.counted_units == unit]]

    @property
    def distance_band(self) -> float:
        return (self.hot_spots or self.emerging).distance_band

    @property
    def band_chosen(self) -> bool:
        return (self.hot_spots or self.emerging).band_chosen

    def method_text(self) -> str:
        """How the map was made, for its provenance: the method, the units, the band, the correction and
        the precision rule."""
        units = {
            "provinces": HOT_SPOT_UNITS.by_key("provinces").text(),
            "hexagons": tr("hexagons {size} km across").format(size=f"{(self.units.cell_size or 0) / 1000:,.4g}"),
            "districts": tr("districts ({layer})").format(layer=self.districts)
            if self.districts
            else HOT_SPOT_UNITS.by_key("districts").text(),
        }[self.settings.units]
        band = f"{self.distance_band / 1000:,.4g}"
        if self.emerging is not None and self.steps is not None:
            parts = [
                tr("Emerging hot spots: space-time Getis-Ord Gi* in {units}, {steps} steps of a {interval}").format(
                    units=units, steps=self.steps[2], interval=HOT_SPOT_STEPS.by_key(self.settings.interval).label()
                ),
                tr("Mann-Kendall trend"),
            ]
        else:
            parts = [tr("Hot spots: Getis-Ord Gi* in {units}").format(units=units)]
        parts.append(
            (
                tr("distance band {band} km (chosen from the data)")
                if self.band_chosen
                else tr("distance band {band} km")
            ).format(band=band)
        )
        parts.append(tr("Benjamini-Hochberg false discovery rate correction"))
        if self.max_geo_precision is not None:
            parts.append(tr("%n incidents located only to a province or vaguer left out", "", self.left_out))
        return "; ".join(parts)


class LiveHotSpots:
    """The units of the last analysis and every incident's unit, kept between filter changes; safe to
    call from the dock's one worker thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._units: AnalysisUnits | None = None

    def compute(
        self,
        columns,
        incident_filter: IncidentFilter,
        settings: HotSpotSettings,
        provinces: Polygons,
        districts: Polygons | None = None,
    ) -> HotSpotMap:
        """The hot spots or emerging hot spots of the incidents the filter keeps; HotSpotError says why
        there are none (too few units, no variation, no district layer, too few steps)."""
        if not hasattr(columns, "located"):
            raise HotSpotError(
                tr(
                    "Hot spots in the dock need the incidents in memory, which this database cannot give: "
                    "run them in Processing."
                )
            )
        with self._lock:
            limit = None
            if settings.units != "provinces":
                limit = incident_filter.max_geo_precision or DEFAULT_MAX_GEO_PRECISION
                incident_filter = incident_filter.with_changes(max_geo_precision=limit)
            units = self._units_for(columns, incident_filter, settings, provinces, districts, limit)
            keep = columns.mask(incident_filter)
            if settings.units == "provinces":  # every row counts, in the province the import placed it in
                outside, left_out = int(np.count_nonzero(keep & (units.point_units < 0))), 0
            else:
                everything = columns.mask(incident_filter.with_changes(max_geo_precision=None))
                located = keep & columns.located()
                outside = int(np.count_nonzero(located & (units.point_units < 0)))
                left_out = int(np.count_nonzero(everything)) - int(np.count_nonzero(located))
            weights = columns.events
            rows = np.flatnonzero(keep & (units.point_units >= 0))
            unit_of = units.point_units[rows]
            row_weights = None if weights is None else np.asarray(weights[rows], dtype=float)
            common = dict(settings=settings, units=units, left_out=left_out, outside=outside, max_geo_precision=limit)
            if settings.units == "districts":
                common["districts"] = districts.description
            common["counted_fids"], common["counted_units"] = np.asarray(columns.fid[rows]), unit_of
            if settings.show == "emerging":
                first, last = _date_range(columns, incident_filter, rows)
                steps = periods(first, last, settings.interval)
                starts = np.array([day_number(step.start) for step in steps], dtype=np.int64)
                days = np.asarray(columns.day[rows], dtype=np.int64)
                step_of = np.searchsorted(starts, days, side="right") - 1
                within = (step_of >= 0) & (days <= day_number(last))
                cube = np.bincount(
                    unit_of[within] * len(steps) + step_of[within],
                    weights=None if row_weights is None else row_weights[within],
                    minlength=len(units.geometries) * len(steps),
                ).reshape(len(units.geometries), len(steps))
                result = emerging_hot_spots(cube, units.centres, settings.distance_band, settings.alpha)
                return HotSpotMap(counts=cube.sum(axis=1), emerging=result, steps=(first, last, len(steps)), **common)
            counts = np.bincount(unit_of, weights=row_weights, minlength=len(units.geometries))
            return HotSpotMap(counts=counts, hot_spots=gi_star(counts, units.centres, settings.distance_band), **common)

    def _units_for(self, columns, incident_filter, settings, provinces, districts, limit) -> AnalysisUnits:
        """The units, built again only when what they depend on changed (not at a filter change)."""
        countries = ()
        if settings.units == "hexagons":
            countries = _countries_with_incidents(columns, incident_filter, provinces)
            if not countries:
                raise HotSpotError(tr("No incident matches the filter: there is no study area."))
        if settings.units == "districts" and districts is None:
            raise HotSpotError(tr("Choose a district layer for districts as units."))
        key = (
            settings.units,
            provinces.key if settings.units != "districts" else districts.key,
            countries,
            settings.cell_size,
            limit,
            id(columns),
            columns.version if hasattr(columns, "version") else None,
        )
        if key != self._key:
            self._units, self._key = None, None
            self._units = _build_units(columns, settings, provinces, districts, countries, limit)
            self._key = key
        return self._units


def _countries_with_incidents(columns, incident_filter, provinces: Polygons) -> tuple[str, ...]:
    """The countries the filtered incidents name (as Processing's study area takes them); where a country's
    name is none of the provinces' (another spelling), the countries of the provinces holding its incidents."""
    keep = columns.mask(incident_filter)
    country = columns.text["country"]
    named = {country.values[code] for code in np.flatnonzero(np.bincount(country.codes[keep] + 1)[1:])}
    known = {label[2] for label in provinces.labels}
    unmatched = named - known
    if unmatched:
        rows = keep & np.isin(country.codes, country.codes_of(unmatched))
        province = columns.text["province_id"]
        holding = {int(province.values[code]) for code in np.unique(province.codes[rows]) if code >= 0}
        named |= {label[2] for label in provinces.labels if int(label[0]) in holding}
    return tuple(sorted(named & known))


def _build_units(columns, settings, provinces: Polygons, districts, countries, limit) -> AnalysisUnits:
    lon, lat, located = columns.coordinates()
    if settings.units == "provinces":
        units = polygon_units(provinces, [], [])
        # An incident's province is the one the import placed it in (incidents.province_id).
        encoded = columns.text["province_id"]
        slot_of = {int(label[0]): number for number, label in enumerate(provinces.labels)}
        table = np.array([-1] + [slot_of.get(int(value), -1) for value in encoded.values], dtype=np.int64)
        units.point_units = table[encoded.codes + 1]
        return units
    rows = np.flatnonzero(located)
    if settings.units == "hexagons":
        wanted = set(countries)
        area = [geometry for geometry, label in zip(provinces.geometries, provinces.labels) if label[2] in wanted]
        province_rows = _rows_in_countries(columns, wanted)
        precise = (columns.geo_precision != -1) & (columns.geo_precision <= limit)
        sized_for = int(np.count_nonzero(located & province_rows & precise))
        units = hexagon_units(area, lon[rows], lat[rows], settings.cell_size, sized_for=sized_for)
    else:
        units = polygon_units(districts, lon[rows], lat[rows])
    every_row = np.full(len(lon), -1, dtype=np.int64)
    every_row[rows] = units.point_units
    units.point_units = every_row
    return units


def _rows_in_countries(columns, countries: set) -> np.ndarray:
    country = columns.text["country"]
    return np.isin(country.codes, country.codes_of(countries))


def _date_range(columns, incident_filter: IncidentFilter, rows: np.ndarray) -> tuple[date, date]:
    """The filter's dates, or those of the incidents it keeps where it gives none."""
    if len(rows) == 0 and (incident_filter.date_from is None or incident_filter.date_to is None):
        raise HotSpotError(tr("No incident matches the filter: there is no study area."))
    days = columns.day[rows]
    first = incident_filter.date_from or from_day_number(int(days.min()))
    last = incident_filter.date_to or from_day_number(int(days.max()))
    return first, last
