"""Maps that read at any extent: the projection, the scale bar and the overview follow the map's extent."""

from __future__ import annotations

import os
import shutil

import pytest
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.maps import layout as layouts
from incident_atlas.plugin.core.maps.map_export import export_map
from qgis.core import QgsRectangle
from qgis.PyQt.QtGui import QImage
from source_files import acled_row, write_acled

# (country, lon, lat): places on four continents, or in Africa alone.
WORLD = [
    ("Iraq", 44.65, 33.75),
    ("Pakistan", 71.5, 30.2),
    ("Colombia", -74.1, 4.6),
    ("Philippines", 124.2, 7.2),
    ("Ukraine", 37.8, 48.0),
    ("Mexico", -99.1, 19.4),
    ("Nigeria", 13.1, 11.8),
    ("Somalia", 45.3, 2.0),
]
AFRICA = [
    ("Nigeria", 13.1, 11.8),
    ("Somalia", 45.3, 2.0),
    ("Mali", -3.0, 16.3),
    ("Democratic Republic of Congo", 29.2, -1.7),
    ("Mozambique", 40.5, -12.9),
    ("Libya", 13.2, 32.9),
]


def build_store(tmp_path, places, name):
    rows = [
        acled_row(f"{name}{index}", latitude=lat, longitude=lon, country=country, admin1="")
        for index, (country, lon, lat) in enumerate(places)
    ]
    result = import_incidents(
        ImportOptions(source=write_acled(tmp_path / f"{name}.csv", rows), output=tmp_path / f"{name}.gpkg")
    )
    assert result.imported == len(places), result.summary()
    return result.output


@pytest.mark.parametrize(
    ("extent", "expected"),
    [
        (QgsRectangle(44.3, 33.2, 46.2, 35.1), "EPSG:32638"),  # Diyala: one UTM zone
        (QgsRectangle(38.8, 29.1, 48.6, 37.4), "laea"),  # Iraq spans three zones
        (QgsRectangle(-17.5, -34.8, 51.4, 37.3), "laea"),  # Africa
        (QgsRectangle(-180, -60, 180, 83), "EPSG:8857"),  # the world: Equal Earth
    ],
)
def test_the_projection_follows_the_extent(extent, expected):
    crs = layouts.display_crs(extent)
    assert expected in (crs.authid() or crs.toProj())
    assert crs.isValid()


@pytest.mark.parametrize(("places", "name", "projection"), [(WORLD, "world", "EPSG:8857"), (AFRICA, "africa", "laea")])
def test_world_and_continent_exports_read(tmp_path, qgis_new_project, places, name, projection, monkeypatch):
    gpkg = build_store(tmp_path, places, name)
    captured = {}
    prepare = layouts.prepare_layout

    def keep(layout, *args, **kwargs):
        prepare(layout, *args, **kwargs)
        captured["layout"] = layout

    monkeypatch.setattr(layouts, "prepare_layout", keep)
    output = export_map(gpkg, IncidentFilter(), tmp_path / f"{name}.png", dpi=60)
    layout = captured["layout"]
    main_map = layout.itemById("map")
    assert projection in (main_map.crs().authid() or main_map.crs().toProj())
    # The map stays in its frame; no segment labels to collide where the scale varies, and the page says so.
    assert (
        main_map.rect().height() > 0
        and main_map.pos().y() + main_map.rect().height() < layout.pageCollection().page(0).rect().height()
    )
    assert not layout.itemById("scalebar").isVisible()
    assert "No scale bar" in layout.itemById("provenance").text()
    overview = layout.itemById("overview")
    if name == "world":
        assert not overview.isVisible()  # the world needs no inset of the world
    else:
        assert overview.isVisible() and overview.crs().authid() == "EPSG:8857"
        world = overview.extent()
        assert world.width() > 3.0e7  # the continent located on the world
    image = QImage(str(output))
    assert not image.isNull() and image.width() > 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20, "the page looks blank"
    if os.environ.get("IA_SCREENSHOTS"):
        shutil.copy(output, os.environ["IA_SCREENSHOTS"])
