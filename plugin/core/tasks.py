"""Long work as QgsTask: progress in QGIS's task manager, cancel honoured, UI thread free."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QThread

from .log import log


class FeedbackTask(QgsTask):
    """A cancellable task whose work reports through a QgsFeedback; errors end up in `error`."""

    expected_errors: tuple[type[Exception], ...] = ()
    what = "Work"

    def __init__(self, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.error: str | None = None
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def work(self) -> None:
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.work()
        except self.expected_errors as error:
            self.error = str(error)
            return False
        except Exception as error:  # reported in the message bar; QGIS must not go down
            self.error = str(error) or error.__class__.__name__
            log(f"{self.what} failed: {self.error}", Qgis.MessageLevel.Critical)
            return False
        return True


class ImportTask(FeedbackTask):
    """Runs import_incidents in the background; the controller reads `result` or `error` after."""

    what = "Import"

    def __init__(self, options, description: str):
        from .importer import ImportCancelledError

        super().__init__(description)
        self.expected_errors = (ImportCancelledError,)
        self.options = options
        self.result = None

    def work(self) -> None:
        from .importer import import_incidents

        self.result = import_incidents(self.options, self.feedback)


class ExportTask(FeedbackTask):
    """Exports a copy of a layout in the background, as QGIS's own export algorithms do."""

    what = "Export"

    def __init__(self, layout, output, dpi: int, description: str):
        from .layout import ExportError

        super().__init__(description)
        self.expected_errors = (ExportError,)
        # QGIS's own export algorithms do the same: a copy, released from the GUI thread here and
        # adopted by the worker in work(), where it is also destroyed. Deleting it on the GUI thread
        # after a worker rendered it aborted QGIS.
        self.layout = layout.clone()
        self.layout.moveToThread(None)
        self.output = output
        self.dpi = dpi

    def work(self) -> None:
        from .layout import export_layout

        self.layout.moveToThread(QThread.currentThread())
        try:
            export_layout(self.layout, self.output, self.dpi, self.feedback)
        finally:
            self.layout = None
