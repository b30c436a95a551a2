"""Layouts recognised by their columns and API envelopes read as the providers send them (files
written here in the providers' documented shapes; the real ones are in test_real_exports.py)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from incident_atlas.plugin.core.errors import SourceError
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from source_files import ACLED_HEADER, UCDP_HEADER, acled_row, ucdp_row, write_csv

# The 2019-2023 ACLED layout: data_id, iso, event_id_no_cnty, iso3 and numeric interaction codes.
ACLED_2019 = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
).split(",")


def test_the_2019_2023_acled_layout_is_recognised(tmp_path):
    row = {name: "" for name in ACLED_2019}
    row.update(
        data_id="7301234",
        iso="368",
        event_id_cnty="IRQ40001",
        event_id_no_cnty="40001",
        event_date="15 February 2020",
        year="2020",
        time_precision="1",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Islamic State (Iraq)",
        inter1="2",
        actor2="Military Forces of Iraq (2018-)",
        inter2="1",
        interaction="12",
        country="Iraq",
        admin1="Diyala",
        location="Baqubah",
        latitude="33.75",
        longitude="44.65",
        geo_precision="1",
        fatalities="3",
        iso3="IRQ",
    )
    source = write_csv(tmp_path / "acled2020.csv", ACLED_2019, [row])
    result = import_incidents(ImportOptions(source=source, output=tmp_path / "a.gpkg"))
    assert result.source_layout == "ACLED 2019-2023 (data_id, iso3)"
    with sqlite3.connect(result.output) as db:
        assert db.execute("SELECT event_id, event_date, province, fatalities FROM incidents").fetchall() == [
            ("IRQ40001", "2020-02-15", "Diyala", 3)
        ]


def test_the_ucdp_api_envelope_reads_like_its_records(tmp_path):
    records = [ucdp_row("101"), ucdp_row("102", date_end="2017-01-05")]
    csv_twin = write_csv(tmp_path / "ged.csv", UCDP_HEADER, records)
    for record in records:  # the API sends numbers as numbers
        for key in ("id", "best", "where_prec", "date_prec", "type_of_violence"):
            if record.get(key, "") != "":
                record[key] = int(float(record[key]))
        for key in ("latitude", "longitude"):
            record[key] = float(record[key])
    envelope = {
        "TotalCount": 2,
        "TotalPages": 1,
        "PreviousPageUrl": "",
        "NextPageUrl": "",
        "Result": records,
    }
    page = tmp_path / "ged.json"
    page.write_text(json.dumps(envelope), encoding="utf-8")
    from_json = import_incidents(ImportOptions(source=page, output=tmp_path / "j.gpkg"))
    from_csv = import_incidents(ImportOptions(source=csv_twin, output=tmp_path / "c.gpkg"))
    assert from_json.source_layout.endswith("(JSON)") and from_json.imported == 2

    def rows(path):
        with sqlite3.connect(path) as db:
            return db.execute(
                "SELECT event_id, event_date, event_date_end, province, fatalities, content_hash FROM incidents "
                "ORDER BY event_id"
            ).fetchall()

    assert rows(from_json.output) == rows(from_csv.output)


def test_an_api_error_response_says_it_is_one(tmp_path):
    page = tmp_path / "acled.json"
    page.write_text(
        json.dumps({"status": 403, "success": False, "error": [{"status": 403, "message": "Access denied"}]}),
        encoding="utf-8",
    )
    with pytest.raises(SourceError, match="is an error response of the API, not data: .*Access denied"):
        import_incidents(ImportOptions(source=page, output=tmp_path / "x.gpkg"))
    assert not (tmp_path / "x.gpkg").exists()


def test_broken_json_and_non_records_are_explained(tmp_path):
    broken = tmp_path / "cut.json"
    broken.write_text('{"data": [{"event_id_cnty": "A1"', encoding="utf-8")
    with pytest.raises(SourceError, match=r"cut.json is not valid JSON \(line 1, column"):
        import_incidents(ImportOptions(source=broken, output=tmp_path / "x.gpkg"))
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    with pytest.raises(SourceError, match="holds no list of records"):
        import_incidents(ImportOptions(source=odd, output=tmp_path / "x.gpkg"))
    # A record that is not an object is kept as a rejected row, with its JSON.
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps({"data": [acled_row("A1"), "stray text"]}), encoding="utf-8")
    result = import_incidents(ImportOptions(source=mixed, output=tmp_path / "m.gpkg"))
    assert (result.rows_read, result.imported, result.rejected) == (2, 1, 1)
    with sqlite3.connect(result.output) as db:
        assert db.execute("SELECT line_number, reason, raw_text FROM rejected_rows").fetchall() == [
            (2, "a JSON record that is not an object", '"stray text"')
        ]


def test_upper_case_headers_read_like_lower_case(tmp_path):
    shouting = [name.upper() for name in ACLED_HEADER]
    row = {name.upper(): value for name, value in acled_row("A1").items()}
    result = import_incidents(
        ImportOptions(source=write_csv(tmp_path / "up.csv", shouting, [row]), output=tmp_path / "u.gpkg")
    )
    assert (result.source_format, result.imported) == ("acled", 1)
