"""The analyst's filter as a value, and its translation to one provider-side SQL expression.

The same expression drives the incidents layer's subset string, the per-province counts, the
summary line and the actor facet counts, so every view agrees on what "the current filter" is.
The plugin's own queries bind every value as a parameter (bound_sql); a layer's subset string has
no parameters, so there each value is quoted here and nowhere else (to_sql): actor names carry
quotes, commas, semicolons, parentheses and Arabic script.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, timedelta

from . import definitions
from .dialect import SQLITE, SqlDialect

ACTOR_ROLES = definitions.ACTOR_ROLES.keys()

# Alias groups an analyst in Iraq expects out of the box; editable and saved by the dock.
DEFAULT_ALIAS_GROUPS: dict[str, tuple[str, ...]] = {
    "ISIS": (
        "Islamic State (Iraq)",
        "Islamic State",
        "IS",
        "ISIL",
        "Islamic State of Iraq and the Levant (ISIL)",
        "Daesh",
        "ISIS",
    ),
    "PMF": (
        "Popular Mobilization Forces",
        "Hashd al-Shaabi",
        "Popular Mobilisation Forces",
        "Al-Hashd al-Shaabi",
        "PMF",
    ),
    "Iraqi Security Forces": (
        "Military Forces of Iraq (2018-2022)",
        "Police Forces of Iraq (2018-2022)",
        "Police Forces of Iraq (2018-2022) Federal Police",
        "Government of Iraq",
        "Iraqi Security Forces",
    ),
    "Peshmerga": ("Peshmerga", "Military Forces of Iraq (2018-2022) Peshmerga", "Kurdistan Regional Government"),
}


def sql_literal(value: str) -> str:
    """A SQL string literal: the only escape SQL needs is doubling the single quote."""
    text = str(value)
    if "\x00" in text:
        text = text.replace("\x00", "")  # SQLite would cut the literal at a NUL
    return "'" + text.replace("'", "''") + "'"


def sql_list(values) -> str:
    return "(" + ", ".join(sql_literal(v) for v in values) + ")"


def _literal(value) -> str:
    return str(int(value)) if isinstance(value, int) else sql_literal(value)


class Parameters(dict):
    """Values bound by name (p0, p1, ...) in the dialect's style: the SQL only names them."""

    def __init__(self, dialect: SqlDialect):
        super().__init__()
        self.dialect = dialect

    def __call__(self, value) -> str:
        name = f"p{len(self)}"
        self[name] = value
        return self.dialect.named(name)


def _associated_match(column: str, names, dialect: SqlDialect, bind) -> str:
    # Associated actors are '; '-separated lists: match whole names between separators. A name
    # may itself hold '; ', so it is normalised the same way as the list it is looked up in.
    padded = f"(';' || replace(\"{column}\", '; ', ';') || ';')"
    needles = (";" + name.replace("; ", ";") + ";" for name in names)
    return " OR ".join(f"{dialect.find(padded, bind(needle))} > 0" for needle in needles)


def _in(column: str, values, bind) -> str:
    return f'"{column}" IN (' + ", ".join(bind(value) for value in values) + ")"


@dataclass(frozen=True)
class IncidentFilter:
    """What the analyst asked for; empty fields mean "no restriction"."""

    actors: tuple[str, ...] = ()
    actor_role: str = "any"
    date_from: date | None = None
    date_to: date | None = None
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    target_types: tuple[str, ...] = ()  # what was attacked (GTD's target types): not actors
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    max_geo_precision: int | None = None
    max_date_precision: int | None = None
    provinces: tuple[int, ...] = ()  # province ids (provinces' fids): names recur across countries
    datasets: tuple[str, ...] = ()
    # How the province was found (point, nearest, name) for the rows kept; empty: every way.
    province_methods: tuple[str, ...] = ()
    alias_groups: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=True, hash=False)
    # Rows of several datasets linked as one event count once (store/links.py); the row kept is the
    # preferred dataset's, else the first by name, and its fatalities the preferred dataset's, else the
    # highest of the linked rows. Only counts change: the rows the filter keeps stay the same.
    count_once: bool = True
    prefer_dataset: str = ""

    def __post_init__(self):
        if self.actor_role not in ACTOR_ROLES:
            raise ValueError(f"actor_role must be one of {', '.join(ACTOR_ROLES)}, not {self.actor_role!r}")

    def expanded_actors(self) -> tuple[str, ...]:
        """Actor names with every alias group replaced by its members (and its own name)."""
        names: list[str] = []
        for actor in self.actors:
            for name in (actor, *self.alias_groups.get(actor, ())):
                if name not in names:
                    names.append(name)
        return tuple(names)

    def actor_sql(self, dialect: SqlDialect = SQLITE, bind=_literal) -> str | None:
        names = self.expanded_actors()
        if not names:
            return None
        parts = []
        if self.actor_role in ("any", "primary"):
            parts.append(_in("actor1", names, bind))
        if self.actor_role in ("any", "secondary"):
            parts.append(_in("actor2", names, bind))
        if self.actor_role in ("any", "associated"):
            parts.append(_associated_match("assoc_actor_1", names, dialect, bind))
            parts.append(_associated_match("assoc_actor_2", names, dialect, bind))
        return "(" + " OR ".join(parts) + ")"

    def clauses(self, without: str | None = None, dialect: SqlDialect = SQLITE, bind=_literal) -> list[str]:
        """SQL conditions, one per restriction; `without` leaves one facet out (for its counts).
        bind(value) gives the SQL of a value: a quoted literal, or a parameter's name."""
        clauses = []
        if without != "actors":
            actor = self.actor_sql(dialect, bind)
            if actor:
                clauses.append(actor)
        if without != "dates":
            if self.date_from is not None:
                clauses.append(f'"event_date" >= {bind(self.date_from.isoformat())}')
            if self.date_to is not None:
                clauses.append(f'"event_date" <= {bind(self.date_to.isoformat())}')
        if without != "event_types":
            if self.event_types:
                clauses.append(_in("event_type", self.event_types, bind))
            if self.sub_event_types:
                clauses.append(_in("sub_event_type", self.sub_event_types, bind))
        if self.target_types and without != "target_types":
            clauses.append(_in("target_type", self.target_types, bind))
        if self.fatalities_min is not None:
            clauses.append(f'coalesce("fatalities", 0) >= {bind(int(self.fatalities_min))}')
        if self.fatalities_max is not None:
            clauses.append(f'coalesce("fatalities", 0) <= {bind(int(self.fatalities_max))}')
        if self.max_geo_precision is not None:
            clauses.append(f'"geo_precision" <= {bind(int(self.max_geo_precision))}')
        if self.max_date_precision is not None:
            clauses.append(f'"date_precision" <= {bind(int(self.max_date_precision))}')
        if self.provinces and without != "provinces":
            clauses.append(_in("province_id", [int(p) for p in self.provinces], bind))
        if self.datasets and without != "datasets":
            clauses.append(_in("source_dataset", self.datasets, bind))
        if self.province_methods:  # rows outside every province have no method and are kept
            clauses.append(f'({_in("province_method", self.province_methods, bind)} OR "province_method" IS NULL)')
        return clauses

    def to_sql(self, without: str | None = None, dialect: SqlDialect = SQLITE) -> str:
        """One expression for setSubsetString, values quoted in it; empty string when nothing is filtered."""
        return " AND ".join(self.clauses(without, dialect))

    def bound_sql(self, parameters: Parameters, without: str | None = None) -> str:
        """The same expression with its values bound in parameters (shared by a whole statement)."""
        return " AND ".join(self.clauses(without, parameters.dialect, parameters))

    def is_empty(self) -> bool:
        return not self.clauses()

    def with_changes(self, **changes) -> IncidentFilter:
        return replace(self, **changes)

    def to_json(self) -> str:
        values = asdict(self)
        for key in ("date_from", "date_to"):
            if values[key] is not None:
                values[key] = values[key].isoformat()
        values["alias_groups"] = {k: list(v) for k, v in self.alias_groups.items()}
        return json.dumps(values, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> IncidentFilter:
        values = json.loads(text)
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in values.items() if k in known}  # newer keys are ignored, not fatal
        for key in ("date_from", "date_to"):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        for key in (
            "actors",
            "event_types",
            "sub_event_types",
            "target_types",
            "provinces",
            "datasets",
            "province_methods",
        ):
            if key in values:
                values[key] = tuple(values[key])
        # Saved by an older version, provinces were names: a name is not a province (it may be several).
        values["provinces"] = tuple(int(p) for p in values.get("provinces", ()) if str(p).isdigit())
        if "alias_groups" in values:
            values["alias_groups"] = {k: tuple(v) for k, v in values["alias_groups"].items()}
        return cls(**values)


def previous_period(incident_filter: IncidentFilter) -> IncidentFilter | None:
    """The same filter on the period of equal length just before; None without a date range."""
    if incident_filter.date_from is None or incident_filter.date_to is None:
        return None
    days = (incident_filter.date_to - incident_filter.date_from).days + 1
    return incident_filter.with_changes(
        date_from=incident_filter.date_from - timedelta(days=days),
        date_to=incident_filter.date_from - timedelta(days=1),
    )
