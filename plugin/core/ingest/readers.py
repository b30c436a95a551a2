"""Reading incident files (CSV in any common encoding and delimiter, GTD's .xlsx) in chunks.

Readers yield chunks of raw rows with their line numbers and raw text, so a rejected row can be
stored exactly as it was. What the columns mean is the formats' business (formats/).
"""

from __future__ import annotations

import codecs
import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import SourceError
from ..i18n import tr
from .json_reader import is_json_source, read_json_chunks, read_json_header

CHUNK_ROWS = 50_000  # bounds memory: a chunk of raw strings costs ~100 MB


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
    if is_json_source(path):
        return read_json_header(path)
    if path.suffix.lower() in (".xlsx", ".xls"):
        return [str(c) for c in pd.read_excel(path, nrows=0).columns]
    encoding = sniff_encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline()
    return next(csv.reader([first], delimiter=_sniff_delimiter(first)), [])


def _unique_header(header: list[str]) -> list[str]:
    """Column names as every format looks them up: stripped, lower case (ACLED's old files shout), unique."""
    seen: dict[str, int] = {}
    result = []
    for name in header:
        name = name.strip().lower()
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


def is_hxl_row(cells: list[str]) -> bool:
    """HDX's files carry HXL hashtags (#event+id, #date, ...) on the line under the header: a second
    header, never an event. Every filled cell starts with '#', and at least one is filled."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return bool(filled) and all(cell.startswith("#") for cell in filled)


def _hxl_second_line(path: Path, encoding: str, delimiter: str) -> bool:
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)
        return is_hxl_row(next(reader, []))


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
    hxl = _hxl_second_line(path, encoding, delimiter)
    first_row_line = 3 if hxl else 2
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
            skiprows=[1] if hxl else None,
            names=header,
            usecols=None if columns is None else [name for name in header if name in {c.lower() for c in columns}],
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
                provisional = np.arange(len(frame)) + first_row_line + rows_seen + skipped_total
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
    if total_lines != first_row_line - 1 + rows_seen + skipped_total:
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
        second = True
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
            if second and is_hxl_row(record):
                second = False
                continue  # HXL hashtags under the header
            second = False
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
    if is_json_source(path):
        return (RawChunk(*parts) for parts in read_json_chunks(path, chunk_rows, columns))
    if path.suffix.lower() in (".xlsx", ".xls"):
        return read_excel_chunks(path, chunk_rows)
    if exact:
        return read_csv_chunks(path, chunk_rows)
    return read_csv_chunks_fast(path, chunk_rows, columns)
