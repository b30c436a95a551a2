"""The dock's columns encoded by the database itself, so no Python object is made per cell.

Each text column's distinct values go into a temporary table whose row numbers are the codes, dates
become day numbers, and every row's fields come back packed into one or a few 62-bit integers (each
field offset by its lowest value, in as many bits as its range needs), unpacked here with numpy.
The same SQL serves SQLite and PostgreSQL (the dialect names what differs); the caller runs it in
one read transaction, so the values, the ranges and the rows are one state of the data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

TEXT_COLUMNS = (
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "event_type",
    "sub_event_type",
    "target_type",
    "country",  # as the source names it: the countries whose provinces hexagons cover
    "province_id",  # an integer, dictionary-encoded as the text is: provinces are few, their fids not dense
    "source_dataset",
    "province_method",
)
KEY_COLUMNS = ("province_id",)  # of TEXT_COLUMNS, those whose values are integers
NO_COORDINATE = 99_900_000  # a coordinate's NULL, in COORDINATE_SCALE units: 999 degrees
COORDINATE_SCALE = 100_000  # degrees stored as integers of 1e-5 degree (about a metre)
NUMBER_COLUMNS = {  # column -> (array name, dtype, value for NULL, scale)
    "fatalities": ("fatalities", np.int32, 0, 1),
    "geo_precision": ("geo_precision", np.int8, -1, 1),
    "date_precision": ("date_precision", np.int8, -1, 1),
    "events": ("events", np.int32, 1, 1),
    "event_group": ("event_group", np.int64, -1, 1),
    "fid": ("fid", np.int64, -1, 1),  # which feature a row is: a unit's incidents, selected on the map
    # Where each incident is, for hexagons and districts in the dock (hot spots below the province).
    "longitude": ("longitude", np.int32, NO_COORDINATE, COORDINATE_SCALE),
    "latitude": ("latitude", np.int32, NO_COORDINATE, COORDINATE_SCALE),
}
NULL_CODE = -1
EPOCH = np.datetime64("1970-01-01", "D")
CHUNK_ROWS = 100_000
WORD_BITS = 62  # packed fields stay clear of the sign bit


def pack(ranges: list[tuple[int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """Fields (by their low and high values) into words of WORD_BITS: per word, (field, shift, bits,
    low) for each field in it. A field too wide to pack is a word of its own, unshifted (bits 64)."""
    words: list[list[tuple[int, int, int, int]]] = [[]]
    used = 0  # bits used in the last word
    for field, (low, high) in enumerate(ranges):
        bits = (high - low).bit_length()
        if bits > WORD_BITS:
            words.insert(-1, [(field, 0, 64, 0)])
            continue
        if used + bits > WORD_BITS:
            words.append([])
            used = 0
        words[-1].append((field, used, bits, low))
        used += bits
    return [word for word in words if word]


def encode_columns(
    execute: Callable[[str], list], batches: Callable[[str], Iterable[list]], incidents: str, dialect
) -> tuple[dict[str, np.ndarray], dict[str, list[str]]]:
    """The arrays (text as int32 codes into values, NULL_CODE for NULL; days since 1970 as int32;
    narrow numbers) and each text column's values. execute(sql) returns all rows, batches(sql)
    yields them a batch at a time; incidents is the table's quoted name."""
    names = (*TEXT_COLUMNS, "event_date", *NUMBER_COLUMNS)
    dtypes = [np.int32] * (len(TEXT_COLUMNS) + 1) + [dtype for _, dtype, _, _ in NUMBER_COLUMNS.values()]
    values: dict[str, list[str]] = {}
    fields, joins = [], []  # SQL of each field (an integer per row), and the joins to the codes
    for position, name in enumerate(TEXT_COLUMNS):
        table = f'{dialect.temp_schema}."values_{name}"'
        value_type = dialect.column_type("INTEGER" if name in KEY_COLUMNS else "TEXT")
        execute(f"CREATE TABLE {table} (code {dialect.serial_key}, value {value_type} UNIQUE)")
        execute(f'INSERT INTO {table} (value) SELECT DISTINCT "{name}" FROM {incidents} WHERE "{name}" IS NOT NULL')  # nosec B608: identifiers from the schema's constants; values bound
        values[name] = [value for (value,) in execute(f"SELECT value FROM {table} ORDER BY code")]  # nosec B608: identifiers from the schema's constants; values bound
        joins.append(f'LEFT JOIN {table} v{position} ON v{position}.value = i."{name}"')
        fields.append(f"coalesce(v{position}.code, 0)")  # codes from 1, 0 for NULL
    # A date the database can't read counts as day 0, as numpy's NaT did.
    fields.append(f"coalesce({dialect.epoch_days_template.format(column='i.event_date')}, 0)")
    fields += [
        f'CAST(coalesce(i."{name}", {null}) AS BIGINT)'
        if scale == 1
        else f'CAST(coalesce(round(i."{name}" * {scale}), {null}) AS BIGINT)'
        for name, (_, _, null, scale) in NUMBER_COLUMNS.items()
    ]
    ranges = [(0, len(values[name])) for name in TEXT_COLUMNS]
    numbers = fields[len(TEXT_COLUMNS) :]
    (others,) = execute("SELECT " + ", ".join(f"min({f}), max({f})" for f in numbers) + f" FROM {incidents} i")
    ranges += [(int(low or 0), int(high or 0)) for low, high in zip(others[::2], others[1::2])]
    words = pack(ranges)
    word_sql = [
        " | ".join(fields[f] if bits == 64 else f"(({fields[f]} - ({low})) << {shift})" for f, shift, bits, low in word)
        for word in words
    ]
    parts: list[list[np.ndarray]] = [[] for _ in names]
    for batch in batches(f"SELECT {', '.join(word_sql)} FROM {incidents} i {' '.join(joins)}"):  # nosec B608: identifiers from the schema's constants; values bound
        for word, column in zip(words, zip(*batch)):
            packed = np.array(column, dtype=np.int64)
            for field, shift, bits, low in word:
                value = packed if bits == 64 else ((packed >> shift) & ((1 << bits) - 1)) + low
                parts[field].append(value.astype(dtypes[field]))
    arrays = {
        name: np.concatenate(parts[field]) if parts[field] else np.zeros(0, dtype=dtypes[field])
        for field, name in enumerate(names)
    }
    for name in TEXT_COLUMNS:
        arrays[name] -= 1
    return arrays, values
