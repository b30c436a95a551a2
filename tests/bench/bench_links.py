"""Several datasets counted once: linking 1M ACLED-shaped rows with 350k GED-shaped rows (70 % of them
the same events, nudged up to ~1 km, 30 % others) against geopandas' sjoin_nearest within 10 km, and
counting with links on the in-memory columns against the same count in SQL."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

import numpy as np
import pandas as pd
from inputs import acled_csv, incident_geopackage, median_seconds
from synthetic_csv import write_acled_like


def second_dataset(rows: int, scratch: Path) -> Path:
    """GED-shaped rows: most are ACLED's events seen again under other ids, the rest its own."""
    path = scratch / f"second-{rows}.csv"
    if path.exists():
        return path
    first = pd.read_csv(acled_csv(rows, scratch), dtype=str, keep_default_na=False)
    size = int(rows * 0.35)
    generator = np.random.default_rng(7)
    same = first.sample(n=int(size * 0.7), random_state=7).copy()
    same["latitude"] = (same["latitude"].astype(float) + generator.uniform(-0.008, 0.008, len(same))).round(4)
    others_path = write_acled_like(scratch / "second-others.csv", size - len(same), seed=11)
    others = pd.read_csv(others_path, dtype=str, keep_default_na=False)
    frame = pd.concat([same, others], ignore_index=True)
    frame["event_id_cnty"] = "GED" + pd.Series(np.arange(len(frame)).astype(str))
    frame["actor1"] = "IS"
    frame.to_csv(path, index=False)
    return path


def run(rows: int, scratch: Path) -> list[dict]:
    import geopandas
    from incident_atlas.plugin.core.dialect import SQLITE
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
    from incident_atlas.plugin.core.store import column_store, queries
    from incident_atlas.plugin.core.store.geopackage_schema import connect_read_only
    from incident_atlas.plugin.core.store.link_store import read_link_input
    from incident_atlas.plugin.core.store.links import LinkRules, link_groups

    both = scratch / f"both-{rows}.gpkg"
    if not both.exists():
        both.write_bytes(incident_geopackage(rows, scratch).read_bytes())
        import_incidents(ImportOptions(source=second_dataset(rows, scratch), output=both, dataset_name="ucdp_ged"))
    with closing(connect_read_only(both)) as db:
        started = time.perf_counter()
        found = read_link_input(db.cursor(), '"incidents"', SQLITE)
        read_seconds = time.perf_counter() - started
    link_input = found[0]
    started = time.perf_counter()
    groups = link_groups(link_input, LinkRules())
    link_seconds = time.perf_counter() - started
    linked = int(np.count_nonzero(groups >= 0))

    # geopandas: the nearest other-dataset point within 10 km, no dates, no one-to-one matching.
    started = time.perf_counter()
    frame = geopandas.read_file(both, layer="incidents", columns=["source_dataset"], engine="pyogrio")
    frame = frame.to_crs(3857)
    left = frame[frame["source_dataset"] == "acled"]
    right = frame[frame["source_dataset"] != "acled"]
    joined = geopandas.sjoin_nearest(right, left, max_distance=10_000 * 1.2)  # Mercator stretches ~1.2 here
    geopandas_seconds = time.perf_counter() - started

    columns = column_store.load(both)
    broad = IncidentFilter(date_from=pd.Timestamp("2019-06-01").date(), date_to=pd.Timestamp("2021-05-31").date())

    def count_in_memory():
        columns.summary(broad)
        columns.count_by_province(broad)

    memory_seconds = median_seconds(count_in_memory, before=columns.forget_results)
    sql_seconds = median_seconds(lambda: queries.count_by_province(both, broad), repeats=3)
    second = int(rows * 0.35)
    return [
        {
            "name": "link two datasets (spatial index + date windows, one to one) vs geopandas sjoin_nearest",
            "rows": rows + second,
            "ours": read_seconds + link_seconds,
            "theirs": geopandas_seconds,
            "notes": f"{linked:,} rows linked; ours: read {read_seconds:.1f} s + link {link_seconds:.1f} s; "
            f"sjoin_nearest matched {len(joined):,} (no dates, not one to one)",
        },
        {
            "name": "count once with links, broad filter: in-memory columns vs SQL",
            "rows": rows + second,
            "ours": memory_seconds,
            "theirs": sql_seconds,
            "notes": "summary + per-province counts on the dock's columns; countbyprovince's SQL (NOT EXISTS)",
        },
    ]
