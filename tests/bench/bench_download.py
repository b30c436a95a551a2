"""ACLED's API into a GeoPackage (the stand-in server on the loopback, 40 pages of JSON) against
importing the same rows from one CSV: the API path should cost little more than parsing JSON."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

from synthetic_csv import write_acled_like

TESTS = Path(__file__).resolve().parents[1]
PAGES = 40


def run(rows: int, scratch: Path) -> list[dict]:
    from incident_atlas.plugin.core.download.download import Account, download
    from incident_atlas.plugin.core.download.providers import AcledSession, Query
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents

    sys.path.insert(0, str(TESTS))
    from processes import running

    events = min(rows, 200_000)
    source = write_acled_like(scratch / f"download-{events}.csv", events)
    started = time.perf_counter()
    from_file = import_incidents(ImportOptions(source=source, output=scratch / "download-file.gpkg"))
    file_seconds = time.perf_counter() - started

    server = [sys.executable, str(TESTS / "fake_api.py"), "--acled-csv", str(source)]
    with running(server, stdout=subprocess.PIPE, text=True) as process:
        base = f"http://127.0.0.1:{int(process.stdout.readline())}"
        account = Account(acled=AcledSession("analyst@example.org", "s3cret", base=base))
        query = Query(("Iraq",), date(2019, 1, 1), date(2021, 12, 31))
        page_size = -(-events // PAGES)
        # Once to let the stand-in make its pages (its Python JSON is not what we measure), then timed.
        download(query, scratch / "download-warm-up.gpkg", account, page_size=page_size)
        started = time.perf_counter()
        downloaded = download(query, scratch / "download-api.gpkg", account, page_size=page_size)
        api_seconds = time.perf_counter() - started
        bodies = [_page(base, account, query, page_size, page) for page in range(1, PAGES + 1)]
    started = time.perf_counter()
    for body in bodies:
        json.loads(body)
    parse_seconds = time.perf_counter() - started
    assert downloaded.imported == from_file.imported == events, (downloaded.summary(), from_file.summary())
    return [
        {
            "name": "download ACLED API -> GeoPackage vs CSV import",
            "rows": events,
            "ours": api_seconds,
            "theirs": file_seconds,
            "notes": f"{PAGES} pages of JSON from a local stand-in server (OAuth, paging) vs the rows in one CSV",
        },
        {
            "name": "download ACLED API -> GeoPackage vs CSV import + json.loads",
            "rows": events,
            "ours": api_seconds,
            "theirs": file_seconds + parse_seconds,
            "notes": f"the same, against importing the CSV plus parsing the pages ({parse_seconds:.2f} s)",
        },
    ]


def _page(base: str, account, query, page_size: int, page: int) -> bytes:
    from incident_atlas.plugin.core.download.providers import acled_params

    params = urllib.parse.urlencode(acled_params(query, page_size, page))
    request = urllib.request.Request(f"{base}/api/acled/read?{params}", headers=account.acled.headers())
    with urllib.request.urlopen(request, timeout=60) as answer:
        return answer.read()
