"""What a map says: title, subtitle and provenance written from the filter and the counts."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from ..definitions import MEASURES, PROVINCE_SOURCES, dataset_title
from ..filters import IncidentFilter
from ..i18n import format_day, tr
from ..store.counts import Summary


@dataclass(frozen=True)
class MapTexts:
    title: str
    subtitle: str
    provenance: str


def _day(value: date | str | None) -> str:
    if value is None:
        return ""
    value = date.fromisoformat(value) if isinstance(value, str) else value
    return format_day(value)


# What the countries call their admin-1 units (Natural Earth's type_en, by country); "province" for the
# others, and for a map of countries that call them differently.
ADMIN1_TERMS = {
    "governorate": (
        "Iraq",
        "Syria",
        "Egypt",
        "Jordan",
        "Yemen",
        "Lebanon",
        "Bahrain",
        "Kuwait",
        "Oman",
        "Tunisia",
        "Palestine",
    ),
    "state": (
        "Nigeria",
        "Sudan",
        "South Sudan",
        "India",
        "Mexico",
        "United States of America",
        "Brazil",
        "Malaysia",
        "Venezuela",
        "Australia",
    ),
    "oblast": ("Ukraine", "Kyrgyzstan", "Bulgaria", "Belarus"),
    "region": (
        "Mali",
        "Niger",
        "Senegal",
        "Cameroon",
        "Ghana",
        "Ethiopia",
        "Somalia",
        "Italy",
        "France",
        "Peru",
        "Chile",
        "Tanzania",
        "Guinea",
        "Mauritania",
        "Burundi",
    ),
}


def admin1_term(countries) -> str:
    """The word for the map's provinces: the countries' own when they share one, else "province"."""
    terms = {
        next((term for term, named in ADMIN1_TERMS.items() if country in named), "province") for country in countries
    }
    return terms.pop() if len(terms) == 1 else "province"


# "by ..." in titles, "per ..." in legends: whole phrases, as languages inflect them differently.
UNIT_PHRASES = {
    "governorate": (lambda: tr("by governorate"), lambda: tr("per governorate")),
    "state": (lambda: tr("by state"), lambda: tr("per state")),
    "oblast": (lambda: tr("by oblast"), lambda: tr("per oblast")),
    "region": (lambda: tr("by region"), lambda: tr("per region")),
    "province": (lambda: tr("by province"), lambda: tr("per province")),
}


def by_unit(term: str) -> str:
    return UNIT_PHRASES.get(term, UNIT_PHRASES["province"])[0]()


def per_unit(term: str) -> str:
    return UNIT_PHRASES.get(term, UNIT_PHRASES["province"])[1]()


def map_title(incident_filter: IncidentFilter, term: str) -> str:
    """ "Attacks by X" only where X is the primary actor (who attacked); for any other role the map shows
    incidents involving X (UCDP's IS is side_b in most of its Iraqi events)."""
    actors = ", ".join(incident_filter.actors)
    unit = by_unit(term)
    event_types = tr(" and ").join(t.lower() for t in incident_filter.event_types)
    primary = incident_filter.actor_role == "primary"
    if incident_filter.actors and event_types:
        if primary:
            return tr("{actors} {event_types} {by_unit}").format(actors=actors, event_types=event_types, by_unit=unit)
        return tr("{event_types} involving {actors} {by_unit}").format(
            actors=actors, event_types=event_types, by_unit=unit
        )
    if incident_filter.actors:
        if primary:
            return tr("{actors} attacks {by_unit}").format(actors=actors, by_unit=unit)
        return tr("Incidents involving {actors} {by_unit}").format(actors=actors, by_unit=unit)
    return tr("Incidents {by_unit}").format(by_unit=unit)


def map_texts(
    incident_filter: IncidentFilter,
    summary: Summary,
    sources: list[str],
    classification: str,
    measure: str,
    countries: tuple[str, ...] = (),
    province_names: dict[int, str] | None = None,
    method: str = "",
) -> MapTexts:
    """Title, subtitle and provenance, in words of the interface language, from the filter and counts;
    countries: those of the map's provinces, which name its units; province_names: the provinces a
    filter may name, by id (counts.province_labels); method: how a map of hot spots was made, said
    instead of how the provinces are coloured."""
    title = map_title(incident_filter, admin1_term(countries))
    start = incident_filter.date_from or summary.first_date
    end = incident_filter.date_to or summary.last_date
    period = tr("{start} – {end}").format(start=_day(start), end=_day(end)) if start and end else tr("all dates")
    subtitle = " · ".join(
        (period, tr("%n incidents", "", summary.incidents), tr("%n fatalities", "", summary.fatalities))
    )
    named = incident_filter.datasets or (summary.datasets if len(summary.datasets) > 1 else ())
    if named:  # which data the map counts, when the store holds several
        subtitle += " · " + ", ".join(dataset_title(name) for name in named)
        if summary.linked_rows:
            subtitle += " " + tr("(each event counted once)")
    template = (
        tr("Source: {sources}. Filter: {filter}. {method}. Produced {date} with Incident Atlas.")
        if method
        else tr(
            "Source: {sources}. Filter: {filter}. Provinces coloured by {measure}, {classification}. "
            "Produced {date} with Incident Atlas."
        )
    )
    provenance = template.format(
        sources="; ".join(sources) or tr("unknown"),
        filter=describe_filter(incident_filter, province_names) or tr("no filter"),
        measure=measure_words(measure),
        classification=classification,
        method=method,
        date=date.today().isoformat(),
    )
    if summary.placed_by_name:
        provenance += " " + tr(
            "%n incidents without coordinates placed by the province their source names.", "", summary.placed_by_name
        )
    if summary.moved_to_nearest:
        provenance += " " + tr(
            "%n border incidents moved to the nearest province of their country.", "", summary.moved_to_nearest
        )
    if summary.in_regions:
        provenance += " " + tr(
            "%n incidents name only a region of several provinces (such as Northern Ireland): counted in "
            "the totals, not on the map.",
            "",
            summary.in_regions,
        )
    if summary.linked_rows:
        provenance += " " + tr(
            "Datasets: {names}; %n rows describing an event another dataset also has are counted once "
            "(the same event: overlapping dates and nearby places, linked one to one).",
            "",
            summary.linked_rows,
        ).format(names=", ".join(dataset_title(n) for n in summary.datasets))
    return MapTexts(title, subtitle, provenance)


def measure_words(measure: str) -> str:
    try:
        return MEASURES.by_key(measure).text()
    except ValueError:
        return measure.replace("_", " ")


def describe_filter(incident_filter: IncidentFilter, province_names: dict[int, str] | None = None) -> str:
    parts = []
    if incident_filter.actors:
        actors = ", ".join(incident_filter.actors)
        role = {"primary": tr("primary"), "secondary": tr("secondary"), "associated": tr("associated")}
        if incident_filter.actor_role in role:
            parts.append(tr("actors {actors} ({role})").format(actors=actors, role=role[incident_filter.actor_role]))
        else:
            parts.append(tr("actors {actors}").format(actors=actors))
    if incident_filter.date_from or incident_filter.date_to:
        parts.append(
            tr("dates {start} to {end}").format(
                start=_day(incident_filter.date_from) or "…", end=_day(incident_filter.date_to) or "…"
            )
        )
    if incident_filter.event_types:
        parts.append(tr("event types {types}").format(types=", ".join(incident_filter.event_types)))
    if incident_filter.sub_event_types:
        parts.append(tr("sub-types {types}").format(types=", ".join(incident_filter.sub_event_types)))
    if incident_filter.target_types:
        parts.append(tr("target types {types}").format(types=", ".join(incident_filter.target_types)))
    if incident_filter.fatalities_min is not None:
        parts.append(tr("at least %n fatalities", "", incident_filter.fatalities_min))
    if incident_filter.fatalities_max is not None:
        parts.append(tr("at most %n fatalities", "", incident_filter.fatalities_max))
    if incident_filter.max_geo_precision is not None:
        parts.append(tr("location precision up to {level}").format(level=incident_filter.max_geo_precision))
    if incident_filter.max_date_precision is not None:
        parts.append(tr("date precision up to {level}").format(level=incident_filter.max_date_precision))
    if incident_filter.provinces:
        names = province_names or {}
        chosen = (names.get(province, str(province)) for province in incident_filter.provinces)
        parts.append(tr("provinces {names}").format(names=", ".join(chosen)))
    if incident_filter.datasets:
        parts.append(
            tr("datasets {names}").format(names=", ".join(dataset_title(name) for name in incident_filter.datasets))
        )
    if incident_filter.province_methods:
        source = next((o for o in PROVINCE_SOURCES if o.flags == set(incident_filter.province_methods)), None)
        words = source.label() if source else ", ".join(incident_filter.province_methods)
        parts.append(tr("provinces from {methods}").format(methods=words))
    return tr("; ").join(parts)


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is Arabic, Kurdish, Hebrew and the like."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
