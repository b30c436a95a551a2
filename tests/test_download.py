"""Downloads from the providers' APIs (a local stand-in, tests/fake_api.py): tokens, pages, retries,
cancel, and one import with the API, the query and the access date named."""

from __future__ import annotations

import json
import sqlite3
import sys
import urllib.request
from datetime import date
from pathlib import Path

import pytest
from incident_atlas.plugin.core.download.download import download_and_import
from incident_atlas.plugin.core.download.http import DownloadError
from incident_atlas.plugin.core.download.providers import AcledSession, Query, acled_pages, ucdp_pages
from incident_atlas.plugin.core.errors import ImportCancelledError
from processes import running
from qgis.core import QgsFeedback

HERE = Path(__file__).resolve().parent
IRAQ_Q1 = Query(("Iraq",), date(2020, 1, 1), date(2020, 3, 31))


@pytest.fixture()
def api():
    """The stand-in API on a free port, killed and reaped whatever the test does."""
    import subprocess

    with running([sys.executable, str(HERE / "fake_api.py"), "12"], stdout=subprocess.PIPE, text=True) as process:
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"


def server_log(base: str) -> list:
    with urllib.request.urlopen(f"{base}/log", timeout=10) as answer:
        return json.loads(answer.read())


def test_acled_pages_with_a_token_and_a_retry(api):
    session = AcledSession("analyst@example.org", "s3cret", base=api)
    pages = list(acled_pages(session, IRAQ_Q1, limit=5))
    assert [len(page) for page in pages] == [5, 5, 2]  # until a page holds fewer than the limit
    assert sorted(r["event_id_cnty"] for page in pages for r in page) == sorted(f"IRQ{i}" for i in range(12))
    log = server_log(api)
    assert log.count(["token", "password"]) == 1  # one token for every page
    assert log.count(["acled", "2"]) == 2  # the 429 was waited out and asked again


def test_an_expired_token_is_refreshed_before_the_password_is_sent_again(api):
    session = AcledSession("analyst@example.org", "s3cret", base=api)
    session.headers()
    session.expires_at = 0  # a day later
    assert session.headers() == {"Authorization": "Bearer A2"}
    assert session.token_requests == ["password", "refresh_token"]


def test_a_wrong_password_is_said_without_repeating_it(api):
    session = AcledSession("analyst@example.org", "wrong-password", base=api)
    with pytest.raises(DownloadError, match="answered 401") as refused:
        list(acled_pages(session, IRAQ_Q1))
    assert "wrong-password" not in str(refused.value)


def test_ucdp_pages_follow_next_page_url_and_need_the_token(api):
    pages = list(ucdp_pages(Query((), date(2017, 1, 1), date(2017, 12, 31)), "ucdp-token", base=api, page_size=5))
    assert [len(page) for page in pages] == [5, 5, 2]
    with pytest.raises(DownloadError, match="answered 401"):
        list(ucdp_pages(IRAQ_Q1, "", base=api))


def test_a_download_is_one_import_that_names_the_api_the_query_and_the_day(api, tmp_path):
    session = AcledSession("analyst@example.org", "s3cret", base=api)
    output = tmp_path / "acled.gpkg"
    description = "ACLED API, country Iraq, 2020-01-01 to 2020-03-31"
    result = download_and_import(acled_pages(session, IRAQ_Q1, limit=5), output, description)
    assert (result.rows_read, result.imported, result.rejected) == (12, 12, 0)
    with sqlite3.connect(output) as db:
        (source,) = db.execute("SELECT source_file FROM imports").fetchone()
    assert source == f"{description} (accessed {date.today().isoformat()})"
    again = download_and_import(acled_pages(session, IRAQ_Q1, limit=5), output, description)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 12)


def test_a_cancelled_download_writes_nothing(api, tmp_path):
    session = AcledSession("analyst@example.org", "s3cret", base=api)
    feedback = QgsFeedback()

    def cancelled_after_first_page():
        for number, page in enumerate(acled_pages(session, IRAQ_Q1, feedback, limit=5)):
            if number == 1:
                feedback.cancel()
            yield page

    output = tmp_path / "acled.gpkg"
    with pytest.raises(ImportCancelledError, match="nothing was written"):
        download_and_import(cancelled_after_first_page(), output, "ACLED API", feedback)
    assert not output.exists()


def test_a_query_without_events_says_so(api, tmp_path):
    session = AcledSession("analyst@example.org", "s3cret", base=api)
    nowhere = Query(("Atlantis",), date(2020, 1, 1), date(2020, 3, 31))
    with pytest.raises(DownloadError, match="no events match; nothing was written"):
        download_and_import(acled_pages(session, nowhere), tmp_path / "none.gpkg", "ACLED API, country Atlantis")
    assert not (tmp_path / "none.gpkg").exists()


def test_the_downloadacled_algorithm_with_an_account_from_the_environment(api, tmp_path, plugin, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException

    monkeypatch.setenv("ACLED_USERNAME", "analyst@example.org")
    monkeypatch.setenv("ACLED_PASSWORD", "s3cret")
    parameters = {
        "COUNTRIES": "Iraq",
        "DATE_FROM": "2020-01-01",
        "DATE_TO": "2020-03-31",
        "API_URL": api,
        "OUTPUT": str(tmp_path / "acled.gpkg"),
    }
    result = processing.run("incidentatlas:downloadacled", parameters)
    assert (result["IMPORTED"], result["REJECTED"]) == (12, 0)
    with sqlite3.connect(tmp_path / "acled.gpkg") as db:
        (source,) = db.execute("SELECT source_file FROM imports").fetchone()
    assert source.startswith("ACLED API, Iraq, 2020-01-01 to 2020-03-31 (accessed ")
    monkeypatch.setenv("ACLED_PASSWORD", "not-it")
    with pytest.raises(QgsProcessingException, match="answered 401"):
        processing.run("incidentatlas:downloadacled", {**parameters, "OUTPUT": str(tmp_path / "other.gpkg")})
    assert not (tmp_path / "other.gpkg").exists()
