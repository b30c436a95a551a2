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
from ..core.definitions import ATLAS_ORDERS, HOT_SPOT_MAPS, HOT_SPOT_STEPS, MEASURES, METHODS, TEMPLATES
from ..core.hotspots.live import HotSpotSettings
from ..core.i18n import tr
from ..core.maps.choropleth import ChoroplethSettings
from ..core.maps.layout import ExportError
from ..core.maps.map_export import export_map
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source
from .hot_spots import CELL_SIZE, DISTANCE_BAND, DISTRICTS, add_unit_parameters, step_parameter, unit_kind
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
    MAP = "MAP"
    HOT_SPOT_UNITS = "HOT_SPOT_UNITS"
    DISTRICTS = DISTRICTS
    CELL_SIZE = CELL_SIZE
    DISTANCE_BAND = DISTANCE_BAND
    HOT_SPOT_STEP = "HOT_SPOT_STEP"

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
            "of events several datasets hold. MAP draws hot spots or emerging hot spots instead (Getis-Ord Gi* "
            "with the false discovery rate correction, as incidentatlas:hotspots and emerginghotspots) in "
            "HOT_SPOT_UNITS, with their legend and method in the provenance."
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
        self.add_hot_spot_parameters()
        advanced = (self.ATLAS_ORDER, BASELINE, PERIODS, ALPHA, INTERVAL, WEEK_START, self.HOT_SPOT_UNITS)
        for name in (*advanced, self.DISTRICTS, self.CELL_SIZE, self.DISTANCE_BAND, self.HOT_SPOT_STEP):
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() | ADVANCED_PARAMETER)

    def add_hot_spot_parameters(self) -> None:
        """What the map shows (after the existing parameters: scripts keep their order)."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MAP,
                tr("Map"),
                options=HOT_SPOT_MAPS.labels(),
                defaultValue=0,
            )
        )
        add_unit_parameters(self, self.HOT_SPOT_UNITS)
        self.addParameter(step_parameter(self.HOT_SPOT_STEP))

    def hot_spot_settings(self, parameters, context) -> tuple[HotSpotSettings | None, object]:
        """(what the map shows, or None for incidents by province; the district layer)."""
        show = HOT_SPOT_MAPS[self.parameterAsEnum(parameters, self.MAP, context)].key
        if show == "incidents":
            return None, None
        units = unit_kind(self, parameters, context, self.HOT_SPOT_UNITS)
        settings = HotSpotSettings(
            show=show,
            units=units,
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            distance_band=self.parameterAsDouble(parameters, self.DISTANCE_BAND, context),
            interval=HOT_SPOT_STEPS[self.parameterAsEnum(parameters, self.HOT_SPOT_STEP, context)].key,
        )
        return settings, self.parameterAsVectorLayer(parameters, self.DISTRICTS, context)

    def processAlgorithm(self, parameters, context, feedback):
        # Raised here, once the frames that held the store's layers are gone: a traceback that keeps a
        # GeoPackage layer alive until Python exits frees it after GDAL's drivers (a crash at exit).
        output, problem = self._export(parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        return {self.OUTPUT: str(output)}

    def _export(self, parameters, context) -> tuple[object, str]:
        """(the file written, "") or (None, why not)."""
        try:
            source = input_source(self, parameters, context)
            hot_spots, districts = self.hot_spot_settings(parameters, context)
            settings = ChoroplethSettings(
                measure=MEASURES[self.parameterAsEnum(parameters, self.MEASURE, context)].key,
                method=CLASSIFICATIONS[self.parameterAsEnum(parameters, self.METHOD, context)].key,
                classes=self.parameterAsInt(parameters, self.CLASSES, context),
            )
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
                hot_spots=hot_spots,
                districts=districts,
            )
            return output, ""
        except (ExportError, ValueError, QgsProcessingException) as error:
            return None, str(error)
