"""Print layouts: texts from the filter, real PDF/PNG/SVG files, atlas pages per province."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree
from datetime import date

import pytest
from incident_atlas.plugin.core.definitions import PAGE_SIZES
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
from incident_atlas.plugin.core.maps import layout as layouts
from incident_atlas.plugin.core.maps.choropleth import (
    ChoroplethSettings,
    apply_choropleth,
    province_values,
    read_provinces,
)
from incident_atlas.plugin.core.project.layers import incident_sources, open_incident_geopackage
from incident_atlas.plugin.core.project.layout_layers import prepare_project_layout
from incident_atlas.plugin.core.session.filter_session import FilterSession
from incident_atlas.plugin.core.store.counts import Summary
from pypdf import PdfReader
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QImage

ISIS_Q1 = IncidentFilter(
    actors=("ISIS",),
    actor_role="primary",
    date_from=date(2020, 1, 1),
    date_to=date(2020, 3, 31),
    alias_groups=DEFAULT_ALIAS_GROUPS,
)


@pytest.fixture()
def styled(sample_gpkg, qgis_new_project):
    """The sample open and styled for ISIS, Q1 2020, as the dock would leave it."""
    QgsProject.instance().clear()
    open_incident_geopackage(sample_gpkg)
    layers = incident_sources()[str(sample_gpkg.resolve())]
    session = FilterSession(sample_gpkg, layers["incidents"])
    applied = session.apply(ISIS_Q1)
    facets = session.facets()
    values = province_values(read_provinces(layers["provinces"]), facets.provinces, facets.previous_provinces)
    apply_choropleth(layers["provinces"], values, ChoroplethSettings())
    texts = layouts.map_texts(
        applied, facets.summary, ["synthetic sample"], "natural breaks (Jenks)", "incidents", ("Iraq",)
    )
    return layers, texts, facets


def test_texts_are_written_from_the_filter(styled):
    _, texts, facets = styled
    assert texts.title == "ISIS attacks by governorate"
    assert texts.subtitle == "1 Jan 2020 – 31 Mar 2020 · 250 incidents · 251 fatalities"
    assert "Source: synthetic sample" in texts.provenance and "actors ISIS (primary)" in texts.provenance
    other = layouts.map_texts(
        ISIS_Q1.with_changes(event_types=("Battles",)), facets.summary, [], "", "incidents", ("Iraq",)
    )
    assert other.title == "ISIS battles by governorate"  # the title follows the filter


@pytest.mark.parametrize(
    ("role", "types", "countries", "title"),
    [
        ("primary", (), ("Iraq",), "ISIS attacks by governorate"),
        ("any", (), ("Iraq",), "Incidents involving ISIS by governorate"),
        ("secondary", ("Battles",), ("Iraq",), "battles involving ISIS by governorate"),
        ("primary", (), ("Nigeria",), "ISIS attacks by state"),
        ("primary", (), ("Ukraine",), "ISIS attacks by oblast"),
        ("primary", (), ("Mali", "Niger"), "ISIS attacks by region"),
        ("primary", (), ("Iraq", "Nigeria"), "ISIS attacks by province"),  # mixed: the general word
        ("primary", (), ("Pakistan",), "ISIS attacks by province"),
    ],
)
def test_titles_follow_the_actor_role_and_the_countries_words(role, types, countries, title):
    summary = Summary(10, 10, 2, "2020-01-01", "2020-03-31")
    incident_filter = IncidentFilter(actors=("ISIS",), actor_role=role, event_types=types)
    assert layouts.map_texts(incident_filter, summary, [], "", "incidents", countries).title == title


def embedded_fonts(pdf) -> list[tuple[str, bool]]:
    """(name, embedded) of every font pdffonts (poppler-utils) lists in the PDF."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60).stdout
    rows = listing.splitlines()[2:]  # a header line and a rule
    # Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, ID; "emb" is 5th from the end.
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows if row.strip()]


@pytest.mark.parametrize("kind", list(PAGE_SIZES))
def test_every_template_exports_a_pdf_with_title_summary_and_provenance(styled, kind, tmp_path):
    layers, texts, _ = styled
    layout = layouts.load_layout(kind, f"test {kind}")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts)
    pdf = layouts.export_layout(layout, tmp_path / f"{kind}.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "ISIS attacks by governorate" in text
    assert "250 incidents · 251 fatalities" in text
    assert "Source: synthetic sample" in text
    assert "No incidents (12 provinces)" in text and "46 – 80 (1 province)" in text  # ranges and counts
    fonts = embedded_fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts  # text is text, its fonts travel with it
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    page_width, page_height = PAGE_SIZES[kind]
    assert width / height == pytest.approx(page_width / page_height, rel=0.01)


def test_png_has_the_requested_size_and_is_not_blank(styled, tmp_path):
    layers, texts, _ = styled
    layout = layouts.load_layout("a4_landscape", "png")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts)
    png = layouts.export_layout(layout, tmp_path / "map.png", dpi=100)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (int(297 / 25.4 * 100), int(210 / 25.4 * 100))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(colours) > 20


def test_svg_parses(styled, tmp_path):
    layers, texts, _ = styled
    layout = layouts.load_layout("a4_portrait", "svg")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts)
    svg = layouts.export_layout(layout, tmp_path / "map.svg")
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "ISIS attacks by governorate" in svg.read_text(encoding="utf-8")


@pytest.mark.slow
def test_atlas_has_one_page_per_province_with_incidents(styled, tmp_path):
    layers, texts, facets = styled
    layout = layouts.load_layout("a4_landscape", "atlas")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts, atlas="with_incidents")
    reader = PdfReader(layouts.export_layout(layout, tmp_path / "atlas.pdf"))
    assert len(reader.pages) == len(facets.provinces) == 6
    titles = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert "ISIS attacks by governorate: Diyala (80)" in titles[0]  # the largest count first, by default
    counts = [int(re.search(r"governorate: [^(]+\((\d+)\)", title)[1]) for title in titles]
    assert counts == sorted(counts, reverse=True)
    prepare_project_layout(
        layout, "test", layers["incidents"], layers["provinces"], texts, atlas="with_incidents", atlas_order="name"
    )
    reader = PdfReader(layouts.export_layout(layout, tmp_path / "by-name.pdf"))
    names = [re.search(r"governorate: ([^(]+) \(", " ".join(page.extract_text().split()))[1] for page in reader.pages]
    assert names == sorted(names) and len(names) == 6
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts, atlas="all")
    assert len(PdfReader(layouts.export_layout(layout, tmp_path / "all.pdf")).pages) == 18


def test_unknown_format_is_refused_and_nothing_is_left(styled, tmp_path):
    layers, texts, _ = styled
    layout = layouts.load_layout("a4_landscape", "bad")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts)
    with pytest.raises(layouts.ExportError, match="Choose a .pdf, .png or .svg"):
        layouts.export_layout(layout, tmp_path / "map.docx")
    assert list(tmp_path.iterdir()) == []


def test_exportmap_algorithm_pdf_and_atlas(plugin, sample_gpkg, tmp_path):
    import processing

    common = {
        "INPUT": str(sample_gpkg),
        "ACTORS": "ISIS",
        "ACTOR_ROLE": 1,
        "DATE_FROM": "2020-01-01",
        "DATE_TO": "2020-03-31",
    }
    single = processing.run("incidentatlas:exportmap", {**common, "OUTPUT": str(tmp_path / "map.pdf")})["OUTPUT"]
    text = " ".join(PdfReader(single).pages[0].extract_text().split())
    assert "ISIS attacks by governorate" in text and "250 incidents" in text
    assert "Source: synthetic (iraq.csv, imported" in text  # provenance names the source
    atlas = processing.run(
        "incidentatlas:exportmap", {**common, "ATLAS": True, "TITLE": "Own title", "OUTPUT": str(tmp_path / "a.pdf")}
    )["OUTPUT"]
    pages = PdfReader(atlas).pages
    assert len(pages) == 6
    assert " ".join(pages[0].extract_text().split()).startswith("Own title: ")


def test_exportmap_significant_change(plugin, sample_gpkg, tmp_path):
    import processing
    from incident_atlas.plugin.core.definitions import MEASURES

    parameters = {
        "INPUT": str(sample_gpkg),
        "ACTORS": "ISIS",
        "DATE_FROM": "2020-04-01",
        "DATE_TO": "2020-06-30",
        "MEASURE": MEASURES.index_of("change_significance"),
        "OUTPUT": str(tmp_path / "change.pdf"),
    }
    pdf = processing.run("incidentatlas:exportmap", parameters)["OUTPUT"]
    # NFKC: the PDF's text holds the "fi" ligature; without spaces: how text extraction joins wrapped
    # lines and legend columns differs between QGIS versions.
    text = "".join(unicodedata.normalize("NFKC", PdfReader(pdf).pages[0].extract_text()).split())
    for label in ("Significant decrease (0)", "No significant change (18)", "Significant increase (0)"):
        assert label.replace(" ", "") in text
    # The provenance names the test and the baseline, and no classification that was not used.
    assert "significantchangefromthepreviousperiod(exacttest,Benjamini-Hochbergq<0.05)" in text
    assert "Jenks" not in text


def test_dock_export_keeps_the_layout(plugin, sample_gpkg, tmp_path, qgis_new_project):
    from helpers import item, settle
    from qgis.PyQt.QtCore import QDate, Qt

    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(sample_gpkg)
    settle(dock)
    item(dock.actors.list, "ISIS").setCheckState(Qt.CheckState.Checked)
    dock.actors.role.setCurrentIndex(dock.actors.role.findData("primary"))  # who attacked
    dock.dates.date_from.setDate(QDate(2020, 1, 1))
    dock.dates.date_to.setDate(QDate(2020, 3, 31))
    settle(dock)
    texts = dock.map_texts()
    assert texts.title == "ISIS attacks by governorate"
    assert texts.subtitle.startswith("1 Jan 2020 – 31 Mar 2020 · ")
    dock.dates.date_from.setDate(QDate(2020, 2, 1))
    settle(dock)
    assert dock.map_texts().subtitle.startswith("1 Feb 2020 – 31 Mar 2020 · ")  # follows the filter

    output = tmp_path / "dock-map.pdf"
    assert dock.start_export("a4_portrait", texts, "none", 100, output) == output
    assert dock.last_export_error is None
    assert dock.last_export == output
    assert "ISIS attacks by governorate" in " ".join(PdfReader(output).pages[0].extract_text().split())
    assert QgsProject.instance().layoutManager().layoutByName("ISIS attacks by governorate") is not None


def test_dense_incidents_are_drawn_as_density(styled, tmp_path, monkeypatch):
    from qgis.core import QgsHeatmapRenderer

    layers, texts, facets = styled
    monkeypatch.setattr(layouts, "DENSE_INCIDENTS", 100)
    layout = layouts.load_layout("a4_landscape", "dense")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts, incident_count=250)
    drawn = layout.itemById("map").layers()
    assert isinstance(drawn[0].renderer(), QgsHeatmapRenderer)
    assert drawn[0].subsetString() == layers["incidents"].subsetString()  # the same filtered incidents
    assert layers["incidents"].renderer().type() == "singleSymbol"  # the analyst's layer is untouched
    assert layouts.export_layout(layout, tmp_path / "dense.pdf").stat().st_size > 0


def test_arabic_and_kurdish_titles_align_right_and_export(styled, tmp_path):
    from qgis.PyQt.QtCore import Qt

    layers, texts, _ = styled
    arabic = layouts.MapTexts("هجمات داعش حسب المحافظة", "هێرشەکانی داعش بەپێی پارێزگا", texts.provenance)
    layout = layouts.load_layout("a4_landscape", "rtl")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], arabic)
    assert layout.itemById("title").hAlign() == Qt.AlignmentFlag.AlignRight
    assert layout.itemById("subtitle").hAlign() == Qt.AlignmentFlag.AlignRight
    assert layout.itemById("provenance").hAlign() == Qt.AlignmentFlag.AlignLeft
    assert layouts.is_right_to_left("  2020 هجمات") and not layouts.is_right_to_left("ISIS هجمات")
    pdf = layouts.export_layout(layout, tmp_path / "rtl.pdf")
    assert len(PdfReader(pdf).pages) == 1


def test_cancelled_export_leaves_no_file(styled, tmp_path):
    from qgis.core import QgsFeedback

    layers, texts, _ = styled
    layout = layouts.load_layout("a4_landscape", "cancel")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts, atlas="all")
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(layouts.ExportError, match="cancelled"):
        layouts.export_layout(layout, tmp_path / "atlas.pdf", feedback=feedback)
    assert not (tmp_path / "atlas.pdf").exists()


def test_provenance_names_every_restriction():
    words = layouts.describe_filter(
        IncidentFilter(
            actors=("PMF",),
            actor_role="secondary",
            date_from=date(2020, 1, 1),
            event_types=("Battles",),
            sub_event_types=("Armed clash",),
            fatalities_min=1,
            fatalities_max=9,
            max_geo_precision=2,
            max_date_precision=1,
            provinces=(7,),
            datasets=("acled",),
        ),
        {7: "Punjab (Pakistan)"},
    )
    for expected in (
        "actors PMF (secondary)",
        "dates 1 Jan 2020 to …",
        "event types Battles",
        "sub-types Armed clash",
        "at least 1 fatality",
        "at most 9 fatalities",
        "location precision up to 2",
        "date precision up to 1",
        "provinces Punjab (Pakistan)",
        "datasets ACLED",
    ):
        assert expected in words


def test_dock_exports_reuse_one_set_of_helper_layers(plugin, sample_gpkg, tmp_path, qgis_new_project):
    from helpers import choose_isis, settle
    from incident_atlas.plugin.core.project.layout_layers import HELPER_PROPERTY, helper_group
    from incident_atlas.plugin.core.project.state import read_state
    from qgis.PyQt.QtCore import QDate

    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(sample_gpkg)
    settle(dock)
    opened = dict(read_state().layers[str(sample_gpkg)])
    counts = []
    for number, quarter in enumerate([(1, 3), (4, 6), (1, 3)]):
        choose_isis(dock, QDate(2020, quarter[0], 1), QDate(2020, quarter[1], 28))
        kind = ("a4_landscape", "brief")[number % 2]
        assert dock.start_export(kind, dock.map_texts(), "none", 80, tmp_path / f"{number}.pdf"), dock.last_export_error
        counts.append(len(QgsProject.instance().mapLayers()))
    assert counts[0] == counts[-1] == 2 + 3  # the analyst's two, and print, locator and countries once
    group = helper_group(QgsProject.instance())
    assert not group.itemVisibilityChecked()  # never drawn on the canvas
    helpers = [node.layer() for node in group.findLayers()]
    assert sorted(layer.customProperty(HELPER_PROPERTY) for layer in helpers) == ["countries", "locator", "printed"]
    assert all(layer.customProperty("incident_atlas/role") is None for layer in helpers)
    # The dock's layers are the ones it opened, by id; the print layer follows the analyst's map.
    assert {role: layer.id() for role, layer in incident_sources()[str(sample_gpkg)].items()} == opened
    printed = next(layer for layer in helpers if layer.customProperty(HELPER_PROPERTY) == "printed")
    shown = dock.provinces_layer()
    assert [r.label() for r in printed.renderer().ranges()] == [r.label() for r in shown.renderer().ranges()]


def test_copies_with_the_plugins_tags_are_never_taken_for_the_analysts_layers(sample_gpkg, qgis_new_project):
    """Projects saved by older versions hold hidden copies tagged like the originals (outside the tree)."""
    from incident_atlas.plugin.core.project.state import read_state, write_state

    project = QgsProject.instance()
    project.clear()
    open_incident_geopackage(sample_gpkg)
    originals = incident_sources()[str(sample_gpkg)]
    copy = originals["provinces"].clone()
    project.addMapLayer(copy, False)
    assert incident_sources()[str(sample_gpkg)]["provinces"] is originals["provinces"]
    state = read_state()
    state.layers.clear()  # as an older version saved it: tags only
    write_state(state)
    assert incident_sources()[str(sample_gpkg)]["provinces"] is originals["provinces"]


@pytest.mark.parametrize("kind", list(PAGE_SIZES))
def test_labels_are_never_placed_under_the_furniture_on_the_map(styled, kind):
    layers, texts, _ = styled
    layout = layouts.load_layout(kind, f"furniture {kind}")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts, atlas="with_incidents")
    main_map = layout.itemById("map")
    on_map = [
        layout.itemById(item_id)
        for item_id in layouts.FURNITURE_OVER_MAP
        if main_map.sceneBoundingRect().intersects(layout.itemById(item_id).sceneBoundingRect())
    ]
    assert {item.id() for item in on_map} >= {"scalebar", "north"}
    assert all(main_map.isLabelBlockingItem(item) for item in on_map)
