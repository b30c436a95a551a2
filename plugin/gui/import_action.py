"""'Import incidents…': pick a source and a GeoPackage, import as a task, add the result."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.dependencies import missing_packages_message
from ..core.errors import SourceError
from ..core.i18n import tr
from ..core.project.layers import open_incident_geopackage
from .guard import guarded_slot
from .task_controller import TaskController, import_settings


class ImportController(TaskController):
    """Owns the running import task so the dock can be closed while it runs."""

    def __init__(self, iface):
        super().__init__(iface)
        self.mapping_dialog = None  # the last one shown, for tests to drive

    def cancelled_message(self) -> str:
        return tr("The import was cancelled.")

    def start(self, source: Path, output: Path, mapping=None):
        """mapping: a ColumnMapping for a file no format recognises (the mapping dialog's)."""
        from ..core.ingest.importer import ImportOptions
        from ..core.tasks import ImportTask

        options = ImportOptions(
            source=source,
            output=output,
            source_format="generic" if mapping is not None else "auto",
            mapping=mapping,
            **import_settings(),
        )
        return self._run(ImportTask(options, tr("Importing incidents from {0}").format(source.name)))

    @guarded_slot
    def ask_and_start(self, parent) -> None:
        missing = missing_packages_message()
        if missing:
            self.notify(missing, Qgis.MessageLevel.Warning)
            return
        source, _ = QFileDialog.getOpenFileName(
            parent, tr("Incident file to import"), "", tr("Incident files (*.csv *.txt *.xlsx *.json)")
        )
        if not source:
            return
        try:
            mapping = self.mapping_for(Path(source), parent)
        except SourceError as error:
            self.notify(str(error), Qgis.MessageLevel.Warning)
            return
        if mapping is False:
            return  # the analyst cancelled the mapping
        output, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Incident GeoPackage (created, or updated if it exists)"),
            str(Path(source).with_suffix(".gpkg")),
            tr("GeoPackage (*.gpkg)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if output:
            self.start(Path(source), Path(output), mapping or None)

    def mapping_for(self, source: Path, parent):
        """None for a file a format recognises; else the mapping the analyst confirms (False: cancelled)."""
        from ..core.ingest import formats
        from ..core.ingest.readers import read_chunks, read_header
        from .mapping_dialog import ColumnMappingDialog

        header = read_header(source)
        if formats.detect(header).key != "generic":
            return None
        chunks = read_chunks(source, chunk_rows=20)
        try:
            preview = next(iter(chunks)).frame.astype(str).values.tolist()
        except StopIteration:
            preview = []
        finally:
            getattr(chunks, "close", lambda: None)()
        self.mapping_dialog = ColumnMappingDialog(source.name, header, preview, parent)
        accepted = self.mapping_dialog.exec()
        return self.mapping_dialog.mapping() if accepted else False

    @guarded_slot
    def _completed(self) -> None:
        self.last_result = self.task.result
        self.task = None
        open_incident_geopackage(self.last_result.output)
        self.notify(self.last_result.summary(), Qgis.MessageLevel.Success)
