"""Downloads from the providers' APIs (a local stand-in, tests/fake_api.py): tokens, pages, retries,
cancel, updates with new, changed and deleted events, and one import with the API, the query and
the access date named."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import urllib.request
from datetime import date
from pathlib import Path

import pytest
from incident_atlas.plugin.core.download.credentials import acled_session
from incident_atlas.plugin.core.download.download import Account, download
from incident_atlas.plugin.core.download.http import DownloadError
from incident_atlas.plugin.core.download.providers import AcledSession, Query, acled_pages, api_base, ucdp_pages
from incident_atlas.plugin.core.errors import ImportCancelledError
from processes import running
from qgis.core import QgsFeedback

HERE = Path(__file__).resolve().parent
IRAQ_Q1 = Query(("Iraq",), date(2020, 1, 1), date(2020, 3, 31))
USER, PASSWORD = "analyst@example.org", "s3cret"


class Api:
    def __init__(self, base: str):
        self.base = base

    def admin(self, **change) -> None:
        request = urllib.request.Request(f"{self.base}/admin", data=json.dumps(change).encode(), method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass

    def log(self) -> list:
        with urllib.request.urlopen(f"{self.base}/log", timeout=10) as answer:
            return [tuple(entry) for entry in json.loads(answer.read())]

    def session(self, password: str = PASSWORD) -> AcledSession:
        return AcledSession(USER, password, base=self.base)

    def account(self) -> Account:
        return Account(acled=self.session(), ucdp_token="ucdp-token", ucdp_base=self.base)


def start_api(*arguments: str):
    """The stand-in API on a free port, killed and reaped whatever the test does."""
    return running([sys.executable, str(HERE / "fake_api.py"), *arguments], stdout=subprocess.PIPE, text=True)


@pytest.fixture()
def api():
    with start_api("--rows", "12") as process:
        yield Api(f"http://127.0.0.1:{int(process.stdout.readline())}")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def incidents(path: Path, dataset: str = "acled") -> dict[str, tuple]:
    """Every incident of a dataset by id, as stored (less the import that wrote it)."""
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM incidents WHERE source_dataset = ?", (dataset,)).fetchall()
    left_out = {"fid", "import_id", "geom"}
    return {row["event_id"]: tuple(row[k] for k in row.keys() if k not in left_out) for row in rows}


def test_acled_pages_with_a_token_and_a_retry(api):
    api.admin(throttle_page=2)
    pages = list(acled_pages(api.session(), IRAQ_Q1, limit=5))
    assert [len(page) for page in pages] == [5, 5, 2]  # until a page holds fewer than the limit
    assert sorted(r["event_id_cnty"] for page in pages for r in page) == sorted(f"IRQ{i}" for i in range(12))
    log = api.log()
    assert log.count(("token", "password")) == 1  # one token for every page
    assert log.count(("acled", "2")) == 2  # the 429 was waited out (Retry-After: 0) and asked again


def test_an_expired_token_is_refreshed_once_and_the_password_is_not_sent_again(api, tmp_path):
    session = api.session()
    pages = acled_pages(session, IRAQ_Q1, limit=5)
    first = next(pages)
    api.admin(expire_tokens=True)  # the server stops taking the token mid-download
    rest = list(pages)
    assert sum(map(len, [first, *rest])) == 12
    assert session.token_requests == ["password", "refresh_token"]
    assert [entry for entry in api.log() if entry[0] == "token"] == [("token", "password"), ("token", "refresh_token")]
    session.expires_at = 0  # a day later: the refresh token again, not the password
    assert session.headers() == {"Authorization": "Bearer A3"}
    assert session.token_requests[-1] == "refresh_token"


def test_a_wrong_password_is_said_without_repeating_it(api):
    with pytest.raises(DownloadError, match="answered 401.*account was refused") as refused:
        list(acled_pages(api.session("wrong-password"), IRAQ_Q1))
    assert "wrong-password" not in str(refused.value)


def test_an_unreachable_service_is_said(tmp_path):
    session = AcledSession(USER, PASSWORD, base="http://127.0.0.1:9")  # discard port: nothing listens
    with pytest.raises(DownloadError, match="cannot be reached.*proxy settings"):
        list(acled_pages(session, IRAQ_Q1))


def test_ucdp_pages_follow_next_page_url_and_need_the_token(api):
    query = Query(("Iraq",), date(2020, 1, 1), date(2020, 12, 31), provider="ucdp")
    pages = list(ucdp_pages(query, "ucdp-token", base=api.base, page_size=5))
    assert [len(page) for page in pages] == [5, 5, 2]
    assert [entry for entry in api.log() if entry[0] == "ucdp"] == [("ucdp", "0"), ("ucdp", "1"), ("ucdp", "2")]
    with pytest.raises(DownloadError, match="answered 401"):
        list(ucdp_pages(query, "", base=api.base))
    nowhere = Query(("Atlantis",), date(2020, 1, 1), date(2020, 12, 31), provider="ucdp")
    with pytest.raises(DownloadError, match="Gleditsch-Ward number.*Iraq is 645"):
        list(ucdp_pages(nowhere, "ucdp-token", base=api.base))


def test_a_download_is_one_import_that_names_the_api_the_query_and_the_day(api, tmp_path):
    output = tmp_path / "acled.gpkg"
    result = download(IRAQ_Q1, output, api.account())
    assert (result.rows_read, result.imported, result.rejected) == (12, 12, 0)
    with sqlite3.connect(output) as db:
        source, recorded = db.execute("SELECT source_file, download_query FROM imports").fetchone()
    assert source == f"ACLED API, Iraq, 2020-01-01 to 2020-03-31 (download, accessed {date.today().isoformat()})"
    assert json.loads(recorded)["max_timestamp"] == 1_700_000_011  # where the next update starts
    again = download(IRAQ_Q1, output, api.account())
    assert (again.inserted, again.updated, again.unchanged, again.deleted) == (0, 0, 12, 0)


def test_an_update_leaves_exactly_the_servers_state_and_says_what_changed(api, tmp_path):
    output = tmp_path / "acled.gpkg"
    download(IRAQ_Q1, output, api.account())
    api.admin(acled={"add": [_row("IRQ100")], "change": {"IRQ3": {"fatalities": "9"}}, "delete": ["IRQ5", "IRQ7"]})
    update = download(IRAQ_Q1, output, api.account(), update=True)
    assert (update.inserted, update.updated, update.deleted, update.rejected) == (1, 1, 2, 0)
    # Only the rows added or changed since the last download, and the last one again (ACLED's filter is >=).
    assert (update.rows_read, update.unchanged) == (3, 1)
    assert "2 deleted" in update.summary()
    fresh = download(IRAQ_Q1, tmp_path / "fresh.gpkg", api.account())
    assert fresh.imported == 11
    assert incidents(output) == incidents(tmp_path / "fresh.gpkg")  # exactly what a new download gives
    with sqlite3.connect(output) as db:
        rows = db.execute("SELECT source_file, rows_inserted, rows_updated, rows_deleted FROM imports").fetchall()
        (count,) = db.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()
    assert rows[-1][0].startswith("ACLED API, Iraq, 2020-01-01 to 2020-03-31 (update, accessed ")
    assert rows[-1][1:] == (1, 1, 2)
    assert count == 11  # the spatial index lost the deleted events too
    quiet = download(IRAQ_Q1, output, api.account(), update=True)
    assert (quiet.inserted, quiet.updated, quiet.deleted) == (0, 0, 0)
    assert quiet.rows_read <= 1  # the latest change again, at most (ACLED's timestamp filter is >=)


def test_an_update_of_only_deletions_is_recorded(api, tmp_path):
    output = tmp_path / "acled.gpkg"
    download(IRAQ_Q1, output, api.account())
    api.admin(acled={"delete": ["IRQ11"]})  # the latest row: nothing is left at or after the last timestamp
    update = download(IRAQ_Q1, output, api.account(), update=True)
    assert (update.rows_read, update.imported, update.deleted) == (0, 0, 1)
    assert "IRQ11" not in incidents(output)
    with sqlite3.connect(output) as db:
        assert db.execute("SELECT rows_read, rows_deleted FROM imports ORDER BY import_id DESC").fetchone() == (0, 1)


def test_a_ucdp_update_removes_what_the_release_no_longer_holds(api, tmp_path):
    query = Query(("Iraq",), date(2020, 1, 1), date(2020, 12, 31), provider="ucdp", version="25.0.10")
    output = tmp_path / "ucdp.gpkg"
    first = download(query, output, api.account())
    assert first.imported == 12
    api.admin(ucdp={"delete": ["1003"], "change": {"1004": {"best": "40"}}})
    later = Query(("Iraq",), date(2020, 1, 1), date(2020, 12, 31), provider="ucdp", version="25.0.11")
    update = download(later, output, api.account(), update=True)
    assert (update.inserted, update.updated, update.unchanged, update.deleted) == (0, 1, 10, 1)
    assert set(incidents(output, "ucdp_ged")) == {str(1000 + i) for i in range(12)} - {"1003"}


def test_a_cancel_mid_download_leaves_the_target_as_it_was(api, tmp_path):
    output = tmp_path / "acled.gpkg"
    download(IRAQ_Q1, output, api.account())
    before = digest(output)
    feedback = QgsFeedback()
    account = api.account()
    pages = acled_pages(account.acled, IRAQ_Q1, feedback, limit=5)
    next(pages)
    feedback.cancel()
    with pytest.raises(ImportCancelledError, match="nothing was written"):
        next(pages)
    with pytest.raises(ImportCancelledError, match="nothing was written"):
        download(IRAQ_Q1, output, account, feedback)
    assert digest(output) == before
    assert not list(tmp_path.glob("*.tmp*"))


def test_a_query_without_events_says_so(api, tmp_path):
    nowhere = Query(("Atlantis",), date(2020, 1, 1), date(2020, 3, 31))
    with pytest.raises(DownloadError, match="no events match; nothing was written"):
        download(nowhere, tmp_path / "none.gpkg", api.account())
    assert not (tmp_path / "none.gpkg").exists()


@pytest.mark.parametrize("failure", ["500", "truncated"])
def test_a_failing_server_leaves_the_database_untouched(api, tmp_path, failure):
    output = tmp_path / "acled.gpkg"
    download(IRAQ_Q1, output, api.account())
    api.admin(acled={"add": [_row("IRQ200")]})
    before = digest(output)
    if failure == "500":
        api.admin(fail={"path": "/api/acled/read", "status": 500, "times": 99})
        expected = "answered 500.*busy or failing"
    else:
        api.admin(truncate="/api/acled/read")
        expected = "did not answer JSON"
    with pytest.raises(DownloadError, match=expected):
        download(IRAQ_Q1, output, api.account(), update=True)
    assert digest(output) == before
    if failure == "500":
        assert api.log().count(("acled", "1")) == 1 + 5  # the first download's page, then 5 attempts


def test_the_api_address_comes_from_the_parameter_the_environment_or_the_setting(monkeypatch):
    from incident_atlas.plugin.core.settings import PluginSettings

    monkeypatch.delenv("INCIDENT_ATLAS_ACLED_API", raising=False)
    settings = PluginSettings.load()
    assert api_base("acled") == "https://acleddata.com"
    settings.acled_api_url = "https://gateway.example.org/acled/"
    settings.save()
    try:
        assert api_base("acled") == "https://gateway.example.org/acled"
        monkeypatch.setenv("INCIDENT_ATLAS_ACLED_API", "http://127.0.0.1:8080/prefix")
        assert api_base("acled") == "http://127.0.0.1:8080/prefix"
        assert api_base("acled", "http://other") == "http://other"
        assert api_base("ucdp") == "https://ucdpapi.pcr.uu.se"
    finally:
        settings.acled_api_url = ""
        settings.save()


def _row(event_id: str) -> dict:
    from source_files import acled_row

    return acled_row(event_id, event_date="2020-02-02")


def test_sessions_are_kept_per_account_so_the_refresh_token_is_reused(api, monkeypatch):
    monkeypatch.setenv("ACLED_USERNAME", USER)
    monkeypatch.setenv("ACLED_PASSWORD", PASSWORD)
    first = acled_session("", api.base)
    assert acled_session("", api.base) is first
    monkeypatch.setenv("ACLED_PASSWORD", "changed")
    assert acled_session("", api.base) is not first  # a new password starts again
