"""The download algorithms (incidentatlas:downloadacled, incidentatlas:downloaducdp) on the stand-in
API, accounts from QGIS's authentication manager or the environment, and downloads of rows taken
from real exports (../shared/data/real) against importing the same files."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from incident_atlas.plugin.core.download.download import download
from incident_atlas.plugin.core.download.gleditsch_ward import gw_number
from incident_atlas.plugin.core.download.providers import Query
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProcessingFeedback, QgsProject
from test_download import PASSWORD, USER, Api, incidents, start_api

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason=f"no real exports: {REAL} is absent")
UKRAINE = REAL / "acled" / "acled_ukraine_exporttool_2024_155rows.csv"
MIDDLE_EAST = REAL / "ucdp" / "ged_api_style_middle_east_2002.json"


@pytest.fixture()
def api():
    with start_api("--rows", "12") as process:
        yield Api(f"http://127.0.0.1:{int(process.stdout.readline())}")


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 (QGIS's name)
        self.lines.append(info)
        super().pushInfo(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.lines.append(error)
        super().reportError(error, fatalError)


def stored_config(method: str, **values) -> str:
    manager = QgsApplication.authManager()
    manager.setMasterPassword("incident-atlas-tests", True)
    config = QgsAuthMethodConfig(method)
    config.setName(f"incident atlas {method}")
    for key, value in values.items():
        config.setConfig(key, value)
    ok = manager.storeAuthenticationConfig(config)
    assert (ok[0] if isinstance(ok, tuple) else ok) and config.id()
    return config.id()


def test_downloadacled_with_an_account_from_the_environment_then_an_update(api, tmp_path, plugin, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    monkeypatch.setenv("ACLED_USERNAME", USER)
    monkeypatch.setenv("ACLED_PASSWORD", PASSWORD)
    output = tmp_path / "acled.gpkg"
    parameters = {"COUNTRIES": "Iraq", "DATE_FROM": "2020-01-01", "DATE_TO": "2020-03-31", "API_URL": api.base}
    result = processing.run("incidentatlas:downloadacled", {**parameters, "OUTPUT": str(output)})
    assert [result[k] for k in ("IMPORTED", "INSERTED", "UPDATED", "DELETED", "REJECTED")] == [12, 12, 0, 0, 0]
    api.admin(acled={"change": {"IRQ2": {"notes": "revised"}}, "delete": ["IRQ4"]})
    result = processing.run("incidentatlas:downloadacled", {**parameters, "OUTPUT": str(output), "UPDATE": True})
    assert [result[k] for k in ("INSERTED", "UPDATED", "DELETED")] == [0, 1, 1]
    with sqlite3.connect(output) as db:
        sources = [s for (s,) in db.execute("SELECT source_file FROM imports ORDER BY import_id")]
    assert sources[0].startswith("ACLED API, Iraq, 2020-01-01 to 2020-03-31 (download, accessed ")
    from incident_atlas.plugin.core.maps.map_export import source_descriptions

    today = date.today().isoformat()
    named = f"ACLED (ACLED API, Iraq, 2020-01-01 to 2020-03-31 (download, accessed {today}), imported {today})"
    assert source_descriptions(output)[0] == named  # the map's provenance: the API, the query, the day
    assert sources[1].startswith("ACLED API, Iraq, 2020-01-01 to 2020-03-31 (update, accessed ")
    monkeypatch.setenv("ACLED_PASSWORD", "not-it")
    with pytest.raises(QgsProcessingException, match="answered 401"):
        processing.run("incidentatlas:downloadacled", {**parameters, "OUTPUT": str(tmp_path / "other.gpkg")})
    assert not (tmp_path / "other.gpkg").exists()


def test_credentials_from_the_authentication_manager_never_reach_logs_sources_or_the_project(
    api, tmp_path, plugin, monkeypatch, qgis_new_project
):
    import processing
    from incident_atlas.plugin.core.project.layers import open_incident_geopackage

    monkeypatch.delenv("ACLED_USERNAME", raising=False)
    monkeypatch.delenv("ACLED_PASSWORD", raising=False)
    acled = stored_config("Basic", username=USER, password=PASSWORD)
    ucdp = stored_config("Basic", username="token", password="ucdp-token")
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, *_: logged.append(message))
    feedback = Recorder()
    output = tmp_path / "both.gpkg"
    common = {"DATE_FROM": "2020-01-01", "DATE_TO": "2020-12-31", "API_URL": api.base, "OUTPUT": str(output)}
    first = processing.run(
        "incidentatlas:downloadacled", {**common, "COUNTRIES": "Iraq", "AUTHCFG": acled}, feedback=feedback
    )
    second = processing.run(
        "incidentatlas:downloaducdp",
        {**common, "COUNTRIES": '["Iraq"]', "EVENT_TYPES": "State-based conflict", "AUTHCFG": ucdp},
        feedback=feedback,
    )
    assert (first["IMPORTED"], second["IMPORTED"]) == (12, 12)
    open_incident_geopackage(output)
    project_file = tmp_path / "downloads.qgs"
    assert QgsProject.instance().write(str(project_file))
    texts = [project_file.read_text(encoding="utf-8"), *logged, *feedback.lines]
    texts += [layer.source() for layer in QgsProject.instance().mapLayers().values()]
    with sqlite3.connect(output) as db:
        texts += [str(row) for row in db.execute("SELECT * FROM imports")]
    assert feedback.lines and logged
    for secret in (PASSWORD, "ucdp-token", "A1", "R1"):
        assert not any(secret in text for text in texts), secret
    if "APIHeader" in QgsApplication.authManager().authMethodsKeys():  # QGIS 3.28 and later
        header = stored_config("APIHeader", **{"x-ucdp-access-token": "ucdp-token"})
        again = processing.run("incidentatlas:downloaducdp", {**common, "COUNTRIES": "645", "AUTHCFG": header})
        assert (again["INSERTED"], again["IMPORTED"]) == (0, 12)


def test_downloaducdp_checks_its_release_and_types(api, tmp_path, plugin, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    monkeypatch.setenv("UCDP_ACCESS_TOKEN", "ucdp-token")
    common = {"COUNTRIES": "Iraq", "DATE_FROM": "2020-01-01", "DATE_TO": "2020-12-31", "API_URL": api.base}
    common["OUTPUT"] = str(tmp_path / "ucdp.gpkg")
    with pytest.raises(QgsProcessingException, match="candidate release is named like 25.0.10"):
        processing.run("incidentatlas:downloaducdp", {**common, "CANDIDATE": True, "VERSION": "25.1"})
    with pytest.raises(QgsProcessingException, match="types of violence are 1, 2 and 3, not 4"):
        processing.run("incidentatlas:downloaducdp", {**common, "EVENT_TYPES": "4"})
    result = processing.run("incidentatlas:downloaducdp", {**common, "CANDIDATE": True, "VERSION": "25.0.10"})
    assert result["IMPORTED"] == 12
    assert [e for e in api.log() if e[0] == "ucdp"] == [("ucdp", "0")]
    with sqlite3.connect(tmp_path / "ucdp.gpkg") as db:
        (source,) = db.execute("SELECT source_file FROM imports").fetchone()
    assert source.startswith("UCDP GED API 25.0.10, Iraq, 2020-01-01 to 2020-12-31 (download, accessed ")


@needs_real
def test_gleditsch_ward_numbers_agree_with_real_exports():
    with open(REAL / "acled" / "acled_africa_2016-01-01_2016-05-28_legacy.csv", encoding="cp1252") as handle:
        pairs = {}
        for row in csv.DictReader(handle):
            pairs.setdefault(row["COUNTRY"], []).append(row["GWNO"])
    for country, numbers in pairs.items():
        usual = max(set(numbers), key=numbers.count)  # a few rows carry a neighbour's number
        assert gw_number(country) == int(usual), country
    for row in json.loads(MIDDLE_EAST.read_text(encoding="utf-8")):
        assert gw_number(row["country"]) == int(row["country_id"])
    with open(REAL / "ucdp" / "ged191_myanmar_bangladesh.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            assert gw_number(row["country"]) == int(row["country_id"])


@needs_real
def test_a_paged_acled_download_of_real_rows_equals_importing_the_file(tmp_path):
    with start_api("--acled-csv", str(UKRAINE)) as process:
        api = Api(f"http://127.0.0.1:{int(process.stdout.readline())}")
        query = Query(("Ukraine",), date(2020, 1, 1), date(2024, 12, 31))  # the file's events run 2022-2024
        result = download(query, tmp_path / "api.gpkg", api.account(), page_size=40)
        assert sum(1 for entry in api.log() if entry[0] == "acled") == 4  # 155 rows in pages of 40
    from_file = import_incidents(ImportOptions(source=UKRAINE, output=tmp_path / "file.gpkg"))
    assert (result.rows_read, result.imported, result.rejected) == (155, from_file.imported, from_file.rejected)
    assert incidents(tmp_path / "api.gpkg") == incidents(tmp_path / "file.gpkg")


@needs_real
def test_a_paged_ucdp_download_of_real_rows_equals_importing_the_file(tmp_path):
    with start_api("--ucdp-json", str(MIDDLE_EAST)) as process:
        api = Api(f"http://127.0.0.1:{int(process.stdout.readline())}")
        # The file's events: 382 of 2002, four of 1989, 2003 and 2004.
        countries = ("Iraq", "Turkey", "Israel", "Lebanon")
        query = Query(countries, date(1989, 1, 1), date(2004, 12, 31), provider="ucdp")
        result = download(query, tmp_path / "api.gpkg", api.account(), page_size=100)
        assert [e for e in api.log() if e[0] == "ucdp"] == [("ucdp", str(page)) for page in range(4)]
    from_file = import_incidents(ImportOptions(source=MIDDLE_EAST, output=tmp_path / "file.gpkg"))
    assert (result.rows_read, result.imported, result.rejected) == (386, from_file.imported, from_file.rejected)
    assert incidents(tmp_path / "api.gpkg", "ucdp_ged") == incidents(tmp_path / "file.gpkg", "ucdp_ged")


@pytest.mark.postgis
def test_downloads_and_updates_on_postgis_leave_the_servers_state(api, postgis, tmp_path):
    from test_download import IRAQ_Q1
    from test_postgis import fresh, scalar

    source = fresh(postgis, "downloads")
    download(IRAQ_Q1, source, api.account())
    ucdp = Query(("Iraq",), date(2020, 1, 1), date(2020, 12, 31), provider="ucdp", version="25.0.10")
    download(ucdp, source, api.account())
    api.admin(
        acled={"add": [_acled_row("IRQ70")], "change": {"IRQ1": {"fatalities": "5"}}, "delete": ["IRQ2"]},
        ucdp={"delete": ["1001"]},
    )
    acled_update = download(IRAQ_Q1, source, api.account(), update=True)
    ucdp_update = download(ucdp, source, api.account(), update=True)
    assert (acled_update.inserted, acled_update.updated, acled_update.deleted) == (1, 1, 1)
    assert (ucdp_update.deleted, ucdp_update.unchanged) == (1, 11)
    fresh_file = tmp_path / "fresh.gpkg"
    download(IRAQ_Q1, fresh_file, api.account())
    ids = "SELECT string_agg(event_id, ',' ORDER BY event_id) FROM downloads.incidents WHERE source_dataset = '{}'"
    assert scalar(source, ids.format("acled")) == ",".join(sorted(incidents(fresh_file)))
    assert "1001" not in scalar(source, ids.format("ucdp_ged")).split(",")
    deleted = "SELECT string_agg(rows_deleted::text, ',' ORDER BY import_id) FROM downloads.imports"
    assert scalar(source, deleted) == "0,0,1,1"


def _acled_row(event_id: str) -> dict:
    from source_files import acled_row

    return acled_row(event_id, event_date="2020-02-02")


def test_downloads_place_border_events_and_link_datasets_with_the_tolerances_given(api, tmp_path, plugin, monkeypatch):
    import processing

    monkeypatch.setenv("ACLED_USERNAME", USER)
    monkeypatch.setenv("ACLED_PASSWORD", PASSWORD)
    monkeypatch.setenv("UCDP_ACCESS_TOKEN", "ucdp-token")
    # IRQ2 said to be in Iraq but placed in Abu Kamal, Syria, a few km from the border.
    api.admin(acled={"change": {"IRQ2": {"latitude": "34.45", "longitude": "40.92"}}})
    common = {"COUNTRIES": "Iraq", "DATE_FROM": "2020-01-01", "DATE_TO": "2020-12-31", "API_URL": api.base}
    placed = {}
    for border_km in (0.0, 25.0):
        output = tmp_path / f"border_{border_km:g}.gpkg"
        extra = {"BORDER_KM": border_km, "LINK_DAYS": 3, "LINK_KM": 5.0}
        processing.run("incidentatlas:downloadacled", {**common, **extra, "OUTPUT": str(output)})
        # Links are made, and their tolerances recorded, once a store holds a second dataset.
        processing.run("incidentatlas:downloaducdp", {**common, **extra, "OUTPUT": str(output)})
        with sqlite3.connect(output) as db:
            placed[border_km] = db.execute(
                "SELECT p.country, i.province_method FROM incidents i JOIN provinces p ON p.name = i.province "
                "WHERE i.event_id = 'IRQ2'"
            ).fetchone()
            (rules,) = db.execute("SELECT value FROM incident_atlas_meta WHERE key = 'link_rules'").fetchone()
        assert json.loads(rules) == {"days": 3, "km": 5.0}
    assert placed == {0.0: ("Syria", "point"), 25.0: ("Iraq", "nearest")}
