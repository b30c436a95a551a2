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


def read_json_chunks(path: Path, chunk_rows: int) -> Iterator[tuple]:
    """(frame, record numbers, raw JSON texts, malformed) for every page, as readers.RawChunk takes
    them; a record that is not an object is kept as malformed."""
    number = 0
    for page in json_files(path):
        records = _records(page)
        header = _columns(records)
        for start in range(0, max(len(records), 1), chunk_rows):
            rows, lines, raws, malformed = [], [], [], []
            for record in records[start : start + chunk_rows]:
                number += 1
                raw = json.dumps(record, ensure_ascii=False)
                if not isinstance(record, dict):
                    malformed.append((number, "a JSON record that is not an object", raw))
                    continue
                lowered = {str(key).strip().lower(): value for key, value in record.items()}
                rows.append([_as_text(lowered.get(column)) for column in header])
                lines.append(number)
                raws.append(raw)
            frame = pd.DataFrame(rows, columns=header, dtype=object)
            yield frame, np.asarray(lines, dtype=int), raws, malformed
