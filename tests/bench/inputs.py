"""Benchmark inputs built once per run and shared between benchmarks."""

from __future__ import annotations

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
