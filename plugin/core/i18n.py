"""Translation: one `tr()` for the whole plugin and the translator QGIS's locale asks for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
LANGUAGES = ("ar", "ckb", "fr")
# pylupdate5 files plain tr("...") calls under the "@default" context, so the runtime lookup uses
# the same context; our translator is installed after QGIS's and is asked first.
CONTEXT = "@default"
# The language whose translator is installed; dates in map texts are written in it.
current_language = "en"
current_locale = "en"


# The interface language's translator, asked first for a text with a count; English's plural forms
# ("1 incident", "2 incidents") come from incident_atlas_en.qm, which holds only those.
_language_translator: QTranslator | None = None
_english_plurals: QTranslator | None = None


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the interface language; with `n`, in the plural form for n, with %n written as n.

    A text with a count is written `tr("%n incidents", "", count)`: pylupdate files it with the
    language's plural forms (Arabic has six). %n is written with thousands grouped, as the plugin
    writes every count (Qt's own %n substitution would write 7474)."""
    if n < 0:
        return QCoreApplication.translate(CONTEXT, text, disambiguation)
    for translator in (_language_translator, english_plurals()):
        found = translator.translate(CONTEXT, text, disambiguation, n) if translator is not None else ""
        if found:
            return found.replace("%n", f"{n:,}")
    return text.replace("%n", f"{n:,}")


def english_plurals() -> QTranslator | None:
    global _english_plurals
    if _english_plurals is None:
        translator = QTranslator()
        if translator.load(str(I18N_DIR / "incident_atlas_en.qm")):
            _english_plurals = translator
    return _english_plurals


def format_day(day: date) -> str:
    """'15 May 2020' with the month named in the interface language (Iraqi Arabic: آذار, not مارس).

    Digits stay Western, as in the counts beside the dates."""
    month = QLocale(current_locale).monthName(day.month, QLocale.FormatType.ShortFormat)
    return f"{day.day} {month} {day.year}"


def qgis_locale() -> str:
    """The language QGIS's own interface was started in (`qgis --lang`, the Options override, the system)."""
    app = QgsApplication.instance()
    started_in = app.translation() if app is not None and hasattr(app, "translation") else ""
    if started_in:
        return started_in
    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    chosen = settings.value("locale/userLocale", "", type=str) if override else ""
    return chosen or QLocale().name()


def language_of(locale_name: str) -> str:
    """'ar_IQ' -> 'ar', 'ckb' -> 'ckb', 'fr-BE' -> 'fr'."""
    return locale_name.replace("-", "_").split("_")[0].lower()


def translation_file(locale_name: str) -> Path | None:
    if language_of(locale_name) not in LANGUAGES:
        return None
    path = I18N_DIR / f"incident_atlas_{language_of(locale_name)}.qm"
    return path if path.is_file() else None


def layout_direction(locale_name: str) -> Qt.LayoutDirection:
    return QLocale(language_of(locale_name)).textDirection()


class PluginTranslator:
    """Installs the .qm for a locale and removes it again; a missing file means English."""

    def __init__(self, locale_name: str | None = None):
        self.locale_name = locale_name or qgis_locale()
        self.translator: QTranslator | None = None

    def install(self) -> bool:
        path = translation_file(self.locale_name)
        if path is None or self.translator is not None:
            return False
        translator = QTranslator()
        if not translator.load(str(path)):
            return False
        QCoreApplication.installTranslator(translator)
        self.translator = translator
        global current_language, current_locale, _language_translator
        _language_translator = translator
        current_language = language_of(self.locale_name)
        current_locale = self.locale_name
        return True

    def remove(self) -> None:
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            global current_language, current_locale, _language_translator
            if _language_translator is self.translator:
                _language_translator = None
            self.translator = None
            current_language = current_locale = "en"
