"""START's Global Terrorism Database (GTD), CSV or .xlsx."""

from __future__ import annotations

from .base import SourceFormat

# GTD specificity on the common location scale (see schema.INCIDENT_COLUMNS).
GTD_GEO = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 4}


def normalise(raw):
    """The incident columns of a chunk of raw rows, and the reason each unusable row can't be used."""
    import numpy as np
    import pandas as pd

    from ..normalise import coordinates, finish, number, precision, text

    year, month, day = number(raw, "iyear"), number(raw, "imonth"), number(raw, "iday")
    known_month = month.between(1, 12)
    known_day = known_month & (day >= 1)
    start = pd.to_datetime(
        pd.DataFrame({"year": year, "month": month.where(known_month, 1), "day": day.where(known_day, 1)}),
        errors="coerce",
    )
    # The last day of the period GTD's zeros leave open: the month, or the whole year.
    end = start.copy()
    end[~known_day] = start[~known_day] + pd.offsets.MonthEnd(0)
    end[~known_month] = start[~known_month] + pd.offsets.YearEnd(0)
    day_precision = pd.Series(1, index=raw.index, dtype="Int64")
    day_precision[~known_day] = 3
    day_precision[~known_month] = 4
    geo, geo_raw = precision(raw, "specificity", GTD_GEO)
    raw_dates = (
        text(raw, "iyear").fillna("") + "-" + text(raw, "imonth").fillna("") + "-" + text(raw, "iday").fillna("")
    )
    frame = pd.DataFrame(
        {
            "event_id": text(raw, "eventid", strip=True).str.replace(r"\.0$", "", regex=True),
            "event_date_end": end,
            "date_precision": day_precision,
            "date_precision_raw": np.where(known_day, "day", np.where(known_month, "month", "year")),
            "event_type": text(raw, "attacktype1_txt"),
            "sub_event_type": text(raw, "weaptype1_txt"),
            "disorder_type": None,
            "actor1": text(raw, "gname"),
            "actor2": None,  # GTD names perpetrators (gname, gname2) and what they attacked, no second side
            "assoc_actor_1": text(raw, "gname2"),
            "assoc_actor_2": None,
            "target_type": text(raw, "targtype1_txt"),
            "target": text(raw, "target1"),
            "country": text(raw, "country_txt"),
            "source_province": text(raw, "provstate"),
            "admin2": None,
            "location": text(raw, "city"),
            **coordinates(raw, "latitude", "longitude"),
            "geo_precision": geo,
            "geo_precision_raw": geo_raw,
            "fatalities": number(raw, "nkill"),
            "source": text(raw, "scite1"),
            "notes": text(raw, "summary"),
        }
    )
    return finish(frame, start, raw_dates, FORMAT.dataset)


FORMAT = SourceFormat(
    key="gtd",
    title="GTD",
    dataset="gtd",
    recognised_by=frozenset(["eventid", "iyear", "imonth", "iday", "gname", "latitude", "longitude"]),
    required=("eventid", "iyear", "imonth", "iday", "latitude", "longitude"),
    # The columns the normaliser reads; the others are not turned into Python strings at all.
    columns=frozenset(
        "eventid iyear imonth iday specificity attacktype1_txt weaptype1_txt gname targtype1_txt gname2 target1 "
        "country_txt provstate city latitude longitude nkill scite1 summary".split()
    ),
    normalise=normalise,
    layouts=(("GTD distribution file", frozenset(["eventid", "provstate"])),),
)
