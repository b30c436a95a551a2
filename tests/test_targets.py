"""GTD's target types are targets, not actors: a column, a facet and a filter of their own (schema 5)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from helpers import settle
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.maps.map_texts import describe_filter
from incident_atlas.plugin.core.store import queries
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
from incident_atlas.plugin.core.store.geopackage_schema import connect, schema_version_of, upgrade_geopackage
from incident_atlas.plugin.core.store.schema import SCHEMA_VERSION
from incident_atlas.plugin.gui.check_list import VALUE_ROLE
from qgis.core import QgsProject
from source_files import GTD_HEADER, gtd_row, write_csv

ISIL = "Islamic State of Iraq and the Levant (ISIL)"


@pytest.fixture()
def gtd(tmp_path):
    rows = [
        gtd_row("201610170001"),
        gtd_row("201610170002", targtype1_txt="Private Citizens & Property", target1="Market"),
        gtd_row("201610170003", targtype1_txt="Private Citizens & Property", target1="Mosque", gname2="Jaish"),
        gtd_row("201610170004", targtype1_txt="Police", target1="Station", gname="Unknown"),
    ]
    return import_incidents(
        ImportOptions(source=write_csv(tmp_path / "gtd.csv", GTD_HEADER, rows), output=tmp_path / "gtd.gpkg")
    ).output


def query(gpkg, sql):
    with sqlite3.connect(gpkg) as db:
        return db.execute(sql).fetchall()


def test_gtd_targets_are_stored_as_targets(gtd):
    stored = query(gtd, "SELECT event_id, actor2, assoc_actor_1, assoc_actor_2, target_type, target FROM incidents")
    assert sorted(stored)[1:3] == [
        ("201610170002", None, None, None, "Private Citizens & Property", "Market"),
        ("201610170003", None, "Jaish", None, "Private Citizens & Property", "Mosque"),
    ]


@pytest.mark.parametrize("counted_by", ["memory", "sql"])
def test_target_types_are_a_facet_and_a_filter_not_actors(gtd, counted_by, qgis_new_project):
    from incident_atlas.plugin.core.project.layers import incident_sources, open_incident_geopackage
    from incident_atlas.plugin.core.session.filter_session import FilterSession

    source = GeoPackageSource(gtd)
    civilians = IncidentFilter(target_types=("Private Citizens & Property",))
    if counted_by == "sql":
        assert queries.summary(source, civilians).incidents == 2
        assert queries.summary(source, IncidentFilter(actors=("Private Citizens & Property",))).incidents == 0
        assert dict(queries.value_counts(source, "target_type", IncidentFilter())) == {
            "Military": 1,
            "Private Citizens & Property": 2,
            "Police": 1,
        }
        return
    QgsProject.instance().clear()
    open_incident_geopackage(gtd)
    session = FilterSession(gtd, incident_sources()[str(gtd.resolve())]["incidents"])
    try:
        session.apply(civilians.with_changes(actors=(ISIL,)))
        facets = session.facets()
        assert facets.summary.incidents == 2
        # Targets are counted under the other restrictions, not their own (a facet).
        assert dict(facets.target_types) == {"Military": 1, "Private Citizens & Property": 2}
        assert "Private Citizens & Property" not in dict(facets.actors)
        assert ISIL in dict(facets.actors)
    finally:
        session.close()
    assert describe_filter(civilians) == "target types Private Citizens & Property"


def test_a_schema_4_store_moves_gtd_targets_out_of_the_actors(gtd):
    # As version 4 stored them: the target type as actor2, the target as its associated actor.
    with closing(connect(gtd)) as db, db:  # the R-tree's triggers need the GeoPackage functions
        db.execute(
            "UPDATE incidents SET actor2 = target_type, assoc_actor_2 = target, target_type = NULL, target = NULL"
        )
        db.execute("ALTER TABLE incidents DROP COLUMN target_type")
        db.execute("ALTER TABLE incidents DROP COLUMN target")
        db.execute("UPDATE incident_atlas_meta SET value = '4' WHERE key = 'schema_version'")
    upgrade_geopackage(gtd)
    assert schema_version_of(gtd) == SCHEMA_VERSION == 5
    assert query(gtd, "SELECT count(*) FROM incidents WHERE actor2 IS NOT NULL OR assoc_actor_2 IS NOT NULL") == [(0,)]
    assert query(gtd, "SELECT target_type, target FROM incidents WHERE event_id = '201610170004'") == [
        ("Police", "Station")
    ]


def test_the_dock_shows_target_types_only_where_the_data_has_them(plugin, gtd, sample_gpkg, qgis_new_project):
    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(sample_gpkg)
    settle(dock)
    assert dock.target_types_box.isHidden()
    assert dock.open_geopackage(gtd)
    settle(dock)
    assert not dock.target_types_box.isHidden()
    assert {item.data(VALUE_ROLE) for item in dock.target_types.items()} == {
        "Military",
        "Private Citizens & Property",
        "Police",
    }
    dock.target_types.set_checked(("Police",))  # emits changed, as a click does
    settle(dock)
    assert dock.summary_label.text().startswith("1 incident ·")
    assert dock.current_filter().target_types == ("Police",)
