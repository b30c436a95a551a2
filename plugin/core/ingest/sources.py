"""Reading incident sources (ACLED, UCDP GED, GTD, any CSV) into one normalised table.

Readers yield chunks of raw rows with their line numbers and raw text, so a rejected row can be
stored exactly as it was; normalisers turn a chunk into the incident columns plus a reason for
every row that can't be used.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..i18n import tr

FORMATS = ("auto", "acled", "ucdp", "gtd", "generic")
DATASET_NAMES = {"acled": "acled", "ucdp": "ucdp_ged", "gtd": "gtd"}
CHUNK_ROWS = 50_000  # bounds memory: a chunk of raw strings costs ~100 MB

UCDP_VIOLENCE_TYPES = {"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}
# Common scales (see schema.INCIDENT_COLUMNS) from each source's own codes.
ACLED_GEO = {"1": 1, "2": 2, "3": 3}
ACLED_TIME = {"1": 1, "2": 2, "3": 3}
UCDP_GEO = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 4, "6": 4, "7": 4}
UCDP_DATE = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 4}
GTD_GEO = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 4}


class SourceError(Exception):
    """The file can't be read as the chosen format; the message says what to change."""


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

    REQUIRED = ("event_id", "date", "latitude", "longitude")

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
            if column not in header:
                problems.append(f"column '{column}' (for {key}) is not in the file")
        return problems


@dataclass
class RawChunk:
    """Rows as read: columns by header name, plus where each came from."""

    frame: pd.DataFrame
    line_numbers: np.ndarray
    raw_text: list[str] | None  # None when every record is one physical line: read back on demand
    malformed: list[tuple[int, str, str | None]] = field(default_factory=list)  # line, reason, raw


def sniff_encoding(path: Path) -> str:
    with path.open("rb") as handle:
        start = handle.read(65536)
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still UTF-8.
        if error.start < len(start) - 4:
            return "cp1252"
    return "utf-8-sig"


def _sniff_delimiter(first_line: str) -> str:
    counts = {delimiter: first_line.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    return max(counts, key=counts.get) if max(counts.values()) > 0 else ","


def read_header(path: Path) -> list[str]:
    if path.suffix.lower() in (".xlsx", ".xls"):
        return [str(c) for c in pd.read_excel(path, nrows=0).columns]
    encoding = sniff_encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline()
    return next(csv.reader([first], delimiter=_sniff_delimiter(first)), [])


def detect_format(header: list[str]) -> str:
    columns = {c.strip().lower() for c in header}
    if {"event_id_cnty", "event_date", "actor1", "latitude", "longitude"} <= columns:
        return "acled"
    if {"side_a", "side_b", "date_start", "where_prec", "latitude", "longitude"} <= columns:
        return "ucdp"
    if {"eventid", "iyear", "imonth", "iday", "gname", "latitude", "longitude"} <= columns:
        return "gtd"
    return "generic"


def _unique_header(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for name in header:
        name = name.strip()
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        result.append(name)
    return result


class _LineRecorder:
    """Feeds csv.reader line by line and remembers the lines of the current record."""

    def __init__(self, handle):
        self.handle = handle
        self.lines: list[str] = []
        self.line_number = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self.handle)
        self.line_number += 1
        self.lines.append(line)
        return line


class LayoutMismatchError(Exception):
    """Records and physical lines differ (quoted line breaks, blank lines): use the exact reader."""


def scan_lines(path: Path, delimiter: str, width: int) -> tuple[int, dict[int, int], set[int]]:
    """Physical line count, short lines (number -> fields found) and blank lines, from the bytes.

    Inside one-line records a quoted field can only add delimiters, so a line with fewer than
    width - 1 of them is certainly a short record. Counted a block at a time with numpy; only
    the few short lines are looked at one by one.
    """
    separator = ord(delimiter.encode())
    short: dict[int, int] = {}
    blank: set[int] = set()
    number = 0

    def look_at(line: bytes, line_number: int, found: int) -> None:
        if line.strip():
            short[line_number] = found + 1
        else:
            blank.add(line_number)

    tail = b""
    with path.open("rb") as handle:
        while block := handle.read(1 << 24):
            data = tail + block
            buffer = np.frombuffer(data, dtype=np.uint8)
            ends = np.flatnonzero(buffer == 10)
            if not len(ends):
                tail = data
                continue
            starts = np.r_[0, ends[:-1] + 1]
            separators = np.flatnonzero(buffer[: ends[-1]] == separator)
            found = np.searchsorted(separators, ends) - np.searchsorted(separators, starts)
            for line in np.flatnonzero(found < width - 1):
                look_at(data[starts[line] : ends[line] + 1], number + int(line) + 1, int(found[line]))
            number += len(ends)
            tail = data[ends[-1] + 1 :]
    if tail:  # a last line without a line break
        number += 1
        found = tail.count(bytes([separator]))
        if found < width - 1:
            look_at(tail, number, found)
    return number, short, blank


def read_csv_chunks_fast(
    path: Path, chunk_rows: int = CHUNK_ROWS, columns: frozenset[str] | None = None
) -> Iterator[RawChunk]:
    """pandas' C parser; exact only while one record is one line, which the end checks.

    Rows with the wrong number of fields are reported by pandas as warnings; they are kept as
    malformed rows. Raises LayoutMismatchError after the last chunk if records and lines differ.
    """
    import warnings

    encoding = sniff_encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline()
    delimiter = _sniff_delimiter(first)
    header = _unique_header(next(csv.reader([first], delimiter=delimiter)))
    if encoding == "utf-16":
        raise LayoutMismatchError(path)  # the byte scan below reads one-byte delimiters
    total_lines, short_lines, blank_lines = scan_lines(path, delimiter, len(header))
    rows_seen = 0
    skipped_total = 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reader = pd.read_csv(
            path,
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding=encoding,
            encoding_errors="strict",
            header=0,
            names=header,
            usecols=None if columns is None else [name for name in header if name in columns],
            chunksize=chunk_rows,
            on_bad_lines="warn",
            engine="c",
            skip_blank_lines=False,
        )
        try:
            for frame in reader:
                bad_lines = []
                for warning in caught:
                    for match in re.finditer(
                        r"Skipping line (\d+): expected (\d+) fields, saw (\d+)", str(warning.message)
                    ):
                        bad_lines.append((int(match[1]), f"expected {match[2]} fields, found {match[3]}"))
                caught.clear()
                bad_lines.sort()
                # Line of each good row: after the header, counting the bad lines before it.
                provisional = np.arange(len(frame)) + 2 + rows_seen + skipped_total
                lines = provisional.copy()
                for bad_line, _ in bad_lines:
                    lines[lines >= bad_line] += 1
                skipped_total += len(bad_lines)
                rows_seen += len(frame)  # before short and blank rows are taken out: all are lines
                malformed = [(line, reason, None) for line, reason in bad_lines]
                # pandas pads short rows with empty fields; the byte scan knows which they were.
                drop = np.isin(lines, list(short_lines) + list(blank_lines))
                if drop.any():
                    malformed += [
                        (int(line), f"expected {len(header)} fields, found {short_lines[int(line)]}", None)
                        for line in lines[drop]
                        if int(line) in short_lines
                    ]
                    frame, lines = frame[~drop], lines[~drop]
                frame.index = pd.RangeIndex(len(frame))
                yield RawChunk(frame, lines, None, malformed)
        except UnicodeDecodeError as error:
            raise SourceError(
                tr("{name} is not valid {encoding} text: {reason}").format(
                    name=path.name, encoding=encoding, reason=error.reason
                )
            ) from error
    if total_lines != 1 + rows_seen + skipped_total:
        raise LayoutMismatchError(path)


def raw_lines(path: Path, wanted: set[int]) -> dict[int, str]:
    """The physical lines with the given numbers, as text, read in one pass."""
    found: dict[int, str] = {}
    if not wanted:
        return found
    last = max(wanted)
    with path.open(encoding=sniff_encoding(path), errors="replace", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if number in wanted:
                found[number] = line
            if number >= last:
                break
    return found


def read_csv_chunks(path: Path, chunk_rows: int = CHUNK_ROWS) -> Iterator[RawChunk]:
    """Python's csv module, record by record: exact line numbers and raw text whatever the layout."""
    encoding = sniff_encoding(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding=encoding, errors="strict", newline="") as handle:
        recorder = _LineRecorder(handle)
        try:
            first = next(recorder)
        except StopIteration:
            raise SourceError(tr("{name} is empty").format(name=path.name)) from None
        delimiter = _sniff_delimiter(first)
        header = _unique_header(next(csv.reader([first], delimiter=delimiter)))
        width = len(header)
        reader = csv.reader(recorder, delimiter=delimiter)
        rows: list[list[str]] = []
        lines: list[int] = []
        raws: list[str] = []
        malformed: list[tuple[int, str, str]] = []
        while True:
            recorder.lines = []
            start = recorder.line_number + 1
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                malformed.append((start, f"unreadable CSV: {error}", "".join(recorder.lines)))
                continue
            except UnicodeDecodeError as error:
                raise SourceError(
                    tr("{name} is not valid {encoding} text near line {start}: {reason}").format(
                        name=path.name, encoding=encoding, start=start, reason=error.reason
                    )
                ) from error
            raw = "".join(recorder.lines)
            if not record or (len(record) == 1 and not record[0].strip()):
                continue  # blank line
            if len(record) != width:
                malformed.append((start, f"expected {width} fields, found {len(record)}", raw))
                continue
            rows.append(record)
            lines.append(start)
            raws.append(raw)
            if len(rows) >= chunk_rows:
                yield RawChunk(pd.DataFrame(rows, columns=header), np.asarray(lines), raws, malformed)
                rows, lines, raws, malformed = [], [], [], []
        if rows or malformed:
            yield RawChunk(pd.DataFrame(rows, columns=header), np.asarray(lines, dtype=int), raws, malformed)


def read_excel_chunks(path: Path, chunk_rows: int = CHUNK_ROWS) -> Iterator[RawChunk]:
    try:
        frame = pd.read_excel(path, dtype=str, keep_default_na=False)
    except ImportError as error:
        raise SourceError(tr("Reading .xlsx needs the Python package openpyxl: {error}").format(error=error)) from error
    frame.columns = _unique_header([str(c) for c in frame.columns])
    for start in range(0, max(len(frame), 1), chunk_rows):
        part = frame.iloc[start : start + chunk_rows].reset_index(drop=True)
        lines = np.arange(start + 2, start + 2 + len(part))  # spreadsheet row numbers
        raws = ["\t".join(values) for values in part.itertuples(index=False, name=None)]
        yield RawChunk(part, lines, raws)


def read_chunks(
    path: Path, chunk_rows: int = CHUNK_ROWS, exact: bool = False, columns: frozenset[str] | None = None
) -> Iterator[RawChunk]:
    """columns: the only ones the normaliser reads (None: all); the fast reader skips the rest."""
    if path.suffix.lower() in (".xlsx", ".xls"):
        return read_excel_chunks(path, chunk_rows)
    if exact:
        return read_csv_chunks(path, chunk_rows)
    return read_csv_chunks_fast(path, chunk_rows, columns)


def _text(frame: pd.DataFrame, column: str, strip: bool = False) -> pd.Series:
    """A column as text with empty cells as None; strip only where spaces can't be meant."""
    if not column or column not in frame.columns:
        return pd.Series([None] * len(frame), index=frame.index, dtype=object)
    values = frame[column].astype(str)
    if strip:  # a plain comprehension: Series.str.strip costs four times as much per cell
        values = pd.Series([value.strip() for value in values.tolist()], index=values.index, dtype=object)
    return values.where(values.to_numpy() != "", None)


def _number(frame: pd.DataFrame, column: str) -> pd.Series:
    # to_numeric reads " 12.5 " as 12.5 itself: no strip needed.
    return pd.to_numeric(_text(frame, column), errors="coerce")


def _iso_days(values: pd.Series) -> pd.Series:
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


def _precision(frame: pd.DataFrame, column: str, scale: dict[str, int]) -> tuple[pd.Series, pd.Series]:
    raw = _text(frame, column)
    # A handful of distinct codes: translate those, not every cell.
    codes, distinct = pd.factorize(raw)
    levels = np.array([scale.get(re.sub(r"\.0$", "", str(code))) for code in distinct] + [None], dtype=object)
    return pd.Series(levels[codes], index=raw.index).astype("Int64"), raw


@dataclass
class Normalised:
    """The incident columns for one chunk, and a reason (or None) per row."""

    frame: pd.DataFrame
    reasons: pd.Series


def _finish(frame: pd.DataFrame, dates: pd.Series, raw_dates: pd.Series, dataset: str) -> Normalised:
    frame["source_dataset"] = dataset
    reasons = pd.Series([None] * len(frame), index=frame.index, dtype=object)

    def reject(mask: pd.Series, reason) -> None:
        """reason: a text, or a function building the texts for the rows masked (only when there are any)."""
        mask = mask & reasons.isna()
        if mask.any():
            reasons[mask] = reason if isinstance(reason, str) else reason(mask)

    reject(frame["event_id"].isna(), "missing event id")
    lat, lon = frame["latitude"], frame["longitude"]
    reject(lat.isna() | lon.isna(), "missing or non-numeric coordinates")
    reject(~np.isfinite(lat.fillna(0)) | ~np.isfinite(lon.fillna(0)), "coordinates are not finite numbers")
    reject((lat.abs() > 90) | (lon.abs() > 180), "coordinates out of range (latitude ±90, longitude ±180)")
    reject((lat == 0) & (lon == 0), "coordinates are 0, 0 (no location)")

    def as_written(rows: pd.Series) -> pd.Series:
        return "'" + raw_dates[rows].fillna("").astype(str) + "'"

    reject(dates.isna(), lambda rows: "unparseable event date " + as_written(rows))
    in_range = dates.dt.year.between(1900, pd.Timestamp.now().year + 1)
    reject(dates.notna() & ~in_range, lambda rows: "event date out of range " + as_written(rows))
    reject(frame["fatalities"] < 0, "negative fatalities")
    frame["event_date"] = _iso_days(dates)
    end = frame.get("event_date_end")
    if end is None:
        frame["event_date_end"] = frame["event_date"]
    else:
        frame["event_date_end"] = _iso_days(end).where(end.notna(), frame["event_date"])
    frame["fatalities"] = frame["fatalities"].round().astype("Int64")
    return Normalised(frame, reasons)


def normalise_acled(raw: pd.DataFrame) -> Normalised:
    raw_dates = _text(raw, "event_date", strip=True)
    dates = parse_dates(raw_dates, ("%Y-%m-%d", "%d-%m-%Y", "%d %B %Y", "%d %b %Y"))
    geo, geo_raw = _precision(raw, "geo_precision", ACLED_GEO)
    time, time_raw = _precision(raw, "time_precision", ACLED_TIME)
    frame = pd.DataFrame(
        {
            "event_id": _text(raw, "event_id_cnty", strip=True),
            "date_precision": time,
            "date_precision_raw": time_raw,
            "event_type": _text(raw, "event_type"),
            "sub_event_type": _text(raw, "sub_event_type"),
            "disorder_type": _text(raw, "disorder_type"),
            "actor1": _text(raw, "actor1"),
            "actor2": _text(raw, "actor2"),
            "assoc_actor_1": _text(raw, "assoc_actor_1"),
            "assoc_actor_2": _text(raw, "assoc_actor_2"),
            "country": _text(raw, "country"),
            "source_province": _text(raw, "admin1"),
            "admin2": _text(raw, "admin2"),
            "location": _text(raw, "location"),
            "latitude": _number(raw, "latitude"),
            "longitude": _number(raw, "longitude"),
            "geo_precision": geo,
            "geo_precision_raw": geo_raw,
            "fatalities": _number(raw, "fatalities"),
            "source": _text(raw, "source"),
            "notes": _text(raw, "notes"),
        }
    )
    return _finish(frame, dates, raw_dates, DATASET_NAMES["acled"])


def normalise_ucdp(raw: pd.DataFrame) -> Normalised:
    raw_dates = _text(raw, "date_start", strip=True)
    formats = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y")
    dates = parse_dates(raw_dates, formats)
    geo, geo_raw = _precision(raw, "where_prec", UCDP_GEO)
    time, time_raw = _precision(raw, "date_prec", UCDP_DATE)
    violence = _text(raw, "type_of_violence").str.replace(r"\.0$", "", regex=True)
    frame = pd.DataFrame(
        {
            "event_id": _text(raw, "id", strip=True).str.replace(r"\.0$", "", regex=True),
            "event_date_end": parse_dates(_text(raw, "date_end"), formats),
            "date_precision": time,
            "date_precision_raw": time_raw,
            "event_type": violence.map(UCDP_VIOLENCE_TYPES).where(violence.notna(), None),
            "sub_event_type": _text(raw, "conflict_name"),
            "disorder_type": None,
            "actor1": _text(raw, "side_a"),
            "actor2": _text(raw, "side_b"),
            "assoc_actor_1": None,
            "assoc_actor_2": None,
            "country": _text(raw, "country"),
            "source_province": _text(raw, "adm_1"),
            "admin2": _text(raw, "adm_2"),
            "location": _text(raw, "where_coordinates"),
            "latitude": _number(raw, "latitude"),
            "longitude": _number(raw, "longitude"),
            "geo_precision": geo,
            "geo_precision_raw": geo_raw,
            "fatalities": _number(raw, "best"),
            "source": _text(raw, "source_office").combine_first(_text(raw, "source_original")),
            "notes": _text(raw, "source_headline"),
        }
    )
    return _finish(frame, dates, raw_dates, DATASET_NAMES["ucdp"])


def normalise_gtd(raw: pd.DataFrame) -> Normalised:
    year, month, day = _number(raw, "iyear"), _number(raw, "imonth"), _number(raw, "iday")
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
    precision = pd.Series(1, index=raw.index, dtype="Int64")
    precision[~known_day] = 3
    precision[~known_month] = 4
    geo, geo_raw = _precision(raw, "specificity", GTD_GEO)
    raw_dates = (
        _text(raw, "iyear").fillna("") + "-" + _text(raw, "imonth").fillna("") + "-" + _text(raw, "iday").fillna("")
    )
    frame = pd.DataFrame(
        {
            "event_id": _text(raw, "eventid", strip=True).str.replace(r"\.0$", "", regex=True),
            "event_date_end": end,
            "date_precision": precision,
            "date_precision_raw": np.where(known_day, "day", np.where(known_month, "month", "year")),
            "event_type": _text(raw, "attacktype1_txt"),
            "sub_event_type": _text(raw, "weaptype1_txt"),
            "disorder_type": None,
            "actor1": _text(raw, "gname"),
            "actor2": _text(raw, "targtype1_txt"),
            "assoc_actor_1": _text(raw, "gname2"),
            "assoc_actor_2": _text(raw, "target1"),
            "country": _text(raw, "country_txt"),
            "source_province": _text(raw, "provstate"),
            "admin2": None,
            "location": _text(raw, "city"),
            "latitude": _number(raw, "latitude"),
            "longitude": _number(raw, "longitude"),
            "geo_precision": geo,
            "geo_precision_raw": geo_raw,
            "fatalities": _number(raw, "nkill"),
            "source": _text(raw, "scite1"),
            "notes": _text(raw, "summary"),
        }
    )
    return _finish(frame, start, raw_dates, DATASET_NAMES["gtd"])


def normalise_generic(raw: pd.DataFrame, mapping: ColumnMapping) -> Normalised:
    raw_dates = _text(raw, mapping.date, strip=True)
    dates = parse_dates(raw_dates, (mapping.date_format,))
    geo_raw = _text(raw, mapping.geo_precision)
    date_raw = _text(raw, mapping.date_precision)
    frame = pd.DataFrame(
        {
            "event_id": _text(raw, mapping.event_id, strip=True),
            "date_precision": pd.to_numeric(date_raw, errors="coerce").clip(1, 4).astype("Int64"),
            "date_precision_raw": date_raw,
            "event_type": _text(raw, mapping.event_type),
            "sub_event_type": _text(raw, mapping.sub_event_type),
            "disorder_type": None,
            "actor1": _text(raw, mapping.actor1),
            "actor2": _text(raw, mapping.actor2),
            "assoc_actor_1": _text(raw, mapping.assoc_actor_1),
            "assoc_actor_2": _text(raw, mapping.assoc_actor_2),
            "country": _text(raw, mapping.country),
            "source_province": _text(raw, mapping.admin1),
            "admin2": _text(raw, mapping.admin2),
            "location": _text(raw, mapping.location),
            "latitude": _number(raw, mapping.latitude),
            "longitude": _number(raw, mapping.longitude),
            "geo_precision": pd.to_numeric(geo_raw, errors="coerce").clip(1, 4).astype("Int64"),
            "geo_precision_raw": geo_raw,
            "fatalities": _number(raw, mapping.fatalities),
            "source": _text(raw, mapping.source),
            "notes": _text(raw, mapping.notes),
        }
    )
    return _finish(frame, dates, raw_dates, mapping.dataset or "generic")


# The columns each normaliser reads; the others are not turned into Python strings at all.
# tests/test_import.py checks that reading only these normalises every format identically.
COLUMNS_READ = {
    "acled": frozenset(
        "event_id_cnty event_date time_precision geo_precision event_type sub_event_type disorder_type actor1 "
        "actor2 assoc_actor_1 assoc_actor_2 country admin1 admin2 location latitude longitude fatalities "
        "source notes".split()
    ),
    "ucdp": frozenset(
        "id date_start date_end where_prec date_prec type_of_violence conflict_name side_a side_b country adm_1 "
        "adm_2 where_coordinates latitude longitude best source_office source_original source_headline".split()
    ),
    "gtd": frozenset(
        "eventid iyear imonth iday specificity attacktype1_txt weaptype1_txt gname targtype1_txt gname2 target1 "
        "country_txt provstate city latitude longitude nkill scite1 summary".split()
    ),
}


def columns_read(source_format: str, mapping: ColumnMapping | None) -> frozenset[str] | None:
    if source_format == "generic":
        if mapping is None:
            return None
        fields = asdict(mapping)
        return frozenset(value for key, value in fields.items() if key not in ("date_format", "dataset") and value)
    return COLUMNS_READ.get(source_format)


def normaliser_for(source_format: str, mapping: ColumnMapping | None):
    if source_format == "acled":
        return normalise_acled
    if source_format == "ucdp":
        return normalise_ucdp
    if source_format == "gtd":
        return normalise_gtd
    if source_format == "generic":
        if mapping is None:
            raise SourceError(
                tr(
                    "This file is not ACLED, UCDP GED or GTD; give a column mapping "
                    '(e.g. {"event_id": "id", "date": "date", "latitude": "lat", "longitude": "lon"})'
                )
            )
        return lambda raw: normalise_generic(raw, mapping)
    raise SourceError(f"Unknown format '{source_format}'; choose one of {', '.join(FORMATS)}")
