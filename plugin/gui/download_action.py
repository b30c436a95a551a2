"""'Download…': the query dialog, the account read from QGIS's authentication manager on the main
thread, the download as a task, and the store opened (or its open layers reloaded) when it ends."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject

from ..core.dependencies import missing_packages_message
from ..core.download.http import DownloadError
from ..core.i18n import tr
from ..core.log import log
from ..core.paths import plugin_version
from ..core.project.layers import incident_sources, open_incident_source
from ..core.settings import PluginSettings
from ..core.store.sources import as_source
from .guard import guarded_slot


def read_account(provider: str, authcfg: str):
    """The Account of a provider: on the main thread, since unlocking the database asks in a dialog."""
    from ..core.download.credentials import acled_session, ucdp_token
    from ..core.download.download import Account
    from ..core.download.providers import api_base

    base = api_base(provider)
    if provider == "acled":
        return Account(acled=acled_session(authcfg, base))
    return Account(ucdp_token=ucdp_token(authcfg), ucdp_base=base)


class DownloadController:
    """Owns the running download so the dock can be closed while it runs."""

    def __init__(self, iface, refreshed=None):
        self.iface = iface
        self.refreshed = refreshed or (lambda: None)  # the dock recounts a store that changed
        self.task = None
        self.last_result = None
        self.last_error: str | None = None
        self.dialog = None  # the last one shown, for tests to drive

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, query, output, authcfg: str, update: bool):
        from ..core.tasks import DownloadTask

        try:
            account = read_account(query.provider, authcfg)
        except DownloadError as error:
            self.notify(str(error), Qgis.MessageLevel.Warning)
            return None
        self.output = as_source(output)
        self.task = DownloadTask(
            query,
            output,
            account,
            update,
            tr("Downloading {0}").format(query.describe()),
            plugin_version=plugin_version(),
            border_km=PluginSettings.load().border_km,
            link_rules=PluginSettings.load().link_rules(),
        )
        self.last_result, self.last_error = None, None
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def stop(self) -> None:
        """Cancel a running download and wait for it: nothing is written (see download.py)."""
        if self.task is not None:
            task = self.task
            task.cancel()
            task.waitForFinished(120_000)

    @guarded_slot
    def ask_and_start(self, parent, target_key: str | None = None) -> None:
        from .download_dialog import DownloadDialog

        missing = missing_packages_message()
        if missing:
            self.notify(missing, Qgis.MessageLevel.Warning)
            return
        self.dialog = DownloadDialog(target_key, parent)
        if self.dialog.exec():
            dialog = self.dialog
            self.start(dialog.query(), dialog.output(), dialog.account.configId(), dialog.update_box.isChecked())

    @guarded_slot
    def _completed(self) -> None:
        self.last_result = result = self.task.result
        self.task = None
        open_layers = incident_sources(QgsProject.instance()).get(self.output.key)
        if open_layers:
            for layer in open_layers.values():
                layer.dataProvider().reloadData()
                layer.triggerRepaint()
            self.refreshed()
        else:
            open_incident_source(self.output)
        changes = tr("{new} new, {updated} updated, {deleted} deleted, {rejected} rejected").format(
            new=result.inserted, updated=result.updated, deleted=result.deleted, rejected=result.rejected
        )
        self.notify(changes + " — " + result.summary(), Qgis.MessageLevel.Success)

    @guarded_slot
    def _terminated(self) -> None:
        self.last_error = self.task.error or tr("The download was cancelled; nothing was written.")
        self.task = None
        self.notify(self.last_error, Qgis.MessageLevel.Warning)

    def notify(self, text: str, level) -> None:
        log(text, level)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Incident Atlas"), text, level=level, duration=10)
