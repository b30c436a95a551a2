"""UCDP's Georeferenced Event Dataset (GED) CSV."""

from __future__ import annotations

from .base import SourceFormat

UCDP_VIOLENCE_TYPES = {"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}
# UCDP precision codes on the common scales (see schema.INCIDENT_COLUMNS).
UCDP_GEO = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 4, "6": 4, "7": 4}
UCDP_DATE = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 4}


def normalise(raw):
    """The incident columns of a chunk of raw rows, and the reason each unusable row can't be used."""
    import pandas as pd

    from ..normalise import coordinates, finish, number, parse_dates, precision, text

    raw_dates = text(raw, "date_start", strip=True)
    formats = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y")
    dates = parse_dates(raw_dates, formats)
    geo, geo_raw = precision(raw, "where_prec", UCDP_GEO)
    time, time_raw = precision(raw, "date_prec", UCDP_DATE)
    violence = text(raw, "type_of_violence").str.replace(r"\.0$", "", regex=True)
    frame = pd.DataFrame(
        {
            "event_id": text(raw, "id", strip=True).str.replace(r"\.0$", "", regex=True),
            "event_date_end": parse_dates(text(raw, "date_end"), formats),
            "date_precision": time,
            "date_precision_raw": time_raw,
            "event_type": violence.map(UCDP_VIOLENCE_TYPES).where(violence.notna(), None),
            "sub_event_type": text(raw, "conflict_name"),
            "disorder_type": None,
            "actor1": text(raw, "side_a"),
            "actor2": text(raw, "side_b"),
            "assoc_actor_1": None,
            "assoc_actor_2": None,
            "country": text(raw, "country"),
            "source_province": text(raw, "adm_1"),
            "admin2": text(raw, "adm_2"),
            "location": text(raw, "where_coordinates"),
            **coordinates(raw, "latitude", "longitude"),
            "geo_precision": geo,
            "geo_precision_raw": geo_raw,
            "fatalities": number(raw, "best"),
            "source": text(raw, "source_office").combine_first(text(raw, "source_original")),
            "notes": text(raw, "source_headline"),
        }
    )
    return finish(frame, dates, raw_dates, FORMAT.dataset)


FORMAT = SourceFormat(
    key="ucdp",
    title="UCDP GED",
    dataset="ucdp_ged",
    recognised_by=frozenset(["side_a", "side_b", "date_start", "where_prec", "latitude", "longitude"]),
    required=("id", "date_start", "latitude", "longitude"),
    # The columns the normaliser reads; the others are not turned into Python strings at all.
    columns=frozenset(
        "id date_start date_end where_prec date_prec type_of_violence conflict_name side_a side_b country adm_1 "
        "adm_2 where_coordinates latitude longitude best source_office source_original source_headline".split()
    ),
    normalise=normalise,
    layouts=(
        ("UCDP GED 20+ / Candidate GED (relid, *_dset_id)", frozenset(["relid", "side_a_dset_id"])),
        ("UCDP GED 19 (42 columns)", frozenset(["side_a_new_id", "gwnoa"])),
    ),
)
