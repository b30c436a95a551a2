"""The Map section's hot spots, driven as an analyst would: choose what to show and the units, filter,
read the layer the map draws (its units, values and legend), go back to incidents by province."""

from __future__ import annotations

import unicodedata

import pytest
from helpers import choose_isis, settle
from incident_atlas.plugin.core.project.hot_spot_layer import hot_spot_layer
from incident_atlas.plugin.core.project.state import read_state
from map_render import render_layers
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtGui import QColor
from test_live_hotspots import processing_output as processing_units


@pytest.fixture()
def dock(plugin, sample_gpkg, qgis_new_project):
    QgsProject.instance().clear()
    assert plugin.dock.open_geopackage(sample_gpkg)
    settle(plugin.dock)
    return plugin.dock


def choose(dock, show="hotspots", units="hexagons", cell_km=25.0, band_km=37.5, interval=None):
    controls = dock.map.hot_spots
    controls.units.setCurrentIndex(controls.units.findData(units))
    controls.cell_size.setValue(cell_km)
    controls.band.setValue(band_km)
    if interval:
        controls.interval.setCurrentIndex(controls.interval.findData(interval))
    controls.show_combo.setCurrentIndex(controls.show_combo.findData(show))
    settle(dock)


def units_of(layer) -> dict[int, dict]:
    return {f["unit_id"]: dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()}


def test_hot_spots_in_hexagons_follow_the_filter_in_one_layer(dock, sample_gpkg, tmp_path):
    project = QgsProject.instance()
    key = dock.session.source.key
    layers_before = len(project.mapLayers())
    choose(dock)
    layer = hot_spot_layer(project, key)
    assert layer is not None and layer.name() == "Hot spots — hexagons"
    assert len(project.mapLayers()) == layers_before + 1
    assert dock.map.hot_spots.districts.findData(layer.id()) < 0  # never offered as districts
    # The values equal Processing's, which reads the incidents through QGIS.
    expected = processing_units(sample_gpkg, tmp_path, "all", CELL_SIZE=25_000, DISTANCE_BAND=37_500)
    shown = units_of(layer)
    assert {u: (v["incidents"], v["gi_bin"]) for u, v in shown.items()} == {
        u: (v["incidents"], v["gi_bin"]) for u, v in expected.items()
    }
    # The legend speaks the analysts' words, and the provinces are outlines over the units.
    labels = [category.label() for category in layer.renderer().categories()]
    assert labels[:4] == [
        "Hot spot, 99 % confidence",
        "Hot spot, 95 % confidence",
        "Hot spot, 90 % confidence",
        "Not significant",
    ]
    assert dock.provinces_layer().renderer().type() == "singleSymbol"
    status = dock.map.hot_spots.status.text()
    assert "Getis-Ord Gi*" in status and "distance band 37.5 km" in status and "Benjamini-Hochberg" in status
    assert not dock.map.measure.isVisibleTo(dock.map)  # the choropleth's choices are not this map's

    # A filter change recounts in the same layer: no second layer, the same cells.
    choose_isis(dock, QDate(2019, 1, 1), QDate(2021, 12, 31))
    settle(dock)
    assert hot_spot_layer(project, key).id() == layer.id() and len(project.mapLayers()) == layers_before + 1
    expected = processing_units(
        sample_gpkg, tmp_path, "isis", CELL_SIZE=25_000, DISTANCE_BAND=37_500, ACTORS="ISIS", ACTOR_ROLE=1,
        DATE_FROM="2019-01-01", DATE_TO="2021-12-31",
    )  # fmt: skip
    shown = units_of(layer)
    assert sorted(shown) == sorted(expected)
    assert {u: v["incidents"] for u, v in shown.items()} == {u: v["incidents"] for u, v in expected.items()}

    # Back to incidents by province: the layer goes, the choropleth comes back.
    dock.map.hot_spots.show_combo.setCurrentIndex(0)
    settle(dock)
    assert hot_spot_layer(project, key) is None and len(project.mapLayers()) == layers_before
    assert dock.provinces_layer().renderer().type() == "graduatedSymbol"


def test_emerging_hot_spots_by_week_name_their_categories(dock, sample_gpkg, tmp_path):
    choose(dock, show="emerging", interval="week")
    layer = hot_spot_layer(QgsProject.instance(), dock.session.source.key)
    assert layer is not None, dock.map.hot_spots.status.text()
    assert layer.name() == "Emerging hot spots — hexagons"
    expected = processing_units(sample_gpkg, tmp_path, "emerging", CELL_SIZE=25_000, DISTANCE_BAND=37_500, INTERVAL=0)
    shown = units_of(layer)
    assert {u: v["label"] for u, v in shown.items()} == {u: v["category"] for u, v in expected.items()}
    legend = [category.label() for category in layer.renderer().categories()]
    assert legend[-1] == "No pattern detected" and any(label.endswith("hot spot") for label in legend)
    assert set(legend) == {v["label"] for v in shown.values()}  # only the categories the map has
    assert "Mann-Kendall" in dock.map.hot_spots.status.text()


def test_districts_from_a_layer_of_the_project(dock, sample_gpkg, tmp_path):
    processing_units(sample_gpkg, tmp_path, "grid", CELL_SIZE=40_000, DISTANCE_BAND=80_000)
    districts = QgsVectorLayer(f"{tmp_path / 'grid.gpkg'}|layername=grid", "My districts", "ogr")
    QgsProject.instance().addMapLayer(districts)
    controls = dock.map.hot_spots
    assert controls.districts.findData(districts.id()) >= 0
    assert controls.districts.findData(dock.provinces_layer().id()) < 0  # the dock's own are not offered
    controls.districts.setCurrentIndex(controls.districts.findData(districts.id()))
    choose(dock, units="districts", band_km=80)
    layer = hot_spot_layer(QgsProject.instance(), dock.session.source.key)
    assert layer.name() == "Hot spots — districts" and layer.featureCount() == districts.featureCount()
    # Drawn over the analyst's district layer, which has its own fill.
    tree = QgsProject.instance().layerTreeRoot()
    order = [node.layerId() for node in tree.findLayers()]
    assert order.index(layer.id()) == order.index(districts.id()) - 1
    assert sum(f["incidents"] for f in layer.getFeatures()) == sum(f["incidents"] for f in districts.getFeatures())
    image = render_layers([dock.provinces_layer(), layer], layer.extent(), (600, 600), QColor("white"))
    assert image.save(str(tmp_path / "districts.png"))


def test_too_few_units_say_why_and_leave_no_layer(dock):
    choose(dock, units="provinces")
    assert hot_spot_layer(QgsProject.instance(), dock.session.source.key) is None
    assert "at least 30 units" in dock.map.hot_spots.status.text()
    choose(dock, units="districts")  # no district layer chosen
    assert "district layer" in dock.map.hot_spots.status.text()


def test_the_choice_is_kept_in_the_project_and_restored(dock):
    choose(dock, show="emerging", cell_km=30.0, interval="week")
    stored = read_state(QgsProject.instance()).maps[dock.session.source.key]["hot_spots"]
    assert stored["show"] == "emerging" and stored["cell_size"] == 30_000 and stored["interval"] == "week"
    dock.map.hot_spots.set_settings(type(dock.map.hot_spots.settings())())  # the widgets forget
    dock.refresh_sources(force=True)  # as when the project is opened again
    settle(dock)
    restored = dock.map.hot_spots.settings()
    assert (restored.show, restored.cell_size, restored.interval) == ("emerging", 30_000, "week")
    assert hot_spot_layer(QgsProject.instance(), dock.session.source.key).name() == "Emerging hot spots — hexagons"


@pytest.mark.parametrize("kind", ["a4_landscape", "brief"])
def test_layouts_draw_the_hot_spots_and_say_how_they_were_found(dock, tmp_path, kind):
    from pypdf import PdfReader
    from qgis.PyQt.QtGui import QImage

    choose_isis(dock, QDate(2019, 1, 1), QDate(2021, 12, 31))  # the brief needs a date range
    choose(dock)
    layer = hot_spot_layer(QgsProject.instance(), dock.session.source.key)
    texts = dock.map_texts()
    assert "Getis-Ord Gi*" in texts.provenance and "Provinces coloured by" not in texts.provenance
    assert "distance band 37.5 km" in texts.provenance and "false discovery rate" in texts.provenance
    output = tmp_path / f"{kind}.pdf"
    assert dock.start_export(kind, texts, "none", 80, output) == output, dock.last_export_error
    layout = QgsProject.instance().layoutManager().layoutByName(texts.title)
    main_map = layout.itemById("map")
    assert layer in main_map.layers() and dock.session.layer not in main_map.layers()  # no dots over the cells
    legend_layers = [node.layer() for node in layout.itemById("legend").model().rootGroup().findLayers()]
    assert legend_layers == [layer]
    pages = (page.extract_text() for page in PdfReader(output).pages)
    words = unicodedata.normalize("NFKC", " ".join(" ".join(text.split()) for text in pages))  # "ﬁ" is "fi"
    assert "Hot spot, 99 % confidence" in words and "Getis-Ord Gi*" in words
    # The map item draws the hot spot colours.
    png = tmp_path / f"{kind}.png"
    assert dock.start_export(kind, texts, "none", 60, png) == png
    image = QImage(str(png))
    reds = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if (lambda c: c.red() > 190 and c.green() < 90 and c.blue() < 80)(image.pixelColor(x, y))
    )
    assert reds > 20


def test_a_click_on_a_unit_selects_and_lists_its_incidents(plugin, dock, monkeypatch):
    from qgis.core import QgsCoordinateTransform, QgsGeometry

    tables = []
    monkeypatch.setattr(
        plugin.iface, "showAttributeTable", lambda layer, expression: tables.append((layer, expression)), raising=False
    )
    choose(dock)
    layer = hot_spot_layer(QgsProject.instance(), dock.session.source.key)
    busiest = max(layer.getFeatures(), key=lambda f: f["incidents"])
    assert busiest["incidents"] > 5
    dock.map.hot_spots.list_button.setChecked(True)
    canvas = plugin.iface.mapCanvas()
    assert canvas.mapTool() is plugin.unit_tool.tool
    plugin.unit_tool.tool.featureIdentified.emit(busiest)
    incidents = dock.session.layer
    selected = list(incidents.getSelectedFeatures())
    assert len(selected) == busiest["incidents"]
    assert tables and tables[0][0] is incidents and incidents.featureCount() > len(selected)
    # The selected incidents are the ones in the cell, placed precisely enough to count.
    to_cells = QgsCoordinateTransform(incidents.crs(), layer.crs(), QgsProject.instance())
    cell = QgsGeometry(busiest.geometry())
    cell = cell.buffer(1.0, 4)  # points on an edge belong to one of its two cells
    for feature in selected:
        point = QgsGeometry(feature.geometry())
        point.transform(to_cells)
        assert cell.contains(point) and feature["geo_precision"] <= 2
    # Another map tool chosen: the button lets go.
    canvas.unsetMapTool(plugin.unit_tool.tool)
    assert not dock.map.hot_spots.list_button.isChecked()
