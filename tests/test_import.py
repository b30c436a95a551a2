"""Importing sources into an incident GeoPackage: accounting, idempotence, provinces by coordinates."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from incident_atlas.plugin.core.errors import ImportCancelledError, IncidentImportError, SourceError
from incident_atlas.plugin.core.ingest.formats import ColumnMapping, detect
from incident_atlas.plugin.core.ingest.importer import (
    ImportOptions,
    import_incidents,
)
from incident_atlas.plugin.core.ingest.provinces import same_province
from incident_atlas.plugin.core.store import geopackage_schema
from source_files import (
    ACLED_HEADER,
    GTD_HEADER,
    PLACES,
    UCDP_HEADER,
    acled_row,
    gtd_row,
    ucdp_row,
    write_acled,
    write_csv,
)


def run(source: Path, output: Path, **options):
    return import_incidents(ImportOptions(source=source, output=output, **options))


def rows(gpkg: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(gpkg) as db:
        return db.execute(sql, params).fetchall()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_acled_date_formats_arabic_bom_crlf_and_quotes(tmp_path):
    source = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("IRQ1", event_date="2020-05-15"),
            acled_row("IRQ2", event_date="15-05-2020", place="Tikrit"),
            acled_row("IRQ3", event_date="15 May 2020", place="Kirkuk", notes="هجوم بعبوة ناسفة في كركوك"),
            acled_row("IRQ4", actor1='Unidentified "Sons of Iraq", (Diyala); militia', assoc_actor_1="IS; ISIL"),
        ],
        encoding="utf-8-sig",
        newline="\r\n",
    )
    result = run(source, tmp_path / "out.gpkg")
    assert (result.rows_read, result.imported, result.rejected) == (4, 4, 0)
    got = dict(rows(result.output, "SELECT event_id, event_date FROM incidents"))
    assert got == {"IRQ1": "2020-05-15", "IRQ2": "2020-05-15", "IRQ3": "2020-05-15", "IRQ4": "2020-02-15"}
    assert rows(result.output, "SELECT notes, province FROM incidents WHERE event_id = 'IRQ3'") == [
        ("هجوم بعبوة ناسفة في كركوك", "At-Ta'mim")
    ]
    assert rows(result.output, "SELECT actor1, assoc_actor_1 FROM incidents WHERE event_id = 'IRQ4'") == [
        ('Unidentified "Sons of Iraq", (Diyala); militia', "IS; ISIL")
    ]
    # The BOM must not stick to the first column name: event ids were found, so it did not.
    assert result.source_dataset == "acled"


def test_bad_rows_are_kept_with_line_reason_and_raw_text(tmp_path):
    good = [acled_row(f"G{i}") for i in range(3)]
    bad = [
        acled_row("B1", latitude="", longitude="", admin1=""),
        acled_row("B2", latitude="95.2"),
        acled_row("B3", event_date="31/02/2020"),
        acled_row("", notes="no id"),
        acled_row("G0", notes="same id again"),
        acled_row("B5", latitude="abc", admin1=""),
        acled_row("B6", fatalities="-3"),
        acled_row("B7", latitude="0", longitude="0"),
    ]
    source = write_acled(tmp_path / "acled.csv", good + bad)
    with source.open("a", encoding="utf-8") as handle:
        handle.write("B8,2020-01-01,too,few,fields\n")
    result = run(source, tmp_path / "out.gpkg")
    assert result.rows_read == 12
    assert result.imported == 3
    assert result.rejected == 9
    assert result.imported + result.rejected == result.rows_read
    rejected = rows(
        result.output, "SELECT line_number, event_id, reason, raw_text FROM rejected_rows ORDER BY line_number"
    )
    reasons = {line: reason for line, _, reason, _ in rejected}
    assert reasons[5] == "missing or non-numeric coordinates and no province name"
    assert reasons[6].startswith("coordinates out of range")
    assert reasons[7] == "unparseable event date '31/02/2020'"
    assert reasons[8] == "missing event id"
    assert reasons[9] == "duplicate event id 'G0' (first at line 2)"
    assert reasons[10] == "unreadable coordinates 'abc', '44.65'"
    assert reasons[11] == "negative fatalities"
    assert reasons[12] == "coordinates are 0, 0 (no location)"
    assert reasons[13] == f"expected {len(ACLED_HEADER)} fields, found 5"
    raw_by_line = {line: raw for line, _, _, raw in rejected}
    source_lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    for line, raw in raw_by_line.items():
        assert raw == source_lines[line - 1]
    (imports,) = rows(result.output, "SELECT rows_read, rows_imported, rows_rejected, sha256 FROM imports")
    assert imports == (12, 3, 9, hashlib.sha256(source.read_bytes()).hexdigest())


def test_reimport_changes_nothing_and_newer_export_updates(tmp_path):
    rows_v1 = [acled_row(f"E{i}", place=list(PLACES)[i % len(PLACES)]) for i in range(40)]
    source = write_acled(tmp_path / "v1.csv", rows_v1)
    output = tmp_path / "out.gpkg"
    first = run(source, output)
    assert (first.inserted, first.updated, first.unchanged) == (40, 0, 0)
    before = rows(output, "SELECT * FROM incidents ORDER BY fid")

    again = run(source, output)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 40)
    assert rows(output, "SELECT * FROM incidents ORDER BY fid") == before

    rows_v2 = [dict(r) for r in rows_v1]
    rows_v2[5]["fatalities"] = "7"
    rows_v2[7]["latitude"], rows_v2[7]["longitude"] = "36.34", "43.13"  # Baghdad moved to Mosul
    rows_v2.append(acled_row("E40"))
    newer = run(write_acled(tmp_path / "v2.csv", rows_v2), output)
    assert (newer.inserted, newer.updated, newer.unchanged) == (1, 2, 38)
    assert rows(output, "SELECT fatalities FROM incidents WHERE event_id = 'E5'") == [(7,)]
    assert rows(output, "SELECT province FROM incidents WHERE event_id = 'E7'") == [("Ninawa",)]
    # The spatial index follows the moved point.
    (fid,) = rows(output, "SELECT fid FROM incidents WHERE event_id = 'E7'")[0]
    assert rows(output, "SELECT minx > 43.1 AND maxx < 43.2 FROM rtree_incidents_geom WHERE id = ?", fid) == [(1,)]
    assert rows(output, "SELECT count(*) FROM incidents") == [(41,)]
    assert rows(output, "SELECT count(*) FROM rtree_incidents_geom") == [(41,)]
    assert rows(output, "SELECT rtreecheck('rtree_incidents_geom')") == [("ok",)]
    assert rows(output, "SELECT count(*) FROM imports") == [(3,)]


def test_province_counts_match_geopandas_sjoin(tmp_path, qgis_world_map_geopackage):
    import geopandas as gpd
    import numpy as np

    generator = np.random.default_rng(7)
    lon = generator.uniform(38.5, 48.8, 3000)
    lat = generator.uniform(29.0, 37.5, 3000)
    source = write_acled(
        tmp_path / "random.csv",
        [acled_row(f"R{i}", latitude=f"{y:.5f}", longitude=f"{x:.5f}") for i, (x, y) in enumerate(zip(lon, lat))],
    )
    result = run(source, tmp_path / "out.gpkg", border_km=0)  # the points as they fall: no border moves
    ours = dict(rows(result.output, "SELECT province, count(*) FROM incidents GROUP BY province"))

    polygons = gpd.read_file(qgis_world_map_geopackage, layer="states_provinces", engine="pyogrio")
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon.round(5), lat.round(5)), crs="EPSG:4326")
    joined = gpd.sjoin(points, polygons[["name", "geometry"]], predicate="intersects", how="left")
    joined = joined[~joined.index.duplicated(keep="first")]
    theirs = joined["name"].value_counts().to_dict()
    outside = int(joined["name"].isna().sum())
    assert {k: v for k, v in ours.items() if k is not None} == theirs
    assert ours.get(None, 0) == outside == result.outside_provinces
    assert ours["Diyala"] > 0
    # Provinces of every country touched are stored, including ones without incidents.
    stored = {name for (name,) in rows(result.output, "SELECT name FROM provinces")}
    assert set(theirs) <= stored
    assert rows(result.output, "SELECT min(area_km2) > 0 FROM provinces") == [(1,)]
    assert rows(result.output, "SELECT rtreecheck('rtree_incidents_geom')") == [("ok",)]
    assert rows(result.output, "SELECT count(*) FROM rtree_incidents_geom") == [(3000,)]
    (diyala_area,) = rows(result.output, "SELECT area_km2 FROM provinces WHERE name = 'Diyala'")[0]
    assert 15_000 < diyala_area < 22_000  # Diyala is about 17,700 km²


def test_names_never_decide_the_province_and_disagreements_are_reported(tmp_path):
    source = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("A1", place="Tikrit", admin1="Salah al-Din"),
            acled_row("A2", place="Tikrit", admin1="Saladin"),
            acled_row("A3", place="Kirkuk", admin1="Kirkuk"),
            acled_row("A4", place="Baqubah", admin1="Baghdad"),
        ],
    )
    result = run(source, tmp_path / "out.gpkg")
    assigned = dict(rows(result.output, "SELECT event_id, province FROM incidents"))
    assert assigned == {"A1": "Sala ad-Din", "A2": "Sala ad-Din", "A3": "At-Ta'mim", "A4": "Diyala"}
    assert rows(result.output, "SELECT source_province, province, incidents FROM province_disagreements") == [
        ("Baghdad", "Diyala", 1)
    ]


def test_disagreements_follow_updates_and_deletions_without_a_full_count(tmp_path):
    """The table is kept up to date from the changed rows alone; it always equals counting afresh."""
    from incident_atlas.plugin.core.ingest.provinces import same_province
    from incident_atlas.plugin.core.store.base import Deletions

    output = tmp_path / "out.gpkg"

    def afresh():
        counted = rows(
            output,
            "SELECT source_dataset, source_province, province, count(*) FROM incidents "
            "WHERE source_province IS NOT NULL AND province IS NOT NULL GROUP BY 1, 2, 3",
        )
        return sorted((d, s, p, n) for d, s, p, n in counted if not same_province(s, p))

    first = [acled_row(f"B{i}", place="Baqubah", admin1="Baghdad") for i in range(4)]
    first += [acled_row("K1", place="Kirkuk", admin1="Kirkuk"), acled_row("M1", place="Mosul", admin1="Anbar")]
    run(write_acled(tmp_path / "1.csv", first), output)
    stored = "SELECT source_dataset, source_province, province, incidents FROM province_disagreements ORDER BY 2"
    assert rows(output, stored) == afresh() == [("acled", "Anbar", "Ninawa", 1), ("acled", "Baghdad", "Diyala", 4)]
    # Two corrected, one newly wrong, one gone: an update of a few rows into the file.
    second = [acled_row(f"B{i}", place="Baqubah", admin1="Diyala") for i in range(2)]
    second += [acled_row("K1", place="Kirkuk", admin1="Basra")]
    run(write_acled(tmp_path / "2.csv", second), output)
    import_incidents(
        ImportOptions(
            source=write_acled(tmp_path / "3.csv", [acled_row("N1", place="Ramadi", admin1="Anbar")]),
            output=output,
            deletions=Deletions(event_ids=("M1",)),
        )
    )
    assert rows(output, stored) == afresh()
    assert [r[1:] for r in rows(output, stored)] == [("Baghdad", "Diyala", 2), ("Basra", "At-Ta'mim", 1)]


@pytest.mark.parametrize(
    ("source_name", "assigned", "same"),
    [
        ("Salah al-Din", "Sala ad-Din", True),
        ("Sala ad-Din", "Sala ad-Din", True),
        ("Saladin", "Sala ad-Din", True),
        ("Kirkuk", "At-Ta'mim", True),
        ("Nineveh", "Ninawa", True),
        ("Diyala province", "Diyala", True),
        ("Al Anbar", "Al-Anbar", True),
        ("Baghdad", "Diyala", False),
        ("Erbil", "Dihok", False),
    ],
)
def test_admin1_alias_table(source_name, assigned, same):
    assert same_province(source_name, assigned) is same


def test_ucdp_ged(tmp_path):
    source = write_csv(
        tmp_path / "ged.csv",
        UCDP_HEADER,
        [
            ucdp_row("101"),
            ucdp_row(
                "102",
                place="Ramadi",
                type_of_violence="3",
                where_prec="4",
                date_prec="4",
                date_start="2020-03-01 00:00:00.000",
                date_end="2020-03-31 00:00:00.000",
            ),
        ],
    )
    assert detect(source.read_text().splitlines()[0].split(",")).key == "ucdp"
    result = run(source, tmp_path / "out.gpkg")
    assert result.source_dataset == "ucdp_ged"
    got = rows(
        result.output,
        "SELECT event_id, event_date, event_date_end, event_type, geo_precision, date_precision, fatalities, "
        "province, source_province FROM incidents ORDER BY event_id",
    )
    assert got == [
        ("101", "2020-05-02", "2020-05-02", "State-based conflict", 1, 1, 4, "Sala ad-Din", "Sala ad-Din province"),
        ("102", "2020-03-01", "2020-03-31", "One-sided violence", 3, 4, 4, "Al-Anbar", "Al-Anbar province"),
    ]


def test_gtd_csv_and_xlsx_with_unknown_day_and_month(tmp_path):
    import pandas as pd

    table = [gtd_row("201610170001"), gtd_row("201610000002", iday="0"), gtd_row("201600000003", imonth="0", iday="0")]
    csv_source = write_csv(tmp_path / "gtd.csv", GTD_HEADER, table)
    xlsx_source = tmp_path / "gtd.xlsx"
    pd.DataFrame(table).to_excel(xlsx_source, index=False)
    expected = [
        ("201600000003", "2016-01-01", "2016-12-31", 4, "Islamic State of Iraq and the Levant (ISIL)", 3, "Ninawa"),
        ("201610000002", "2016-10-01", "2016-10-31", 3, "Islamic State of Iraq and the Levant (ISIL)", 3, "Ninawa"),
        ("201610170001", "2016-10-17", "2016-10-17", 1, "Islamic State of Iraq and the Levant (ISIL)", 3, "Ninawa"),
    ]
    for source in (csv_source, xlsx_source):
        result = run(source, tmp_path / f"{source.suffix[1:]}.gpkg")
        assert result.source_format == "gtd"
        got = rows(
            result.output,
            "SELECT event_id, event_date, event_date_end, date_precision, actor1, fatalities, province "
            "FROM incidents ORDER BY event_id",
        )
        assert got == expected


def test_generic_csv_with_mapping(tmp_path):
    header = ["Ref", "Datum", "Lat", "Lon", "Perpetrator", "Killed"]
    source = write_csv(
        tmp_path / "own.csv",
        header,
        [
            {
                "Ref": "X-1",
                "Datum": "02/05/2020",
                "Lat": "34.60",
                "Lon": "43.68",
                "Perpetrator": "ISIS",
                "Killed": "10",
            },
            {"Ref": "X-2", "Datum": "2020-05-02", "Lat": "34.60", "Lon": "43.68", "Perpetrator": "ISIS", "Killed": ""},
        ],
        delimiter=";",
    )
    assert detect(header).key == "generic"
    with pytest.raises(SourceError, match="column mapping"):
        run(source, tmp_path / "nomap.gpkg")
    mapping = ColumnMapping(
        event_id="Ref",
        date="Datum",
        date_format="%d/%m/%Y",
        latitude="Lat",
        longitude="Lon",
        actor1="Perpetrator",
        fatalities="Killed",
        dataset="team-sheet",
    )
    assert ColumnMapping.from_json(mapping.to_json()) == mapping
    result = run(source, tmp_path / "out.gpkg", mapping=mapping)
    assert (result.imported, result.rejected) == (1, 1)
    assert rows(
        result.output, "SELECT event_id, source_dataset, event_date, actor1, fatalities, province FROM incidents"
    ) == [("X-1", "team-sheet", "2020-05-02", "ISIS", 10, "Sala ad-Din")]
    bad_mapping = ColumnMapping(event_id="Ref", date="When", latitude="Lat", longitude="Lon")
    with pytest.raises(SourceError, match="column 'When'"):
        run(source, tmp_path / "bad.gpkg", mapping=bad_mapping)
    assert not (tmp_path / "bad.gpkg").exists()


def test_cancelled_import_leaves_geopackage_as_it_was(tmp_path):
    from qgis.core import QgsFeedback

    output = tmp_path / "out.gpkg"
    run(write_acled(tmp_path / "a.csv", [acled_row("A1")]), output)
    before = file_digest(output)
    feedback = QgsFeedback()
    feedback.cancel()
    source = write_acled(tmp_path / "b.csv", [acled_row(f"B{i}") for i in range(50)])
    with pytest.raises(ImportCancelledError):
        import_incidents(ImportOptions(source=source, output=output), feedback)
    assert file_digest(output) == before
    with pytest.raises(ImportCancelledError):
        import_incidents(ImportOptions(source=source, output=tmp_path / "new.gpkg"), feedback)
    assert list(tmp_path.glob("new*")) == []


@pytest.mark.slow
def test_locked_geopackage_gives_clear_error_and_stays_intact(tmp_path):
    output = tmp_path / "out.gpkg"
    run(write_acled(tmp_path / "a.csv", [acled_row("A1")]), output)
    holder = sqlite3.connect(output, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, as an open edit session would be
    try:
        with pytest.raises(IncidentImportError, match="locked"):
            run(write_acled(tmp_path / "b.csv", [acled_row("B1")]), output)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert rows(output, "SELECT event_id FROM incidents") == [("A1",)]


def test_not_a_geopackage_is_refused(tmp_path):
    output = tmp_path / "notes.gpkg"
    output.write_text("not a database")
    with pytest.raises(IncidentImportError, match="not a GeoPackage"):
        run(write_acled(tmp_path / "a.csv", [acled_row("A1")]), output)
    assert output.read_text() == "not a database"


def test_geopackage_opens_styled_in_plain_qgis(tmp_path):
    from qgis.core import QgsSingleSymbolRenderer, QgsVectorLayer

    result = run(
        write_acled(tmp_path / "a.csv", [acled_row("A1"), acled_row("A2", place="Mosul")]), tmp_path / "o.gpkg"
    )
    assert geopackage_schema.geopackage_problems(result.output) == []
    incidents = QgsVectorLayer(f"{result.output}|layername=incidents", "incidents", "ogr")
    provinces = QgsVectorLayer(f"{result.output}|layername=provinces", "provinces", "ogr")
    assert incidents.isValid() and provinces.isValid()
    assert incidents.featureCount() == 2
    assert incidents.crs().authid() == "EPSG:4326"
    field = incidents.fields().field("event_date")
    assert field.typeName().lower() == "date"
    # QGIS applied the default style from layer_styles on load.
    renderer = incidents.renderer()
    assert isinstance(renderer, QgsSingleSymbolRenderer)
    assert renderer.symbol().color().name() == "#252525"
    # QGIS 3.22 re-guesses temporal settings after the constructor's style load; the stored
    # style still carries them, as an explicit reload shows.
    incidents.loadDefaultStyle()
    assert incidents.temporalProperties().isActive()
    assert incidents.temporalProperties().startField() == "event_date"
    assert provinces.labelsEnabled()
    features = {f["event_id"]: f for f in incidents.getFeatures()}
    assert features["A2"].geometry().asPoint().x() == pytest.approx(43.13)


def test_schema_problems_name_what_is_missing(tmp_path):
    other = tmp_path / "other.gpkg"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    problems = geopackage_schema.geopackage_problems(other)
    assert "the table 'incidents' is missing" in problems
    newer = tmp_path / "newer.gpkg"
    geopackage_schema.create_incident_geopackage(newer, "test")
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE incident_atlas_meta SET value = '99' WHERE key = 'schema_version'")
    assert any("schema version 99" in p for p in geopackage_schema.geopackage_problems(newer))


def test_import_algorithm_in_processing(tmp_path, plugin):
    import processing

    source = write_acled(tmp_path / "a.csv", [acled_row("A1"), acled_row("A2", latitude="", admin1="")])
    output = tmp_path / "out.gpkg"
    result = processing.run("incidentatlas:importincidents", {"INPUT": str(source), "OUTPUT": str(output)})
    assert result["IMPORTED"] == 1
    assert result["REJECTED"] == 1
    assert Path(result["OUTPUT"]) == output


def test_quoted_line_breaks_keep_exact_line_numbers(tmp_path):
    """A note spanning lines shifts every later line; the record-by-record reader takes over."""
    source = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("M1", notes="first line\nsecond line\nthird line"),
            acled_row("M2"),
            acled_row("M3", latitude="", admin1=""),
        ],
    )
    with source.open("a", encoding="utf-8") as handle:
        handle.write("\nM4,short\n")
    result = run(source, tmp_path / "out.gpkg")
    assert (result.rows_read, result.imported, result.rejected) == (4, 2, 2)
    assert rows(result.output, "SELECT notes FROM incidents WHERE event_id = 'M1'") == [
        ("first line\nsecond line\nthird line",)
    ]
    assert rows(result.output, "SELECT line_number, reason, raw_text FROM rejected_rows ORDER BY line_number") == [
        (6, "missing or non-numeric coordinates and no province name", source.read_text().splitlines(keepends=True)[5]),
        (8, f"expected {len(ACLED_HEADER)} fields, found 2", "M4,short\n"),
    ]


def test_user_province_layer_with_name_and_population(tmp_path):
    """Any polygon layer can replace Natural Earth; its names, codes and population are kept."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:4326&field=gov_name:string&field=pcode:string&field=population:integer",
        "my governorates",
        "memory",
    )
    features = []
    for name, code, population, wkt in [
        ("East", "E1", 1_600_000, "POLYGON((44 32, 47 32, 47 36, 44 36, 44 32))"),
        ("West", "W1", 1_800_000, "POLYGON((38 32, 44 32, 44 36, 38 36, 38 32))"),
    ]:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, code, population])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    source = write_acled(
        tmp_path / "a.csv",
        [acled_row("A1", place="Baqubah"), acled_row("A2", place="Ramadi"), acled_row("A3", place="Baghdad")],
    )
    result = run(source, tmp_path / "out.gpkg", provinces_layer=layer, province_name_field="gov_name")
    assert dict(rows(result.output, "SELECT event_id, province FROM incidents")) == {
        "A1": "East",
        "A2": "West",
        "A3": "East",
    }
    assert rows(result.output, "SELECT name, code, population FROM provinces ORDER BY name") == [
        ("East", "E1", 1_600_000),
        ("West", "W1", 1_800_000),
    ]


@pytest.mark.parametrize("source_format", ["acled", "ucdp", "gtd", "generic"])
def test_reading_only_the_columns_a_format_uses_normalises_identically(source_format, tmp_path):
    """The fast reader skips columns the normaliser never reads; nothing it does read may go missing."""
    from incident_atlas.plugin.core.ingest.formats import ColumnMapping, by_key
    from incident_atlas.plugin.core.ingest.readers import read_chunks
    from source_files import GTD_HEADER, UCDP_HEADER, write_csv

    mapping = None
    if source_format == "acled":
        path = write_acled(tmp_path / "a.csv", [acled_row("A1"), acled_row("A2", place="Ramadi", notes="هجوم")])
    elif source_format == "ucdp":
        path = write_csv(tmp_path / "u.csv", UCDP_HEADER, [ucdp_row("101"), ucdp_row("102", date_end="2017-01-05")])
    elif source_format == "gtd":
        path = write_csv(tmp_path / "g.csv", GTD_HEADER, [gtd_row("201610170001"), gtd_row("201610000002", iday="0")])
    else:
        header = ["Ref", "Datum", "Lat", "Lon", "Perpetrator", "Killed", "Unused"]
        rows = [
            {
                "Ref": "X-1",
                "Datum": "2020-05-01",
                "Lat": "33.75",
                "Lon": "44.64",
                "Perpetrator": "ISIS",
                "Killed": "2",
                "Unused": "zzz",
            }
        ]
        path = write_csv(tmp_path / "own.csv", header, rows)
        mapping = ColumnMapping(
            event_id="Ref", date="Datum", latitude="Lat", longitude="Lon", actor1="Perpetrator", fatalities="Killed"
        )
    normalise = by_key(source_format).normaliser(mapping)
    columns = by_key(source_format).columns_read(mapping)
    everything = [normalise(chunk.frame) for chunk in read_chunks(path)]
    only_used = [normalise(chunk.frame) for chunk in read_chunks(path, columns=columns)]
    narrow_width = len(next(iter(read_chunks(path, columns=columns))).frame.columns)
    assert narrow_width < len(next(iter(read_chunks(path))).frame.columns)
    for full, narrow in zip(everything, only_used, strict=True):
        pd.testing.assert_frame_equal(full.frame, narrow.frame)
        pd.testing.assert_series_equal(full.reasons, narrow.reasons)


def test_a_duplicate_id_in_a_later_chunk_names_the_first_line_and_a_rejected_row_is_no_first(tmp_path, monkeypatch):
    from functools import partial

    from incident_atlas.plugin.core.ingest import importer, readers

    monkeypatch.setattr(importer, "read_chunks", partial(readers.read_chunks, chunk_rows=3))
    ids = ["A1", "A2", "A3", "A4", "A1", "A5", "A4", "A2", "A6", "A7"]
    source_rows = [acled_row(event_id) for event_id in ids]
    source_rows[5] = acled_row("B1", fatalities=-1)  # rejected: not a first occurrence of anything
    source_rows[9] = acled_row("B1")  # so this B1 is the first that counts
    result = run(write_acled(tmp_path / "a.csv", source_rows), tmp_path / "out.gpkg")
    assert (result.imported, result.rejected) == (6, 4)
    reasons = dict(rows(result.output, "SELECT line_number, reason FROM rejected_rows"))
    assert reasons == {
        6: "duplicate event id 'A1' (first at line 2)",
        7: "negative fatalities",
        8: "duplicate event id 'A4' (first at line 5)",
        9: "duplicate event id 'A2' (first at line 3)",
    }


def test_first_lines_agree_with_a_dictionary_over_many_chunks():
    import numpy as np
    from incident_atlas.plugin.core.ingest.first_lines import FirstLines, IdHashes

    generator = np.random.default_rng(7)
    seen, first = FirstLines(), {}
    for chunk in range(30):
        ids = np.array([f"E{n}" for n in generator.integers(0, 5_000, 400)], dtype=object)
        lines = np.arange(len(ids)) + 1_000 * chunk
        expected = np.array([first.get(i, np.nan) for i in ids], dtype=float)
        hashes = IdHashes(ids)
        np.testing.assert_array_equal(seen.earlier(hashes), expected)
        new = pd.Series(ids).drop_duplicates().index.to_numpy()
        new = new[np.isnan(expected[new])]
        keep = np.zeros(len(ids), dtype=bool)
        keep[new] = True
        seen.add(hashes, keep, lines)
        first.update(zip(ids[new], lines[new]))
    assert len(seen.order) == len(first) and np.all(np.diff(seen.order.astype(np.float64)) >= 0)


def test_missing_values_are_stored_as_null_in_a_new_file_and_in_an_update(tmp_path):
    """The writer hands SQLite a NaN for every missing value (cheaper to bind than None): each must be
    stored as NULL, never as a number or the text 'nan', on a new file and through the merge."""
    no_coordinates = acled_row("IRQ3", latitude="", longitude="", admin1="Diyala")
    source = write_acled(
        tmp_path / "a.csv", [acled_row("IRQ1", actor2="", fatalities=""), acled_row("IRQ2"), no_coordinates]
    )
    output = tmp_path / "nulls.gpkg"
    expected = [
        ("IRQ1", "null", "null", "null", "text", "real", "blob", "integer"),
        ("IRQ2", "text", "null", "integer", "text", "real", "blob", "integer"),
        ("IRQ3", "text", "null", "integer", "text", "real", "blob", "integer"),  # placed by its province
    ]
    sql = (
        "SELECT event_id, typeof(actor2), typeof(assoc_actor_1), typeof(fatalities), typeof(province), "
        "typeof(latitude), typeof(geom), typeof(content_hash) FROM incidents ORDER BY event_id"
    )
    run(source, output)
    assert rows(output, sql) == expected
    changed = write_acled(
        tmp_path / "b.csv",
        [acled_row("IRQ1", actor2="", fatalities="", notes="revised"), acled_row("IRQ2"), no_coordinates],
    )
    assert run(changed, output).updated == 1
    assert rows(output, sql) == expected
    assert rows(output, "SELECT count(*) FROM incidents WHERE actor2 = 'nan' OR province = 'nan'") == [(0,)]


def test_a_reimport_stages_only_new_and_changed_rows_and_counts_the_rest_unchanged(tmp_path, monkeypatch):
    from incident_atlas.plugin.core.store.unchanged_rows import UnchangedRows

    places = list(PLACES)
    first = [acled_row(f"IRQ{i}", places[i % len(places)], fatalities=i % 4) for i in range(30)]
    output = tmp_path / "weekly.gpkg"
    run(write_acled(tmp_path / "week1.csv", first), output)
    # The next export: five rows revised, three new, the rest as they were.
    second = [acled_row(f"IRQ{i}", places[i % len(places)], fatalities=i % 4 + (1 if i < 5 else 0)) for i in range(33)]
    staged = []
    new_or_changed = UnchangedRows.new_or_changed

    def recorded(self, frame, hashes):
        positions = new_or_changed(self, frame, hashes)
        staged.extend(frame["event_id"].iloc[positions] if positions is not None else frame["event_id"])
        return positions

    monkeypatch.setattr(UnchangedRows, "new_or_changed", recorded)
    result = run(write_acled(tmp_path / "week2.csv", second), output)
    assert (result.inserted, result.updated, result.unchanged) == (3, 5, 25)
    assert sorted(staged) == sorted([f"IRQ{i}" for i in (*range(5), 30, 31, 32)])
    by_import = dict(rows(output, "SELECT import_id, count(*) FROM incidents GROUP BY import_id"))
    assert by_import == {1: 25, 2: 8}
    assert rows(output, "SELECT sum(fatalities) FROM incidents") == [(sum(i % 4 for i in range(33)) + 5,)]
    # Into a file holding only another dataset's rows, nothing is looked up: every row is new.
    staged.clear()
    ucdp = run(write_csv(tmp_path / "ged.csv", UCDP_HEADER, [ucdp_row(1001), ucdp_row(1002)]), output)
    assert (ucdp.inserted, ucdp.unchanged) == (2, 0) and len(staged) == 2


def test_the_lookup_of_unchanged_rows_goes_through_the_unique_index(tmp_path):
    """Each id of a chunk is one index search, never a scan of the dataset per id."""
    from incident_atlas.plugin.core.store.unchanged_rows import STORED_SQL

    output = tmp_path / "plan.gpkg"
    run(write_acled(tmp_path / "a.csv", [acled_row(f"IRQ{i}") for i in range(50)]), output)
    plan = [row[-1] for row in rows(output, "EXPLAIN QUERY PLAN " + STORED_SQL, '["IRQ1"]', "acled")]
    assert plan[0].startswith("SCAN j")
    assert plan[1].startswith("SEARCH i USING INDEX idx_incidents_event (source_dataset=? AND event_id=?)")


@pytest.mark.parametrize("multiline", [False, True], ids=["fast reader", "exact reader"])
def test_hdx_hxl_hashtag_row_is_a_header_not_an_event(tmp_path, multiline):
    """HDX's UCDP files carry HXL hashtags under the header (#event+id, #date, ...): not a row read."""
    events = [ucdp_row("101"), ucdp_row("102", place="Ramadi"), ucdp_row("103")]
    if multiline:  # a line break inside a quoted field sends the file to the record-by-record reader
        events[1]["source_headline"] = "first line\nsecond line"
    plain = write_csv(tmp_path / "plain.csv", UCDP_HEADER, events, newline="\r\n")
    hashtags = [
        "#event+id" if name == "id" else ("#date+start" if name == "date_start" else "") for name in UCDP_HEADER
    ]
    hashtags[UCDP_HEADER.index("latitude")] = "#geo+lat"
    lines = plain.read_bytes().decode("utf-8").split("\r\n")
    source = tmp_path / "hdx.csv"
    source.write_text("\r\n".join([lines[0], ",".join(hashtags), *lines[1:]]), encoding="utf-8")
    result = run(source, tmp_path / "out.gpkg")
    assert (result.rows_read, result.imported, result.rejected) == (3, 3, 0)
    assert rows(result.output, "SELECT count(*) FROM rejected_rows") == [(0,)]
    assert rows(result.output, "SELECT event_id FROM incidents ORDER BY event_id") == [("101",), ("102",), ("103",)]


def test_unreadable_coordinates_are_rejected_never_placed_at_the_province_centre(tmp_path):
    """A precise point written badly must not become a vague one: 'abc' names Diyala, yet is rejected."""
    source = write_acled(
        tmp_path / "acled.csv",
        [acled_row("U1", latitude="abc"), acled_row("U2", longitude="44,6 E"), acled_row("U3", latitude="")],
    )
    result = run(source, tmp_path / "out.gpkg")
    assert (result.rows_read, result.imported, result.rejected, result.by_name) == (3, 1, 2, 1)
    assert rows(result.output, "SELECT event_id, reason FROM rejected_rows ORDER BY event_id") == [
        ("U1", "unreadable coordinates 'abc', '44.65'"),
        ("U2", "unreadable coordinates '33.75', '44,6 E'"),
    ]
    assert rows(result.output, "SELECT event_id, province_method FROM incidents") == [("U3", "name")]


def test_a_column_written_with_decimal_commas_is_read_as_such_and_said(tmp_path):
    events = [acled_row("D1", latitude="33,75", longitude="44,65"), acled_row("D2", latitude="33,5", longitude="44,4")]
    result = run(write_acled(tmp_path / "acled.csv", events, delimiter=";"), tmp_path / "out.gpkg")
    assert (result.imported, result.rejected, result.decimal_comma) == (2, 0, 2)
    assert rows(result.output, "SELECT event_id, latitude, longitude FROM incidents ORDER BY event_id") == [
        ("D1", 33.75, 44.65),
        ("D2", 33.5, 44.4),
    ]
    assert "2 rows with coordinates written with a decimal comma" in result.summary()


def test_a_region_of_several_provinces_is_kept_without_a_province_or_a_point(tmp_path):
    """Natural Earth's UK units are counties: "Northern Ireland" names a group, never one of its units."""
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.maps.map_texts import map_texts
    from incident_atlas.plugin.core.store import column_store, queries

    events = [
        acled_row("R1", latitude="", longitude="", country="United Kingdom", admin1="Northern Ireland"),
        acled_row("R2", latitude="", longitude="", country="United Kingdom", admin1="England"),
        acled_row("R3", latitude="", longitude="", country="Iraq", admin1="England"),  # no region of Iraq
        acled_row("P1"),
    ]
    result = run(write_acled(tmp_path / "acled.csv", events), tmp_path / "out.gpkg")
    assert (result.imported, result.in_regions, result.rejected, result.outside_provinces) == (3, 2, 1, 0)
    assert "2 naming only a region of several provinces" in result.summary()
    assert rows(
        result.output, "SELECT event_id, province, province_method, geo_precision, geom IS NULL FROM incidents"
    ) == [("R1", None, "region", 4, 1), ("R2", None, "region", 4, 1), ("P1", "Diyala", "point", 1, 0)]
    summary = queries.summary(result.output, IncidentFilter())
    assert (summary.incidents, summary.provinces, summary.in_regions) == (3, 1, 2)  # in the totals
    assert column_store.load(result.output).summary(IncidentFilter()) == summary  # the dock counts the same
    assert sum(n for n, _ in queries.count_by_province(result.output, IncidentFilter()).values()) == 1
    provenance = map_texts(IncidentFilter(), summary, [], "", "incidents").provenance
    assert "2 incidents name only a region of several provinces" in provenance
