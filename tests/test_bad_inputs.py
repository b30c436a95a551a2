"""Every file in tests/data/bad gets a clear outcome, and nothing read is lost."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from incident_atlas.plugin.core.errors import IncidentImportError
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents

BAD = Path(__file__).resolve().parent / "data" / "bad"

# file -> (imported, rejected, reasons that must appear among the rejected rows)
EXPECTED = {
    "truncated.csv": (2, 1, ["expected 31 fields"]),
    "semicolon_delimiter.csv": (2, 0, []),
    "latin1.csv": (1, 0, []),
    "utf16.csv": (1, 0, []),
    # B3 has no latitude but names Diyala, Iraq: placed by name (province_method "name").
    "bom_mixed_line_ends.csv": (3, 0, []),
    "header_only.csv": (0, 0, []),
    "duplicated_headers.csv": (1, 0, []),
    "long_field.csv": (1, 0, []),
    "formula_injection.csv": (1, 0, []),
    # C1 (latitude NaN) names Diyala: placed by name; C3 has neither coordinates nor a province.
    "bad_coordinates.csv": (
        2,
        3,
        ["coordinates are not finite numbers", "missing or non-numeric coordinates and no province name"],
    ),
    "swapped_coordinates.csv": (1, 1, ["latitude and longitude look swapped"]),
    "dates_out_of_range.csv": (1, 3, ["unparseable event date '0000-01-01'", "event date out of range '2099-01-01'"]),
    "negative_fatalities.csv": (1, 1, ["negative fatalities"]),
    "duplicate_ids_different_content.csv": (2, 1, ["duplicate event id 'R1' (first at line 2)"]),
}


def test_every_corpus_file_has_an_expectation():
    assert {p.name for p in BAD.glob("*.csv")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_csv_is_accounted_for(name, tmp_path):
    imported, rejected, reasons = EXPECTED[name]
    result = import_incidents(ImportOptions(source=BAD / name, output=tmp_path / "out.gpkg"))
    assert (result.imported, result.rejected) == (imported, rejected)
    assert result.imported + result.rejected == result.rows_read  # nothing read is lost
    with sqlite3.connect(result.output) as db:
        stored = [r[0] for r in db.execute("SELECT reason FROM rejected_rows")]
        raws = [r[0] for r in db.execute("SELECT raw_text FROM rejected_rows")]
    for reason in reasons:
        assert any(r.startswith(reason) for r in stored), (reason, stored)
    assert all(raw for raw in raws)  # every rejected row keeps its text


def test_texts_survive_encodings_and_long_fields(tmp_path):
    def value(name, column):
        result = import_incidents(ImportOptions(source=BAD / name, output=tmp_path / f"{name}.gpkg"))
        with sqlite3.connect(result.output) as db:
            return db.execute(f"SELECT {column} FROM incidents").fetchone()[0]

    assert value("latin1.csv", "notes") == "Café attack near Baqubah"
    assert value("utf16.csv", "notes") == "هجوم في ديالى"
    assert value("long_field.csv", "length(notes)") == 10_000
    # Formulas are data: stored as written, never evaluated (nothing here opens a spreadsheet).
    assert value("formula_injection.csv", "actor1") == '=HYPERLINK("http://example.invalid","click")'


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_not_a_geopackage_and_newer_schema_are_refused_untouched(tmp_path):
    fake = tmp_path / "fake.gpkg"
    fake.write_bytes((BAD / "not_a_geopackage.gpkg").read_bytes())
    with pytest.raises(IncidentImportError, match="not a GeoPackage"):
        import_incidents(ImportOptions(source=BAD / "semicolon_delimiter.csv", output=fake))
    assert fake.read_bytes() == (BAD / "not_a_geopackage.gpkg").read_bytes()

    newer = import_incidents(ImportOptions(source=BAD / "semicolon_delimiter.csv", output=tmp_path / "n.gpkg")).output
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE incident_atlas_meta SET value = '99' WHERE key = 'schema_version'")
    before = _digest(newer)
    with pytest.raises(IncidentImportError, match="schema version 99, newer than this plugin"):
        import_incidents(ImportOptions(source=BAD / "latin1.csv", output=newer))
    assert _digest(newer) == before
