"""A stand-in for ACLED's and UCDP's APIs as their documentation describes them, for the download
tests and the benchmark: ACLED's OAuth password and refresh grants, its paged /api/acled/read with
country, event_date BETWEEN, event_type and `timestamp` (>=) filters, and /api/deleted/read;
UCDP's /api/gedevents/<version> with pagesize, page, StartDate, EndDate, Country (Gleditsch-Ward
numbers), TypeOfViolence, NextPageUrl and the x-ucdp-access-token header.

The tests change what it serves through POST /admin (JSON): {"acled": {"add": [...], "change":
{id: {field: value}}, "delete": [ids]}, "ucdp": (the same), "fail": {"path": ..., "status": 500, "times": 3},
"truncate": path, "expire_tokens": true, "throttle_page": 2, "delay": 0.5}; GET /log lists what it was asked.

Run: python fake_api.py [--rows N] [--acled-csv PATH] [--ucdp-json PATH] [--ucdp-csv PATH]
prints the port it listens on, then serves until killed.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from source_files import acled_row, ucdp_row

USER, PASSWORD, UCDP_TOKEN = "analyst@example.org", "s3cret", "ucdp-token"
CLOCK = itertools.count(1_700_000_000)  # ACLED's `timestamp` of each change, always growing
STATE = {
    "acled": {},  # event_id_cnty -> row (str values)
    "ucdp": [],
    "deleted": [],  # (event_id_cnty, deleted_timestamp)
    "tokens": {},  # access token -> refresh token it came with
    "refresh": {},  # refresh token -> usable
    "fail": None,
    "truncate": None,
    "throttle_page": None,
    "delay": 0.0,  # seconds before each data page is answered (a slow server, for cancels)
    "log": [],
    "version": 0,  # grows with every change of the data
    "matches": {},
    "bodies": {},
}


def add_acled(rows) -> None:
    for row in rows:
        row = {key.lower(): str(value) for key, value in row.items()}
        row["timestamp"] = str(next(CLOCK))
        STATE["acled"][row["event_id_cnty"]] = row


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        """Quiet: what the server was asked is kept in STATE["log"], which the tests read."""

    def _send(self, status: int, body, headers=None):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length", 0)))

    def _failing(self, path: str) -> bool:
        fail = STATE["fail"]
        if fail and path.startswith(fail["path"]) and fail["times"] > 0:
            fail["times"] -= 1
            self._send(fail["status"], {"error": "the server is having a bad day"}, {"Retry-After": "0"})
            return True
        return False

    def _answer(self, path: str, body) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        if STATE["truncate"] and path.startswith(STATE["truncate"]):
            STATE["truncate"] = None
            data = data[: len(data) // 2]  # the connection dropped mid-page, as far as the client can tell
        self._send(200, data)

    def do_POST(self):  # noqa: N802 (http.server calls it so)
        path = urlparse(self.path).path
        if path == "/admin":
            return self._admin(json.loads(self._body()))
        form = {k: v[0] for k, v in parse_qs(self._body().decode()).items()}
        STATE["log"].append(("token", form.get("grant_type")))
        if path != "/oauth/token" or form.get("client_id") != "acled":
            return self._send(404, {"error": "not found"})
        if form.get("grant_type") == "password":
            if (form.get("username"), form.get("password")) != (USER, PASSWORD):
                return self._send(401, {"error": "invalid_grant", "message": "Invalid username or password"})
        elif not (form.get("grant_type") == "refresh_token" and STATE["refresh"].get(form.get("refresh_token"))):
            return self._send(400, {"error": "invalid_grant"})
        number = len(STATE["tokens"]) + 1
        access, refresh = f"A{number}", f"R{number}"
        STATE["tokens"][access], STATE["refresh"][refresh] = refresh, True
        return self._send(200, {"access_token": access, "refresh_token": refresh, "expires_in": 86400})

    def _admin(self, change: dict):
        STATE["version"] += 1
        acled = change.get("acled", {})
        add_acled(acled.get("add", []))
        for event_id, fields in acled.get("change", {}).items():
            add_acled([{**STATE["acled"][event_id], **fields}])
        for event_id in acled.get("delete", []):
            STATE["acled"].pop(event_id)
            STATE["deleted"].append((event_id, int(time.time())))
        ucdp = change.get("ucdp", {})
        gone = set(ucdp.get("delete", []))
        STATE["ucdp"] = [
            {**r, **ucdp.get("change", {}).get(str(r["id"]), {})} for r in STATE["ucdp"] if str(r["id"]) not in gone
        ]
        STATE["ucdp"] += ucdp.get("add", [])
        if change.get("expire_tokens"):
            STATE["tokens"] = {token: None for token in STATE["tokens"]}  # known, but no longer valid
        for key in ("fail", "truncate", "throttle_page", "delay"):
            if key in change:
                STATE[key] = change[key]
        return self._send(200, {"ok": True})

    def do_GET(self):  # noqa: N802
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/log":
            return self._send(200, STATE["log"])
        if url.path.startswith("/api/acled/") or url.path.startswith("/api/deleted/"):
            return self._acled(url.path, query)
        if url.path.startswith("/api/gedevents/"):
            return self._ucdp(url, query)
        return self._send(404, {"error": "not found"})

    def _acled(self, path: str, query: dict):
        limit, page = int(query.get("limit", 5000)), int(query.get("page", 1))
        STATE["log"].append(("acled" if "acled" in path else "deleted", str(page)))
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        if STATE["tokens"].get(token) is None:
            return self._send(401, {"status": 401, "success": False, "error": "Unauthorized"})
        if self._failing(path):
            return None
        time.sleep(STATE["delay"])
        if page == STATE["throttle_page"]:
            STATE["throttle_page"] = None
            return self._send(429, {"error": "Too many requests"}, {"Retry-After": "0"})
        if path == "/api/deleted/read":
            since = int(query.get("deleted_timestamp", 0))
            rows = [{"event_id_cnty": i, "deleted_timestamp": str(t)} for i, t in STATE["deleted"] if t >= since]
        else:
            rows = _matching(query)
        key = (STATE["version"], path, tuple(sorted(query.items())))
        if key not in STATE["bodies"]:  # a page asked again (the benchmark's second run) is sent as it was
            chosen = rows[(page - 1) * limit : page * limit]
            body = {"status": 200, "success": True, "count": len(chosen), "data": chosen}
            STATE["bodies"][key] = json.dumps(body).encode()
        return self._answer(path, STATE["bodies"][key])

    def _ucdp(self, url, query: dict):
        STATE["log"].append(("ucdp", query.get("page")))
        if self.headers.get("x-ucdp-access-token") != UCDP_TOKEN:
            return self._send(401, {"error": "a token is needed"})
        if self._failing(url.path):
            return None
        size, page = min(int(query.get("pagesize", 1000)), 1000), int(query.get("page", 0))
        countries = set(query.get("Country", "").split(",")) - {""}
        kinds = set(query.get("TypeOfViolence", "").split(",")) - {""}
        start, end = query.get("StartDate", "0000"), query.get("EndDate", "9999")
        rows = [
            r
            for r in STATE["ucdp"]
            if (not countries or str(r.get("country_id")) in countries)
            and (not kinds or str(r.get("type_of_violence")) in kinds)
            and start <= str(r["date_start"])[:10] <= end
        ]
        chosen = rows[page * size : (page + 1) * size]
        more = (page + 1) * size < len(rows)
        host = self.headers.get("Host")
        # Like UCDP's: the next page's address keeps the query's filters.
        following = f"http://{host}{url.path}?{_with_page(url.query, page + 1)}" if more else ""
        body = {"TotalCount": len(rows), "TotalPages": -(-len(rows) // size), "NextPageUrl": following}
        return self._answer(url.path, {**body, "Result": chosen})


def _matching(query: dict) -> list:
    """The ACLED rows a query selects; kept until the data changes, as every page asks again."""
    key = (STATE["version"], *(query.get(k) for k in ("country", "event_type", "event_date", "timestamp")))
    if key not in STATE["matches"]:
        countries = query.get("country", "").split(":OR:country=")
        types = query.get("event_type", "").split(":OR:event_type=") if "event_type" in query else None
        start, end = query.get("event_date", "|").split("|")
        since = int(query.get("timestamp", 0))
        STATE["matches"] = {
            key: [
                r
                for r in STATE["acled"].values()
                if r["country"] in countries
                and start <= _iso(r["event_date"]) <= end
                and (types is None or r["event_type"] in types)
                and int(float(r.get("timestamp") or 0)) >= since
            ]
        }
    return STATE["matches"][key]


def _with_page(query: str, page: int) -> str:
    pairs = [(k, v) for k, v in (p.split("=", 1) for p in query.split("&") if "=" in p) if k != "page"]
    return "&".join(f"{k}={v}" for k, v in [*pairs, ("page", str(page))])


def _iso(text: str) -> str:
    """ACLED's Export Tool writes '16 February 2024'; the API ISO days."""
    if text[:4].isdigit():
        return text[:10]
    try:
        return time.strftime("%Y-%m-%d", time.strptime(text, "%d %B %Y"))
    except ValueError:
        return text[:10]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=12)
    parser.add_argument("--acled-csv")
    parser.add_argument("--ucdp-json")
    parser.add_argument("--ucdp-csv")
    args = parser.parse_args()
    if args.acled_csv:
        with open(args.acled_csv, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:  # the file's own timestamps are kept as they were
            STATE["acled"][row["event_id_cnty"]] = {k.lower(): v for k, v in row.items()}
        global CLOCK
        CLOCK = itertools.count(max(int(float(r.get("timestamp") or 0)) for r in STATE["acled"].values()) + 1)
    else:
        add_acled(acled_row(f"IRQ{i}", event_date=f"2020-01-{1 + i % 28:02d}") for i in range(args.rows))
    if args.ucdp_json:
        STATE["ucdp"] = json.loads(Path(args.ucdp_json).read_text(encoding="utf-8"))
    elif args.ucdp_csv:
        with open(args.ucdp_csv, encoding="utf-8", newline="") as handle:
            STATE["ucdp"] = list(csv.DictReader(handle))
    else:
        STATE["ucdp"] = [{**ucdp_row(str(1000 + i)), "country_id": "645"} for i in range(args.rows)]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
