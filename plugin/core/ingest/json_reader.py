"""API responses as input: ACLED's JSON (the envelope with "data"), UCDP GED's (the envelope with
"Result", "TotalCount", "NextPageUrl") and bare arrays of records; one file, or a folder holding
the pages of one download, read in file-name order as one source.

Values become the text a CSV of the same records holds (numbers as written, true/false, empty for
null), so a JSON page and its CSV twin give the same rows and the same content hashes. A rejected
record keeps its JSON; its "line" is its number in the download (counted across the pages).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import SourceError
from ..i18n import tr

ENVELOPE_KEYS = ("data", "Result", "result", "results")


def is_json_source(path: Path) -> bool:
    return path.suffix.lower() == ".json" or (path.is_dir() and any(path.glob("*.json")))


def json_files(path: Path) -> list[Path]:
    """The pages of a download: the file itself, or every .json of a folder by name."""
    if path.is_dir():
        pages = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
        if not pages:
            raise SourceError(tr("The folder {name} holds no .json files").format(name=path.name))
        return pages
    return [path]


def _records(path: Path) -> list:
    try:
        with path.open(encoding="utf-8-sig") as handle:
            data = json.load(handle)
    except UnicodeDecodeError as error:
        message = tr("{name} is not UTF-8 JSON: {reason}").format(name=path.name, reason=error.reason)
        raise SourceError(message) from None
    except json.JSONDecodeError as error:
        raise SourceError(
            tr("{name} is not valid JSON (line {line}, column {column}): {reason}").format(
                name=path.name, line=error.lineno, column=error.colno, reason=error.msg
            )
        ) from None
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if data.get("success") is False or "error" in data:
            message = data.get("error") or data.get("messages") or data.get("status")
            raise SourceError(
                tr("{name} is an error response of the API, not data: {message}").format(
                    name=path.name, message=json.dumps(message, ensure_ascii=False)[:300]
                )
            )
        for key in ENVELOPE_KEYS:
            if isinstance(data.get(key), list):
                return data[key]
    raise SourceError(
        tr('{name} holds no list of records (ACLED\'s "data", UCDP\'s "Result" or a JSON array)').format(name=path.name)
    )


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _columns(records: list) -> list[str]:
    seen: dict[str, None] = {}
    for record in records:
        if isinstance(record, dict):
            seen.update(dict.fromkeys(str(key).strip().lower() for key in record))
    return list(seen)


def read_json_header(path: Path) -> list[str]:
    return _columns(_records(json_files(path)[0]))


class RawRecords:
    """The JSON text of each record, made only for the few a reader asks for (the rejected)."""

    def __init__(self, records: list):
        self.records = records

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, position: int) -> str:
        return json.dumps(self.records[position], ensure_ascii=False)


def _text_column(values: pd.Series) -> pd.Series:
    """A column as the text a CSV holds; a key a record lacks reads as empty."""
    if pd.api.types.infer_dtype(values, skipna=False) == "string":  # an API's usual page: text only
        return values
    missing = values.isna().to_numpy()
    present = values[~missing]
    if pd.api.types.infer_dtype(present, skipna=False) == "string":
        return values.where(~missing, "") if missing.any() else values
    return pd.Series([_as_text(v) if not m else "" for v, m in zip(values, missing)], index=values.index, dtype=object)


def _uniform_frame(records: list[dict], columns: frozenset[str] | None) -> pd.DataFrame | None:
    """The frame of records that all carry the first one's keys (an API page), column by column
    without a Python loop per value; None when they do not."""
    keys = list(records[0])
    lowered = [str(key).strip().lower() for key in keys]
    if len(set(lowered)) < len(lowered) or any(len(record) != len(keys) for record in records):
        return None
    wanted = [(key, name) for key, name in zip(keys, lowered) if columns is None or name in columns]
    if not wanted:
        return pd.DataFrame(index=range(len(records)))
    try:
        rows = list(map(itemgetter(*(key for key, _ in wanted)), records))
    except (KeyError, TypeError):
        return None
    values = zip(*rows) if len(wanted) > 1 else [rows]
    return pd.DataFrame(
        {name: _text_column(pd.Series(column, dtype=object)) for (_, name), column in zip(wanted, values)},
        dtype=object,
    )


def _frame(records: list[dict], columns: frozenset[str] | None) -> pd.DataFrame:
    if not records:
        return pd.DataFrame(columns=sorted(columns or ()), dtype=object)
    uniform = _uniform_frame(records, columns)
    if uniform is not None:
        return uniform
    header = [name for name in _columns(records) if columns is None or name in columns]
    rows = []
    for record in records:  # keys differing only in case: the last one of a record wins
        named = {str(key).strip().lower(): value for key, value in record.items()}
        rows.append([_as_text(named.get(column)) for column in header])
    return pd.DataFrame(rows, columns=header, dtype=object)


def read_json_chunks(path: Path, chunk_rows: int, columns: frozenset[str] | None = None) -> Iterator[tuple]:
    """(frame, record numbers, raw JSON texts, malformed) of up to chunk_rows records, across the
    pages of a download, as readers.RawChunk takes them; a record that is not an object is malformed."""
    number, pending = 0, []
    pages = json_files(path)
    for index, page in enumerate(pages):
        pending += _records(page)
        last = index == len(pages) - 1
        while len(pending) >= chunk_rows or (last and (pending or number == 0)):
            chunk, pending = pending[:chunk_rows], pending[chunk_rows:]
            yield _chunk(chunk, number, columns)
            number += len(chunk)
            if not pending:
                break


def _chunk(chunk: list, number: int, columns: frozenset[str] | None) -> tuple:
    numbers = np.arange(number + 1, number + 1 + len(chunk))
    is_object = np.fromiter((isinstance(r, dict) for r in chunk), dtype=bool, count=len(chunk))
    malformed = [
        (int(n), "a JSON record that is not an object", json.dumps(r, ensure_ascii=False))
        for n, r, ok in zip(numbers, chunk, is_object)
        if not ok
    ]
    kept = [r for r, ok in zip(chunk, is_object) if ok] if not is_object.all() else chunk
    return _frame(kept, columns), numbers[is_object], RawRecords(kept), malformed
