"""incidentatlas:hotspots on the sample: hexagons, districts (any polygon layer) and provinces."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def run(sample_gpkg, tmp_path, name, **parameters):
    import processing

    output = tmp_path / f"{name}.gpkg"
    algorithm = "incidentatlas:emerginghotspots" if "INTERVAL" in parameters else "incidentatlas:hotspots"
    result = processing.run(algorithm, {"INPUT": str(sample_gpkg), "OUTPUT": str(output), **parameters})
    layer = QgsVectorLayer(result["OUTPUT"], name, "ogr")
    assert layer.isValid()
    return layer


def precise_incidents(sample_gpkg) -> int:
    with sqlite3.connect(sample_gpkg) as db:
        return db.execute("SELECT count(*) FROM incidents WHERE geo_precision <= 2 AND geom IS NOT NULL").fetchone()[0]


def test_hexagons_cover_the_study_area_and_find_the_clusters(plugin, sample_gpkg, tmp_path):
    # A band between the first ring of neighbours (25 km) and the second (43 km): the same neighbours
    # whether distances are taken between lattice centres or between the polygons' centroids.
    layer = run(sample_gpkg, tmp_path, "hexagons", UNITS=0, CELL_SIZE=25_000, DISTANCE_BAND=37_500)
    names = layer.fields().names()
    for field in ("unit_id", "incidents", "gi_z", "gi_p", "gi_bin", "neighbours"):
        assert field in names
    features = list(layer.getFeatures())
    counts = [f["incidents"] for f in features]
    # Every precise incident is in a hexagon; empty hexagons are there too.
    assert sum(counts) == precise_incidents(sample_gpkg)
    assert counts.count(0) > 0 and len(features) > 300
    assert layer.crs().toProj().startswith("+proj=laea")
    bins = [f["gi_bin"] for f in features]
    assert set(bins) <= {-3, -2, -1, 0, 1, 2, 3} and bins.count(3) > 0
    # A hot spot at 99 % has a z of at least 2.58 and a small p.
    for feature in features:
        if feature["gi_bin"] == 3:
            assert feature["gi_z"] > 2.575 and feature["gi_p"] < 0.01
    # The same polygons as districts give the same counts (point in polygon against cube rounding).
    districts = run(sample_gpkg, tmp_path, "districts", UNITS=1, DISTRICTS=layer.source(), DISTANCE_BAND=37_500)
    hexagon_by_id = {f.id(): f for f in features}
    district_by_id = {f["unit_id"]: f for f in districts.getFeatures()}
    assert {i: f["incidents"] for i, f in district_by_id.items()} == {
        i: f["incidents"] for i, f in hexagon_by_id.items()
    }
    ids = sorted(hexagon_by_id)
    assert [district_by_id[i]["gi_z"] for i in ids] == pytest.approx([hexagon_by_id[i]["gi_z"] for i in ids], rel=1e-6)


def test_provinces_are_too_few_for_hot_spots_and_say_so(plugin, sample_gpkg, tmp_path):
    # Also: the failure is raised with no store layer left in its traceback's frames (pytest keeps it
    # to the end: a layer freed after QGIS's exit crashed the test process at exit, all tests passed).
    with pytest.raises(QgsProcessingException, match="at least 30 units"):
        run(sample_gpkg, tmp_path, "provinces", UNITS=2)


def test_districts_need_a_layer(plugin, sample_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException, match="DISTRICTS"):
        run(sample_gpkg, tmp_path, "no-districts", UNITS=1)


def test_emerging_hot_spots_by_week_in_hexagons(plugin, sample_gpkg, tmp_path):
    from incident_atlas.plugin.core.hotspots.emerging import PATTERNS

    layer = run(sample_gpkg, tmp_path, "emerging", UNITS=0, CELL_SIZE=25_000, DISTANCE_BAND=37_500, INTERVAL=0)
    names = layer.fields().names()
    for field in ("category", "trend_z", "trend_p", "hot_steps", "cold_steps", "incidents"):
        assert field in names
    features = list(layer.getFeatures())
    assert sum(f["incidents"] for f in features) == precise_incidents(sample_gpkg)
    allowed = {"No pattern detected"} | {f"{p.capitalize()} {k} spot" for p in PATTERNS for k in ("hot", "cold")}
    categories = [f["category"] for f in features]
    assert set(categories) <= allowed
    # The sample's clusters (Diyala, Anbar, ...) show as some kind of hot spot; most cells show nothing.
    assert any(c.endswith("hot spot") for c in categories)
    assert categories.count("No pattern detected") > len(features) / 2
    for feature in features:
        if feature["category"].endswith("hot spot") and not feature["category"].startswith("Historical"):
            assert feature["hot_steps"] >= 1


def test_emerging_hot_spots_by_month_need_ten_months(plugin, sample_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least 10 time steps"):
        run(sample_gpkg, tmp_path, "monthly", UNITS=0, CELL_SIZE=25_000, INTERVAL=1)


@pytest.mark.parametrize(("shown", "legend"), [(1, "Hot spot, 99 % confidence"), (2, "No pattern detected")])
def test_exportmap_draws_hot_spots_with_their_legend_and_method(plugin, sample_gpkg, tmp_path, shown, legend):
    import unicodedata

    import processing
    from pypdf import PdfReader

    output = tmp_path / "hot.pdf"
    processing.run(
        "incidentatlas:exportmap",
        {
            "INPUT": str(sample_gpkg),
            "MAP": shown,
            "CELL_SIZE": 25_000,
            "DISTANCE_BAND": 37_500,
            "HOT_SPOT_STEP": 0,
            "OUTPUT": str(output),
        },
    )
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split()) for p in PdfReader(output).pages))
    assert legend in text and "Getis-Ord Gi*" in text and "Hochberg false discovery rate" in text  # may wrap
    assert "Provinces coloured by" not in text
    assert ("Mann-Kendall" in text) == (shown == 2)


def test_exportmap_says_why_there_are_no_hot_spots(plugin, sample_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least 30 units"):
        run_export(sample_gpkg, tmp_path, MAP=1, HOT_SPOT_UNITS=2)
    with pytest.raises(QgsProcessingException, match="DISTRICTS"):
        run_export(sample_gpkg, tmp_path, MAP=1, HOT_SPOT_UNITS=1)


def run_export(sample_gpkg, tmp_path, **parameters):
    import processing

    return processing.run(
        "incidentatlas:exportmap", {"INPUT": str(sample_gpkg), "OUTPUT": str(tmp_path / "x.pdf"), **parameters}
    )
