"""incidentatlas:filterincidents - the incidents matching a filter, as a new layer."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)

from ..core.i18n import tr
from ..core.store import queries, schema
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source, open_layer


class FilterIncidentsAlgorithm(QgsProcessingAlgorithm):
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "filterincidents"

    def displayName(self) -> str:
        return tr("Filter incidents")

    def shortHelpString(self) -> str:
        return tr(
            "Writes the incidents of an incident GeoPackage that match the filter: actors (names or alias "
            "groups such as ISIS, in any or a given role), dates (inclusive), event types, fatalities and "
            "location precision. The same filter as the Incident Atlas panel."
        )

    def createInstance(self):
        return FilterIncidentsAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_and_filter_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Filtered incidents"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        source = input_source(self, parameters, context)
        incident_filter = filter_from_parameters(self, parameters, context)
        layer = open_layer(source, schema.INCIDENTS)
        if not layer.setSubsetString(incident_filter.to_sql(dialect=source.dialect)):
            raise QgsProcessingException(tr("Could not read the incidents of {0}").format(source.label))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, layer.fields(), layer.wkbType(), layer.crs()
        )
        total = max(queries.summary(source, incident_filter).incidents, 1)
        written = 0
        for number, feature in enumerate(layer.getFeatures()):
            if feedback.isCanceled():
                break
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            written += 1
            if number % 1000 == 0:
                feedback.setProgress(100 * number / total)
        feedback.pushInfo(
            tr("%n incidents match: {0}", "", written).format(incident_filter.to_sql() or tr("no filter"))
        )
        return {self.OUTPUT: dest_id}
