"""The Incident Atlas dock panel."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

DOCK_OBJECT_NAME = "IncidentAtlasDock"


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentDock", text)


class IncidentDock(QgsDockWidget):
    """The panel analysts filter incidents in; sections are added as small widgets."""

    def __init__(self, parent=None):
        super().__init__(tr("Incident Atlas"), parent)
        # A stable objectName lets QGIS restore the dock's place between sessions.
        self.setObjectName(DOCK_OBJECT_NAME)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.status_label = QLabel(tr("No incident GeoPackage is open."), body)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.import_button = QPushButton(tr("Import incidents…"), body)
        self.import_button.setObjectName("IncidentAtlasImportButton")
        layout.addWidget(self.import_button)
        layout.addStretch(1)
        self.setWidget(body)
