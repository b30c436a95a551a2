"""incidentatlas:changebyprovince - change per province against a baseline, tested exactly."""

from __future__ import annotations

from datetime import date

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)

from ..core.compat import make_field
from ..core.i18n import tr
from ..core.maps.choropleth import PROVINCE_KEY
from ..core.store import queries, schema
from ..core.trends.change import change_by_province
from ..core.trends.sentences import province_sentence
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source, open_layer
from .trend_parameters import add_baseline_parameters, trend_settings

FIELDS = (
    ("province_id", "int"),
    ("name", "string"),
    ("code", "string"),
    ("country", "string"),
    ("current", "int"),
    ("baseline", "double"),
    ("change_abs", "double"),
    ("change_pct", "double"),
    ("p_value", "double"),
    ("q_value", "double"),
    ("direction", "string"),
    ("sentence", "string"),
)


class ChangeByProvinceAlgorithm(QgsProcessingAlgorithm):
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "changebyprovince"

    def displayName(self) -> str:
        return tr("Change by province")

    def shortHelpString(self) -> str:
        return tr(
            "Compares each province's incidents in the current period (DATE_FROM to DATE_TO) with a baseline: "
            "the previous period of equal length, the same dates a year earlier, or the mean of the N periods "
            "of equal length before. Each change gets an exact two-sided p-value (conditional binomial test; "
            "a Poisson test against the mean), Benjamini-Hochberg q-values across provinces, a direction "
            "(increase, decrease, none: q below ALPHA) and a sentence for a brief."
        )

    def createInstance(self):
        return ChangeByProvinceAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_and_filter_parameters(self)
        add_baseline_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Provinces with change"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        source = input_source(self, parameters, context)
        incident_filter = filter_from_parameters(self, parameters, context)
        if incident_filter.date_from is None or incident_filter.date_to is None:
            raise QgsProcessingException(tr("DATE_FROM and DATE_TO give the current period: both are needed"))
        first, _last = queries.date_range(source)
        settings = trend_settings(self, parameters, context)
        table = change_by_province(
            source.facet_counts(),
            queries.provinces(source),
            incident_filter,
            settings.baseline,
            settings.periods,
            settings.alpha,
            data_start=date.fromisoformat(first) if first else None,
        )
        provinces = open_layer(source, schema.PROVINCES)
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, provinces.wkbType(), provinces.crs()
        )
        rows = {row.province_id: row for row in table.rows}
        for feature in provinces.getFeatures():
            if feedback.isCanceled():
                break
            row = rows.get(int(feature[PROVINCE_KEY]))
            if row is None:
                continue
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(
                [
                    row.province_id,
                    row.name,
                    row.code,
                    row.country,
                    row.current,
                    row.baseline,
                    row.change_abs,
                    row.change_pct,
                    row.p_value,
                    row.q_value,
                    row.direction,
                    province_sentence(row, table),
                ]
            )
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest_id}
