"""incidentatlas:comparedatasets - do the datasets agree, province by province?"""

from __future__ import annotations

import re

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..core.compat import make_field
from ..core.i18n import tr
from ..core.store.compare import compare_datasets
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source


def field_name(dataset: str) -> str:
    return re.sub(r"\W+", "_", dataset).strip("_").lower() or "dataset"


class CompareDatasetsAlgorithm(QgsProcessingAlgorithm):
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "comparedatasets"

    def displayName(self) -> str:
        return tr("Compare datasets by province")

    def shortHelpString(self) -> str:
        return tr(
            "For every province with incidents under the filter: the events counted once (rows of several "
            "datasets linked as one event count once), the events more than one dataset holds and their "
            "share, and for each dataset its rows there and the rows only it has (<dataset> and "
            "<dataset>_only). Do ACLED and UCDP agree about Diyala?"
        )

    def createInstance(self):
        return CompareDatasetsAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_and_filter_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Datasets compared by province"), QgsProcessing.SourceType.TypeVector
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        source = input_source(self, parameters, context)
        incident_filter = filter_from_parameters(self, parameters, context)
        datasets, rows = compare_datasets(source, incident_filter)
        fields = QgsFields()
        columns = [
            ("province_id", "int"),
            ("province", "string"),
            ("country", "string"),
            ("events", "int"),
            ("linked_events", "int"),
            ("linked_share", "double"),
        ]
        for dataset in datasets:
            columns += [(field_name(dataset), "int"), (field_name(dataset) + "_only", "int")]
        for name, kind in columns:
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        for row in rows:
            if feedback.isCanceled():
                break
            values = [row.province_id, row.name, row.country, row.events, row.linked_events, round(row.linked_share, 4)]
            for dataset in datasets:
                values += [row.rows.get(dataset, 0), row.only.get(dataset, 0)]
            feature = QgsFeature(fields)
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("%n provinces; datasets: {names}", "", len(rows)).format(names=", ".join(datasets)))
        return {self.OUTPUT: dest_id}
