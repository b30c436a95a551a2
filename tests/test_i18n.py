"""Arabic, Central Kurdish and French: every tr() string translated, the plugin speaking them, RTL laid out."""

from __future__ import annotations

import ast
import re
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
    return [(path, line, arg) for path, line, arg, _ in tr_calls_with_counts()]


def tr_calls_with_counts() -> list[tuple[Path, int, ast.expr, bool]]:
    """Every tr() call: file, line, text, and whether it passes a count (tr(text, "", n): plural forms)."""
    calls = []
    for path in sorted((REPO_ROOT / "plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "tr":
                text = node.args[0] if node.args else None
                calls.append((path.relative_to(REPO_ROOT), node.lineno, text, len(node.args) == 3))
    return calls


def translation_texts(message: ET.Element) -> list[str]:
    """A message's translation, or each of its plural forms."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


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
    translations, plural = {}, set()
    forms = {"ar": 6, "ckb": 1, "fr": 2}[language]  # Qt's plural rules for the language
    for message in ts_messages(language):
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), f"{language}: {source!r}"
        texts = translation_texts(message)
        assert all(text.strip() for text in texts), f"{language}: empty translation of {source!r}"
        if message.get("numerus") == "yes":
            plural.add(source)
            assert len(texts) == forms, f"{language}: {source!r} has {len(texts)} plural forms, not {forms}"
            # The general plural form writes the number; Arabic's one and two may say it in words.
            assert "%n" in texts[-1], f"{language}: {source!r}'s plural form does not write the number"
        translations[source] = texts
    for path, line, arg, counted in tr_calls_with_counts():
        text = arg.value
        assert text in translations, f"{path}:{line}: {text!r} has no {language} translation; run make translations"
        for translated in translations[text]:
            assert placeholders(translated) == placeholders(text), f"{language}: placeholders of {text!r}"
        assert (text in plural) == counted, f"{path}:{line}: {text!r}: plural forms in the .ts and a count in tr()"
        assert ("%n" in text) == counted, f"{path}:{line}: a count is written %n, and %n needs tr(text, '', count)"
    # No stale entries either: the .ts holds what the code asks for.
    assert set(translations) == {arg.value for _, _, arg in tr_calls()}


def test_english_has_the_singular_of_every_counted_text():
    """incident_atlas_en.ts holds exactly the texts with a count, each with its singular and plural."""
    messages = ts_messages("en")
    counted = {arg.value for _, _, arg, counted in tr_calls_with_counts() if counted}
    assert {message.findtext("source") for message in messages} == counted
    for message in messages:
        singular, plural = translation_texts(message)
        assert message.find("translation").get("type") is None and plural == message.findtext("source")
        assert "%n" in singular and placeholders(singular) == placeholders(plural)
    assert i18n.tr("%n incidents", "", 1) == "1 incident"
    assert i18n.tr("%n incidents", "", 0) == "0 incidents"
    assert i18n.tr("%n fatalities", "", 1) == "1 fatality"
    assert i18n.tr("%n incidents", "", 7474) == "7,474 incidents"  # grouped as the plugin writes counts
    assert i18n.tr("{range}  (%n provinces)", "", 1).format(range="3") == "3  (1 province)"


@pytest.mark.parametrize(
    "language, expected",
    [
        ("fr", {0: "0 incident", 1: "1 incident", 2: "2 incidents", 1500: "1,500 incidents"}),
        # Arabic: zero, one, two, 3-10, 11-99 and 100+ take six forms.
        (
            "ar",
            {0: "0 حادث", 1: "حادث واحد", 2: "حادثان", 3: "3 حوادث", 11: "11 حادثًا", 100: "100 حادث", 103: "103 حوادث"},
        ),
        ("ckb", {1: "1 ڕووداو", 2: "2 ڕووداو", 250: "250 ڕووداو"}),  # Sorani: the noun stays singular
    ],
)
def test_counts_take_the_plural_form_of_the_interface_language(language, expected):
    translator = i18n.PluginTranslator(language)
    assert translator.install()
    try:
        for count, text in expected.items():
            assert i18n.tr("%n incidents", "", count) == text, count
    finally:
        translator.remove()
    assert i18n.tr("%n incidents", "", 1) == "1 incident"


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
        from incident_atlas.plugin.core.session.filter_session import FilterSession
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
        # Each count in its plural form: French takes the singular for 0 and 1.
        assert summary.startswith("ACLED")
        assert ": 3 lignes lues : 2 importées (2 nouvelles, 0 mise à jour, 0 inchangée), 1 rejetée;" in summary
        assert "1 rejetée" in summary and "1 placée par le nom de la province (sans coordonnées)" in summary
        assert "rows" not in summary and "imported" not in summary
    finally:
        translator.remove()


# Where a text reaches the analyst: messages, logs, labels, titles, tooltips, Processing's feedback
# and any exception (its text is shown in the message bar or Processing's log).
USER_FACING_CALLS = {
    "log", "notify", "say", "pushInfo", "pushWarning", "reportError", "pushMessage", "pushCritical", "pushSuccess",
    "pushConsoleInfo", "pushCommandInfo", "setProgressText", "setText", "setToolTip", "setWindowTitle", "setTitle",
    "setPlaceholderText", "setLabelText", "setStatusTip", "setWhatsThis", "setHeaderLabels",
    "setHorizontalHeaderLabels", "addItem", "information", "warning", "critical", "question",
    "QLabel", "QCheckBox", "QPushButton", "QAction", "QGroupBox", "QToolButton", "QRadioButton",
}  # fmt: skip
# Texts that are not words of a language: a QGIS expression around a translated title, a dataset's name.
NOT_WORDS = {("plugin/core/maps/layout.py", "[% "), ("plugin/gui/download_dialog.py", "UCDP GED")}
# A value outside a fixed list (a measure, a baseline, an interval): a bug in the caller, never the analyst's
# doing (the dock and Processing offer only the listed values), said to a developer, in English.
PROGRAMMING_ERRORS = {
    ("plugin/core/definitions.py", " is not one of "),
    ("plugin/core/filters.py", "actor_role must be one of"),
    ("plugin/core/maps/choropleth.py", "measure must be one of"),
    ("plugin/core/maps/choropleth.py", "method must be one of"),
    ("plugin/core/periods.py", "week_start must be one of"),
    ("plugin/core/periods.py", "interval must be one of"),
    ("plugin/core/trends/change.py", "baseline must be one of"),
    ("plugin/core/trends/overview.py", "baseline must be one of"),
    ("plugin/core/session/filter_session.py", "Unknown date preset"),
    ("plugin/core/store/queries.py", "Unknown incident column"),
    ("plugin/core/download/geoboundaries.py", "level must be one of"),
    ("plugin/core/maps/layout_design.py", "Could not write "),  # make templates, a developer's tool
}


def english_words(node: ast.expr) -> str | None:
    """The English an expression writes without tr(): an f-string, "...".format() or a literal sentence."""
    if isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        return text if re.search(r"[A-Za-z]{3,}", text) else None
    if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "format":
        value = node.func.value
        if isinstance(value, ast.Constant) and re.search(r"[A-Za-z]{3,}", str(value.value)):
            return str(value.value)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if re.search(r"[A-Za-z]{3,} [A-Za-z]{2,}", node.value) else None
    if isinstance(node, ast.BinOp):
        return english_words(node.left) or english_words(node.right)
    return None


def test_user_visible_texts_with_values_go_through_tr():
    """A formatted message (f-string or "...".format) shown to the analyst is tr("... {name} ...").format():
    the check on translations above cannot see a text that never went through tr()."""
    untranslated = []
    for path in sorted((REPO_ROOT / "plugin").rglob("*.py")):
        relative = path.relative_to(REPO_ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", "")) or ""
            if name not in USER_FACING_CALLS and not name.endswith(("Error", "Exception")):
                continue
            for argument in node.args:
                text = english_words(argument)
                known = NOT_WORDS | PROGRAMMING_ERRORS
                if text and not any(relative == where and marker in text for where, marker in known):
                    untranslated.append(f"{relative}:{node.lineno}: {text!r}")
    assert not untranslated, "texts shown without tr():\n" + "\n".join(untranslated)
