"""Provinces coloured by the filtered incidents: right values, QGIS's classes, plain-QGIS proof."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from datetime import date

import pytest
from conftest import SOURCE_KINDS, sample_source_for
from helpers import choose_isis, item, settle
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
from incident_atlas.plugin.core.maps.choropleth import (
    VARIABLE,
    ChoroplethSettings,
    Province,
    class_ranges,
    previous_period,
    province_values,
)
from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsExpressionContextUtils,
    QgsGraduatedSymbolRenderer,
    QgsProject,
)
from qgis.PyQt.QtCore import QDate, Qt
from scipy.stats import binomtest


@pytest.fixture(scope="module", params=SOURCE_KINDS)
def sample_source(request, sample_gpkg):
    """The same incidents in a GeoPackage and in PostGIS: the map must come out the same."""
    return sample_source_for(request, sample_gpkg, "choropleth_sample")


@pytest.fixture()
def dock(plugin, sample_source, qgis_new_project):
    QgsProject.instance().clear()
    assert plugin.dock.open_source(sample_source)
    assert plugin.dock.session.layer.providerType() == sample_source.provider  # the database as it is
    settle(plugin.dock)
    return plugin.dock


def isis_q1(dock):
    choose_isis(dock, QDate(2020, 1, 1), QDate(2020, 3, 31))


def stored_values(layer) -> dict[str, float]:
    """The layer variable's values (by feature id) by province name: the sample's names are unique."""
    names = {str(feature["fid"]): feature["name"] for feature in layer.getFeatures()}
    assert len(set(names.values())) == len(names)
    return {
        names[key]: value
        for key, value in json.loads(QgsExpressionContextUtils.layerScope(layer).variable(VARIABLE)).items()
    }


def test_values_match_an_independent_geopandas_count(dock, sample_gpkg):
    import geopandas as gpd

    isis_q1(dock)
    values = stored_values(dock.provinces_layer())
    incidents = gpd.read_file(sample_gpkg, layer="incidents", engine="pyogrio")
    provinces = gpd.read_file(sample_gpkg, layer="provinces", engine="pyogrio")
    chosen = incidents[
        incidents["actor1"].isin(DEFAULT_ALIAS_GROUPS["ISIS"])
        & (incidents["event_date"].astype(str) >= "2020-01-01")
        & (incidents["event_date"].astype(str) <= "2020-03-31")
    ]
    joined = gpd.sjoin(chosen[["geometry"]], provinces[["name", "geometry"]], predicate="within")
    expected = {name: float(n) for name, n in joined["name"].value_counts().items()}
    assert {k: v for k, v in values.items() if v} == expected
    assert values["Diyala"] == 80
    # Every province is in the map, the quiet ones as 0: drawn and labelled, not hidden.
    assert set(values) == set(provinces["name"])
    assert values["Al-Basrah"] == 0


@pytest.mark.parametrize(
    ("method", "classifier"),
    [
        ("jenks", QgsClassificationJenks),
        ("quantile", QgsClassificationQuantile),
        ("equal", QgsClassificationEqualInterval),
        ("pretty", QgsClassificationPrettyBreaks),
    ],
)
def test_renderer_classes_are_qgis_own_classification(dock, method, classifier):
    """QGIS's method over the provinces with incidents; the provinces without any in a class of their own."""
    isis_q1(dock)
    dock.map.method.setCurrentIndex(dock.map.method.findData(method))
    dock.map.classes.setValue(4)
    layer = dock.provinces_layer()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    values = list(stored_values(layer).values())
    nonzero = [v for v in values if v > 0]
    uppers = [min(int(r.upperBound()), int(max(nonzero))) for r in classifier().classes(nonzero, 4)]
    ranges = [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()]
    assert ranges[0] == (0, 0) and renderer.ranges()[0].label().startswith("No incidents  (")
    # Integer ranges end to end from the smallest count, ending at QGIS's bounds (empty classes dropped).
    assert ranges[1][0] == min(nonzero)
    assert all(lower == previous_upper + 1 for (_, previous_upper), (lower, _) in zip(ranges[1:], ranges[2:]))
    assert {upper for _, upper in ranges[1:]} <= set(uppers) | {max(nonzero)}
    members = sum(int(r.label().split("(")[1].split()[0]) for r in renderer.ranges())
    assert members == len(values)  # every province in exactly one class


def test_fixed_and_kept_breaks(dock):
    dock.map.method.setCurrentIndex(dock.map.method.findData("fixed"))
    dock.map.fixed_breaks.setText("0, 10, 50, 200")
    dock.map.fixed_breaks.editingFinished.emit()
    layer = dock.provinces_layer()
    assert [(r.lowerValue(), r.upperValue()) for r in layer.renderer().ranges()] == [(0, 10), (11, 50), (51, 200)]
    assert [r.label().split("  (")[0] for r in layer.renderer().ranges()] == ["0 – 10", "11 – 50", "51 – 200"]

    dock.map.method.setCurrentIndex(dock.map.method.findData("jenks"))
    dock.map.keep_breaks.setChecked(True)
    kept = [(r.lowerValue(), r.upperValue()) for r in layer.renderer().ranges()]
    isis_q1(dock)  # a different filter, the same breaks
    assert [(r.lowerValue(), r.upperValue()) for r in layer.renderer().ranges()] == kept
    assert stored_values(layer)["Diyala"] == 80


def test_change_against_the_previous_period():
    flt = IncidentFilter(date_from=date(2020, 4, 1), date_to=date(2020, 6, 30))
    before = previous_period(flt)
    assert (before.date_from, before.date_to) == (date(2020, 1, 1), date(2020, 3, 31))
    a, b, c = 1, 2, 3
    provinces = [Province(a, "A", 1000.0, None), Province(b, "B", 2000.0, 50_000), Province(c, "C", 500.0, None)]
    values = province_values(provinces, {a: (30, 3), b: (10, 0)}, {a: (20, 1), c: (4, 0)})
    assert values.rows[a]["change_abs"] == 10 and values.rows[a]["change_pct"] == 50
    assert values.rows[b]["change_pct"] is None  # no base to compare with
    assert values.rows[c]["change_abs"] == -4 and values.rows[c]["change_pct"] == -100
    assert values.rows[b]["per_1000_km2"] == 5 and values.rows[b]["per_100k_people"] == 20
    assert values.rows[a]["per_100k_people"] is None


def test_significant_change_is_a_class_of_its_own_decided_by_the_test(dock):
    """Three classes - decrease, no significant change, increase - from the corrected exact test."""
    from incident_atlas.plugin.core.maps.choropleth import ChoroplethSettings, apply_choropleth, read_provinces
    from statsmodels.stats.multitest import multipletests

    names = ("Diyala", "Anbar", "Ninawa", "Basra")
    provinces = [Province(number, name, 1.0, None) for number, name in enumerate(names)]
    now = {0: (60, 0), 1: (7, 0), 2: (5, 0)}
    before = {0: (20, 0), 1: (4, 0), 2: (30, 0)}
    values = province_values(provinces, now, before)
    directions = {names[number]: row["change_significance"] for number, row in values.rows.items()}
    assert directions == {"Diyala": 1.0, "Anbar": 0.0, "Ninawa": -1.0, "Basra": 0.0}  # +75 % for Anbar: chance
    p = [binomtest(n, n + b, 0.5).pvalue if n + b else 1.0 for n, b in ((60, 20), (7, 4), (5, 30), (0, 0))]
    assert (multipletests(p, method="fdr_bh")[1] < 0.05).tolist() == [True, False, True, False]

    item(dock.actors.list, "ISIS").setCheckState(Qt.CheckState.Checked)
    dock.dates.date_from.setDate(QDate(2020, 4, 1))
    dock.dates.date_to.setDate(QDate(2020, 6, 30))
    settle(dock)
    layer = dock.provinces_layer()
    settings = ChoroplethSettings(measure="change_significance")
    values = province_values(read_provinces(layer), dock.last_facets.provinces, dock.last_facets.previous_provinces)
    apply_choropleth(layer, values, settings)
    labels = [r.label() for r in layer.renderer().ranges()]
    assert labels == ["Significant decrease (0)", "No significant change (18)", "Significant increase (0)"]
    assert layer.labeling().settings().fieldName == '"name"'


def test_fixed_breaks_need_two_values():
    with pytest.raises(ValueError, match="at least two"):
        class_ranges([1, 2], ChoroplethSettings(method="fixed", fixed_breaks=(5,)))


RENDER = textwrap.dedent(
    """
    import sys
    from qgis.core import QgsApplication, QgsProject, QgsMapSettings, QgsMapRendererParallelJob
    from qgis.PyQt.QtCore import QSize
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    assert project.read(sys.argv[1])
    assert "incident_atlas" not in sys.modules and not any("incident_atlas" in p for p in sys.path)
    layer = [l for l in project.mapLayers().values() if l.name().endswith("provinces")][0]
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(400, 300))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(sys.argv[2])
    """
)


@pytest.mark.system
def test_saved_project_renders_the_same_without_the_plugin(dock, tmp_path):
    from map_render import render_layers
    from qgis.PyQt.QtGui import QImage

    isis_q1(dock)
    layer = dock.provinces_layer()
    layer.setLabelsEnabled(False)  # text antialiasing may differ between processes; colours may not
    ours = tmp_path / "with-plugin.png"
    render_layers([layer], layer.extent(), (400, 300)).save(str(ours))
    project_file = tmp_path / "styled.qgz"
    assert QgsProject.instance().write(str(project_file))

    script = tmp_path / "render.py"
    script.write_text(RENDER)
    plain = tmp_path / "without-plugin.png"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        ["/usr/bin/python3", str(script), str(project_file), str(plain)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    first, second = QImage(str(ours)), QImage(str(plain))
    assert first.size() == second.size()
    colours = {first.pixel(x, y) for x in range(0, 400, 7) for y in range(0, 300, 7)}
    assert len(colours) >= 4  # a real choropleth, not a blank or one-colour image
    differing = sum(first.pixel(x, y) != second.pixel(x, y) for x in range(400) for y in range(300))
    assert differing == 0


def test_countbyprovince_algorithm(plugin, sample_gpkg, tmp_path):
    import geopandas as gpd
    import processing
    from qgis.core import QgsVectorLayer

    output = tmp_path / "counts.gpkg"
    processing.run(
        "incidentatlas:countbyprovince",
        {
            "INPUT": str(sample_gpkg),
            "ACTORS": "ISIS",
            "ACTOR_ROLE": 1,
            "DATE_FROM": "2020-04-01",
            "DATE_TO": "2020-06-30",
            "OUTPUT": str(output),
        },
    )
    layer = QgsVectorLayer(str(output), "counts", "ogr")
    rows = {f["name"]: f for f in layer.getFeatures()}
    assert len(rows) == 18  # every governorate, quiet ones included
    names = [f.name() for f in layer.fields()]
    for field in ("incidents", "fatalities", "per_1000_km2", "per_100k_people", "change_abs", "change_pct", "code"):
        assert field in names
    incidents = gpd.read_file(sample_gpkg, layer="incidents", engine="pyogrio")
    isis = incidents[incidents["actor1"].isin(DEFAULT_ALIAS_GROUPS["ISIS"])]
    dates = isis["event_date"].astype(str)
    q2 = isis[(dates >= "2020-04-01") & (dates <= "2020-06-30")]["province"].value_counts()
    q1 = isis[(dates >= "2020-01-01") & (dates <= "2020-03-31")]["province"].value_counts()
    diyala = rows["Diyala"]
    assert diyala["incidents"] == q2["Diyala"]
    assert diyala["change_abs"] == q2["Diyala"] - q1["Diyala"]
    assert diyala["change_pct"] == pytest.approx(100 * (q2["Diyala"] - q1["Diyala"]) / q1["Diyala"])
    import sqlite3

    with sqlite3.connect(sample_gpkg) as db:
        (area,) = db.execute("SELECT area_km2 FROM provinces WHERE name = 'Diyala'").fetchone()
    assert diyala["per_1000_km2"] == pytest.approx(q2["Diyala"] * 1000 / area)
    from qgis.core import NULL

    assert diyala["per_100k_people"] in (None, NULL)  # Natural Earth carries no population
    assert rows["Al-Basrah"]["incidents"] == 0


def test_labels_sit_on_a_band_where_it_is_cheap_and_always_in_print(dock):
    from incident_atlas.plugin.core.maps.choropleth import (
        SCREEN_BAND_PROVINCES,
        ChoroplethSettings,
        ProvinceValues,
        apply_choropleth,
        print_styling,
    )

    layer = dock.provinces_layer()
    assert layer.labeling().settings().format().buffer().enabled()  # Iraq's 18 provinces: cheap
    many = ProvinceValues({f"P{i}": {"incidents": float(i)} for i in range(SCREEN_BAND_PROVINCES + 1)})
    apply_choropleth(layer, many, ChoroplethSettings())
    assert not layer.labeling().settings().format().buffer().enabled()  # hundreds: no band on screen
    printed = print_styling(layer)
    assert printed.settings().format().buffer().enabled()  # but always on paper
    assert printed.settings().dataDefinedProperties().isActive(printed.settings().Property.BufferColor)
