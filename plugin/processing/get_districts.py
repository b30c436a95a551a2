"""incidentatlas:getdistricts - geoBoundaries' open districts (ADM2, or ADM1) for the countries of an
incident store (a GeoPackage or a PostGIS schema), stored in its `districts` table for hot spots by district."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ..core.compat import ADVANCED_PARAMETER
from ..core.download.geoboundaries import DISTRICTS, GEOBOUNDARIES_API, LEVELS, countries_with_incidents, get_districts
from ..core.download.http import DownloadError
from ..core.errors import ImportCancelledError
from ..core.i18n import tr
from .filter_parameters import add_input_parameters, input_source


class GetDistrictsAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    COUNTRIES = "COUNTRIES"
    LEVEL = "LEVEL"
    API = "API"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "getdistricts"

    def displayName(self) -> str:
        return tr("Get districts (geoBoundaries)")

    def shortHelpString(self) -> str:
        return tr(
            "Downloads geoBoundaries' open administrative units (ADM2 districts, or ADM1) for the countries "
            "of the incident GeoPackage or PostGIS schema (or those given as ISO 3166 alpha-3 codes in "
            "COUNTRIES) through QGIS's network settings, and stores them in its districts table with each "
            "unit's source "
            "and licence (geoBoundaries' gbOpen release: CC BY 4.0 or another open licence; cite it). "
            "OUTPUT is the layer to give to the hot spot algorithms as DISTRICTS."
        )

    def createInstance(self):
        return GetDistrictsAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(
                self.COUNTRIES,
                tr("Countries: ISO 3166 alpha-3 codes, comma-separated (empty: the store's)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterEnum(self.LEVEL, tr("Level"), options=list(LEVELS), defaultValue=0))
        api = QgsProcessingParameterString(self.API, tr("geoBoundaries API"), defaultValue=GEOBOUNDARIES_API)
        api.setFlags(api.flags() | ADVANCED_PARAMETER)
        self.addParameter(api)
        self.addOutput(QgsProcessingOutputString(self.OUTPUT, tr("District layer")))

    def processAlgorithm(self, parameters, context, feedback):
        source = input_source(self, parameters, context)
        text = self.parameterAsString(parameters, self.COUNTRIES, context)
        countries = [c.strip().upper() for c in text.split(",") if c.strip()] or countries_with_incidents(source)
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        api = self.parameterAsString(parameters, self.API, context) or GEOBOUNDARIES_API
        try:
            sets = get_districts(source, countries, level, api, feedback)
        except (DownloadError, ImportCancelledError) as error:
            raise QgsProcessingException(str(error)) from error
        for found in sets:
            feedback.pushInfo(
                tr("{country} {level}: %n units; source {source}; licence {licence}", "", found.units).format(
                    country=found.country_code, level=found.level, source=found.source, licence=found.licence
                )
            )
        return {self.OUTPUT: source.layer_uri(DISTRICTS)}
