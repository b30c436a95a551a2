"""Long work as QgsTask: progress in QGIS's task manager, cancel honoured, UI thread free."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeedback, QgsTask

from .log import log


class ImportTask(QgsTask):
    """Runs import_incidents in the background; result or error are read in finished()."""

    def __init__(self, options, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.options = options
        self.result = None
        self.error: str | None = None
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        from .importer import ImportCancelledError, import_incidents

        try:
            self.result = import_incidents(self.options, self.feedback)
        except ImportCancelledError as error:
            self.error = str(error)
            return False
        except Exception as error:  # reported to the user in finished(); QGIS must not go down
            self.error = str(error) or error.__class__.__name__
            log(f"Import failed: {self.error}", Qgis.MessageLevel.Critical)
            return False
        return True


class ExportTask(QgsTask):
    """Exports a copy of a layout in the background, as QGIS's own export algorithms do."""

    def __init__(self, layout, output, dpi: int, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.layout = layout.clone()
        self.output = output
        self.dpi = dpi
        self.error: str | None = None
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        from .layout import ExportError, export_layout

        try:
            export_layout(self.layout, self.output, self.dpi, self.feedback)
        except ExportError as error:
            self.error = str(error)
            return False
        except Exception as error:  # reported in the message bar; QGIS must not go down
            self.error = str(error) or error.__class__.__name__
            log(f"Export failed: {self.error}", Qgis.MessageLevel.Critical)
            return False
        return True
