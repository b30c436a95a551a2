"""A column mapping guessed from an analyst's own file: which column holds what, and the date format.

The dock's mapping dialog starts from this guess; the analyst corrects it and may save it by name.
"""

from __future__ import annotations

import datetime as dt
import re

from .formats.generic import ColumnMapping

# Header names (folded: lower case, letters and digits only) each mapping field is guessed from, best first.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "event_id": ("eventidcnty", "eventid", "id", "incidentid", "ref", "reference", "uid", "recordid"),
    "date": ("eventdate", "date", "datum", "datestart", "incidentdate", "day", "fecha", "tarikh"),
    "latitude": ("latitude", "lat", "latdd", "y", "ycoord"),
    "longitude": ("longitude", "lon", "long", "lng", "londd", "x", "xcoord"),
    "actor1": ("actor1", "actor", "perpetrator", "sidea", "gname", "attacker", "group", "perpetrators"),
    "actor2": ("actor2", "target", "sideb", "victim", "targets"),
    "assoc_actor_1": ("assocactor1", "allyactor1"),
    "assoc_actor_2": ("assocactor2", "allyactor2"),
    "event_type": ("eventtype", "type", "attacktype", "attacktype1txt", "category", "incidenttype"),
    "sub_event_type": ("subeventtype", "subtype", "subcategory"),
    "fatalities": ("fatalities", "deaths", "killed", "nkill", "best", "dead", "casualties"),
    "country": ("country", "countrytxt", "countryname", "admin0"),
    "admin1": ("admin1", "province", "governorate", "provstate", "adm1", "state", "region1", "muhafazah"),
    "admin2": ("admin2", "district", "adm2", "county"),
    "location": ("location", "place", "city", "town", "village", "locality", "wherecoordinates"),
    "source": ("source", "sources", "sourceoriginal"),
    "notes": ("notes", "description", "summary", "details", "narrative"),
    "geo_precision": ("geoprecision", "whereprec", "locationprecision", "specificity"),
    "date_precision": ("timeprecision", "dateprecision", "dateprec"),
}
# Tried in this order; day-first before month-first, as most of the world writes dates.
DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%Y/%m/%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%y",
    "%m/%d/%y",
)


def _fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def guess_mapping(header: list[str], sample: list[list[str]] | None = None, dataset: str = "") -> ColumnMapping:
    """Each field from the first candidate name the header has (no column is used twice)."""
    folded = {_fold(column): column for column in reversed(header)}  # the first of equal names wins
    used: set[str] = set()
    values = {}
    for field_name, names in CANDIDATES.items():
        for name in names:
            column = folded.get(name)
            if column is not None and column not in used:
                values[field_name] = column
                used.add(column)
                break
    mapping = ColumnMapping(**values, dataset=dataset or "generic")
    if sample and mapping.date:
        position = header.index(mapping.date)
        mapping.date_format = guess_date_format([row[position] for row in sample if position < len(row)])
    return mapping


def parses(values: list[str], date_format: str) -> int:
    """How many of the non-empty values the format reads."""
    count = 0
    for value in values:
        value = str(value).strip()
        if not value:
            continue
        try:
            dt.datetime.strptime(value, date_format)
        except ValueError:
            continue
        count += 1
    return count


def guess_date_format(values: list[str]) -> str:
    """The format that reads the most values; among equals, the first of DATE_FORMATS."""
    present = [v for v in values if str(v).strip()]
    if not present:
        return DATE_FORMATS[0]
    best = max(DATE_FORMATS, key=lambda date_format: (parses(present, date_format), -DATE_FORMATS.index(date_format)))
    return best
