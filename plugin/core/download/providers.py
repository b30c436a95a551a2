"""The two APIs, page by page: ACLED (OAuth password grant at /oauth/token, client id "acled";
data at /api/acled/read with limit and page) and UCDP GED (/api/gedevents/<version> with pagesize
and page, following NextPageUrl; a token in the x-ucdp-access-token header)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..i18n import tr
from .http import DownloadError, request_json

ACLED_BASE = "https://acleddata.com"
UCDP_BASE = "https://ucdpapi.pcr.uu.se"


@dataclass(frozen=True)
class Query:
    countries: tuple[str, ...]
    date_from: date
    date_to: date
    kinds: tuple[str, ...] = ()  # ACLED event types; UCDP types of violence (1, 2, 3)


@dataclass
class AcledSession:
    """An ACLED account's tokens: the refresh token is used before the password is sent again."""

    username: str
    password: str
    base: str = ACLED_BASE
    access_token: str = ""
    refresh_token: str = ""
    expires_at: float = 0.0
    token_requests: list[str] = field(default_factory=list)  # grant types asked, for the record

    def _token(self, form: dict, feedback) -> bool:
        try:
            answer = request_json(f"{self.base}/oauth/token", form=form, feedback=feedback, retries=2)
        except DownloadError:
            if form["grant_type"] == "refresh_token":
                return False  # expired or revoked: the password is asked for again
            raise
        self.token_requests.append(form["grant_type"])
        self.access_token = answer["access_token"]
        self.refresh_token = answer.get("refresh_token", "")
        self.expires_at = time.time() + float(answer.get("expires_in", 86400)) - 60
        return True

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


def acled_params(query: Query, limit: int, page: int) -> dict:
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
    return params


def acled_pages(session: AcledSession, query: Query, feedback=None, limit: int = 5000) -> Iterator[list[dict]]:
    """Pages of ACLED records until a page holds fewer than `limit`."""
    page = 1
    while True:
        url, headers = f"{session.base}/api/acled/read", session.headers(feedback)
        answer = request_json(url, acled_params(query, limit, page), headers, None, feedback)
        if isinstance(answer, dict) and answer.get("success") is False:
            raise DownloadError(tr("ACLED refused the query: {message}").format(message=answer.get("error")))
        records = answer.get("data", []) if isinstance(answer, dict) else answer
        yield records
        if len(records) < limit:
            return
        page += 1


def ucdp_pages(
    query: Query, token: str, version: str = "25.1", base: str = UCDP_BASE, feedback=None, page_size: int = 1000
) -> Iterator[list[dict]]:
    """Pages of UCDP GED records, following NextPageUrl."""
    params = {
        "pagesize": page_size,
        "page": 0,
        "StartDate": query.date_from.isoformat(),
        "EndDate": query.date_to.isoformat(),
    }
    if query.countries:
        params["Country"] = ",".join(query.countries)
    if query.kinds:
        params["TypeOfViolence"] = ",".join(query.kinds)
    headers = {"x-ucdp-access-token": token} if token else {}
    url, first = f"{base}/api/gedevents/{version}", True
    while url:
        answer = request_json(url, params if first else None, headers, None, feedback)
        first = False
        yield answer.get("Result", [])
        url = answer.get("NextPageUrl") or ""
