"""A province is (country, province): Punjab in India and in Pakistan, "Southern" in Rwanda and in Sierra
Leone are counted apart everywhere, in a GeoPackage and in PostGIS (Natural Earth shares 69 names)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from conftest import SOURCE_KINDS
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.maps.brief import table_cells
from incident_atlas.plugin.core.maps.choropleth import VALUE_EXPRESSION, VARIABLE, ChoroplethSettings
from incident_atlas.plugin.core.store import column_store, queries, schema
from incident_atlas.plugin.core.store.compare import compare_datasets
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
from incident_atlas.plugin.core.store.geopackage_schema import connect
from incident_atlas.plugin.core.trends.change import change_by_province
from incident_atlas.plugin.core.trends.overview import TrendSettings, trend_brief
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
from source_files import acled_row, write_acled

# (place, country, admin-1 as ACLED writes it, longitude, latitude, events)
PLACES = (
    ("Lahore", "Pakistan", "Punjab", 74.34, 31.55, 3),
    ("Ludhiana", "India", "Punjab", 75.85, 30.90, 2),
    ("Huye", "Rwanda", "Southern", 29.74, -2.60, 1),
    ("Bo", "Sierra Leone", "Southern", -11.74, 7.96, 4),
)
EXPECTED = {(country, admin1): events for _, country, admin1, _, _, events in PLACES}
PLACED = sum(EXPECTED.values())


def rows(day: str = "2020-02-15") -> list[dict]:
    found = []
    for place, country, admin1, lon, lat, events in PLACES:
        for number in range(events):
            found.append(
                acled_row(
                    f"{place}{number}-{day}",
                    country=country,
                    admin1=admin1,
                    location=place,
                    longitude=lon,
                    latitude=lat,
                    event_date=day,
                    year=day[:4],
                    actor1="Militia",
                )
            )
    return found


@pytest.fixture(scope="module", params=SOURCE_KINDS)
def store(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("same-names")
    csv = write_acled(folder / "four.csv", rows() + rows("2019-11-15"))
    if request.param == "gpkg":
        target = GeoPackageSource(folder / "four.gpkg")
    else:
        from test_postgis import fresh

        target = fresh(request.getfixturevalue("postgis"), "same_names")
    result = import_incidents(ImportOptions(source=csv, output=target))
    assert (result.imported, result.outside_provinces) == (2 * PLACED, 0)
    return target


def where(store) -> dict:
    """The Processing parameters that name the store."""
    if hasattr(store, "path"):
        return {"INPUT": str(store.path)}
    return {"DATABASE": store.connection, "SCHEMA": store.schema}


def by_country(counts: dict, source) -> dict:
    named = {p.id: (p.country, p.name) for p in queries.provinces(source)}
    return {named[key]: value for key, value in counts.items()}


FEB = IncidentFilter(date_from=date(2020, 2, 1), date_to=date(2020, 2, 29))


def test_same_named_provinces_are_counted_apart_by_the_database_and_in_memory(store):
    counted = by_country(queries.count_by_province(store, FEB), store)
    assert {key: n for key, (n, _) in counted.items()} == EXPECTED
    assert by_country(store.facet_counts().count_by_province(FEB), store) == counted
    summary = queries.summary(store, FEB)
    assert (summary.incidents, summary.provinces) == (PLACED, 4)
    assert sum(n for n, _ in counted.values()) == summary.incidents  # every placed incident once


def test_a_province_chosen_is_that_polygon_not_its_name(store):
    pakistan = next(p.id for p in queries.provinces(store) if (p.country, p.name) == ("Pakistan", "Punjab"))
    chosen = FEB.with_changes(provinces=(pakistan,))
    assert queries.summary(store, chosen).incidents == 3
    assert store.facet_counts().summary(chosen).incidents == 3


def test_countbyprovince_gives_each_its_own_row_with_its_country(store, plugin, tmp_path):
    import processing

    parameters = {"DATE_FROM": "2020-02-01", "DATE_TO": "2020-02-29", "OUTPUT": "memory:"}
    parameters.update(where(store))
    layer = processing.run("incidentatlas:countbyprovince", parameters)["OUTPUT"]
    found = {(f["country"], f["name"]): f["incidents"] for f in layer.getFeatures() if f["incidents"]}
    assert found == EXPECTED
    # The provinces with nothing stay, as 0: Rwanda's other provinces, India's other states, ...
    assert layer.featureCount() > 4 and len({f["province_id"] for f in layer.getFeatures()}) == layer.featureCount()


def test_the_map_colours_each_polygon_with_its_own_count(store):
    from incident_atlas.plugin.core.maps.choropleth import apply_choropleth, database_values

    provinces = store.open_layer(schema.PROVINCES, "provinces")
    apply_choropleth(provinces, database_values(store, FEB, provinces), ChoroplethSettings())
    stored = json.loads(QgsExpressionContextUtils.layerScope(provinces).variable(VARIABLE))
    assert len(stored) == provinces.featureCount()  # one value per polygon, not per name
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(provinces))
    expression = QgsExpression(VALUE_EXPRESSION)
    drawn = {}
    for feature in provinces.getFeatures():
        context.setFeature(feature)
        value = expression.evaluate(context)
        if value:
            drawn[(feature["country"], feature["name"])] = value
    assert drawn == EXPECTED
    legend = [r.label() for r in provinces.renderer().ranges()]
    members = sum(int(label.rsplit("(", 1)[1].split()[0]) for label in legend)
    assert members == provinces.featureCount()  # the legend counts polygons, each once


def test_trends_change_compare_and_the_brief_name_the_country(store):
    provinces = queries.provinces(store)
    table = change_by_province(store.facet_counts(), provinces, FEB, "last_year", data_start=date(2019, 1, 1))
    rows = {row.label: row for row in table.rows if row.current}
    assert {label: row.current for label, row in rows.items()} == {
        "Punjab (Pakistan)": 3,
        "Punjab (India)": 2,
        "Southern (Rwanda)": 1,
        "Southern (Sierra Leone)": 4,
    }
    assert rows["Punjab (India)"].country == "India" and rows["Punjab (India)"].name == "Punjab"
    datasets, compared = compare_datasets(store, FEB)
    assert {(r.name, r.country): r.events for r in compared} == {(a, c): n for (c, a), n in EXPECTED.items()}
    assert sorted(r.province for r in compared) == sorted(rows)
    brief = trend_brief(store.facet_counts(), provinces, FEB, TrendSettings(baseline="previous"), date(2019, 1, 1))
    _, cells = table_cells(brief)
    assert [row[0].content() for row in cells[:4]] == [
        "Southern (Sierra Leone)",
        "Punjab (Pakistan)",
        "Punjab (India)",
        "Southern (Rwanda)",
    ]
    assert {key: sum(values) for key, values in brief.series.items() if sum(values)} == {
        row.province_id: row.current for row in rows.values()
    }


@pytest.mark.slow
def test_an_atlas_has_a_page_per_province_with_incidents_titled_with_its_country(store, plugin, tmp_path):
    import processing
    from pypdf import PdfReader

    parameters = {"DATE_FROM": "2020-02-01", "DATE_TO": "2020-02-29", "ATLAS": True}
    parameters.update(where(store))
    pdf = processing.run("incidentatlas:exportmap", {**parameters, "OUTPUT": str(tmp_path / "atlas.pdf")})["OUTPUT"]
    titles = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
    assert len(titles) == 4
    for words in (
        "Southern (Sierra Leone) (4)",
        "Punjab (Pakistan) (3)",
        "Punjab (India) (2)",
        "Southern (Rwanda) (1)",
    ):
        assert sum(words in title for title in titles) == 1, (words, titles)


def test_a_store_of_schema_3_gets_the_ids_of_its_polygons(tmp_path):
    """The upgrade finds each incident's polygon by name and code (and country where no code tells)."""
    gpkg = tmp_path / "old.gpkg"
    import_incidents(ImportOptions(source=write_acled(tmp_path / "four.csv", rows()), output=gpkg))
    old = tmp_path / "as-schema-3.gpkg"
    shutil.copy(gpkg, old)
    with closing(connect(old)) as db:  # the R-tree's triggers need the GeoPackage functions
        expected = db.execute("SELECT fid, province_id FROM incidents ORDER BY fid").fetchall()
        db.execute("DROP INDEX idx_incidents_province_id")
        db.execute("ALTER TABLE incidents DROP COLUMN province_id")
        for column in ("target_type", "target"):  # schema 5's
            db.execute(f"ALTER TABLE incidents DROP COLUMN {column}")
        db.execute("UPDATE incident_atlas_meta SET value = '3' WHERE key = 'schema_version'")
    assert GeoPackageSource(old).upgrade() == 3
    with closing(sqlite3.connect(old)) as db:
        assert db.execute("SELECT fid, province_id FROM incidents ORDER BY fid").fetchall() == expected
    counted = by_country(column_store.load(old).count_by_province(IncidentFilter()), GeoPackageSource(old))
    assert {key: n for key, (n, _) in counted.items()} == EXPECTED
