"""What every format's normaliser shares: typed columns from raw text, dates, precision codes,
and the checks that give each unusable row its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..store.schema import TARGET_COLUMNS


def text(frame: pd.DataFrame, column: str, strip: bool = False) -> pd.Series:
    """A column as text with empty cells as None; strip only where spaces can't be meant.

    The readers give column names in lower case, so a mapping's "Datum" finds "datum"."""
    column = column.strip().lower() if column else column
    if not column or column not in frame.columns:
        return pd.Series([None] * len(frame), index=frame.index, dtype=object)
    values = frame[column].astype(str)
    if strip:  # a plain comprehension: Series.str.strip costs four times as much per cell
        values = pd.Series([value.strip() for value in values.tolist()], index=values.index, dtype=object)
    return values.where(values.to_numpy() != "", None)


def number(frame: pd.DataFrame, column: str) -> pd.Series:
    # to_numeric reads " 12.5 " as 12.5 itself: no strip needed.
    return pd.to_numeric(text(frame, column), errors="coerce")


DECIMAL_COMMA = re.compile(r"^\s*[-+]?\d+,\d+\s*$")


def _coordinate(frame: pd.DataFrame, column: str) -> tuple[pd.Series, pd.Series, bool]:
    """Numbers, the text of cells that hold something else, and whether the column writes a decimal comma
    (every filled cell of the chunk like `33,75`: read as 33.75; one cell alone could be a list)."""
    # Stripped: spreadsheets leave non-breaking spaces around numbers (ACLED's 2016 files).
    written = text(frame, column, strip=True)
    filled = written.dropna()
    comma = bool(len(filled)) and all(DECIMAL_COMMA.match(value) for value in filled.tolist())
    if comma:
        written = written.str.replace(",", ".", regex=False)
    values = pd.to_numeric(written, errors="coerce")
    failed = values.isna() & written.notna()
    if failed.any():
        # NaN, NA, null: how pandas, R and databases write "no value"; missing, not unreadable.
        missing = written[failed].str.lower().isin(MISSING_WORDS)
        failed[missing[missing].index] = False
    return values, written.where(failed), comma


def coordinates(frame: pd.DataFrame, latitude: str, longitude: str) -> dict[str, pd.Series]:
    """The latitude and longitude columns of a format's frame, and what finish() needs to reject rows
    whose coordinates are there but unreadable (never replaced by a province's centre)."""
    lat, lat_text, lat_comma = _coordinate(frame, latitude)
    lon, lon_text, lon_comma = _coordinate(frame, longitude)
    unreadable = lat_text.notna() | lon_text.notna()
    shown = pd.Series(None, index=frame.index, dtype=object)
    if unreadable.any():
        rows = unreadable[unreadable].index
        lat_shown = lat_text[rows].fillna(lat[rows].astype(str))
        lon_shown = lon_text[rows].fillna(lon[rows].astype(str))
        shown[rows] = "'" + lat_shown + "', '" + lon_shown + "'"
    return {
        "latitude": lat,
        "longitude": lon,
        UNREADABLE: shown,
        DECIMAL_COMMA_ROWS: pd.Series(lat_comma or lon_comma, index=frame.index),
    }


MISSING_WORDS = ("nan", "na", "n/a", "null", "none")
UNREADABLE = "_coordinates_unreadable"
DECIMAL_COMMA_ROWS = "_decimal_comma"


def iso_days(values: pd.Series) -> pd.Series:
    """YYYY-MM-DD text of datetimes, None for NaT; numpy's formatter is ten times Series.dt.strftime."""
    days = np.datetime_as_string(values.to_numpy("datetime64[ns]"), unit="D").astype(object)
    return pd.Series(np.where(values.notna().to_numpy(), days, None), index=values.index, dtype=object)


def parse_dates(values: pd.Series, formats: tuple[str, ...]) -> pd.Series:
    """The first format that parses each value wins; NaT where none does."""
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for date_format in formats:
        todo = result.isna() & values.notna()
        if not todo.any():
            break
        result[todo] = pd.to_datetime(values[todo], format=date_format, errors="coerce")
    return result


def precision(frame: pd.DataFrame, column: str, scale: dict[str, int]) -> tuple[pd.Series, pd.Series]:
    raw = text(frame, column)
    # A handful of distinct codes: translate those, not every cell.
    codes, distinct = pd.factorize(raw)
    levels = np.array([scale.get(re.sub(r"\.0$", "", str(code))) for code in distinct] + [None], dtype=object)
    return pd.Series(levels[codes], index=raw.index).astype("Int64"), raw


@dataclass
class Normalised:
    """The incident columns for one chunk, and a reason (or None) per row."""

    frame: pd.DataFrame
    reasons: pd.Series
    decimal_comma: int = 0  # rows whose coordinates were written with a decimal comma


def finish(frame: pd.DataFrame, dates: pd.Series, raw_dates: pd.Series, dataset: str) -> Normalised:
    frame["source_dataset"] = dataset
    reasons = pd.Series([None] * len(frame), index=frame.index, dtype=object)

    def reject(mask: pd.Series, reason) -> None:
        """reason: a text, or a function building the texts for the rows masked (only when there are any)."""
        mask = mask & reasons.isna()
        if mask.any():
            reasons[mask] = reason if isinstance(reason, str) else reason(mask)

    reject(frame["event_id"].isna(), "missing event id")
    unreadable = frame.pop(UNREADABLE) if UNREADABLE in frame else None
    comma = frame.pop(DECIMAL_COMMA_ROWS) if DECIMAL_COMMA_ROWS in frame else None
    if unreadable is not None:
        reject(unreadable.notna(), lambda rows: "unreadable coordinates " + unreadable[rows])
    lat, lon = frame["latitude"], frame["longitude"]
    reject(~np.isfinite(lat.fillna(0)) | ~np.isfinite(lon.fillna(0)), "coordinates are not finite numbers")
    reject((lat.abs() > 90) | (lon.abs() > 180), "coordinates out of range (latitude ±90, longitude ±180)")
    reject((lat == 0) & (lon == 0), "coordinates are 0, 0 (no location)")

    def as_written(rows: pd.Series) -> pd.Series:
        return "'" + raw_dates[rows].fillna("").astype(str) + "'"

    reject(dates.isna(), lambda rows: "unparseable event date " + as_written(rows))
    in_range = dates.dt.year.between(1900, pd.Timestamp.now().year + 1)
    reject(dates.notna() & ~in_range, lambda rows: "event date out of range " + as_written(rows))
    reject(frame["fatalities"] < 0, "negative fatalities")
    # Last, and alone: a row whose only fault this is may still be placed by its province's name.
    reject(lat.isna() | lon.isna(), "missing or non-numeric coordinates")
    frame["event_date"] = iso_days(dates)
    end = frame.get("event_date_end")
    if end is None:
        frame["event_date_end"] = frame["event_date"]
    else:
        frame["event_date_end"] = iso_days(end).where(end.notna(), frame["event_date"])
    frame["fatalities"] = frame["fatalities"].round().astype("Int64")
    if "events" not in frame:
        frame["events"] = 1  # one event a row; aggregated formats give their own counts
    for column in TARGET_COLUMNS:  # only GTD names targets
        if column not in frame:
            frame[column] = None
    return Normalised(frame, reasons, 0 if comma is None else int(comma.sum()))
