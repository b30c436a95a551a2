"""The synthetic sample follows the seed report and is labelled synthetic everywhere."""

import sqlite3

from sample_data import build_sample_geopackage, sample_rows


def test_sample_is_deterministic():
    assert sample_rows() == sample_rows()


def test_sample_geopackage_matches_the_seed_report(tmp_path):
    gpkg = build_sample_geopackage(tmp_path / "sample.gpkg")
    with sqlite3.connect(gpkg) as db:
        assert db.execute("SELECT DISTINCT source_dataset FROM incidents").fetchall() == [("synthetic",)]
        assert db.execute("SELECT count(*) FROM incidents WHERE notes NOT LIKE '%SYNTHETIC%'").fetchone() == (0,)
        q1 = dict(
            db.execute(
                "SELECT province, count(*) FROM incidents WHERE actor1 = 'Islamic State (Iraq)' "
                "AND event_date BETWEEN '2020-01-01' AND '2020-03-31' GROUP BY province"
            ).fetchall()
        )
        assert sum(q1.values()) == 250
        assert q1["Diyala"] == 80
        assert max(q1, key=q1.get) == "Diyala"
        assert {"Al-Anbar", "At-Ta'mim", "Ninawa", "Sala ad-Din"} <= set(q1)
        named = db.execute(
            "SELECT province, fatalities, actor2 FROM incidents WHERE event_date = '2020-05-02' "
            "AND notes LIKE 'Five-pronged%'"
        ).fetchall()
        assert named == [("Sala ad-Din", 10, "Popular Mobilization Forces")]
        assert db.execute("SELECT rows_rejected FROM imports").fetchone() == (0,)
