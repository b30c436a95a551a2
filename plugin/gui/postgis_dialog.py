"""Choose a saved PostgreSQL connection and the schema that holds the incident tables."""

from __future__ import annotations

from qgis.gui import QgsDatabaseSchemaComboBox, QgsProviderConnectionComboBox
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

from ..core.i18n import tr
from ..core.store.postgis import PostgresSource


class PostgisSourceDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Open incidents from PostGIS"))
        layout = QFormLayout(self)
        self.connection = QgsProviderConnectionComboBox("postgres", self)
        self.schema = QgsDatabaseSchemaComboBox("postgres", self.connection.currentConnection(), self)
        self.connection.connectionChanged.connect(self.schema.setConnectionName)
        layout.addRow(tr("Connection"), self.connection)
        layout.addRow(tr("Schema"), self.schema)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def source(self) -> PostgresSource | None:
        connection, schema_name = self.connection.currentConnection(), self.schema.currentSchema()
        return PostgresSource(connection, schema_name) if connection and schema_name else None
