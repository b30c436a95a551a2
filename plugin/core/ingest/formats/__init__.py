"""The source formats the importer reads: one module each, listed here in the order they are tried.

A new format is a new module declaring FORMAT (see base.SourceFormat) and a line below; the
importer, Processing and the dock read this list.
"""

from __future__ import annotations

from ...errors import SourceError
from ...i18n import tr
from . import acled, acled_aggregated, generic, gtd, ucdp
from .base import SourceFormat
from .generic import ColumnMapping

AUTO = "auto"
# In the order Processing's FORMAT lists them: new formats are appended, so saved models keep their choice.
FORMATS: tuple[SourceFormat, ...] = (acled.FORMAT, ucdp.FORMAT, gtd.FORMAT, generic.FORMAT, acled_aggregated.FORMAT)
FORMAT_KEYS = (AUTO, *(f.key for f in FORMATS))
DATASET_NAMES = {f.key: f.dataset for f in FORMATS if f.key != generic.FORMAT.key}

__all__ = ["AUTO", "DATASET_NAMES", "FORMATS", "FORMAT_KEYS", "ColumnMapping", "SourceFormat", "by_key", "detect"]


def by_key(key: str) -> SourceFormat:
    for source_format in FORMATS:
        if source_format.key == key:
            return source_format
    raise SourceError(
        tr("Unknown format '{source_format}'; choose one of {names}").format(
            source_format=key, names=", ".join(FORMAT_KEYS)
        )
    )


def detect(header: list[str]) -> SourceFormat:
    """The first format that recognises the header; generic (it recognises nothing) when none does."""
    return next((f for f in FORMATS if f.recognises(header)), generic.FORMAT)
