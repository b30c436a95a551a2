"""The bulk-loaded R-tree is one SQLite accepts and answers like a brute-force scan."""

import sqlite3

import numpy as np
import pytest
from incident_atlas.plugin.core.store.rtree import bulk_load, extent


@pytest.mark.parametrize("count", [0, 1, 51, 52, 2_000, 60_000])
def test_bulk_loaded_rtree_passes_rtreecheck_and_answers_queries(count):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)")
    generator = np.random.default_rng(count)
    x = generator.uniform(38.0, 49.0, count)
    y = generator.uniform(29.0, 38.0, count)
    ids = generator.permutation(np.arange(1, count + 1) * 3)
    db.execute("BEGIN")
    bulk_load(db, "rt", ids, x, x, y, y)
    db.execute("COMMIT")
    assert db.execute("SELECT rtreecheck('rt')").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM rt").fetchone() == (count,)
    # The extent read from the root equals SQLite's aggregates over every entry.
    aggregates = db.execute("SELECT min(minx), max(maxx), min(miny), max(maxy) FROM rt").fetchone()
    assert extent(db, "rt") == (None if count == 0 else aggregates)
    for minx, maxx, miny, maxy in [(40, 42, 30, 33), (44.1, 44.2, 33.0, 33.5), (0, 1, 0, 1)]:
        found = {
            r[0]
            for r in db.execute(
                "SELECT id FROM rt WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?", (minx, maxx, miny, maxy)
            )
        }
        inside = (x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy)
        assert found == set(ids[inside].tolist())
    # The tree stays a normal R-tree: SQLite's own inserts and deletes work on it afterwards.
    db.execute("INSERT INTO rt VALUES (1, 44.0, 44.0, 33.0, 33.0)")
    db.execute("DELETE FROM rt WHERE id = 3")
    assert db.execute("SELECT rtreecheck('rt')").fetchone() == ("ok",)
