"""The filter applied to one open incident GeoPackage: layer subset, summary and facet counts.

Widget-free, so the dock only turns widget state into an IncidentFilter and shows what this
returns; tests drive it without a GUI.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from qgis.core import QgsVectorLayer

from ..definitions import DATE_PRESETS
from ..filters import DEFAULT_ALIAS_GROUPS, IncidentFilter, previous_period
from ..hotspots.gi_star import HotSpotError
from ..hotspots.live import HotSpotMap, HotSpotSettings, LiveHotSpots
from ..hotspots.units import Polygons
from ..i18n import tr
from ..store import queries
from ..store.counts import ProvinceRef
from ..store.sources import as_source
from ..store.wal_keeper import WalKeeper
from ..trends.overview import TrendBrief, TrendOverview, TrendSettings, trend_brief, trend_overview


@dataclass(frozen=True)
class Facets:
    """What the dock lists, each counted under every other restriction."""

    summary: queries.Summary
    actors: list[tuple[str, int]]
    event_types: list[tuple[str, int]]
    histogram: tuple[str, list[tuple[str, int]]]  # unit, (bin start, incidents) ignoring the dates
    provinces: dict[int, tuple[int, int]]  # province id -> incidents, fatalities
    previous_provinces: dict[int, tuple[int, int]] | None  # the period of equal length before
    trend: TrendOverview | None = None  # change per province against the baseline, every province
    datasets: tuple[tuple[str, int], ...] = ()  # rows of each dataset under the other restrictions
    target_types: list[tuple[str, int]] = field(default_factory=list)  # GTD's: what was attacked
    hot_spots: HotSpotMap | None = None  # when the Map section shows hot spots
    hot_spot_problem: str = ""  # why there are none (too few units, no district layer, ...)


class FilterSession:
    def __init__(self, source, incidents_layer: QgsVectorLayer, alias_groups=None, other_layers=()):
        """other_layers: the store's other layers in the project (its provinces), opened again with the
        incidents where the file changed under them."""
        self.source = as_source(source)
        upgraded = self.source.upgrade() is not None  # a project saved with layers of an older schema
        # A GeoPackage is kept in WAL mode while the session filters its layers (wal_keeper.WalKeeper).
        self.keeper = WalKeeper(self.gpkg) if self.gpkg is not None else None
        if upgraded or (self.keeper is not None and self.keeper.switched):
            for layer in {id(layer): layer for layer in (incidents_layer, *other_layers)}.values():
                layer.reload()
        self.layer = incidents_layer
        self.alias_groups = dict(DEFAULT_ALIAS_GROUPS if alias_groups is None else alias_groups)
        self.filter = IncidentFilter(alias_groups=self.alias_groups)
        self.first_date, self.last_date = queries.date_range(self.source)
        self._columns = None  # what source.facet_counts() gave last, handed back to it to reuse
        self.provinces = None  # read from the provinces layer on first styling
        self._columns_lock = threading.Lock()
        self._province_names: list[ProvinceRef] | None = None
        self.live_hot_spots = LiveHotSpots()

    def close(self) -> None:
        """The session ends (another source chosen, the dock gone): the GeoPackage is let go."""
        if self.keeper is not None:
            self.keeper.close()

    def apply(self, incident_filter: IncidentFilter) -> IncidentFilter:
        """Set the layer's subset string (cheap: the provider filters when it reads)."""
        self.filter = incident_filter.with_changes(alias_groups=self.alias_groups)
        subset = self.filter.to_sql(dialect=self.source.dialect)
        if self.layer.subsetString() != subset and not self.layer.setSubsetString(subset):
            raise ValueError(tr("The data source refused the filter: {subset}").format(subset=subset))
        return self.filter

    @property
    def gpkg(self) -> Path | None:
        return getattr(self.source, "path", None)

    def columns(self):
        """GeoPackage: in-memory columns, loaded on first use and again whenever the file changed.
        PostGIS: the server counts (the database as it is, shared with the team, not a copy)."""
        with self._columns_lock:
            self._columns = self.source.facet_counts(self._columns)
            return self._columns

    def facets(
        self,
        incident_filter: IncidentFilter | None = None,
        trend: TrendSettings | None = None,
        hot_spots: tuple[HotSpotSettings, Polygons, Polygons | None] | None = None,
    ) -> Facets:
        """The counts to show; safe to call from a worker thread. hot_spots: what the map shows, the
        provinces and the district layer's polygons (read on the thread that owns their layers)."""
        incident_filter = incident_filter or self.filter
        columns = self.columns()
        previous = previous_period(incident_filter)
        if trend is not None and self._province_names is None:
            self._province_names = queries.provinces(self.source)
        first = date.fromisoformat(self.first_date) if self.first_date else None
        return Facets(
            # The table keeps every province while a province chosen in it filters the map.
            trend=None
            if trend is None
            else trend_overview(
                columns, self._province_names, incident_filter.with_changes(provinces=()), trend, first
            ),
            summary=columns.summary(incident_filter),
            actors=columns.actor_counts(incident_filter),
            event_types=columns.value_counts("event_type", incident_filter, without="event_types"),
            target_types=columns.value_counts("target_type", incident_filter, without="target_types"),
            histogram=columns.date_histogram(incident_filter),
            provinces=columns.count_by_province(incident_filter),
            previous_provinces=None if previous is None else columns.count_by_province(previous),
            # Each dataset's own rows, as its file would count them.
            datasets=tuple(
                columns.value_counts("source_dataset", incident_filter.with_changes(count_once=False), "datasets")
            ),
            **self._hot_spots(columns, incident_filter, hot_spots),
        )

    def _hot_spots(self, columns, incident_filter: IncidentFilter, hot_spots) -> dict:
        if hot_spots is None or hot_spots[0].show == "incidents":
            return {}
        settings, provinces, districts = hot_spots
        try:
            return {"hot_spots": self.live_hot_spots.compute(columns, incident_filter, settings, provinces, districts)}
        except HotSpotError as error:
            return {"hot_spot_problem": str(error)}

    def brief(self, trend: TrendSettings, incident_filter: IncidentFilter | None = None) -> TrendBrief:
        """The change table and series of the "brief" layout; ValueError without a date range."""
        if self._province_names is None:
            self._province_names = queries.provinces(self.source)
        first = date.fromisoformat(self.first_date) if self.first_date else None
        return trend_brief(self.columns(), self._province_names, incident_filter or self.filter, trend, first)

    def group_counts(self, actor_counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """Alias groups with the sum of their members' counts, largest first, empty groups left out."""
        counts = dict(actor_counts)
        totals = []
        for group, members in self.alias_groups.items():
            total = sum(counts.get(name, 0) for name in {group, *members})
            if total:
                totals.append((group, total))
        return sorted(totals, key=lambda item: (-item[1], item[0]))


PRESETS = DATE_PRESETS.keys()


def preset_range(preset: str, first: str | None, last: str | None) -> tuple[date | None, date | None]:
    """Date range of a preset, relative to the data's last date (not today: exports lag)."""
    if preset == "all" or not last:
        return (date.fromisoformat(first) if first else None, date.fromisoformat(last) if last else None)
    end = date.fromisoformat(last)
    if preset.startswith("last"):
        return end - timedelta(days=int(preset[4:]) - 1), end
    if preset == "quarter":
        start_month = 3 * ((end.month - 1) // 3) + 1
        return date(end.year, start_month, 1), end
    if preset == "year":
        return date(end.year, 1, 1), end
    raise ValueError(f"Unknown date preset {preset!r}")
