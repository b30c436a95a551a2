"""incidentatlas:exportmap - the styled map of a filter as PDF, PNG or SVG, optionally an atlas."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.compat import ADVANCED_PARAMETER
from ..core.definitions import ATLAS_ORDERS, MEASURES, METHODS, TEMPLATES
from ..core.i18n import tr
from ..core.maps.choropleth import ChoroplethSettings
from ..core.maps.layout import ExportError
from ..core.maps.map_export import export_map
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source
from .trend_parameters import (
    ALPHA,
    BASELINE,
    INTERVAL,
    PERIODS,
    WEEK_START,
    add_baseline_parameters,
    add_interval_parameters,
    trend_settings,
)

# Fixed breaks need breaks, which this algorithm does not take.
CLASSIFICATIONS = METHODS.without("breaks")


class ExportMapAlgorithm(QgsProcessingAlgorithm):
    MEASURE = "MEASURE"
    METHOD = "METHOD"
    CLASSES = "CLASSES"
    TEMPLATE = "TEMPLATE"
    TITLE = "TITLE"
    ATLAS = "ATLAS"
    ATLAS_ORDER = "ATLAS_ORDER"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "exportmap"

    def displayName(self) -> str:
        return tr("Export incident map")

    def shortHelpString(self) -> str:
        return tr(
            "Exports the provinces coloured by the filtered incidents in a print layout (title and subtitle "
            "written from the filter, legend with class ranges, scale bar, north arrow, overview and the "
            "provenance of the data) as PDF, PNG or SVG, chosen by the output's extension. With ATLAS, one "
            "page per province with incidents. The brief template adds the change per province against "
            "BASELINE (DATE_FROM and DATE_TO are needed), a chart by INTERVAL and the top provinces' sentences. "
            "The compare template adds, per province, each dataset's rows, the rows only it has and the share "
            "of events several datasets hold."
        )

    def createInstance(self):
        return ExportMapAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_and_filter_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(self.MEASURE, tr("Measure"), options=MEASURES.labels(), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD, tr("Classification"), options=CLASSIFICATIONS.labels(), defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CLASSES,
                tr("Classes"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=5,
                minValue=2,
                maxValue=9,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(self.TEMPLATE, tr("Template"), options=TEMPLATES.labels(), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, tr("Title (default: written from the filter)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.ATLAS, tr("One page per province with incidents"), defaultValue=False)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, tr("Map file"), tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)")
            )
        )
        # The "brief" template's change and chart (after OUTPUT: the existing parameters keep their order).
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ATLAS_ORDER, tr("Atlas pages"), options=ATLAS_ORDERS.labels(), defaultValue=0
            )
        )
        add_baseline_parameters(self)
        add_interval_parameters(self)
        for name in (self.ATLAS_ORDER, BASELINE, PERIODS, ALPHA, INTERVAL, WEEK_START):
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() | ADVANCED_PARAMETER)

    def processAlgorithm(self, parameters, context, feedback):
        source = input_source(self, parameters, context)
        settings = ChoroplethSettings(
            measure=MEASURES[self.parameterAsEnum(parameters, self.MEASURE, context)].key,
            method=CLASSIFICATIONS[self.parameterAsEnum(parameters, self.METHOD, context)].key,
            classes=self.parameterAsInt(parameters, self.CLASSES, context),
        )
        try:
            output = export_map(
                source,
                filter_from_parameters(self, parameters, context),
                self.parameterAsFileOutput(parameters, self.OUTPUT, context),
                template=TEMPLATES[self.parameterAsEnum(parameters, self.TEMPLATE, context)].key,
                settings=settings,
                title=self.parameterAsString(parameters, self.TITLE, context) or None,
                atlas="with_incidents" if self.parameterAsBool(parameters, self.ATLAS, context) else "none",
                trend=trend_settings(self, parameters, context),
                atlas_order=ATLAS_ORDERS[self.parameterAsEnum(parameters, self.ATLAS_ORDER, context)].key,
            )
        except (ExportError, ValueError) as error:
            raise QgsProcessingException(str(error)) from error
        return {self.OUTPUT: str(output)}
