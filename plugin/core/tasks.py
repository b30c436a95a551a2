"""Long work as QgsTask: progress in QGIS's task manager, cancel honoured, UI thread free."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QObject, QThread

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


def _thread_bound_objects(layout) -> list:
    """The layout and every parentless QObject it drives: items, pages and multiframes.

    Layout items are not QObject children of their layout, so moving the layout alone leaves them
    on the GUI thread: queued slots then ran there while the worker rendered, and pages the layout
    released with deleteLater() outlived it there (a segfault in QgsLayout::guides()).
    """
    objects = [layout]
    objects += [item for item in layout.items() if isinstance(item, QObject)]
    objects += list(layout.multiFrames())
    seen, bound = set(), []
    for obj in objects:
        if id(obj) not in seen and (obj is layout or obj.parent() is None):
            seen.add(id(obj))
            bound.append(obj)
    return bound


def _move_to_thread(objects, thread) -> None:
    for obj in objects:
        obj.moveToThread(thread)


class ExportTask(FeedbackTask):
    """Exports a copy of a layout in the background, as QGIS's own export algorithms do."""

    what = "Export"

    def __init__(self, layout, output, dpi: int, description: str):
        from .layout import ExportError

        super().__init__(description)
        self.expected_errors = (ExportError,)
        # A copy the worker adopts whole while it renders, and hands back to the GUI thread when
        # done, so it is released there with nothing of it left behind on the worker.
        self.layout = layout.clone()
        self.gui_thread = QThread.currentThread()
        _move_to_thread(_thread_bound_objects(self.layout), None)
        self.output = output
        self.dpi = dpi

    def work(self) -> None:
        from .layout import export_layout

        bound = _thread_bound_objects(self.layout)
        _move_to_thread(bound, QThread.currentThread())
        try:
            export_layout(self.layout, self.output, self.dpi, self.feedback)
        finally:
            _move_to_thread(bound, self.gui_thread)

    def finished(self, result: bool) -> None:
        self.layout = None
