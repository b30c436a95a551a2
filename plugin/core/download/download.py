"""A download is one import: every page is fetched into a scratch folder first, then the folder is
imported in one transaction, so a cancelled or failed download writes nothing to the store. The
import's row names the API, the query and the access date (ACLED's terms ask for both), and keeps
the query with where its next update starts (imports.download_query).

An update of ACLED fetches only the rows added or changed since the last download of the same query
(`timestamp`) and removes the events ACLED deleted since then. UCDP has no such cursor: its update
downloads the query again (from the release asked for, e.g. a newer candidate) and removes the events
of the query's dates and countries that the release no longer holds. A download that is not an
update replaces its query's events the same way, so after either the store holds the server's state."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..i18n import tr
from ..ingest.formats.ucdp import UCDP_VIOLENCE_TYPES
from ..log import log
from ..store.base import Deletions
from ..store.geopackage import GeoPackageSource
from ..store.schema import IMPORTS
from ..store.sources import as_source
from .gleditsch_ward import gw_number, ucdp_names
from .http import DownloadError, stop_if_cancelled
from .providers import ACLED_PAGE, UCDP_PAGE, Query, acled_deleted, acled_pages, ucdp_pages

DELETED_MARGIN_S = 86400  # deletions are asked for from a day before the last download (clock skew)


@dataclass
class Account:
    """Who downloads: an ACLED session (credentials.acled_session) or UCDP's token."""

    acled: object | None = None
    ucdp_token: str = ""
    ucdp_base: str = ""


@dataclass
class SavedPages:
    records: int = 0
    pages: int = 0
    max_timestamp: int | None = None  # ACLED's latest `timestamp` among the records


def save_pages(pages: Iterable[list[dict]], folder: Path, feedback=None) -> SavedPages:
    """Each page as page-0001.json, ... in folder."""
    saved = SavedPages()
    for number, page in enumerate(pages, start=1):
        stop_if_cancelled(feedback)
        body = getattr(page, "body", b"") or json.dumps({"data": page}, ensure_ascii=False).encode("utf-8")
        (folder / f"page-{number:04d}.json").write_bytes(body)
        saved.records += len(page)
        saved.pages = number
        stamps = [int(float(r["timestamp"])) for r in page if str(r.get("timestamp", "")).replace(".", "", 1).isdigit()]
        if stamps:
            saved.max_timestamp = max(saved.max_timestamp or 0, *stamps)
    return saved


def recorded_downloads(output) -> list[dict]:
    """The queries downloaded into the store, latest first, each once (its latest record)."""
    store = as_source(output)
    if isinstance(store, GeoPackageSource) and not store.path.exists():
        return []
    try:
        with closing(store.connect_read()) as db:
            cursor = db.cursor()
            cursor.execute(
                f"SELECT download_query FROM {store.table(IMPORTS)} "
                "WHERE download_query IS NOT NULL AND finished_at IS NOT NULL ORDER BY import_id DESC"  # nosec B608: identifiers from the schema's constants; values bound
            )
            rows = cursor.fetchall()
    except Exception as error:  # an older store (no download_query column) or none yet
        log(tr("No earlier download found in {store}: {error}").format(store=store.label, error=error))
        return []
    found, seen = [], set()
    for (text,) in rows:
        try:
            recorded = json.loads(text)
            identity = json.dumps([recorded[k] for k in ("api", "countries", "date_from", "date_to", "kinds")])
        except (ValueError, KeyError, TypeError):
            continue
        if identity not in seen:
            seen.add(identity)
            found.append(recorded)
    return found


def query_of(recorded: dict) -> Query:
    """The Query a recorded download was made with."""
    return Query(
        tuple(recorded["countries"]),
        date.fromisoformat(recorded["date_from"]),
        date.fromisoformat(recorded["date_to"]),
        tuple(recorded.get("kinds", ())),
        recorded["api"],
        recorded.get("version", ""),
    )


def last_download(output, query: Query) -> dict | None:
    """The record of the latest finished download of this query into the store, if any."""
    return next((recorded for recorded in recorded_downloads(output) if query.same_as(recorded)), None)


def download(
    query: Query, output, account: Account, feedback=None, update: bool = False, page_size: int = 0, **import_options
):
    """Download the query into output (a GeoPackage path or an incident store) as one import;
    returns the ImportResult (inserted = new, updated, deleted). page_size: the provider's own if 0."""
    from ..ingest.importer import ImportOptions, import_incidents

    previous = last_download(output, query) if update else None
    if update and previous is None:
        log(
            tr("{query}: no earlier download of this query in the target, so all of it is downloaded").format(
                query=query.describe()
            )
        )
    started = int(time.time())
    deleted: tuple[str, ...] = ()
    if query.provider == "acled":
        since = previous.get("max_timestamp") if previous else None
        pages = acled_pages(account.acled, query, feedback, page_size or ACLED_PAGE, since)
        source_format, kinds = "acled", query.kinds
    else:
        pages = ucdp_pages(query, account.ucdp_token, account.ucdp_base, feedback, page_size or UCDP_PAGE)
        source_format, kinds = "ucdp", tuple(UCDP_VIOLENCE_TYPES.get(k, k) for k in query.kinds)
    incremental = previous is not None and query.provider == "acled"
    with tempfile.TemporaryDirectory(prefix="incident-atlas-download-") as scratch:
        folder = Path(scratch)
        saved = save_pages(pages, folder, feedback)
        if incremental:
            deleted = tuple(acled_deleted(account.acled, int(previous["accessed"]) - DELETED_MARGIN_S, feedback))
            deletions = Deletions(event_ids=deleted)
        else:
            if not saved.records:
                raise DownloadError(tr("{query}: no events match; nothing was written.").format(query=query.describe()))
            countries = query.countries
            if query.provider == "ucdp":
                countries = (*countries, *ucdp_names(gw_number(c) for c in query.countries))
            deletions = Deletions(
                date_from=query.date_from.isoformat(),
                date_to=query.date_to.isoformat(),
                countries=countries,
                event_types=kinds,
            )
        stop_if_cancelled(feedback)
        if not saved.pages:
            (folder / "page-0001.json").write_text('{"data": []}', "utf-8")
        if previous and saved.max_timestamp is None:
            saved.max_timestamp = previous.get("max_timestamp")
        record = query.record(accessed=started, max_timestamp=saved.max_timestamp, update=incremental)
        kind = tr("update") if incremental else tr("download")
        label = f"{query.describe()} ({kind}, accessed {date.today().isoformat()})"
        options = ImportOptions(
            source=folder,
            output=output,
            source_format=source_format,
            source_label=label,
            download_query=record,
            deletions=deletions,
            allow_empty=incremental,
            **import_options,
        )
        return import_incidents(options, feedback)
