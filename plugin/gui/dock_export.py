"""The dock's map export: the layout for the current filter, put in the layout manager and exported.

On the main thread, as QGIS's layout designer and its own export algorithms do (they are flagged
NoThreading): layouts and the layers they draw are not thread-safe. Rendering a layout on a task's
thread crashed QGIS 3.40 and 3.44 desktop within a few exports (a timer event on the main thread for an
object gone, right after the worker rendered; see tests/test_desktop_export.py). A window-modal
progress dialog keeps the window painted during an atlas and offers Cancel, as the designer's does."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsFeedback
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QProgressDialog

from ..core.i18n import tr
from ..core.maps import layout as layouts
from ..core.maps.brief import fill_brief
from ..core.maps.layout import ExportError, MapTexts
from ..core.maps.map_export import classification_words, source_descriptions
from ..core.project.hot_spot_layer import METHOD_PROPERTY
from ..core.project.layout_layers import prepare_project_layout
from ..core.store import queries
from ..core.store.counts import province_labels
from .guard import guarded_slot


class ExportMixin:
    """Part of IncidentDock: needs its session, last_facets, map section, project and notify."""

    def map_texts(self) -> MapTexts:
        """Title, subtitle and provenance for the current filter, as the export dialog proposes them."""
        settings = self.map.settings()
        classification = classification_words(settings.method, settings.classes, settings.measure)
        hot_spots = self.shown_hot_spot_layer()
        return layouts.map_texts(
            self.session.filter,
            self.last_facets.summary,
            source_descriptions(self.session.source, self.last_facets.summary.datasets),
            classification,
            settings.measure,
            layouts.map_countries(self.provinces_layer()),
            province_labels(queries.provinces(self.session.source)) if self.session.filter.provinces else None,
            # A map of hot spots says how they were found, not how provinces are coloured.
            method=hot_spots.customProperty(METHOD_PROPERTY) if hot_spots is not None else "",
        )

    def start_export(self, kind: str, texts: MapTexts, atlas: str, dpi: int, output: Path, atlas_order="count"):
        """Put the layout in the project's layout manager and export it (on this, the main, thread)."""
        provinces = self.provinces_layer()
        # Before anything is made: a brief without a date range says why it cannot be (ValueError).
        brief = self.session.brief(self.trend.settings()) if kind == "brief" else None
        manager = self.project.layoutManager()
        name = texts.title
        number = 1
        while manager.layoutByName(name) is not None:
            number += 1
            name = f"{texts.title} ({number})"
        layout = layouts.load_layout(kind, name, self.project)
        prepare_project_layout(
            layout,
            self.session.source.key,
            self.session.layer,
            provinces,
            texts,
            atlas=atlas,
            incident_count=self.last_facets.summary.incidents,
            atlas_order=atlas_order,
            hot_spots=self.shown_hot_spot_layer(),
        )
        if brief is not None:
            fill_brief(layout, brief, texts.provenance, atlas=atlas != "none")
        if kind == "compare":
            from ..core.maps.compare_layout import fill_compare
            from ..core.store.compare import compare_datasets

            fill_compare(layout, *compare_datasets(self.session.source, self.session.filter))
        manager.addLayout(layout)
        return self.export(layout, Path(output), dpi)

    def export(self, layout, output: Path, dpi: int) -> Path | None:
        """Export the layout now; the file, or None with the reason in last_export_error."""
        self.last_export = self.last_export_error = None
        progress = QProgressDialog(tr("Exporting {0}").format(output.name), tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        feedback = QgsFeedback()
        progress.canceled.connect(feedback.cancel)
        feedback.progressChanged.connect(lambda value: self._export_progress(progress, value))
        progress.show()
        QCoreApplication.processEvents()  # the dialog painted before the first page renders
        try:
            self.last_export = layouts.export_layout(layout, output, dpi, feedback)
        except ExportError as error:
            self.last_export_error = str(error)
            self.notify(self.last_export_error, Qgis.MessageLevel.Warning)
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.notify(tr("Map exported to {0}").format(self.last_export), Qgis.MessageLevel.Success)
        return self.last_export

    @staticmethod
    def _export_progress(progress: QProgressDialog, value: float) -> None:
        """Between atlas pages: the window repaints and the dialog's Cancel can be clicked (the dialog is
        window-modal, so nothing else of the window takes input meanwhile)."""
        progress.setValue(int(value))
        QCoreApplication.processEvents()

    @guarded_slot
    def ask_export(self) -> None:
        if self.session is None or self.last_facets is None or self.provinces_layer() is None:
            return
        from .export_dialog import ExportDialog

        folder = self.session.gpkg.parent if self.session.gpkg else Path(self.project.homePath() or Path.home())
        default = str(folder / f"{self.session.source.label}-map.pdf")
        dialog = ExportDialog(self.map_texts(), default, self)
        if dialog.exec():
            try:
                self.start_export(
                    dialog.template.currentData(),
                    dialog.texts(),
                    dialog.atlas.currentData(),
                    dialog.dpi.value(),
                    dialog.output_path(),
                    dialog.atlas_order.currentData(),
                )
            except ValueError as error:
                self.notify(str(error), Qgis.MessageLevel.Warning)
