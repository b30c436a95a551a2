"""The two APIs, page by page: ACLED (OAuth password grant at /oauth/token, client id "acled";
data at /api/acled/read with limit and page; rows changed since a time by `timestamp`; deleted
events at /api/deleted/read) and UCDP GED (/api/gedevents/<version> with pagesize and page,
following NextPageUrl; a token in the x-ucdp-access-token header)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..i18n import tr
from .gleditsch_ward import gw_number
from .http import DownloadError, Page, request_json

ACLED_BASE = "https://acleddata.com"
UCDP_BASE = "https://ucdpapi.pcr.uu.se"
UCDP_VERSION = "25.1"  # GED 25.1: 1989-2024; candidate releases are named like 25.0.10
ACLED_PAGE, UCDP_PAGE = 5000, 1000  # ACLED's default limit; UCDP's largest pagesize
# ACLED's event types since 2019 (its codebook); the API filters on them by name.
ACLED_EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
DEFAULT_BASES = {"acled": ACLED_BASE, "ucdp": UCDP_BASE}
BASE_VARIABLES = {"acled": "INCIDENT_ATLAS_ACLED_API", "ucdp": "INCIDENT_ATLAS_UCDP_API"}


def api_base(provider: str, given: str = "") -> str:
    """Where the provider's API is: a parameter, else the environment variable, else the setting
    incident_atlas/<provider>_api_url, else the provider's own address."""
    from ..settings import PluginSettings

    chosen = given.strip() or os.environ.get(BASE_VARIABLES[provider], "").strip()
    chosen = chosen or getattr(PluginSettings.load(), f"{provider}_api_url").strip()
    return (chosen or DEFAULT_BASES[provider]).rstrip("/")


@dataclass(frozen=True)
class Query:
    countries: tuple[str, ...]
    date_from: date
    date_to: date
    kinds: tuple[str, ...] = ()  # ACLED event types; UCDP types of violence (1, 2, 3)
    provider: str = "acled"
    version: str = ""  # UCDP's release: 25.1, or a candidate release such as 25.0.10

    @property
    def identity(self) -> dict:
        """What makes two downloads the same query (UCDP's version may change between them)."""
        return {
            "api": self.provider,
            "countries": sorted(self.countries),
            "date_from": self.date_from.isoformat(),
            "date_to": self.date_to.isoformat(),
            "kinds": sorted(self.kinds),
        }

    def record(self, **cursor) -> str:
        """The JSON kept in the imports table: the query, and where its next update starts."""
        return json.dumps({**self.identity, "version": self.version, **cursor}, ensure_ascii=False)

    def same_as(self, recorded: dict) -> bool:
        return {key: recorded.get(key) for key in self.identity} == self.identity

    def describe(self) -> str:
        """For the imports table and the provenance: ACLED's terms ask for the filters."""
        name = "ACLED API" if self.provider == "acled" else f"UCDP GED API {self.version or UCDP_VERSION}"
        kinds = f", {', '.join(self.kinds)}" if self.kinds else ""
        return f"{name}, {', '.join(self.countries)}, {self.date_from.isoformat()} to {self.date_to.isoformat()}{kinds}"


@dataclass
class AcledSession:
    """An ACLED account's tokens: the refresh token is used before the password is sent again."""

    username: str
    password: str = field(repr=False)
    base: str = ACLED_BASE
    # None until the server gives one (never an empty string standing for "no token").
    access_token: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float = 0.0
    token_requests: list[str] = field(default_factory=list)  # grant types asked, for the record

    def _token(self, form: dict, feedback) -> bool:
        try:
            answer = request_json(f"{self.base}/oauth/token", form=form, feedback=feedback, retries=2)
        except DownloadError:
            if form["grant_type"] == "refresh_token":
                return False  # expired or revoked: the password is asked for again
            raise
        if not isinstance(answer, dict) or "access_token" not in answer:
            raise DownloadError(tr("ACLED's token service answered without a token: has its API changed?"))
        self.token_requests.append(form["grant_type"])
        self.access_token = answer["access_token"]
        self.refresh_token = answer.get("refresh_token") or None
        self.expires_at = time.time() + float(answer.get("expires_in", 86400)) - 60
        return True

    def request(self, url: str, params: dict, feedback=None):
        """GET with the bearer token: (answer, bytes); a token the server no longer takes is refreshed once."""
        try:
            return request_json(url, params, self.headers(feedback), None, feedback, keep_body=True)
        except DownloadError as error:
            if error.status != 401 or not self.refresh_token:
                raise
            self.access_token = None  # expired or revoked early: refresh (or log in) and ask again
            return request_json(url, params, self.headers(feedback), None, feedback, keep_body=True)

    def headers(self, feedback=None) -> dict:
        if not self.access_token or time.time() >= self.expires_at:
            refreshed = self.refresh_token and self._token(
                {"grant_type": "refresh_token", "client_id": "acled", "refresh_token": self.refresh_token}, feedback
            )
            if not refreshed:
                if not (self.username and self.password):
                    raise DownloadError(tr("ACLED needs an account: give a user name and password"))
                form = {
                    "grant_type": "password",
                    "client_id": "acled",
                    "username": self.username,
                    "password": self.password,
                    "scope": "authenticated",
                }
                self._token(form, feedback)
        return {"Authorization": f"Bearer {self.access_token}"}


def acled_params(query: Query, limit: int, page: int, since: int | None = None) -> dict:
    params = {
        "_format": "json",
        "country": ":OR:country=".join(query.countries),
        "event_date": f"{query.date_from.isoformat()}|{query.date_to.isoformat()}",
        "event_date_where": "BETWEEN",
        "limit": limit,
        "page": page,
    }
    if query.kinds:
        params["event_type"] = ":OR:event_type=".join(query.kinds)
    if since is not None:
        params["timestamp"] = int(since)  # ACLED compares timestamp with >=
    return params


def say(feedback, text: str) -> None:
    """A line in Processing's log (a plain QgsFeedback, as a task's, has none)."""
    push = getattr(feedback, "pushInfo", None)
    if push is not None:
        push(text)


def _acled_records(reply, what: str) -> Page:
    answer, body = reply
    if isinstance(answer, dict) and answer.get("success") is False:
        message = answer.get("error") or answer.get("messages")
        raise DownloadError(tr("ACLED refused the query: {message}").format(message=message))
    records = answer.get("data") if isinstance(answer, dict) else answer
    if not isinstance(records, list):
        raise DownloadError(
            tr('ACLED answered {what} without a list of records ("data"): has its API changed?').format(what=what)
        )
    page = Page(records)
    page.body = body
    return page


def _paged(fetch, limit: int, feedback) -> Iterator[list]:
    """Pages 1, 2, ... until one holds fewer than `limit` records."""
    page = 1
    while True:
        records = fetch(page)
        yield records
        say(feedback, tr("Page {page}: %n records", "", len(records)).format(page=page))
        if len(records) < limit:
            return
        page += 1


def acled_pages(
    session: AcledSession, query: Query, feedback=None, limit: int = ACLED_PAGE, since: int | None = None
) -> Iterator[list[dict]]:
    """Pages of ACLED records; with `since` (a Unix time) only those added or changed since then."""

    def fetch(page: int) -> list:
        answer = session.request(f"{session.base}/api/acled/read", acled_params(query, limit, page, since), feedback)
        return _acled_records(answer, tr("page {page}").format(page=page))

    return _paged(fetch, limit, feedback)


def acled_deleted(session: AcledSession, since: int, feedback=None, limit: int = ACLED_PAGE) -> list[str]:
    """The ids of the events ACLED deleted at or after `since` (a Unix time)."""

    def fetch(page: int) -> list:
        params = {"_format": "json", "deleted_timestamp": int(since), "limit": limit, "page": page}
        answer = session.request(f"{session.base}/api/deleted/read", params, feedback)
        return _acled_records(answer, tr("the deleted events"))

    return [str(r["event_id_cnty"]) for page in _paged(fetch, limit, feedback) for r in page if "event_id_cnty" in r]


def ucdp_pages(
    query: Query, token: str, base: str = UCDP_BASE, feedback=None, page_size: int = UCDP_PAGE
) -> Iterator[list[dict]]:
    """Pages of UCDP GED records, following NextPageUrl."""
    params = {
        "pagesize": min(page_size, UCDP_PAGE),
        "page": 0,
        "StartDate": query.date_from.isoformat(),
        "EndDate": query.date_to.isoformat(),
    }
    if query.countries:
        params["Country"] = ",".join(str(gw_number(c)) for c in query.countries)
    if query.kinds:
        params["TypeOfViolence"] = ",".join(query.kinds)
    headers = {"x-ucdp-access-token": token} if token else {}
    url, first, number = f"{base}/api/gedevents/{query.version or UCDP_VERSION}", True, 0
    while url:
        answer, body = request_json(url, params if first else None, headers, None, feedback, keep_body=True)
        first, number = False, number + 1
        if not isinstance(answer, dict) or not isinstance(answer.get("Result"), list):
            raise DownloadError(tr('UCDP answered without a list of events ("Result"): has its API changed?'))
        pages = answer.get("TotalPages") or 0
        say(feedback, tr("Page {page} of {pages}").format(page=number, pages=pages or "?"))
        if feedback is not None and pages:
            feedback.setProgress(min(60.0, 60.0 * number / pages))
        page = Page(answer["Result"])
        page.body = body
        yield page
        url = answer.get("NextPageUrl") or ""
