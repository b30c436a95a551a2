"""A stand-in for ACLED's and UCDP's APIs as their documentation describes them, for the download
tests: ACLED's OAuth password and refresh grants and its paged /api/acled/read; UCDP's /api/gedevents
with pagesize, page, NextPageUrl and the x-ucdp-access-token header. It answers one 429 (with
Retry-After) to the first request for ACLED's second page, as a busy server does.

Run: python fake_api.py ROWS  -> prints the port it listens on, then serves until killed.
"""

from __future__ import annotations

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from source_files import acled_row, ucdp_row

USER, PASSWORD, UCDP_TOKEN = "analyst@example.org", "s3cret", "ucdp-token"
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 12
ACLED = [acled_row(f"IRQ{i}", event_date=f"2020-01-{1 + i % 28:02d}") for i in range(ROWS)]
UCDP = [ucdp_row(str(1000 + i)) for i in range(ROWS)]
STATE = {"throttled": False, "tokens": {"A1"}, "log": []}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        """Quiet: what the server was asked is kept in STATE["log"], which the tests read."""

    def _send(self, status: int, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # noqa: N802 (http.server calls it so)
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        STATE["log"].append(("token", form.get("grant_type")))
        if urlparse(self.path).path != "/oauth/token" or form.get("client_id") != "acled":
            return self._send(404, {"error": "not found"})
        if form.get("grant_type") == "password":
            if (form.get("username"), form.get("password")) != (USER, PASSWORD):
                return self._send(401, {"error": "invalid_grant", "message": "Invalid username or password"})
            return self._send(200, {"access_token": "A1", "refresh_token": "R1", "expires_in": 86400})
        if form.get("grant_type") == "refresh_token" and form.get("refresh_token") == "R1":
            STATE["tokens"].add("A2")
            return self._send(200, {"access_token": "A2", "refresh_token": "R2", "expires_in": 86400})
        return self._send(400, {"error": "invalid_grant"})

    def do_GET(self):  # noqa: N802
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/log":
            return self._send(200, STATE["log"])
        if url.path == "/api/acled/read":
            STATE["log"].append(("acled", query.get("page")))
            token = self.headers.get("Authorization", "").removeprefix("Bearer ")
            if token not in STATE["tokens"]:
                return self._send(401, {"status": 401, "success": False, "error": "Unauthorized"})
            limit, page = int(query.get("limit", 5000)), int(query.get("page", 1))
            if page == 2 and not STATE["throttled"]:
                STATE["throttled"] = True
                return self._send(429, {"error": "Too many requests"}, {"Retry-After": "0"})
            rows = [r for r in ACLED if r["country"] in query.get("country", "").split(":OR:country=")]
            chosen = rows[(page - 1) * limit : page * limit]
            return self._send(200, {"status": 200, "success": True, "count": len(chosen), "data": chosen})
        if url.path.startswith("/api/gedevents/"):
            STATE["log"].append(("ucdp", query.get("page")))
            if self.headers.get("x-ucdp-access-token") != UCDP_TOKEN:
                return self._send(401, {"error": "a token is needed"})
            size, page = int(query.get("pagesize", 1000)), int(query.get("page", 0))
            chosen = UCDP[page * size : (page + 1) * size]
            more = (page + 1) * size < len(UCDP)
            host = self.headers.get("Host")
            following = f"http://{host}{url.path}?pagesize={size}&page={page + 1}" if more else ""
            body = {"TotalCount": len(UCDP), "TotalPages": -(-len(UCDP) // size), "NextPageUrl": following}
            return self._send(200, {**body, "Result": chosen})
        return self._send(404, {"error": "not found"})


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()
