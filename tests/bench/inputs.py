"""Benchmark inputs built once per run and shared between benchmarks."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from synthetic_csv import write_acled_like


def acled_csv(rows: int, scratch: Path) -> Path:
    path = scratch / f"acled-{rows}.csv"
    if not path.exists():
        write_acled_like(path, rows)
    return path


def incident_geopackage(rows: int, scratch: Path) -> Path:
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents

    path = scratch / f"incidents-{rows}.gpkg"
    if not path.exists():
        import_incidents(ImportOptions(source=acled_csv(rows, scratch), output=path))
    return path


def median_seconds(action, before=None, repeats: int = 7) -> float:
    """The median time of action over repeats, before() run untimed ahead of each."""
    times = []
    for _ in range(repeats):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
