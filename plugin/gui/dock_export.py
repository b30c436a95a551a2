"""The dock's map export: the layout for the current filter, exported by a background task."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication

from ..core.i18n import tr
from ..core.maps import layout as layouts
from ..core.maps.brief import fill_brief
from ..core.maps.layout import MapTexts
from ..core.maps.map_export import classification_words, source_descriptions
from ..core.tasks import ExportTask
from .guard import guarded_slot


class ExportMixin:
    """Part of IncidentDock: needs its session, last_facets, map section, project and notify."""

    def map_texts(self) -> MapTexts:
        """Title, subtitle and provenance for the current filter, as the export dialog proposes them."""
        settings = self.map.settings()
        classification = classification_words(settings.method, settings.classes, settings.measure)
        return layouts.map_texts(
            self.session.filter,
            self.last_facets.summary,
            source_descriptions(self.session.source),
            classification,
            settings.measure,
        )

    def start_export(self, kind: str, texts: MapTexts, atlas: str, dpi: int, output: Path):
        """Put the layout in the project's layout manager and export a copy of it in the background."""
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
        layouts.prepare_layout(
            layout, self.session.layer, provinces, texts, atlas=atlas, incident_count=self.last_facets.summary.incidents
        )
        if brief is not None:
            fill_brief(layout, brief, texts.provenance, atlas=atlas != "none")
        if kind == "compare":
            from ..core.maps.compare_layout import fill_compare
            from ..core.store.compare import compare_datasets

            fill_compare(layout, *compare_datasets(self.session.source, self.session.filter))
        manager.addLayout(layout)
        self.export_task = ExportTask(layout, Path(output), dpi, tr("Exporting {0}").format(Path(output).name))
        self.export_task.taskCompleted.connect(self._export_done)
        self.export_task.taskTerminated.connect(self._export_failed)
        self.last_export = self.last_export_error = None
        QgsApplication.taskManager().addTask(self.export_task)
        return self.export_task

    def cancel_export(self, *_args) -> None:
        task = self.export_task
        if task is not None:
            task.cancel()
            task.waitForFinished(120_000)

    @guarded_slot
    def _export_done(self) -> None:
        self.last_export, self.export_task = self.export_task.output, None
        self.notify(tr("Map exported to {0}").format(self.last_export), Qgis.MessageLevel.Success)

    @guarded_slot
    def _export_failed(self) -> None:
        self.last_export_error = self.export_task.error or tr("The export was cancelled.")
        self.export_task = None
        self.notify(self.last_export_error, Qgis.MessageLevel.Warning)

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
                )
            except ValueError as error:
                self.notify(str(error), Qgis.MessageLevel.Warning)
