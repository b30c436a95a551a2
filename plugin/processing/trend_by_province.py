"""incidentatlas:trendbyprovince - incidents and fatalities per province and period."""

from __future__ import annotations

from datetime import date

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core.compat import make_field
from ..core.i18n import tr
from ..core.store import queries
from ..core.trends.series import province_series
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source
from .trend_parameters import add_interval_parameters, trend_settings


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TrendByProvinceAlgorithm(QgsProcessingAlgorithm):
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "trendbyprovince"

    def displayName(self) -> str:
        return tr("Trend by province")

    def shortHelpString(self) -> str:
        return tr(
            "Incidents and fatalities matching the filter in every province and period (day, week, month, "
            "quarter or year), zeros included. Periods the date range cuts in two are marked partial. "
            "Weeks start on Monday, or on Saturday as in ACLED's weekly data."
        )

    def createInstance(self):
        return TrendByProvinceAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_and_filter_parameters(self)
        add_interval_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Incidents per province and period"), QgsProcessing.SourceType.TypeVector
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        source = input_source(self, parameters, context)
        incident_filter = filter_from_parameters(self, parameters, context)
        settings = trend_settings(self, parameters, context)
        interval, week_start = settings.interval, settings.week_start
        first, last = queries.date_range(source)
        data_range = (date.fromisoformat(first) if first else None, date.fromisoformat(last) if last else None)
        rows = province_series(
            source.facet_counts(), queries.provinces(source), incident_filter, interval, week_start, data_range
        )
        fields = QgsFields()
        for name, kind in (
            ("province_id", "int"),
            ("name", "string"),
            ("code", "string"),
            ("country", "string"),
            ("period_start", "date"),
            ("period_end", "date"),
            ("partial", "bool"),
            ("incidents", "int"),
            ("fatalities", "int"),
        ):
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        for number, row in enumerate(rows):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    row.province_id,
                    row.name,
                    row.code,
                    row.country,
                    qdate(row.period_start),
                    qdate(row.period_end),
                    row.partial,
                    row.incidents,
                    row.fatalities,
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100 * (number + 1) / max(len(rows), 1))
        return {self.OUTPUT: dest_id}
