"""Arabic, Central Kurdish and French: every tr() string translated, the plugin speaking them, RTL laid out."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO_ROOT
from incident_atlas.plugin.core import i18n
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.maps.layout import map_texts
from incident_atlas.plugin.core.store.queries import Summary
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

LANGUAGES = i18n.LANGUAGES
# A few strings checked against what an analyst would read, beyond "some translation exists".
EXPECTED = {
    "ar": {"Incident Atlas": "أطلس الحوادث", "Reset": "إعادة تعيين", "Import incidents": "استيراد الحوادث"},
    "ckb": {
        "Incident Atlas": "ئەتڵەسی ڕووداوەکان",
        "Reset": "ڕێکخستنەوە",
        "Import incidents": "هاوردەکردنی ڕووداوەکان",
    },
    "fr": {"Incident Atlas": "Incident Atlas", "Reset": "Réinitialiser", "Import incidents": "Importer des incidents"},
}


def tr_calls() -> list[tuple[Path, int, ast.expr]]:
    calls = []
    for path in sorted((REPO_ROOT / "plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "tr":
                calls.append((path.relative_to(REPO_ROOT), node.lineno, node.args[0] if node.args else None))
    return calls


def ts_messages(language: str) -> list[ET.Element]:
    tree = ET.parse(REPO_ROOT / "i18n" / f"incident_atlas_{language}.ts")
    assert tree.getroot().get("language") == language
    return list(tree.getroot().iter("message"))


def placeholders(text: str) -> list[str]:
    return sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)


def test_tr_gets_literal_strings_only():
    calls = tr_calls()
    assert len(calls) > 200
    not_literal = [f"{path}:{line}" for path, line, arg in calls if not isinstance(arg, ast.Constant)]
    assert not not_literal, f"tr() needs a literal string (use .format() after it): {not_literal}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tr_string_has_a_finished_translation(language):
    translations = {}
    for message in ts_messages(language):
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), f"{language}: {source!r}"
        assert (translation.text or "").strip(), f"{language}: empty translation of {source!r}"
        translations[source] = translation.text
    for path, line, arg in tr_calls():
        text = arg.value
        assert text in translations, f"{path}:{line}: {text!r} has no {language} translation; run make translations"
        assert placeholders(translations[text]) == placeholders(text), f"{language}: placeholders of {text!r}"
    # No stale entries either: the .ts holds what the code asks for.
    assert set(translations) == {arg.value for _, _, arg in tr_calls()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_current(language):
    ts = REPO_ROOT / "i18n" / f"incident_atlas_{language}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime, "run make qm (make test does)"


@pytest.fixture()
def interface_language(request):
    """QGIS's interface language as the Options dialog sets it, restored afterwards."""
    settings = QgsSettings()
    before = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", request.param)
    yield request.param
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.mark.parametrize("interface_language", LANGUAGES, indirect=True)
def test_plugin_speaks_the_interface_language(interface_language, plugin_package, desktop_iface, qgis_processing):
    language = interface_language
    expected = EXPECTED[language]
    instance = plugin_package.classFactory(desktop_iface.iface)
    instance.initGui()
    try:
        dock = instance.dock
        assert dock.windowTitle() == expected["Incident Atlas"]
        assert dock.reset_button.text() == expected["Reset"]
        assert instance.toggle_action.text() == expected["Incident Atlas"]
        algorithm = QgsApplication.processingRegistry().algorithmById("incidentatlas:importincidents")
        assert algorithm.displayName() == expected["Import incidents"]
        assert algorithm.createInstance().displayName() == expected["Import incidents"]
        right_to_left = language in ("ar", "ckb")
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        assert dock.layoutDirection() == direction
        assert dock.reset_button.layoutDirection() == direction  # inherited by every child
        # Map texts come out in the language too, dates with the language's month names.
        texts = map_texts(
            IncidentFilter(actors=("ISIS",), actor_role="primary", date_from="2020-01-01", date_to="2020-03-31"),
            Summary(250, 251, 18, "2020-01-01", "2020-03-31"),
            ["synthetic sample"],
            "jenks",
            "incidents",
            ("Iraq",),
        )
        title = {"ar": "هجمات ISIS حسب المحافظة", "ckb": "هێرشەکانی ISIS بەپێی پارێزگا", "fr": "Attaques de ISIS"}
        assert texts.title.startswith(title[language])
        month = {"ar": "مارس", "ckb": "ئازار", "fr": "mars"}[language]
        assert month in texts.subtitle, texts.subtitle
    finally:
        instance.unload()
    # Unloading removes the translator: English again.
    assert i18n.tr("Reset") == "Reset"
    assert i18n.current_language == "en"


@pytest.mark.parametrize("interface_language", ["en_US", "ar", "ckb", "fr"], indirect=True)
@pytest.mark.parametrize("width", [300, 320, 420, 600])
def test_the_dock_clips_no_text_from_300_to_600_px(
    interface_language, width, plugin_package, desktop_iface, qgis_processing, tmp_path
):
    from helpers import settle
    from sample_data import build_sample_geopackage

    gpkg = build_sample_geopackage(tmp_path / "iraq.gpkg")
    instance = plugin_package.classFactory(desktop_iface.iface)
    instance.initGui()
    try:
        dock = instance.dock
        dock.setFloating(True)
        dock.resize(width, 900)
        dock.show()
        assert dock.open_geopackage(gpkg)
        settle(dock)
        QCoreApplication.processEvents()
        for _ in range(20):  # rows that stack or unstack lay themselves out again
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        clipped = []
        for widget in dock.findChildren(QLabel) + dock.findChildren(QAbstractButton):
            if not widget.isVisibleTo(dock) or not widget.text() or (isinstance(widget, QLabel) and widget.wordWrap()):
                continue
            full = getattr(widget, "full_text", None)
            if full is not None and widget.text() != full:  # shortened with an ellipsis: whole in the tooltip
                assert widget.text().endswith("…") and full in widget.toolTip()
                continue
            if widget.sizeHint().width() > widget.width():
                clipped.append((widget.text(), widget.sizeHint().width(), widget.width()))
        assert not clipped, clipped
        assert dock.widget().minimumSizeHint().width() <= width
        # Nothing is cut off at the panel's right edge: the sections fit the scroll area's viewport.
        scroll = dock.widget().findChild(QScrollArea)
        viewport = scroll.viewport().width()
        widest = sorted(
            (child.minimumSizeHint().width(), type(child).__name__, type(child.parent()).__name__)
            for child in scroll.widget().findChildren(QWidget)
            if child.isVisibleTo(dock)
        )[-6:]
        assert scroll.widget().width() <= viewport, (scroll.widget().width(), viewport, widest)
        beyond = [
            type(child).__name__
            for child in scroll.widget().findChildren(QWidget)
            if child.isVisibleTo(dock) and child.mapTo(scroll.widget(), child.rect().topRight()).x() > viewport
        ]
        assert not beyond, beyond
        # Narrow, the dates stack; widened, they stand side by side again.
        side_by_side = dock.dates.date_from.y() == dock.dates.date_to.y()
        assert side_by_side or width < 600
        assert not side_by_side or width > 300
        # Actor names too long for the list are whole in their tooltips.
        items = dock.actors.list.items()
        assert items and all(item.toolTip() == item.data(Qt.ItemDataRole.UserRole) for item in items)
    finally:
        instance.unload()


@pytest.mark.parametrize("interface_language", ["ar_IQ"], indirect=True)
def test_arabic_layout_export_reads_right_to_left(interface_language, tmp_path, qgis_new_project):
    from datetime import date

    from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS
    from incident_atlas.plugin.core.maps import layout as layouts
    from incident_atlas.plugin.core.maps.map_export import export_map
    from incident_atlas.plugin.core.project.layout_layers import prepare_project_layout
    from sample_data import build_sample_geopackage

    translator = i18n.PluginTranslator()
    assert translator.install()
    try:
        gpkg = build_sample_geopackage(tmp_path / "iraq.gpkg")
        isis_q1 = IncidentFilter(
            actors=("ISIS",),
            actor_role="primary",
            date_from=date(2020, 1, 1),
            date_to=date(2020, 3, 31),
            alias_groups=DEFAULT_ALIAS_GROUPS,
        )
        png = export_map(gpkg, isis_q1, tmp_path / "map.png")
        from qgis.PyQt.QtGui import QImage

        assert not QImage(str(png)).isNull()
        # SVG and PDF hold shaped Arabic glyphs, not the string: the texts are checked on the layout itself.
        from qgis.core import QgsProject, QgsVectorLayer

        project = QgsProject()
        incidents = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
        provinces = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
        project.addMapLayers([incidents, provinces])
        texts = map_texts(
            isis_q1, Summary(250, 251, 6, "2020-01-01", "2020-03-31"), [], "jenks", "incidents", ("Iraq",)
        )
        layout = layouts.load_layout("a4_landscape", texts.title, project)
        prepare_project_layout(layout, "test", incidents, provinces, texts)
        title, subtitle = layout.itemById("title"), layout.itemById("subtitle")
        assert title.text() == "هجمات ISIS حسب المحافظة"
        assert "كانون الثاني" in subtitle.text() and "آذار" in subtitle.text()  # Iraqi month names for ar_IQ
        assert title.hAlign() == Qt.AlignmentFlag.AlignRight and subtitle.hAlign() == Qt.AlignmentFlag.AlignRight
        legend_node = layout.itemById("legend").model().rootGroup().findLayers()[0]
        assert legend_node.customProperty("legend/title-label") == "الحوادث في كل محافظة"
        assert layout.itemById("legend").title() == "الحوادث"
        legend, overview = layout.itemById("legend"), layout.itemById("overview")
        assert legend.symbolAlignment() == Qt.AlignmentFlag.AlignRight
        right = overview.positionWithUnits().x() + overview.sizeWithUnits().width()
        assert legend.sceneBoundingRect().right() == pytest.approx(right, abs=0.5)

        from incident_atlas.plugin.core.maps.brief import fill_brief
        from incident_atlas.plugin.core.store.filter_session import FilterSession
        from incident_atlas.plugin.core.trends.overview import TrendSettings

        session = FilterSession(gpkg, incidents)
        session.apply(isis_q1)
        brief = layouts.load_layout("brief", "brief", project)
        prepare_project_layout(brief, "test", incidents, provinces, texts)
        fill_brief(brief, session.brief(TrendSettings()), texts.provenance)
        sentences = brief.itemById("sentences")
        # The sentences open with a Latin name, yet read right to left as the interface does.
        assert sentences.text().startswith("Diyala") and "دالّ" in sentences.text().split("\n")[0]
        assert sentences.hAlign() == Qt.AlignmentFlag.AlignRight
        headings = [c.heading() for c in brief.itemById("change_table").multiFrame().headers()]
        assert headings[-1] == "المحافظة" and headings[0] == "الدلالة"  # the province column on the right
        assert not QImage(str(layouts.export_layout(brief, tmp_path / "brief.png", dpi=80))).isNull()
    finally:
        translator.remove()


@pytest.mark.parametrize("interface_language", ["fr"], indirect=True)
def test_the_import_summary_speaks_the_interface_language(interface_language, tmp_path):
    """A French session reads its import's accounting in French, in the message bar and the log."""
    from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
    from source_files import acled_row, write_acled

    translator = i18n.PluginTranslator()
    assert translator.install()
    try:
        rows = [acled_row("IRQ1"), acled_row("IRQ2", latitude="", longitude="", admin1="Diyala"), acled_row("IRQ1")]
        result = import_incidents(
            ImportOptions(source=write_acled(tmp_path / "a.csv", rows), output=tmp_path / "a.gpkg")
        )
        summary = result.summary()
        assert summary.startswith("ACLED") and ": 3 lignes lues : 2 importées (2 nouvelles, 0 mises à jour" in summary
        assert "1 rejetées" in summary and "1 placées par le nom de la province (sans coordonnées)" in summary
        assert "rows" not in summary and "imported" not in summary
    finally:
        translator.remove()
