"""What the import and download controllers share: a task run in the background, owned here so the
dock can be closed while it runs, what it produced kept (the task manager deletes a task once it
ends), and the outcome said in QGIS's message bar and log."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication

from ..core.i18n import tr
from ..core.log import log
from ..core.paths import plugin_version
from ..core.settings import PluginSettings
from ..core.store.links import LinkRules
from .guard import guarded_slot


def import_settings() -> dict:
    """The analyst's settings every import from the dock takes (ImportOptions' names)."""
    settings = PluginSettings.load()
    return {
        "plugin_version": plugin_version(),
        "border_km": settings.border_km,
        "link_rules": LinkRules(days=settings.link_days, km=settings.link_km),
    }


class TaskController:
    def __init__(self, iface):
        self.iface = iface
        self.task = None
        self.last_result = None
        self.last_error: str | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def cancelled_message(self) -> str:
        raise NotImplementedError

    def _run(self, task):
        self.task = task
        self.last_result, self.last_error = None, None
        task.taskCompleted.connect(self._completed)
        task.taskTerminated.connect(self._terminated)
        QgsApplication.taskManager().addTask(task)
        return task

    def stop(self) -> None:
        """Cancel a running task and wait for it: what it writes is left as it was (one transaction),
        and no code of an unloaded plugin keeps running in the task manager."""
        if self.task is not None:
            task = self.task
            task.cancel()
            task.waitForFinished(120_000)

    def _completed(self) -> None:
        raise NotImplementedError

    @guarded_slot
    def _terminated(self) -> None:
        self.last_error = self.task.error or self.cancelled_message()
        self.task = None
        self.notify(self.last_error, Qgis.MessageLevel.Warning)

    def notify(self, text: str, level) -> None:
        log(text, level)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Incident Atlas"), text, level=level, duration=10)
