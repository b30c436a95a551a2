"""Files written by ACLED, UCDP and START (or by analysts who saved them), imported as they come.

They live in ../shared/data/real/ (see its README); their terms forbid copying them here, so every
test skips, saying why, when the folder is absent.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.store.schema import DATA_COLUMNS

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason=f"no real exports: {REAL} is absent")

LEGACY = "acled/acled_africa_2016-01-01_2016-05-28_legacy"
SWAPPED = "latitude and longitude look swapped"
NO_PROVINCE = "missing or non-numeric coordinates"
# file -> (rows read, layout, the reasons rejects may have)
FILES = {
    f"{LEGACY}.csv": (6831, "ACLED realtime file before 2019 (ALLY_ACTOR, GWNO)", (SWAPPED,)),
    f"{LEGACY}.xlsx": (6831, "ACLED realtime file before 2019 (ALLY_ACTOR, GWNO)", (SWAPPED,)),
    "acled/acled_api_json_ukraine_2024-01-01_excerpt.json": (8, "ACLED API / Export Tool (JSON)", ()),
    "acled/acled_ukraine_exporttool_2024_155rows.csv": (155, "ACLED API / Export Tool", ()),
    "gtd/gtd1993_0617dist.xlsx": (747, "GTD distribution file", (NO_PROVINCE,)),
    "gtd/gtd_0718dist_head_1209rows.csv": (1209, "GTD distribution file", (NO_PROVINCE,)),
    "ucdp/ged191_myanmar_bangladesh.csv": (3194, "UCDP GED 19 (42 columns)", ()),
    "ucdp/ged_api_style_middle_east_2002.json": (
        386,
        "UCDP GED 20+ / Candidate GED (relid, *_dset_id) (JSON)",
        (),
    ),
}


def query(gpkg: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(gpkg) as db:
        return db.execute(sql, params).fetchall()


def incidents(gpkg: Path) -> dict[str, tuple]:
    """Every incident's data columns and content hash, by event id."""
    names = ", ".join(f'"{c}"' for c in (*DATA_COLUMNS, "content_hash"))
    return {row[0]: row for row in query(gpkg, f"SELECT event_id, {names} FROM incidents")}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Each real file imported once into its own GeoPackage."""
    results = {}
    for name in FILES:
        output = tmp_path_factory.mktemp("real") / "real.gpkg"
        results[name] = import_incidents(ImportOptions(source=REAL / name, output=output))
    return results


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_real_file_accounts_for_every_row(imported, name):
    rows, layout, reasons = FILES[name]
    result = imported[name]
    assert result.rows_read == rows
    assert result.imported + result.rejected == result.rows_read
    assert result.source_layout == layout and layout in result.summary()
    stored = query(result.output, "SELECT reason, raw_text FROM rejected_rows")
    assert len(stored) == result.rejected
    assert all(reason.startswith(reasons) and raw for reason, raw in stored), stored[:3]
    assert query(result.output, "SELECT source_layout, rows_read FROM imports") == [(layout, rows)]
    # Every imported row carries how its province was found, and nothing has a method it did not get.
    methods = dict(query(result.output, "SELECT province_method, count(*) FROM incidents GROUP BY 1"))
    assert methods.get("name", 0) == result.by_name and methods.get("nearest", 0) == result.nearest
    assert methods.get(None, 0) == result.outside_provinces


def test_the_legacy_acled_file_reads_as_acled_wrote_it(imported):
    result = imported[f"{LEGACY}.csv"]
    first = query(
        result.output,
        "SELECT event_date, event_type, actor1, country, source_province, province, province_method, location, "
        "latitude, longitude, geo_precision, fatalities FROM incidents WHERE event_id = '1RTA'",
    )
    assert first == [
        (
            "2015-12-29",  # day-first 29/12/2015, an event of 2015 in a 2016 file
            "Riots/Protests",  # the old event type, as the source wrote it
            "Protesters (Algeria)",
            "Algeria",
            "Batna",
            "Batna",
            "point",
            "Batna",
            35.5553,
            6.1786,
            1,
            0,
        )
    ]
    # ALLY_ACTOR_1 is today's assoc_actor_1; Windows-1252 text with its non-breaking spaces intact.
    (ally,) = query(result.output, "SELECT assoc_actor_1 FROM incidents WHERE event_id = '4RTA'")[0]
    assert ally == "CNES: National Council of Higher Education Teachers"
    assert query(result.output, "SELECT count(*) FROM incidents WHERE notes LIKE '%' || char(160) || '%'")[0][0] > 0
    assert query(result.output, "SELECT count(*) FROM incidents WHERE event_type = 'Battle-No change of territory'")


def test_the_legacy_csv_and_its_excel_twin_give_the_same_incidents(imported):
    """The same 6,827 events, field by field, except what the CSV itself lost: coordinates rounded to
    five decimals, and the three characters Windows-1252 cannot hold written as '?' (so the hashes of
    the rows touched differ)."""
    from_csv = incidents(imported[f"{LEGACY}.csv"].output)
    from_excel = incidents(imported[f"{LEGACY}.xlsx"].output)
    assert len(from_csv) == 6827 and from_csv.keys() == from_excel.keys()
    columns = ("event_id", *DATA_COLUMNS, "content_hash")
    for event_id, row in from_csv.items():
        for column, ours, theirs in zip(columns, row, from_excel[event_id]):
            if column in ("latitude", "longitude"):
                assert ours == pytest.approx(theirs, abs=6e-6), (event_id, column)
            elif column == "notes" and ours != theirs:
                assert ours == theirs.encode("cp1252", errors="replace").decode("cp1252"), event_id
            elif column not in ("content_hash", "province_id"):  # ids: each file numbers its own provinces
                assert ours == theirs, (event_id, column)


@pytest.mark.parametrize(
    "name",
    ["acled/acled_api_json_ukraine_2024-01-01_excerpt.json", "ucdp/ged_api_style_middle_east_2002.json"],
)
def test_a_json_response_gives_the_rows_its_csv_twin_gives(imported, name, tmp_path):
    """The same records written as CSV (as the provider's CSV would hold them) import identically."""
    data = json.loads((REAL / name).read_text(encoding="utf-8"))
    records = data["data"] if isinstance(data, dict) else data

    def as_csv_text(value) -> str:
        return "" if value is None else ("true" if value is True else "false" if value is False else str(value))

    header = list(records[0])
    twin = tmp_path / "twin.csv"
    with twin.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([as_csv_text(record.get(column)) for column in header] for record in records)
    from_csv = import_incidents(ImportOptions(source=twin, output=tmp_path / "twin.gpkg"))
    assert incidents(from_csv.output) == incidents(imported[name].output)  # same fields, same hashes


def test_the_pages_of_one_download_in_a_folder_are_one_import(imported, tmp_path):
    name = "acled/acled_api_json_ukraine_2024-01-01_excerpt.json"
    envelope = json.loads((REAL / name).read_text(encoding="utf-8"))
    pages = tmp_path / "download"
    pages.mkdir()
    for number, start in enumerate(range(0, len(envelope["data"]), 3), start=1):
        page = dict(envelope, data=envelope["data"][start : start + 3])
        (pages / f"page-{number:02d}.json").write_text(json.dumps(page), encoding="utf-8")
    result = import_incidents(ImportOptions(source=pages, output=tmp_path / "pages.gpkg"))
    assert (result.rows_read, result.imported, result.rejected) == (8, 8, 0)
    assert incidents(result.output) == incidents(imported[name].output)


def test_gtd_1993_rows_without_coordinates_are_placed_by_their_province(imported):
    result = imported["gtd/gtd1993_0617dist.xlsx"]
    # None of the 747 rows has coordinates; 555 name a province Natural Earth knows in their country,
    # 56 of them through GTD's English exonyms and older spellings (Algiers, Rome, Kompong Thom, Qena, ...);
    # 144 name a region of several units (Northern Ireland 79, England 50, Corsica, Sri Lanka's provinces).
    assert (result.imported, result.by_name, result.in_regions, result.rejected) == (699, 555, 144, 48)
    rows = query(
        result.output,
        "SELECT province, province_method, geo_precision, country FROM incidents WHERE event_id = '199301030002'",
    )
    assert rows == [("Jerusalem", "name", 3, "Israel")]
    assert query(result.output, "SELECT min(geo_precision) FROM incidents") == [(3,)]  # province or vaguer
    reasons = dict(query(result.output, "SELECT reason, count(*) FROM rejected_rows GROUP BY 1"))
    regions = query(
        result.output,
        "SELECT source_province, count(*) FROM incidents WHERE province_method = 'region' "
        "AND province IS NULL AND geom IS NULL AND geo_precision = 4 GROUP BY 1 ORDER BY 2 DESC LIMIT 2",
    )
    assert regions == [("Northern Ireland", 79), ("England", 50)]
    assert reasons[f"{NO_PROVINCE} and no province name"] == 16
    for exonym in ("Algiers (Province)", "Rome (Province)", "Kompong Thom (Province)", "Qena (Governorate)"):
        assert not [reason for reason in reasons if f"'{exonym}'" in reason], exonym
    # A province name in another country never places a row: the country the source names decides.
    from incident_atlas.plugin.core.ingest.assign import COUNTRY_GROUPS, fold_country

    placed = query(
        result.output,
        "SELECT DISTINCT i.country, p.country FROM incidents i JOIN provinces p ON p.name = i.province "
        "AND p.code IS i.province_code",
    )
    assert len(placed) > 20
    for row_country, polygon_country in placed:
        own = fold_country(row_country)
        assert fold_country(polygon_country) in (own, *COUNTRY_GROUPS.get(own, ())), (row_country, polygon_country)


def test_border_events_stay_in_the_country_their_source_names(imported):
    result = imported["ucdp/ged191_myanmar_bangladesh.csv"]
    moved = query(
        result.output,
        "SELECT i.country, p.country FROM incidents i JOIN provinces p ON p.name = i.province "
        "WHERE i.province_method = 'nearest'",
    )
    assert len(moved) == result.nearest > 0
    # "Myanmar (Burma)" is Natural Earth's "Myanmar": every moved event lands in its own country.
    assert {(row, polygon) for row, polygon in moved} <= {("Myanmar (Burma)", "Myanmar"), ("Bangladesh", "Bangladesh")}
    # UCDP files events in Gaza and the West Bank under "Israel", with adm_1 naming them: not moved.
    middle_east = imported["ucdp/ged_api_style_middle_east_2002.json"]
    gaza = query(
        middle_east.output,
        "SELECT DISTINCT i.province_method, p.country FROM incidents i JOIN provinces p ON p.name = i.province "
        "WHERE i.source_province = 'Gaza Strip' AND i.country = 'Israel'",
    )
    assert ("point", "Gaza Strip") in gaza and all(method == "point" for method, _ in gaza)


def test_an_analyst_s_extract_without_ids_imports_through_processing_s_mapping(plugin, tmp_path):
    """ACLED rows an analyst wrote from R, 16 columns, no event id and no actors."""
    import processing
    from incident_atlas.plugin.core.ingest.formats import FORMAT_KEYS

    mapping = {
        "date": "event_date",
        "latitude": "latitude",
        "longitude": "longitude",
        "event_type": "event_type",
        "sub_event_type": "sub_event_type",
        "fatalities": "fatalities",
        "admin1": "admin1",
        "admin2": "admin2",
        "location": "location",
        "geo_precision": "geo_precision",
        "date_precision": "time_precision",
        "dataset": "acled_zimbabwe",
    }
    parameters = {
        "INPUT": str(REAL / "acled" / "acled_zimbabwe_r_subset_16columns.csv"),
        "FORMAT": FORMAT_KEYS.index("generic"),
        "MAPPING": json.dumps(mapping),
        "OUTPUT": str(tmp_path / "zimbabwe.gpkg"),
    }
    first = processing.run("incidentatlas:importincidents", parameters)
    assert (first["IMPORTED"], first["REJECTED"]) == (4057, 0)  # 106 rows twin another: all count
    assert query(tmp_path / "zimbabwe.gpkg", "SELECT count(DISTINCT province) > 5 FROM incidents") == [(1,)]
    again = processing.run("incidentatlas:importincidents", parameters)
    assert again["IMPORTED"] == 4057
    assert query(tmp_path / "zimbabwe.gpkg", "SELECT rows_unchanged FROM imports ORDER BY import_id DESC LIMIT 1") == [
        (4057,)
    ]


def test_processing_imports_a_folder_of_json_pages(plugin, tmp_path):
    import processing

    envelope = json.loads((REAL / "acled/acled_api_json_ukraine_2024-01-01_excerpt.json").read_text(encoding="utf-8"))
    pages = tmp_path / "download"
    pages.mkdir()
    for number in (1, 2):
        part = envelope["data"][(number - 1) * 4 : number * 4]
        (pages / f"page-{number}.json").write_text(json.dumps(dict(envelope, data=part)), encoding="utf-8")
    result = processing.run("incidentatlas:importincidents", {"PAGES": str(pages), "OUTPUT": str(tmp_path / "p.gpkg")})
    assert (result["IMPORTED"], result["REJECTED"]) == (8, 0)
