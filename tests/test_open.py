"""Opening an incident GeoPackage: one group, styled, temporal, and a clear refusal otherwise."""

import sqlite3

import pytest
from incident_atlas.plugin.core.project.layers import (
    NotAnIncidentGeoPackageError,
    incident_sources,
    open_incident_geopackage,
)
from qgis.core import QgsProject
from sample_data import build_sample_geopackage


def test_open_adds_one_styled_group(sample_gpkg, qgis_new_project):
    group = open_incident_geopackage(sample_gpkg)
    assert QgsProject.instance().layerTreeRoot().children()[0] is group
    layers = {node.layer().customProperty("incident_atlas/role"): node.layer() for node in group.findLayers()}
    assert set(layers) == {"incidents", "provinces"}
    incidents = layers["incidents"]
    assert incidents.temporalProperties().isActive()
    assert incidents.temporalProperties().startField() == "event_date"
    assert incidents.renderer().symbol().color().name() == "#252525"
    assert layers["provinces"].labelsEnabled()
    sources = incident_sources()
    assert list(sources) == [str(sample_gpkg.resolve())]
    assert sources[str(sample_gpkg.resolve())]["incidents"] is incidents


def test_two_geopackages_can_be_open(sample_gpkg, tmp_path, qgis_new_project):
    other = build_sample_geopackage(tmp_path / "other.gpkg", seed=7)
    open_incident_geopackage(sample_gpkg)
    open_incident_geopackage(other)
    assert len(incident_sources()) == 2


def test_geopackage_without_schema_names_what_is_missing(tmp_path, qgis_new_project):
    plain = tmp_path / "plain.gpkg"
    with sqlite3.connect(plain) as db:
        db.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    with pytest.raises(NotAnIncidentGeoPackageError, match="the table 'incidents' is missing"):
        open_incident_geopackage(plain)
    assert QgsProject.instance().mapLayers() == {}
