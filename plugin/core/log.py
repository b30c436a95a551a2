"""The one way the plugin writes to QGIS's message log."""

from qgis.core import Qgis, QgsMessageLog

LOG_TAG = "Incident Atlas"


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)
