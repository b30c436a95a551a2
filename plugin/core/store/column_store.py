"""The filterable columns of an incident store held in memory, for counts in milliseconds.

SQLite answers a filter over a million incidents in seconds; the dock needs its summary, facet
counts and per-province counts after every click. Strings are dictionary-encoded into integer
codes and dates into day numbers, so every filter is a few vectorised comparisons and every count
a bincount. The semantics are those of IncidentFilter.to_sql(), which tests hold it to. Only
numpy is needed, which every QGIS ships.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import PostgresError
from ..filters import IncidentFilter
from ..periods import period_starts
from . import schema
from .column_encoding import COORDINATE_SCALE, EPOCH, NO_COORDINATE, NULL_CODE, TEXT_COLUMNS
from .column_source import columns_of, data_version
from .counts import Summary


@dataclass
class Encoded:
    codes: np.ndarray  # int32, NULL_CODE for NULL
    values: list[str]  # code -> value

    def codes_of(self, wanted) -> np.ndarray:
        lookup = {value: code for code, value in enumerate(self.values)}
        return np.array([lookup[w] for w in wanted if w in lookup], dtype=np.int32)


class IncidentColumns:
    def __init__(self, arrays: dict, values: dict, version, version_of: Callable[[], object]):
        """Columns read (column_encoding) when the data was at version; version_of() tells the
        data's version now, so is_current() knows when they must be read again."""
        self.version = version
        self.version_of = version_of
        self.from_cache = False
        self.size = len(arrays["event_date"])
        self.text = {name: Encoded(arrays[name], list(values[name])) for name in TEXT_COLUMNS}
        self.day = arrays["event_date"]
        self.fatalities = arrays["fatalities"]
        self.geo_precision = arrays["geo_precision"]
        self.date_precision = arrays["date_precision"]
        self._longitude, self._latitude = arrays["longitude"], arrays["latitude"]
        self._located: np.ndarray | None = None
        self.fid = arrays["fid"]
        # Each row's weight (ACLED's aggregated rows count their week's events); None when every row is one
        # event, so counting stays a plain bincount.
        events = arrays["events"]
        self.events = events if (np.asarray(events) != 1).any() else None
        self.links = EventLinks.of(arrays["event_group"], self.fatalities, self.text["source_dataset"])
        self._masks: list[tuple] = []  # ((filter, without), and what _mask_and_linked returns)
        self._totals: tuple | None = None
        self._province_slots = (self.text["province_id"].codes + 1).astype(np.intp)

    def located(self) -> np.ndarray:
        """Whether each row has a point; worked out once (hot spots ask at every filter change)."""
        if self._located is None:
            self._located = (self._longitude != NO_COORDINATE) & (self._latitude != NO_COORDINATE)
        return self._located

    def coordinates(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(longitude, latitude, located): every row's point in degrees, and whether it has one."""
        return self._longitude / COORDINATE_SCALE, self._latitude / COORDINATE_SCALE, self.located()

    def forget_results(self) -> None:
        """Drop remembered masks and totals (benchmarks measure a filter change from cold)."""
        self._masks, self._totals = [], None

    def is_current(self) -> bool:
        try:
            return self.version_of() == self.version
        except (OSError, PostgresError):
            return False

    def _isin(self, column: str, values) -> np.ndarray:
        encoded = self.text[column]
        return self._lookup(encoded, encoded.codes_of(values))

    @staticmethod
    def _lookup(encoded: Encoded, wanted_codes) -> np.ndarray:
        # A gather through a small table beats np.isin's sort; slot 0 is NULL, never wanted.
        table = np.zeros(len(encoded.values) + 1, dtype=bool)
        table[np.asarray(wanted_codes, dtype=np.int64) + 1] = True
        return table[encoded.codes + 1]

    def _associated(self, column: str, names) -> np.ndarray:
        # The same whole-name rule as the SQL: lists and names split on "; " alike.
        needles = [";" + name.replace("; ", ";") + ";" for name in names]
        encoded = self.text[column]
        matching = [
            code
            for code, value in enumerate(encoded.values)
            if any(needle in ";" + value.replace("; ", ";") + ";" for needle in needles)
        ]
        return self._lookup(encoded, matching)

    def mask(self, incident_filter: IncidentFilter, without: str | None = None) -> np.ndarray:
        """Rows the filter keeps and counts (each linked event once); the last few masks are
        remembered (summary and counts share one)."""
        return self._mask_and_linked(incident_filter, without)[0]

    def _mask_and_linked(self, incident_filter: IncidentFilter, without: str | None) -> tuple:
        """(mask, rows linked away, fatalities counted per row or None for the rows' own, dataset codes
        of the rows kept before counting once or None when that is the mask's)."""
        key = (incident_filter, without)
        for cached_key, *cached in self._masks:
            if cached_key == key:
                return tuple(cached)
        keep, linked, fatalities = self._compute_mask(incident_filter, without), 0, None
        datasets = None  # the datasets of the rows kept, before counting once (None: those counted)
        if self.links is not None and incident_filter.count_once:
            rows = np.count_nonzero(keep)
            codes = self.text["source_dataset"].codes
            datasets = np.flatnonzero(
                np.bincount(codes[keep] + 1, minlength=len(self.text["source_dataset"].values) + 1)[1:]
            )
            keep, fatalities = self.links.counted_once(keep, incident_filter.prefer_dataset)
            linked = rows - int(np.count_nonzero(keep))
        self._masks = [(key, keep, linked, fatalities, datasets), *self._masks[:3]]
        return keep, linked, fatalities, datasets

    def _fatalities(self, incident_filter: IncidentFilter) -> np.ndarray:
        """Each row's fatalities as counted: a linked event's are its group's (see EventLinks)."""
        fatalities = self._mask_and_linked(incident_filter, None)[2]
        return self.fatalities if fatalities is None else fatalities

    def _compute_mask(self, incident_filter: IncidentFilter, without: str | None) -> np.ndarray:
        keep = np.ones(self.size, dtype=bool)
        f = incident_filter
        names = f.expanded_actors()
        if names and without != "actors":
            actor = np.zeros(self.size, dtype=bool)
            if f.actor_role in ("any", "primary"):
                actor |= self._isin("actor1", names)
            if f.actor_role in ("any", "secondary"):
                actor |= self._isin("actor2", names)
            if f.actor_role in ("any", "associated"):
                actor |= self._associated("assoc_actor_1", names) | self._associated("assoc_actor_2", names)
            keep &= actor
        if without != "dates":
            if f.date_from is not None:
                keep &= self.day >= (np.datetime64(f.date_from, "D") - EPOCH).astype(np.int32)
            if f.date_to is not None:
                keep &= self.day <= (np.datetime64(f.date_to, "D") - EPOCH).astype(np.int32)
        if without != "event_types":
            if f.event_types:
                keep &= self._isin("event_type", f.event_types)
            if f.sub_event_types:
                keep &= self._isin("sub_event_type", f.sub_event_types)
        if f.target_types and without != "target_types":
            keep &= self._isin("target_type", f.target_types)
        if f.fatalities_min is not None:
            keep &= self.fatalities >= f.fatalities_min
        if f.fatalities_max is not None:
            keep &= self.fatalities <= f.fatalities_max
        if f.max_geo_precision is not None:
            keep &= (self.geo_precision != NULL_CODE) & (self.geo_precision <= f.max_geo_precision)
        if f.max_date_precision is not None:
            keep &= (self.date_precision != NULL_CODE) & (self.date_precision <= f.max_date_precision)
        if f.provinces and without != "provinces":
            keep &= self._isin("province_id", f.provinces)
        if f.datasets and without != "datasets":
            keep &= self._isin("source_dataset", f.datasets)
        if f.province_methods:
            method = self.text["province_method"]
            keep &= self._isin("province_method", f.province_methods) | (method.codes == NULL_CODE)
        return keep

    @staticmethod
    def _rows_of(values: np.ndarray, rows) -> np.ndarray:
        """values at rows (indexes), or all of them when rows is None."""
        return values if rows is None else values.take(rows)

    def _tally(self, bins: np.ndarray, rows, minlength: int) -> np.ndarray:
        """Events per bin for the rows (indexes, a mask, or None for all) whose bin numbers are given."""
        if self.events is None:
            return np.bincount(bins, minlength=minlength)
        weights = self.events if rows is None else self.events[rows]
        return np.rint(np.bincount(bins, weights=weights, minlength=minlength)).astype(np.int64)

    def _day_text(self, day: int) -> str:
        return str(EPOCH + np.timedelta64(int(day), "D"))

    def _province_totals(self, incident_filter: IncidentFilter):
        """Incidents and fatalities per province slot (slot 0: no province) and the days spanned."""
        key = incident_filter
        if self._totals is not None and self._totals[0] == key:
            return self._totals[1]
        keep = self.mask(incident_filter)
        # Every row (no filter, the dock's first view): the arrays as they are, nothing gathered.
        rows = None if keep.all() else np.flatnonzero(keep)  # once; every total below gathers from it
        slots = self._rows_of(self._province_slots, rows)
        size = len(self.text["province_id"].values) + 1
        counts = self._tally(slots, rows, size)
        fatalities = np.bincount(slots, weights=self._rows_of(self._fatalities(incident_filter), rows), minlength=size)
        days = self._rows_of(self.day, rows)
        span = (int(days.min()), int(days.max())) if days.size else None
        self._totals = (key, (counts, fatalities, span, rows))
        return counts, fatalities, span, rows

    def summary(self, incident_filter: IncidentFilter) -> Summary:
        counts, fatalities, span, rows = self._province_totals(incident_filter)
        first, last = (self._day_text(span[0]), self._day_text(span[1])) if span else (None, None)
        # From the rows the totals already gathered: no second pass over every row, and none at all
        # where the store's values leave nothing to count (every province from its point, one dataset).
        method = self.text["province_method"]
        by_name = nearest = in_regions = 0
        if {"name", "nearest", "region"} & set(method.values):
            rows = np.arange(self.size) if rows is None else rows
            codes = method.codes.take(rows)
            known = codes != NULL_CODE
            per_method = self._tally(codes[known], rows[known], len(method.values))
            found = dict(zip(method.values, per_method.tolist()))
            by_name, nearest, in_regions = found.get("name", 0), found.get("nearest", 0), found.get("region", 0)
        datasets = self.text["source_dataset"]
        dataset_codes = self._rows_of(datasets.codes, rows) if len(datasets.values) > 1 else None
        aggregated = 0
        if schema.AGGREGATED_DATASET in datasets.values:
            codes = dataset_codes if dataset_codes is not None else self._rows_of(datasets.codes, rows)
            aggregated = int(np.count_nonzero(codes == datasets.values.index(schema.AGGREGATED_DATASET)))
        provinces = int(np.count_nonzero(counts[1:]))
        _, linked, _, present = self._mask_and_linked(incident_filter, None)
        if present is None:
            single = np.zeros(1 if span else 0, dtype=np.int64)
            present = single if dataset_codes is None else np.flatnonzero(np.bincount(dataset_codes + 1)[1:])
        names = tuple(sorted(datasets.values[code] for code in present if code != NULL_CODE))
        totals = (int(counts.sum()), int(fatalities.sum()), provinces, first, last)
        return Summary(*totals, by_name, nearest, aggregated, linked, names, in_regions)

    def count_by_province(self, incident_filter: IncidentFilter) -> dict[int, tuple[int, int]]:
        counts, fatalities, _span, _rows = self._province_totals(incident_filter)
        ids = self.text["province_id"].values
        slots = np.flatnonzero(counts[1:]) + 1
        return {int(ids[slot - 1]): (int(counts[slot]), int(fatalities[slot])) for slot in slots}

    def _counts(self, column: str, keep: np.ndarray) -> np.ndarray:
        encoded = self.text[column]
        rows = np.flatnonzero(keep)
        codes = encoded.codes[rows]
        known = codes != NULL_CODE
        return self._tally(codes[known], rows[known], len(encoded.values))

    def actor_counts(self, incident_filter: IncidentFilter) -> list[tuple[str, int]]:
        keep = self.mask(incident_filter, without="actors")
        # actor1 and actor2 have their own dictionaries: add the counts up by name.
        totals: dict[str, int] = {}
        for column in ("actor1", "actor2"):
            counts = self._counts(column, keep)
            values = self.text[column].values
            for code in np.flatnonzero(counts):
                totals[values[code]] = totals.get(values[code], 0) + int(counts[code])
        return sorted(totals.items(), key=lambda item: (-item[1], item[0]))

    def value_counts(self, column: str, incident_filter: IncidentFilter, without: str | None = None):
        counts = self._counts(column, self.mask(incident_filter, without))
        values = self.text[column].values
        return sorted(((values[c], int(counts[c])) for c in np.flatnonzero(counts)), key=lambda i: (-i[1], i[0]))

    def counts_by_period(
        self, incident_filter: IncidentFilter, interval: str, week_start: str = "monday"
    ) -> dict[int, dict[str, tuple[int, int]]]:
        """As queries.counts_by_period: province id -> ISO period start -> (incidents, fatalities)."""
        rows = np.flatnonzero(self.mask(incident_filter))
        slots = self._province_slots.take(rows)
        inside = slots > 0  # slot 0: outside every province, as in count_by_province
        rows, slots = rows[inside], slots[inside]
        starts, period = np.unique(period_starts(self.day.take(rows), interval, week_start), return_inverse=True)
        cells = slots.astype(np.int64) * len(starts) + period.ravel()
        size = (len(self.text["province_id"].values) + 1) * len(starts)
        counts = self._tally(cells, rows, size)
        fatalities = np.bincount(cells, weights=self._fatalities(incident_filter).take(rows), minlength=size)
        ids = self.text["province_id"].values
        result: dict[int, dict[str, tuple[int, int]]] = {}
        for cell in np.flatnonzero(counts):
            slot, index = divmod(int(cell), len(starts))
            start = self._day_text(int(starts[index]))
            result.setdefault(int(ids[slot - 1]), {})[start] = (int(counts[cell]), int(fatalities[cell]))
        return result

    def date_histogram(self, incident_filter: IncidentFilter) -> tuple[str, list[tuple[str, int]]]:
        """As queries.date_histogram: per month (per day under 120 days of data), dates ignored."""
        if not self.size:
            return "month", []
        first, last = int(self.day.min()), int(self.day.max())
        keep = self.mask(incident_filter, without="dates")
        if last - first < 120:
            counts = self._tally(self.day[keep] - first, keep, last - first + 1)
            return "day", [(self._day_text(first + i), int(n)) for i, n in enumerate(counts)]
        months = (EPOCH + self.day).astype("datetime64[M]").astype(np.int64)
        start, end = int(months.min()), int(months.max())
        counts = self._tally(months[keep] - start, keep, end - start + 1)
        return "month", [
            (str(np.datetime64(start + i, "M").astype("datetime64[D]")), int(n)) for i, n in enumerate(counts)
        ]


class EventLinks:
    """The event groups of a store's rows (store/links.py), for counting each event once."""

    def __init__(self, group: np.ndarray, fatalities: np.ndarray, datasets: Encoded):
        self.rows = np.flatnonzero(group >= 0)
        _, slot = np.unique(group[self.rows], return_inverse=True)
        self.slot = slot.ravel()
        self.groups = int(self.slot.max()) + 1
        self.datasets = datasets
        self.row_fatalities = fatalities

    @classmethod
    def of(cls, group: np.ndarray, fatalities: np.ndarray, datasets: Encoded) -> EventLinks | None:
        return cls(np.asarray(group), fatalities, datasets) if (np.asarray(group) >= 0).any() else None

    def _ranks(self, prefer: str) -> np.ndarray:
        """The rank of each grouped row's dataset: the preferred one first, then by name."""
        names = sorted(self.datasets.values, key=lambda name: (name != prefer, name))
        rank_of_code = np.array([names.index(value) for value in self.datasets.values], dtype=np.int64)
        return rank_of_code[self.datasets.codes[self.rows]]

    def counted_once(self, keep: np.ndarray, prefer: str) -> tuple[np.ndarray, np.ndarray | None]:
        """keep without the rows whose event a kept row of a better-ranked dataset counts, and the
        fatalities each row counts with (None: its own): a counted row of a group carries the
        preferred dataset's row's, else the highest of the group's rows the filter keeps."""
        kept = keep[self.rows]
        if not kept.any():
            return keep, None
        ranks, values = self._ranks(prefer), self.row_fatalities[self.rows]
        taken = np.zeros(self.groups, dtype=bool)
        highest = np.zeros(self.groups, dtype=np.int64)
        dropped = np.zeros(self.rows.size, dtype=bool)
        for rank in np.unique(ranks[kept]):  # a few datasets: one vectorised pass each (slots unique)
            these = np.flatnonzero(kept & (ranks == rank))
            slots = self.slot[these]
            dropped[these] = taken[slots]
            taken[slots] = True
            highest[slots] = np.maximum(highest[slots], values[these])
        if not dropped.any():
            return keep, None
        chosen = highest
        if prefer:
            mine = kept & (self.datasets.codes[self.rows] == next(iter(self.datasets.codes_of((prefer,))), -2))
            chosen = highest.copy()
            chosen[self.slot[mine]] = values[mine]
        keep = keep.copy()
        keep[self.rows[dropped]] = False
        fatalities = self.row_fatalities.copy()
        fatalities[self.rows] = chosen[self.slot]
        return keep, fatalities


def load(gpkg: Path | str) -> IncidentColumns:
    """The columns of a GeoPackage: from the cache of an earlier session when the file is unchanged,
    else read (and cached for the next)."""
    path = Path(gpkg)
    arrays, values, version, cached = columns_of(path)
    columns = IncidentColumns(arrays, values, version, lambda: data_version(path))
    columns.from_cache = cached
    return columns
