"""The "brief" layout: the change table, the trend chart and the sentences, as real layout items."""

from __future__ import annotations

import base64
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree
from datetime import date

import pytest
from helpers import choose_isis, settle
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.maps import layout as layouts
from incident_atlas.plugin.core.maps.brief import ROLE_COLOURS, chart_svg, fill_brief
from incident_atlas.plugin.core.maps.choropleth import (
    ChoroplethSettings,
    apply_choropleth,
    province_values,
    read_provinces,
)
from incident_atlas.plugin.core.maps.map_export import export_map
from incident_atlas.plugin.core.project.layers import incident_sources, open_incident_geopackage
from incident_atlas.plugin.core.project.layout_layers import prepare_project_layout
from incident_atlas.plugin.core.session.filter_session import FilterSession
from incident_atlas.plugin.core.trends.overview import TrendSettings
from pypdf import PdfReader
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate
from test_layout import ISIS_Q1

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture()
def session(sample_gpkg, qgis_new_project):
    QgsProject.instance().clear()
    open_incident_geopackage(sample_gpkg)
    layers = incident_sources()[str(sample_gpkg.resolve())]
    session = FilterSession(sample_gpkg, layers["incidents"])
    session.apply(ISIS_Q1)
    facets = session.facets()
    values = province_values(read_provinces(layers["provinces"]), facets.provinces, facets.previous_provinces)
    apply_choropleth(layers["provinces"], values, ChoroplethSettings())
    return session, layers


def brief_layout(session, layers, atlas="none"):
    brief = session.brief(TrendSettings())
    facets = session.facets()
    texts = layouts.map_texts(
        session.filter, facets.summary, ["synthetic sample"], "natural breaks", "incidents", ("Iraq",)
    )
    layout = layouts.load_layout("brief", "brief")
    prepare_project_layout(layout, "test", layers["incidents"], layers["provinces"], texts, atlas=atlas)
    fill_brief(layout, brief, texts.provenance, atlas=atlas != "none")
    return layout, brief


def pdf_text(path) -> str:
    """The first page's text without spaces: NFKC undoes the "fi" ligature the PDF's fonts use, and
    where a line wraps some extractors drop the space (QGIS 3.40's PDFs). Compare with squeeze()."""
    return squeeze(unicodedata.normalize("NFKC", PdfReader(path).pages[0].extract_text()))


def squeeze(text: str) -> str:
    return "".join(text.split())


def svg_of(picture_path: str) -> ElementTree.Element:
    assert picture_path.startswith("base64:")
    return ElementTree.fromstring(base64.b64decode(picture_path[len("base64:") :]))


def test_the_table_holds_the_change_table(session):
    layout, brief = brief_layout(*session)
    table = layout.itemById("change_table").multiFrame()
    assert [c.heading() for c in table.headers()] == ["Province", "Now", "Before", "Change", "Significance"]
    rows = [[cell.content() for cell in row] for row in table.tableContents()]
    # Every province with incidents now or before, most now first; zero-zero provinces left out.
    assert [r[0] for r in rows] == ["Diyala", "Al-Anbar", "At-Ta'mim", "Ninawa", "Sala ad-Din", "Baghdad"]
    assert rows[0][:4] == ["Diyala", "80", "41", "+95 %"] and rows[0][4].startswith("▲ q = ")
    for row, change in zip(rows, brief.ranked()):
        assert (row[1], row[2]) == (str(change.current), f"{change.baseline:.0f}")
        if change.direction == "none":
            assert "▲" not in row[4] and "▼" not in row[4]


def test_the_chart_draws_every_period_on_one_scale(session):
    layout, brief = brief_layout(*session)
    root = svg_of(layout.itemById("trend_chart").picturePath())
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts[:3] == ["compared period", "baseline", "highest: 9"]
    assert [t for t in texts if t in ("Diyala", "Al-Anbar", "At-Ta'mim")] == ["Diyala", "Al-Anbar", "At-Ta'mim"]
    assert texts[-3:] == ["2 Oct 2019", "1 Jan 2020", "31 Mar 2020"]  # the compared dates, not week edges
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("y") != "1"]  # the legend's squares stand at y=1
    series = {row.name: brief.series[row.province_id] for row in brief.table.rows}
    drawn = [v for name in ("Diyala", "Al-Anbar", "At-Ta'mim") for v in series[name] if v]
    assert len(bars) == len(drawn)
    heights = [float(b.get("height")) for b in bars]
    assert max(heights) / min(heights) == pytest.approx(max(drawn) / min(drawn), rel=1e-2)
    colours = {b.get("fill") for b in bars}
    assert colours <= set(ROLE_COLOURS.values()) and ROLE_COLOURS["current"] in colours
    assert sum(series["Diyala"][i] for i, s in enumerate(brief.spans) if brief.role(s) == "baseline") == 41


def test_a_chart_of_zeros_draws_no_bar_and_keeps_names_whole(session):
    _, brief = brief_layout(*session)
    root = ElementTree.fromstring(chart_svg([("ديالى", [0] * len(brief.spans))], brief))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "ديالى" in texts and "highest: 0" in texts
    assert [r for r in root.iter(f"{SVG}rect") if r.get("y") != "1"] == []


def test_sentences_and_provenance_name_the_test_and_baseline(session):
    layout, _ = brief_layout(*session)
    sentences = layout.itemById("sentences").text().split("\n")
    assert len(sentences) == 3
    assert sentences[0] == (
        "Diyala: 80 incidents from 1 Jan 2020 to 31 Mar 2020, 32 % of 250; "
        "up from 41 in the previous 91 days (+95 %, significant)"
    )
    assert all("not significant" in s for s in sentences[1:])
    provenance = layout.itemById("provenance").text()
    assert "against the previous 91 days" in provenance
    assert "exact test for two Poisson counts" in provenance and "Benjamini-Hochberg" in provenance
    assert "q < 0.05" in provenance


def test_exportmap_writes_the_brief_pdf(plugin, sample_gpkg, tmp_path):
    import processing
    from incident_atlas.plugin.core.definitions import TEMPLATES

    output = tmp_path / "brief.pdf"
    processing.run(
        "incidentatlas:exportmap",
        {
            "INPUT": str(sample_gpkg),
            "ACTORS": "ISIS",
            "ACTOR_ROLE": 1,
            "DATE_FROM": "2020-01-01",
            "DATE_TO": "2020-03-31",
            "TEMPLATE": TEMPLATES.index_of("brief"),
            "BASELINE": 1,  # the same dates a year earlier: the sample does not reach back
            "OUTPUT": str(output),
        },
    )
    text = pdf_text(output)
    assert squeeze("Diyala: 80 incidents from 1 Jan 2020 to 31 Mar 2020") in text
    assert squeeze("does not reach back") in text and squeeze(", significant)") not in text
    # The chart is drawn as vectors: the page holds no raster image at all (it was a 90 ppi JPEG).
    images = subprocess.run(["pdfimages", "-list", str(output)], capture_output=True, text=True, check=True).stdout
    assert images.splitlines()[2:] == [], images
    assert squeeze("the same dates a year earlier (1 Jan 2019 to 31 Mar 2019)") in text


def test_a_brief_without_dates_says_why(plugin, sample_gpkg, tmp_path):
    import processing
    from incident_atlas.plugin.core.definitions import TEMPLATES
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="choose a date range"):
        processing.run(
            "incidentatlas:exportmap",
            {"INPUT": str(sample_gpkg), "TEMPLATE": TEMPLATES.index_of("brief"), "OUTPUT": str(tmp_path / "b.pdf")},
        )
    assert not list(tmp_path.iterdir())
    with pytest.raises(ValueError, match="choose a date range"):
        export_map(sample_gpkg, IncidentFilter(), tmp_path / "b.pdf", template="brief")


def test_a_filter_with_no_incidents_gives_a_brief_that_says_so(sample_gpkg, tmp_path):
    empty = ISIS_Q1.with_changes(fatalities_min=10_000)
    pdf = export_map(sample_gpkg, empty, tmp_path / "empty.pdf", template="brief")
    text = pdf_text(pdf)
    assert squeeze("No incidents in the compared period or its baseline.") in text
    assert squeeze(", significant)") not in text and "▲" not in text and "▼" not in text


@pytest.mark.slow
def test_atlas_pages_carry_their_own_chart_and_sentence(session):
    layout, brief = brief_layout(*session, atlas="with_incidents")
    atlas = layout.atlas()
    assert atlas.beginRender()
    seen = {}
    chart, sentences = layout.itemById("trend_chart"), layout.itemById("sentences")
    for page in range(atlas.count()):
        assert atlas.seekTo(page)
        name = atlas.layout().reportContext().feature()["name"]
        chart.refreshDataDefinedProperty()
        root = svg_of(chart.evaluatedPath())
        assert [t.text for t in root.iter(f"{SVG}text")][4] == name  # the page's province, alone
        seen[name] = sentences.currentText()
    atlas.endRender()
    assert set(seen) == {"Diyala", "Al-Anbar", "At-Ta'mim", "Ninawa", "Sala ad-Din", "Baghdad"}
    assert seen["Diyala"].startswith("Diyala: 80 incidents") and "(+95 %, significant)" in seen["Diyala"]
    assert seen["Ninawa"].startswith("Ninawa: 35 incidents") and "not significant" in seen["Ninawa"]


def test_the_dock_exports_a_brief(plugin, sample_gpkg, tmp_path):
    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(sample_gpkg)
    settle(dock)
    choose_isis(dock, QDate(2020, 1, 1), QDate(2020, 3, 31))
    output = tmp_path / "dock-brief.pdf"
    dock.start_export("brief", dock.map_texts(), "none", 100, output)
    assert dock.last_export == output, dock.last_export_error
    text = pdf_text(output)
    assert squeeze("up from 41 in the previous 91 days (+95 %, significant)") in text
    dock.dates.choose("all")
    settle(dock)
    with pytest.raises(ValueError, match="choose a date range"):
        dock.start_export("brief", dock.map_texts(), "none", 100, tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()


def test_a_weekly_chart_too_long_to_fit_is_drawn_by_month_and_says_so(session):
    """A year against the year before, by week, is 105 bars: the chart shows every compared period by month."""
    from incident_atlas.plugin.core.maps.brief import chart_interval_words
    from incident_atlas.plugin.core.trends.overview import BRIEF_PERIODS

    filter_session, _layers = session
    year = ISIS_Q1.with_changes(date_from=date(2019, 4, 1), date_to=date(2020, 3, 31))
    brief = filter_session.brief(TrendSettings(baseline="previous", interval="week"), year)
    assert (brief.interval, brief.asked) == ("month", "week")
    assert len(brief.spans) <= BRIEF_PERIODS
    baseline_start = min(window.start for window in brief.table.baselines)
    assert brief.spans[0].start <= baseline_start and brief.spans[-1].end >= brief.table.current.end
    # Every incident the table compares is in the chart's bars.
    compared = sum(row.current + (row.baseline or 0) for row in brief.table.rows)
    assert sum(sum(values) for values in brief.series.values()) >= compared
    assert chart_interval_words(brief) == "one bar a month (by week, too many bars)"
    quarter = filter_session.brief(TrendSettings(interval="week"), ISIS_Q1)
    assert (quarter.interval, chart_interval_words(quarter)) == ("week", "one bar a week")
