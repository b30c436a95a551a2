"""incidentatlas:filterincidents selects what the dock's filter selects, for any actor name."""

import json
import sqlite3

import pytest
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from qgis.core import QgsVectorLayer
from source_files import acled_row, write_acled

HOSTILE = 'Jaish al-Mahdi\'s "Special Groups"; (Iraq)'


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filter")
    rows = [
        acled_row("F1", actor1=HOSTILE, event_date="2020-01-10", fatalities="2"),
        acled_row("F2", actor1="Islamic State (Iraq)", event_date="2020-02-10", fatalities="0", place="Tikrit"),
        acled_row("F3", actor2=HOSTILE, actor1="Military Forces of Iraq (2018-2022)", event_date="2020-05-01"),
        acled_row("F4", actor1="Daesh", event_date="2020-03-01", event_type="Battles", place="Mosul"),
        acled_row("F5", actor1="Other", assoc_actor_1=f"{HOSTILE}; Someone", event_date="2020-03-02"),
    ]
    result = import_incidents(ImportOptions(write_acled(folder / "a.csv", rows), folder / "f.gpkg"))
    return result.output


def run_filter(gpkg, tmp_path, **parameters):
    import processing

    output = tmp_path / "out.gpkg"
    processing.run("incidentatlas:filterincidents", {"INPUT": str(gpkg), "OUTPUT": str(output), **parameters})
    layer = QgsVectorLayer(str(output), "out", "ogr")
    return sorted(f["event_id"] for f in layer.getFeatures())


def test_hostile_actor_name_in_any_role(plugin, gpkg, tmp_path):
    assert run_filter(gpkg, tmp_path, ACTORS=HOSTILE) == ["F1", "F3", "F5"]
    assert run_filter(gpkg, tmp_path, ACTORS=json.dumps([HOSTILE]), ACTOR_ROLE=1) == ["F1"]
    assert run_filter(gpkg, tmp_path, ACTORS=HOSTILE, ACTOR_ROLE=3) == ["F5"]


def test_alias_group_dates_types_and_fatalities(plugin, gpkg, tmp_path):
    assert run_filter(gpkg, tmp_path, ACTORS="ISIS") == ["F2", "F4"]
    assert run_filter(gpkg, tmp_path, ACTORS="ISIS", EVENT_TYPES='["Battles"]') == ["F4"]
    assert run_filter(gpkg, tmp_path, DATE_FROM="2020-02-10", DATE_TO="2020-03-01") == ["F2", "F4"]
    assert run_filter(gpkg, tmp_path, MIN_FATALITIES=2) == ["F1"]
    with sqlite3.connect(gpkg) as db:
        everything = sorted(r[0] for r in db.execute("SELECT event_id FROM incidents"))
    assert run_filter(gpkg, tmp_path) == everything


def test_alias_groups_are_a_parameter_not_the_analysts_settings(plugin, gpkg, tmp_path):
    """One model gives every analyst the same result: the groups come from ALIAS_GROUPS or the built-ins."""
    from incident_atlas.plugin.core.settings import PluginSettings

    PluginSettings(alias_groups={"ISIS": ("Other",)}).save()  # one analyst's own, different groups
    try:
        assert run_filter(gpkg, tmp_path, ACTORS="ISIS") == ["F2", "F4"]  # the built-in group
        groups = json.dumps({"Mahdi": [HOSTILE], "ISIS": ["Daesh"]})
        assert run_filter(gpkg, tmp_path, ACTORS="Mahdi", ALIAS_GROUPS=groups) == ["F1", "F3", "F5"]
        assert run_filter(gpkg, tmp_path, ACTORS="ISIS", ALIAS_GROUPS=groups) == ["F4"]
    finally:
        PluginSettings().save()
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="ALIAS_GROUPS must be a JSON object"):
        run_filter(gpkg, tmp_path, ACTORS="ISIS", ALIAS_GROUPS='["not", "an", "object"]')


def test_bad_date_is_a_clear_error(plugin, gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="DATE_FROM must be a date"):
        run_filter(gpkg, tmp_path, DATE_FROM="last tuesday")


def test_dock_filters_the_hostile_actor_name(plugin, gpkg, qgis_new_project):
    from helpers import item, settle
    from incident_atlas.plugin.core.store import queries
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(gpkg)
    settle(dock)
    item(dock.actors.list, HOSTILE).setCheckState(Qt.CheckState.Checked)
    settle(dock)
    layer = dock.session.layer
    assert sorted(f["event_id"] for f in layer.getFeatures()) == ["F1", "F3", "F5"]
    with sqlite3.connect(gpkg) as db:
        fatalities = db.execute("SELECT sum(fatalities) FROM incidents WHERE event_id IN ('F1','F3','F5')").fetchone()[
            0
        ]
        by_province = dict(
            db.execute(
                "SELECT province_id, count(*) FROM incidents WHERE event_id IN ('F1','F3','F5') GROUP BY 1"
            ).fetchall()
        )
    assert dock.summary_label.text().startswith(f"3 incidents · {fatalities} fatalities")
    assert {p: n for p, (n, _) in queries.count_by_province(gpkg, dock.session.filter).items()} == by_province
