"""A download is one import: every page is fetched into a scratch folder first, then the folder is
imported in one transaction, so a cancelled or failed download writes nothing to the store. The
import's row names the API, the query and the access date (ACLED's terms ask for both)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..i18n import tr
from .http import DownloadError, stop_if_cancelled


def save_pages(pages: Iterable[list[dict]], folder: Path, feedback=None, expected_pages: int = 0) -> int:
    """Each page as page-0001.json, ... in folder; returns the number of records."""
    records = 0
    for number, page in enumerate(pages, start=1):
        stop_if_cancelled(feedback)
        (folder / f"page-{number:04d}.json").write_text(json.dumps({"data": page}, ensure_ascii=False), "utf-8")
        records += len(page)
        if feedback is not None and expected_pages:
            feedback.setProgress(min(60.0, 60.0 * number / expected_pages))
    return records


def download_and_import(pages: Iterable[list[dict]], output, description: str, feedback=None, **options):
    """Fetch every page, then import them as one source; returns the ImportResult."""
    from ..ingest.importer import ImportOptions, import_incidents

    with tempfile.TemporaryDirectory(prefix="incident-atlas-download-") as scratch:
        folder = Path(scratch)
        if not save_pages(pages, folder, feedback):
            raise DownloadError(tr("{query}: no events match; nothing was written.").format(query=description))
        label = f"{description} (accessed {date.today().isoformat()})"
        return import_incidents(ImportOptions(source=folder, output=output, source_label=label, **options), feedback)
