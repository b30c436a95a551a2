"""Any CSV of incidents, with a column mapping that says which column holds what."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from ...errors import SourceError
from ...i18n import tr
from .base import SourceFormat


@dataclass
class ColumnMapping:
    """Which columns of an analyst's own CSV hold what; date_format uses strftime codes."""

    event_id: str = ""
    date: str = ""
    latitude: str = ""
    longitude: str = ""
    date_format: str = "%Y-%m-%d"
    dataset: str = "generic"
    actor1: str = ""
    actor2: str = ""
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    fatalities: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    source: str = ""
    notes: str = ""
    geo_precision: str = ""
    date_precision: str = ""

    # No event id: each row gets one made from its mapped values (the same on every re-import).
    REQUIRED = ("date", "latitude", "longitude")

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        try:
            values = json.loads(text)
        except json.JSONDecodeError as error:
            raise SourceError(tr("The column mapping is not valid JSON: {error}").format(error=error)) from error
        if not isinstance(values, dict):
            raise SourceError(tr('The column mapping must be a JSON object such as {"event_id": "id", ...}'))
        known = {f for f in cls.__dataclass_fields__ if f != "REQUIRED"}
        unknown = sorted(set(values) - known)
        if unknown:
            raise SourceError(tr("Unknown keys in the column mapping: {names}").format(names=", ".join(unknown)))
        return cls(**{key: str(value) for key, value in values.items()})

    def missing_in(self, header: list[str]) -> list[str]:
        problems = [f"'{key}' is not mapped" for key in self.REQUIRED if not getattr(self, key)]
        for key, column in asdict(self).items():
            if key in ("date_format", "dataset") or not column:
                continue
            if column.strip().lower() not in {h.strip().lower() for h in header}:
                problems.append(f"column '{column}' (for {key}) is not in the file")
        return problems


def normalise(raw, mapping: ColumnMapping, seen: dict[str, int] | None = None):
    """The incident columns of a chunk of an analyst's own CSV, read through the mapping."""
    import pandas as pd

    from ..normalise import coordinates, finish, number, parse_dates, text

    raw_dates = text(raw, mapping.date, strip=True)
    dates = parse_dates(raw_dates, (mapping.date_format,))
    event_ids = text(raw, mapping.event_id, strip=True) if mapping.event_id else row_ids(raw, seen or {})
    geo_raw = text(raw, mapping.geo_precision)
    date_raw = text(raw, mapping.date_precision)
    frame = pd.DataFrame(
        {
            "event_id": event_ids,
            "date_precision": pd.to_numeric(date_raw, errors="coerce").clip(1, 4).astype("Int64"),
            "date_precision_raw": date_raw,
            "event_type": text(raw, mapping.event_type),
            "sub_event_type": text(raw, mapping.sub_event_type),
            "disorder_type": None,
            "actor1": text(raw, mapping.actor1),
            "actor2": text(raw, mapping.actor2),
            "assoc_actor_1": text(raw, mapping.assoc_actor_1),
            "assoc_actor_2": text(raw, mapping.assoc_actor_2),
            "country": text(raw, mapping.country),
            "source_province": text(raw, mapping.admin1),
            "admin2": text(raw, mapping.admin2),
            "location": text(raw, mapping.location),
            **coordinates(raw, mapping.latitude, mapping.longitude),
            "geo_precision": pd.to_numeric(geo_raw, errors="coerce").clip(1, 4).astype("Int64"),
            "geo_precision_raw": geo_raw,
            "fatalities": number(raw, mapping.fatalities),
            "source": text(raw, mapping.source),
            "notes": text(raw, mapping.notes),
        }
    )
    return finish(frame, dates, raw_dates, mapping.dataset or "generic")


def row_ids(raw, seen: dict[str, int]):
    """Ids for a file without any: "row:", a hash of the whole row, and for a row identical to an
    earlier one its occurrence ("-2", "-3"): every row counts, and a re-import finds the same ids."""
    import pandas as pd

    columns = sorted(raw.columns)
    hashes = pd.util.hash_pandas_object(raw[columns].astype(str), index=False).to_numpy()
    ids = []
    for value in hashes.tolist():
        key = f"row:{value:016x}"
        seen[key] = seen.get(key, 0) + 1
        ids.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return pd.Series(ids, index=raw.index, dtype=object)


def _mapped_columns(mapping: ColumnMapping) -> list[str]:
    return [value for key, value in asdict(mapping).items() if key not in ("date_format", "dataset") and value]


class GenericFormat(SourceFormat):
    """Recognised by nothing: what a file is when no other format recognises it."""

    def label(self) -> str:
        return tr("Generic CSV (needs a mapping)")

    def normaliser(self, mapping: ColumnMapping | None = None):
        if mapping is None:
            raise SourceError(
                tr(
                    "This file is not ACLED, UCDP GED or GTD; give a column mapping "
                    '(e.g. {"event_id": "id", "date": "date", "latitude": "lat", "longitude": "lon"})'
                )
            )
        seen: dict[str, int] = {}  # made ids so far: one normaliser per pass over the file
        return lambda raw: normalise(raw, mapping, seen)

    def columns_read(self, mapping: ColumnMapping | None = None) -> frozenset[str] | None:
        if mapping is None or not mapping.event_id:
            return None  # ids made from the whole row need every column
        return frozenset(c.strip().lower() for c in _mapped_columns(mapping))

    def header_problems(self, header: list[str], mapping: ColumnMapping | None = None) -> list[str]:
        self.normaliser(mapping)  # no mapping: raises the explanation
        return mapping.missing_in([h.strip() for h in header])


FORMAT = GenericFormat(
    key="generic",
    title="Generic CSV",
    dataset="generic",
    recognised_by=frozenset(),
    required=ColumnMapping.REQUIRED,
    columns=None,
    normalise=normalise,
)
