"""The errors the core raises for the analyst; their messages say what happened and what to do."""


class ImportCancelledError(Exception):
    pass


class IncidentImportError(Exception):
    """The import could not run; the target is unchanged and the message says why."""


class StoreError(Exception):
    """An incident store (GeoPackage or PostGIS schema) can't be used; the message says why."""


class NotAnIncidentStoreError(StoreError, ValueError):
    """The file or schema is not an incident store this version reads, or QGIS can't open its layers."""


class PostgresError(StoreError):
    """The database can't be used as an incident source; the message says why (never a password)."""


class SourceError(Exception):
    """The file can't be read as the chosen format; the message says what to change."""
