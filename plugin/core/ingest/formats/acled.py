"""ACLED's files in every layout they have had: the API and Export Tool CSV (2023-), the 2019-2023
files (data_id, iso3, numeric inter codes) and the realtime files before them (upper-case headers,
ALLY_ACTOR_*, GWNO, day-first dates, ids without a country prefix), as CSV, Excel or API JSON."""

from __future__ import annotations

from .base import SourceFormat

# ACLED precision codes on the common scales (see schema.INCIDENT_COLUMNS).
ACLED_GEO = {"1": 1, "2": 2, "3": 3}
ACLED_TIME = {"1": 1, "2": 2, "3": 3}
# ISO (API), "16 February 2024" (Export Tool), day-first (realtime files before 2019), Excel date cells.
DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d-%B-%Y",
    "%d-%b-%Y",
    "%Y-%m-%d %H:%M:%S",
)


def normalise(raw):
    """The incident columns of a chunk of raw rows, and the reason each unusable row can't be used."""
    import pandas as pd

    from ..normalise import coordinates, finish, number, parse_dates, precision, text

    raw_dates = text(raw, "event_date", strip=True)
    dates = parse_dates(raw_dates, DATE_FORMATS)
    geo, geo_raw = precision(raw, "geo_precision", ACLED_GEO)
    time, time_raw = precision(raw, "time_precision", ACLED_TIME)
    frame = pd.DataFrame(
        {
            "event_id": text(raw, "event_id_cnty", strip=True),
            "date_precision": time,
            "date_precision_raw": time_raw,
            "event_type": text(raw, "event_type"),
            "sub_event_type": text(raw, "sub_event_type"),
            "disorder_type": text(raw, "disorder_type"),
            "actor1": text(raw, "actor1"),
            "actor2": text(raw, "actor2"),
            # Before 2019 ACLED called associated actors "allies".
            "assoc_actor_1": text(raw, "assoc_actor_1").combine_first(text(raw, "ally_actor_1")),
            "assoc_actor_2": text(raw, "assoc_actor_2").combine_first(text(raw, "ally_actor_2")),
            "country": text(raw, "country"),
            "source_province": text(raw, "admin1"),
            "admin2": text(raw, "admin2"),
            "location": text(raw, "location"),
            **coordinates(raw, "latitude", "longitude"),
            "geo_precision": geo,
            "geo_precision_raw": geo_raw,
            "fatalities": number(raw, "fatalities"),
            "source": text(raw, "source"),
            "notes": text(raw, "notes"),
        }
    )
    return finish(frame, dates, raw_dates, FORMAT.dataset)


FORMAT = SourceFormat(
    key="acled",
    title="ACLED",
    dataset="acled",
    recognised_by=frozenset(["event_id_cnty", "event_date", "actor1", "latitude", "longitude"]),
    required=("event_id_cnty", "event_date", "latitude", "longitude"),
    # The columns the normaliser reads; the others are not turned into Python strings at all.
    columns=frozenset(
        "event_id_cnty event_date time_precision geo_precision event_type sub_event_type disorder_type actor1 "
        "actor2 assoc_actor_1 assoc_actor_2 ally_actor_1 ally_actor_2 country admin1 admin2 location latitude "
        "longitude fatalities source notes".split()
    ),
    normalise=normalise,
    layouts=(
        ("ACLED realtime file before 2019 (ALLY_ACTOR, GWNO)", frozenset(["ally_actor_1", "gwno"])),
        ("ACLED 2019-2023 (data_id, iso3)", frozenset(["data_id", "iso3"])),
        ("ACLED API / Export Tool", frozenset(["disorder_type"])),
    ),
)
