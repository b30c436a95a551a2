"""What a source format declares: how it is recognised, what it needs and reads, its normaliser.

Declarations need no pandas: the normalisers import it when a file is read, never when QGIS loads
the plugin (Processing and the dock list the formats)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceFormat:
    key: str  # as Processing's FORMAT and the imports table name it
    title: str  # the dataset's own name, the same in every language
    dataset: str  # source_dataset of the rows it imports
    recognised_by: frozenset[str]  # header columns (lower case) that together identify it
    required: tuple[str, ...]  # columns without which no row can be used
    columns: frozenset[str] | None  # what the normaliser reads; None: every column
    normalise: Callable  # raw chunk (DataFrame) -> Normalised
    # The layouts the format has had, each with the columns that tell it (lower case), newest first.
    layouts: tuple[tuple[str, frozenset[str]], ...] = ()

    def label(self) -> str:
        return self.title

    def recognises(self, header: list[str]) -> bool:
        return bool(self.recognised_by) and self.recognised_by <= {c.strip().lower() for c in header}

    def layout_of(self, header: list[str]) -> str:
        """The name of the file's layout, as the import summary and the imports table give it."""
        present = {c.strip().lower() for c in header}
        return next((name for name, columns in self.layouts if columns <= present), self.title)

    def normaliser(self, mapping=None) -> Callable:
        return self.normalise

    def columns_read(self, mapping=None) -> frozenset[str] | None:
        return self.columns

    def header_problems(self, header: list[str], mapping=None) -> list[str]:
        """The required columns the header lacks (names, for the message)."""
        present = {h.strip().lower() for h in header}
        return [column for column in self.required if column not in present]
