"""'Download…': the query dialog, the account read from QGIS's authentication manager on the main
thread, the download as a task, and the store opened (or its open layers reloaded) when it ends."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject

from ..core.dependencies import missing_packages_message
from ..core.download.http import DownloadError
from ..core.i18n import tr
from ..core.project.layers import incident_sources, open_incident_source
from ..core.store.sources import as_source
from .guard import guarded_slot
from .task_controller import TaskController, import_settings


def read_account(provider: str, authcfg: str):
    """The Account of a provider: on the main thread, since unlocking the database asks in a dialog."""
    from ..core.download.credentials import acled_session, ucdp_token
    from ..core.download.download import Account
    from ..core.download.providers import api_base

    base = api_base(provider)
    if provider == "acled":
        return Account(acled=acled_session(authcfg, base))
    return Account(ucdp_token=ucdp_token(authcfg), ucdp_base=base)


class DownloadController(TaskController):
    """Owns the running download so the dock can be closed while it runs."""

    def __init__(self, iface, refreshed=None):
        super().__init__(iface)
        self.refreshed = refreshed or (lambda: None)  # the dock recounts a store that changed
        self.output = None
        self.dialog = None  # the last one shown, for tests to drive

    def cancelled_message(self) -> str:
        return tr("The download was cancelled; nothing was written.")

    def start(self, query, output, authcfg: str, update: bool):
        from ..core.tasks import DownloadTask

        try:
            account = read_account(query.provider, authcfg)
        except DownloadError as error:
            self.notify(str(error), Qgis.MessageLevel.Warning)
            return None
        self.output = as_source(output)
        description = tr("Downloading {0}").format(query.describe())
        return self._run(DownloadTask(query, output, account, update, description, **import_settings()))

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
