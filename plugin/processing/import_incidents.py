"""incidentatlas:importincidents - a source file into an incident GeoPackage."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.compat import FOLDER_PARAMETER
from ..core.dependencies import missing_packages_message
from ..core.i18n import tr
from ..core.ingest.formats import FORMAT_KEYS, FORMATS
from ..core.paths import plugin_version
from .import_parameters import add_border_parameter, add_link_parameters, import_settings
from .target_parameters import add_target_parameters, target, written


class ImportIncidentsAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    MAPPING = "MAPPING"
    PROVINCES = "PROVINCES"
    PROVINCE_NAME_FIELD = "PROVINCE_NAME_FIELD"
    OUTPUT = "OUTPUT"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    PAGES = "PAGES"
    IMPORTED = "IMPORTED"
    REJECTED = "REJECTED"

    def name(self) -> str:
        return "importincidents"

    def displayName(self) -> str:
        return tr("Import incidents")

    def shortHelpString(self) -> str:
        return tr(
            "Imports an ACLED (every layout since the 2016 realtime files, and its weekly aggregated data), UCDP "
            "GED or GTD export as CSV, "
            "Excel or API JSON (or PAGES, a folder holding the JSON pages of one download), or any "
            "CSV with a column mapping, into an incident GeoPackage, or into a schema of a PostgreSQL/PostGIS "
            "database (DATABASE, a connection saved in QGIS, and SCHEMA). Each incident gets its province by "
            "point-in-polygon (Natural Earth admin-1 by default); a border event within BORDER_KM of the "
            "country its source names goes to that country's nearest province; a row without coordinates "
            "is placed by the province its source names. Rows that can't be used are kept in the "
            "rejected_rows table with their line number and reason. Importing the same file again changes "
            "nothing; a newer export updates changed events. MAPPING (generic CSV only) is JSON such as "
            '{"event_id": "id", "date": "day", "date_format": "%d/%m/%Y", "latitude": "lat", '
            '"longitude": "lon", "actor1": "perpetrator"}; without event_id each row gets an id made from it.'
        )

    def createInstance(self):
        return ImportIncidentsAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                tr("Incident file (CSV, Excel or API JSON)"),
                fileFilter=tr("Incident files (*.csv *.txt *.xlsx *.json)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMAT,
                tr("Format"),
                options=[tr("Detect from header"), *(source_format.label() for source_format in FORMATS)],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.MAPPING, tr("Column mapping (JSON)"), optional=True))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.PROVINCES,
                tr("Province polygons (default: Natural Earth admin-1)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PROVINCE_NAME_FIELD,
                tr("Province name field"),
                parentLayerParameterName=self.PROVINCES,
                optional=True,
            )
        )
        add_target_parameters(self)
        add_border_parameter(self)
        self.addParameter(
            QgsProcessingParameterFile(
                self.PAGES,
                tr("Or a folder holding the JSON pages of one download"),
                behavior=FOLDER_PARAMETER,
                optional=True,
            )
        )
        add_link_parameters(self)
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, tr("Rows rejected")))

    def processAlgorithm(self, parameters, context, feedback):
        missing = missing_packages_message()
        if missing:
            raise QgsProcessingException(missing)
        # Imported here so the provider loads, and other algorithms run, without pandas/shapely.
        from ..core.errors import ImportCancelledError, IncidentImportError, PostgresError, SourceError
        from ..core.ingest.formats import ColumnMapping
        from ..core.ingest.importer import ImportOptions, import_incidents

        mapping_text = self.parameterAsString(parameters, self.MAPPING, context).strip()
        output = target(self, parameters, context)
        source = self.parameterAsFile(parameters, self.INPUT, context) or self.parameterAsFile(
            parameters, self.PAGES, context
        )
        if not source:
            raise QgsProcessingException(tr("Choose an incident file (INPUT) or a folder of JSON pages (PAGES)"))
        try:
            options = ImportOptions(
                source=Path(source),
                output=output,
                source_format=FORMAT_KEYS[self.parameterAsEnum(parameters, self.FORMAT, context)],
                mapping=ColumnMapping.from_json(mapping_text) if mapping_text else None,
                provinces_layer=self.parameterAsVectorLayer(parameters, self.PROVINCES, context),
                province_name_field=self.parameterAsString(parameters, self.PROVINCE_NAME_FIELD, context) or None,
                plugin_version=plugin_version(),
                **import_settings(self, parameters, context),
            )
            result = import_incidents(options, feedback)
        except ImportCancelledError:
            feedback.reportError(tr("Cancelled: the GeoPackage is unchanged."))
            return {self.OUTPUT: None, self.IMPORTED: 0, self.REJECTED: 0}
        except (SourceError, IncidentImportError, PostgresError, ValueError, FileNotFoundError) as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(result.summary())
        for dataset, source_name, province, count in result.disagreements:
            feedback.pushInfo(
                tr("{0}: the source says '{1}' for %n incidents placed in '{2}'", "", count).format(
                    dataset, source_name, province
                )
            )
        return {self.OUTPUT: written(options.output), self.IMPORTED: result.imported, self.REJECTED: result.rejected}
