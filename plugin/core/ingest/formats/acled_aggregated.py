"""ACLED's aggregated data: one row per week, admin-1 and sub-event type, with the week's number of
events and fatalities (what every registered ACLED user can download, CSV or Excel).

Each row becomes one incident row carrying its weight (`events`), so every count sums to the events
ACLED counted. There are no actors; the date is the week's first day (precision: week) and the place
the admin-1 centroid ACLED gives, or the province the row names when it gives none (precision:
province).
"""

from __future__ import annotations

from ...store.schema import AGGREGATED_DATASET
from .base import SourceFormat

DATE_FORMATS = ("%Y-%m-%d", "%d-%B-%Y", "%d %B %Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y")


def normalise(raw):
    import pandas as pd

    from ..normalise import finish, number, parse_dates, text

    raw_dates = text(raw, "week", strip=True)
    dates = parse_dates(raw_dates, DATE_FORMATS)
    country, admin1 = text(raw, "country"), text(raw, "admin1")
    event_type, sub_event_type = text(raw, "event_type"), text(raw, "sub_event_type")
    # The row's key: its week, place and kind (ACLED's own ID column is not unique across files).
    key = (
        raw_dates.fillna("")
        + "|"
        + country.fillna("")
        + "|"
        + admin1.fillna("")
        + "|"
        + event_type.fillna("")
        + "|"
        + sub_event_type.fillna("")
    )
    events = pd.to_numeric(text(raw, "events"), errors="coerce")
    latitude = number(raw, "centroid_latitude").combine_first(number(raw, "latitude"))
    longitude = number(raw, "centroid_longitude").combine_first(number(raw, "longitude"))
    frame = pd.DataFrame(
        {
            "event_id": key.where(raw_dates.notna(), None),
            "event_date_end": dates + pd.Timedelta(days=6),
            "date_precision": pd.Series(2, index=raw.index, dtype="Int64"),
            "date_precision_raw": "week",
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "disorder_type": text(raw, "disorder_type"),
            "actor1": None,
            "actor2": None,
            "assoc_actor_1": None,
            "assoc_actor_2": None,
            "country": country,
            "source_province": admin1,
            "admin2": None,
            "location": admin1,
            "latitude": latitude,
            "longitude": longitude,
            "geo_precision": pd.Series(3, index=raw.index, dtype="Int64"),
            "geo_precision_raw": "admin1",
            "fatalities": number(raw, "fatalities"),
            "source": "ACLED aggregated data",
            "notes": None,
            "events": events.fillna(-1).round().astype("int64"),
        }
    )
    normalised = finish(frame, dates, raw_dates, FORMAT.dataset)
    reasons = normalised.reasons
    bad = reasons.isna() & ((events.isna()) | (events < 0)).to_numpy()
    reasons[bad] = "the number of events is missing or negative"
    return normalised


FORMAT = SourceFormat(
    key="acled_aggregated",
    title="ACLED aggregated data",
    dataset=AGGREGATED_DATASET,
    recognised_by=frozenset(["week", "admin1", "event_type", "sub_event_type", "events", "fatalities"]),
    required=("week", "admin1", "events"),
    columns=frozenset(
        "week country admin1 event_type sub_event_type disorder_type events fatalities centroid_latitude "
        "centroid_longitude latitude longitude".split()
    ),
    normalise=normalise,
    layouts=(("ACLED aggregated data (weekly, admin-1)", frozenset(["week", "events"])),),
)
