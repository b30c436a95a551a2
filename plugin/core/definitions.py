"""Every option list the analyst chooses from, once: key (stored, passed to Processing) and label.

Widgets, Processing and the core read these, so a list is extended in one place and never kept in
step by tuple order elsewhere. Labels are functions: they are translated when shown, after QGIS
has installed the plugin's translator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .i18n import tr


@dataclass(frozen=True)
class Option:
    key: str
    label: Callable[[], str]  # for lists and menus
    words: Callable[[], str] | None = None  # inside a sentence of the map texts, where it differs
    flags: frozenset[str] = frozenset()

    def text(self) -> str:
        return (self.words or self.label)()


class Options(tuple):
    """A tuple of Option, in the order shown; Processing enumerations use that order."""

    def keys(self) -> tuple[str, ...]:
        return tuple(option.key for option in self)

    def labels(self) -> list[str]:
        return [option.label() for option in self]

    def by_key(self, key: str) -> Option:
        for option in self:
            if option.key == key:
                return option
        raise ValueError(f"{key!r} is not one of {', '.join(self.keys())}")

    def index_of(self, key: str) -> int:
        return self.keys().index(key)

    def having(self, flag: str) -> Options:
        return Options(option for option in self if flag in option.flags)

    def without(self, flag: str) -> Options:
        return Options(option for option in self if flag not in option.flags)


# "derived": computed from the counts (countbyprovince writes them as extra fields).
MEASURES = Options(
    (
        Option("incidents", lambda: tr("Incidents"), lambda: tr("incidents")),
        Option("fatalities", lambda: tr("Fatalities"), lambda: tr("fatalities")),
        Option(
            "per_1000_km2",
            lambda: tr("Incidents per 1,000 km²"),
            lambda: tr("incidents per 1,000 km²"),
            frozenset({"derived"}),
        ),
        Option(
            "per_100k_people",
            lambda: tr("Incidents per 100,000 people"),
            lambda: tr("incidents per 100,000 people"),
            frozenset({"derived"}),
        ),
        Option(
            "change_abs",
            lambda: tr("Change against the previous period"),
            lambda: tr("change from the previous period"),
            frozenset({"derived"}),
        ),
        Option(
            "change_pct",
            lambda: tr("Change against the previous period, %"),
            lambda: tr("change from the previous period (%)"),
            frozenset({"derived"}),
        ),
        # "classes": its own three classes, whatever the classification; 1, 0 or -1 per province.
        Option(
            "change_significance",
            lambda: tr("Significant change against the previous period"),
            lambda: tr("significant change from the previous period (exact test, Benjamini-Hochberg q < 0.05)"),
            frozenset({"derived", "classes"}),
        ),
    )
)

# "breaks": needs the analyst's own class breaks.
METHODS = Options(
    (
        Option("jenks", lambda: tr("Natural breaks (Jenks)"), lambda: tr("natural breaks (Jenks)")),
        Option("quantile", lambda: tr("Quantile"), lambda: tr("quantiles")),
        Option("equal", lambda: tr("Equal interval"), lambda: tr("equal intervals")),
        Option("pretty", lambda: tr("Pretty breaks"), lambda: tr("pretty breaks")),
        Option("fixed", lambda: tr("Fixed breaks"), lambda: tr("fixed breaks"), frozenset({"breaks"})),
    )
)

RAMPS = ("Reds", "YlOrRd", "OrRd", "Purples", "Blues", "RdBu", "Viridis")  # QGIS's own ramp names

TEMPLATES = Options(
    (
        Option("a4_landscape", lambda: tr("A4 landscape")),
        Option("a4_portrait", lambda: tr("A4 portrait")),
        Option("slide_16_9", lambda: tr("Slide 16:9")),
        Option("brief", lambda: tr("Brief: map, trends and change (A4 portrait)")),
        Option("compare", lambda: tr("Datasets compared: map and table by province (A4 portrait)")),
    )
)
# Page size in mm of each template.
PAGE_SIZES = {
    "a4_landscape": (297.0, 210.0),
    "a4_portrait": (210.0, 297.0),
    "slide_16_9": (338.67, 190.5),
    "brief": (210.0, 297.0),
    "compare": (210.0, 297.0),
}

ATLAS_MODES = Options(
    (
        Option("none", lambda: tr("One page")),
        Option("with_incidents", lambda: tr("One page per province with incidents")),
        Option("all", lambda: tr("One page per province")),
    )
)

# The order of an atlas's pages: where most happened first, or alphabetical.
ATLAS_ORDERS = Options(
    (
        Option("count", lambda: tr("Largest count first")),
        Option("name", lambda: tr("By name")),
    )
)

ACTOR_ROLES = Options(
    (
        Option("any", lambda: tr("any role")),
        Option("primary", lambda: tr("primary")),
        Option("secondary", lambda: tr("secondary")),
        Option("associated", lambda: tr("associated")),
    )
)

# Relative to the data's last date; "custom" is the dock's own state, not a preset.
DATE_PRESETS = Options(
    (
        Option("all", lambda: tr("All dates")),
        Option("last7", lambda: tr("Last 7 days")),
        Option("last30", lambda: tr("Last 30 days")),
        Option("last90", lambda: tr("Last 90 days")),
        Option("quarter", lambda: tr("This quarter")),
        Option("year", lambda: tr("This year")),
    )
)

# What the current period is compared with (trends/change.py).
BASELINES = Options(
    (
        Option("previous", lambda: tr("the previous period")),
        Option("last_year", lambda: tr("the same dates a year earlier")),
        Option("mean", lambda: tr("the mean of N periods")),
    )
)

# Calendar periods of a series (periods.py); "dock": offered in the dock's Trend section too.
INTERVALS = Options(
    (
        Option("day", lambda: tr("day")),
        Option("week", lambda: tr("week"), flags=frozenset({"dock", "hot_spots"})),
        Option("month", lambda: tr("month"), flags=frozenset({"dock", "hot_spots"})),
        Option("quarter", lambda: tr("quarter"), flags=frozenset({"dock", "hot_spots"})),
        Option("year", lambda: tr("year")),
    )
)

# "hot_spots": the time steps of emerging hot spots.
HOT_SPOT_STEPS = INTERVALS.having("hot_spots")

# What the Map section draws (the dock; exportmap's MAP); words: the hot spot layer's title.
HOT_SPOT_MAPS = Options(
    (
        Option("incidents", lambda: tr("Incidents by province")),
        Option("hotspots", lambda: tr("Hot spots (Getis-Ord Gi*)"), lambda: tr("Hot spots")),
        Option("emerging", lambda: tr("Emerging hot spots")),
    )
)

# Units of analysis of hot spots (the dock; the hot spot algorithms' UNITS, exportmap's HOT_SPOT_UNITS).
HOT_SPOT_UNITS = Options(
    (
        Option("hexagons", lambda: tr("Hexagons"), lambda: tr("hexagons")),
        Option("districts", lambda: tr("Districts"), lambda: tr("districts")),
        Option("provinces", lambda: tr("Provinces"), lambda: tr("provinces")),
    )
)

WEEK_STARTS = Options((Option("monday", lambda: tr("Monday")), Option("saturday", lambda: tr("Saturday"))))

# Which ways of finding an incident's province the filter keeps (incidents.province_method).
PROVINCE_SOURCES = Options(
    (
        Option("any", lambda: tr("coordinates, border moves and names"), flags=frozenset()),
        Option("located", lambda: tr("coordinates and border moves"), flags=frozenset({"point", "nearest"})),
        Option("point", lambda: tr("coordinates only"), flags=frozenset({"point"})),
    )
)

# How maps and the dock name the datasets the importer writes (source_dataset); others as written.
DATASET_TITLES = {
    "acled": "ACLED",
    "acled_aggregated": "ACLED (aggregated)",
    "ucdp_ged": "UCDP GED",
    "gtd": "GTD",
}


def dataset_title(name: str) -> str:
    return DATASET_TITLES.get(name, name)
