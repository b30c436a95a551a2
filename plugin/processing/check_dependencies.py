"""incidentatlas:checkdependencies - tells whether bulk import can run in this QGIS."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingOutputBoolean, QgsProcessingOutputString

from ..core.dependencies import (
    IMPORT_PACKAGES,
    OPTIONAL_PACKAGES,
    install_command,
    missing_import_packages,
    package_status,
)
from ..core.i18n import tr


class CheckDependenciesAlgorithm(QgsProcessingAlgorithm):
    READY = "READY"
    REPORT = "REPORT"

    def name(self) -> str:
        return "checkdependencies"

    def displayName(self) -> str:
        return tr("Check import dependencies")

    def shortHelpString(self) -> str:
        return tr(
            "Checks that the Python packages bulk import needs (pandas, shapely 2) "
            "are installed in the Python QGIS runs on, and prints the command that installs "
            "any that are missing. Opening, filtering, styling and exporting need none of them."
        )

    def createInstance(self):
        return CheckDependenciesAlgorithm()

    def initAlgorithm(self, config=None):
        self.addOutput(QgsProcessingOutputBoolean(self.READY, tr("All import packages present")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))

    def processAlgorithm(self, parameters, context, feedback):
        lines = []
        for name in IMPORT_PACKAGES + OPTIONAL_PACKAGES:
            status = package_status(name)
            version = status.version if status.available else tr("missing")
            lines.append(f"{name}: {version}")
        if not package_status("openpyxl").available:
            lines.append(tr("openpyxl is needed only to read .xlsx workbooks (GTD)."))
        missing = missing_import_packages()
        if missing:
            lines.append(tr("Install the missing packages with:") + " " + install_command(missing))
        report = "\n".join(lines)
        for line in lines:
            feedback.pushInfo(line)
        return {self.READY: not missing, self.REPORT: report}
