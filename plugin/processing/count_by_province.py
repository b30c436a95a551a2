"""incidentatlas:countbyprovince - provinces with the filtered incidents counted and rated."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
)

from ..core.compat import make_field
from ..core.definitions import MEASURES
from ..core.i18n import tr
from ..core.maps.choropleth import PROVINCE_KEY, database_values
from ..core.store import schema
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source, open_layer

DERIVED = MEASURES.having("derived").keys()  # written beside the counts


def output_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(make_field("province_id", "int"))
    for name in ("name", "code", "country"):
        fields.append(make_field(name, "string"))
    for name in ("incidents", "fatalities"):
        fields.append(make_field(name, "int"))
    for name in DERIVED:
        fields.append(make_field(name, "double"))
    return fields


class CountByProvinceAlgorithm(QgsProcessingAlgorithm):
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "countbyprovince"

    def displayName(self) -> str:
        return tr("Count incidents by province")

    def shortHelpString(self) -> str:
        return tr(
            "Counts the incidents matching the filter in every province of an incident GeoPackage, "
            "with fatalities, incidents per 1,000 km², per 100,000 people (where population is known), "
            "and the change against the previous period of equal length (when a date range is given). "
            "Provinces without incidents are kept, with 0. The counting runs in the database."
        )

    def createInstance(self):
        return CountByProvinceAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_and_filter_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Provinces with counts"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        source = input_source(self, parameters, context)
        incident_filter = filter_from_parameters(self, parameters, context)
        provinces = open_layer(source, schema.PROVINCES)
        values = database_values(source, incident_filter, provinces)
        fields = output_fields()
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, provinces.wkbType(), provinces.crs()
        )
        for feature in provinces.getFeatures():
            if feedback.isCanceled():
                break
            row = values.rows[int(feature[PROVINCE_KEY])]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(
                [int(feature[PROVINCE_KEY]), feature["name"], feature["code"], feature["country"]]
                + [int(row["incidents"]), int(row["fatalities"])]
                + [row[m] for m in DERIVED]
            )
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest_id}
