"""How rows get their province (point, nearest, name), the filter that keeps only some, and the
upgrade of schema-1 stores to schema 2 with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import counts_by_name
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.store import queries
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
from incident_atlas.plugin.core.store.schema import SCHEMA_VERSION
from source_files import acled_row, write_acled

V1 = Path(__file__).resolve().parent / "data" / "v1"

# Iraqi places on the border with Iran that Natural Earth's generalised polygons put in Iran
# (coordinates from GeoNames), as UCDP and ACLED file events there: country Iraq, their governorate.
BORDER = {
    "B1": ("Haji Omaran", "Erbil", 36.6667, 45.05, "Arbil"),
    "B2": ("Tawela", "Sulaymaniyah", 35.2136, 46.1781, "As-Sulaymaniyah"),
    "B3": ("Naft Khana", "Diyala", 34.03, 45.63, "Diyala"),
}


def query(gpkg: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(gpkg) as db:
        return db.execute(sql, params).fetchall()


def border_rows():
    rows = [
        acled_row(key, location=place, admin1=admin1, latitude=lat, longitude=lon)
        for key, (place, admin1, lat, lon, _) in BORDER.items()
    ]
    rows += [
        acled_row("P1"),  # Baqubah: inside Diyala, by its point
        # Coded Iraq but 60 km inside Iran (Kermanshah): too far to be a border slip, it stays.
        acled_row("F1", location="Eslamabad-e Gharb", admin1="Diyala", latitude="34.11", longitude="46.53"),
        # Qasr-e Shirin, coded Iran: Iran's own event stays in Iran.
        acled_row(
            "I1", location="Qasr-e Shirin", country="Iran", admin1="Kermanshah", latitude="34.51", longitude="45.58"
        ),
        # No coordinates: placed by the governorate it names (an alias), at province precision.
        acled_row("N1", location="", admin1="Salah al-Din", latitude="", longitude="", geo_precision="1"),
    ]
    return rows


@pytest.fixture(scope="module")
def border_import(tmp_path_factory):
    folder = tmp_path_factory.mktemp("border")
    return import_incidents(
        ImportOptions(source=write_acled(folder / "border.csv", border_rows()), output=folder / "b.gpkg")
    )


def test_border_events_go_to_the_nearest_province_of_the_country_their_source_names(border_import):
    result = border_import
    found = {
        event_id: (province, method)
        for event_id, province, method in query(
            result.output, "SELECT event_id, province, province_method FROM incidents"
        )
    }
    for key, (*_, province) in BORDER.items():
        assert found[key] == (province, "nearest")
    assert found["P1"] == ("Diyala", "point")
    assert found["F1"] == ("Kermanshah", "point")  # beyond 25 km: the polygon it falls in
    assert found["I1"] == ("Kermanshah", "point")
    assert found["N1"] == ("Sala ad-Din", "name")
    assert (result.nearest, result.by_name) == (3, 1)
    # None of the Iraqi events moved lies in another country's province.
    moved = query(
        result.output,
        "SELECT DISTINCT p.country FROM incidents i JOIN provinces p ON p.name = i.province "
        "WHERE i.province_method IN ('nearest', 'name')",
    )
    assert moved == [("Iraq",)]
    (precision, lat, lon) = query(
        result.output, "SELECT geo_precision, latitude, longitude FROM incidents WHERE event_id = 'N1'"
    )[0]
    assert precision == 3 and lat is not None and lon is not None  # drawn inside Sala ad-Din
    assert query(result.output, "SELECT rows_province_nearest, rows_province_by_name FROM imports") == [(3, 1)]
    assert "1 placed by province name" in result.summary() and "3 border events moved" in result.summary()


def test_border_moves_can_be_turned_off(tmp_path):
    source = write_acled(tmp_path / "border.csv", border_rows())
    result = import_incidents(ImportOptions(source=source, output=tmp_path / "b.gpkg", border_km=0))
    found = dict(query(result.output, "SELECT event_id, province FROM incidents"))
    assert found["B1"] == "West Azarbaijan" and result.nearest == 0  # as Natural Earth draws it


def test_the_filter_keeps_provinces_found_the_ways_the_analyst_trusts(border_import):
    source = GeoPackageSource(border_import.output)
    every = IncidentFilter()
    points = IncidentFilter(province_methods=("point",))
    located = IncidentFilter(province_methods=("nearest", "point"))
    assert queries.summary(source, every).incidents == 7
    assert queries.summary(source, located).incidents == 6
    assert queries.summary(source, points).incidents == 3
    assert counts_by_name(queries.count_by_province(source, points), source) == {"Diyala": (1, 1), "Kermanshah": (2, 2)}
    counts = source.facet_counts()
    for incident_filter in (every, points, located):  # the in-memory columns agree with SQL
        assert counts.summary(incident_filter) == queries.summary(source, incident_filter)
        assert counts.count_by_province(incident_filter) == queries.count_by_province(source, incident_filter)
    summary = counts.summary(every)
    assert (summary.placed_by_name, summary.moved_to_nearest) == (1, 3)


def test_maps_name_the_rows_placed_by_name_or_moved(border_import):
    from incident_atlas.plugin.core.maps.map_texts import map_texts

    source = GeoPackageSource(border_import.output)
    texts = map_texts(IncidentFilter(), queries.summary(source, IncidentFilter()), [], "jenks", "incidents")
    assert "1 incident without coordinates placed by the province its source names" in texts.provenance
    assert "3 border incidents moved to the nearest province of their country" in texts.provenance
    plain = map_texts(
        IncidentFilter(province_methods=("point",)),
        queries.summary(source, IncidentFilter(province_methods=("point",))),
        [],
        "jenks",
        "incidents",
    )
    assert "placed by the province" not in plain.provenance and "provinces from coordinates only" in plain.provenance


def test_a_schema_1_geopackage_upgrades_to_schema_2_with_nothing_lost(tmp_path):
    """The fixture was written by the plugin's schema-1 code (tests/data/v1, from acled-iraq.csv)."""
    gpkg = tmp_path / "old.gpkg"
    shutil.copy(V1 / "acled-iraq-schema1.gpkg", gpkg)
    assert query(gpkg, "SELECT value FROM incident_atlas_meta WHERE key = 'schema_version'") == [("1",)]
    before = query(gpkg, "SELECT event_id, content_hash, province FROM incidents ORDER BY event_id")
    assert len(before) == 24

    assert GeoPackageSource(gpkg).upgrade() == 1
    assert query(gpkg, "SELECT value FROM incident_atlas_meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    assert query(gpkg, "SELECT event_id, content_hash, province FROM incidents ORDER BY event_id") == before
    assert query(gpkg, "SELECT DISTINCT province_method FROM incidents") == [("point",)]
    assert not list(tmp_path.glob("*backup*"))  # the copy goes once the upgrade has committed
    assert GeoPackageSource(gpkg).upgrade() is None  # once only

    # Importing the same file again changes nothing; its row without coordinates is now placed by name.
    again = import_incidents(ImportOptions(source=V1 / "acled-iraq.csv", output=gpkg))
    assert (again.inserted, again.updated, again.unchanged, again.rejected) == (1, 0, 24, 0)
    assert again.by_name == 1


def test_opening_a_schema_1_geopackage_in_the_dock_upgrades_it(plugin, tmp_path, qgis_new_project):
    from incident_atlas.plugin.core.store.geopackage_schema import schema_version_of
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    gpkg = tmp_path / "old.gpkg"
    shutil.copy(V1 / "acled-iraq-schema1.gpkg", gpkg)
    assert plugin.dock.open_geopackage(gpkg)
    assert schema_version_of(gpkg) == SCHEMA_VERSION
    assert plugin.dock.session.layer.fields().indexOf("province_method") >= 0


def test_an_upgrade_that_cannot_write_changes_nothing_and_keeps_its_copy(tmp_path):
    from incident_atlas.plugin.core.errors import StoreError
    from incident_atlas.plugin.core.store.geopackage_schema import schema_version_of

    gpkg = tmp_path / "old.gpkg"
    shutil.copy(V1 / "acled-iraq-schema1.gpkg", gpkg)
    editor = sqlite3.connect(gpkg)  # an edit session in QGIS, say, holding the write lock
    editor.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="nothing was changed .a copy is at .*old.schema-1-backup.gpkg"):
            GeoPackageSource(gpkg).upgrade()
    finally:
        editor.rollback()
        editor.close()
    assert schema_version_of(gpkg) == 1
    backup = tmp_path / "old.schema-1-backup.gpkg"
    assert query(backup, "SELECT count(*) FROM incidents") == [(24,)]
    assert GeoPackageSource(gpkg).upgrade() == 1  # once the lock is gone
