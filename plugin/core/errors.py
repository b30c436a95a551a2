"""The errors an import raises; their messages are for the analyst."""


class ImportCancelledError(Exception):
    pass


class IncidentImportError(Exception):
    """The import could not run; the target is unchanged and the message says why."""
