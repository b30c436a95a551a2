"""Long work as QgsTask: progress in QGIS's task manager, cancel honoured, UI thread free."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeedback, QgsTask

from .i18n import tr
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
            log(tr("{task} failed: {error}").format(task=self.what, error=self.error), Qgis.MessageLevel.Critical)
            return False
        return True


class ImportTask(FeedbackTask):
    """Runs import_incidents in the background; the controller reads `result` or `error` after."""

    what = "Import"

    def __init__(self, options, description: str):
        from .errors import ImportCancelledError

        super().__init__(description)
        self.expected_errors = (ImportCancelledError,)
        self.options = options
        self.result = None

    def work(self) -> None:
        from .ingest.importer import import_incidents

        self.result = import_incidents(self.options, self.feedback)


class DownloadTask(FeedbackTask):
    """Runs a download (every page, then one import) in the background; the account was read on the
    main thread, since reading QGIS's authentication database may ask for its master password."""

    what = "Download"

    def __init__(self, query, output, account, update: bool, description: str, **import_options):
        from .errors import ImportCancelledError, SourceError

        super().__init__(description)
        self.expected_errors = (ImportCancelledError, SourceError)
        self.query, self.output, self.account, self.update = query, output, account, update
        self.import_options = import_options
        self.result = None

    def work(self) -> None:
        from .download.download import download

        self.result = download(
            self.query, self.output, self.account, self.feedback, update=self.update, **self.import_options
        )
