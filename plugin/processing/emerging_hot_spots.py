"""incidentatlas:emerginghotspots - which clusters are new, growing, fading or gone: space-time Gi*,
a Mann-Kendall trend per unit and ArcGIS's 17 categories (core/hotspots/emerging.py)."""

from __future__ import annotations

from datetime import date

import numpy as np
from qgis.core import (
    QgsFields,
    QgsProcessingException,
)

from ..core.compat import make_field
from ..core.definitions import HOT_SPOT_STEPS
from ..core.hotspots.emerging import NO_PATTERN, emerging_hot_spots
from ..core.hotspots.gi_star import HotSpotError
from ..core.i18n import tr
from ..core.periods import day_number, periods
from ..core.store import queries
from .hot_spots import HotSpotsAlgorithm, step_parameter
from .trend_parameters import ALPHA, alpha_parameter


def category_text(category: str) -> str:
    """The category as the output field stores it, in English whatever the interface language:
    'intensifying hot' -> 'Intensifying hot spot'."""
    return "No pattern detected" if category == NO_PATTERN else f"{category.capitalize()} spot"


def output_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(make_field("unit_id", "int"))
    for name in ("name", "country"):
        fields.append(make_field(name, "string"))
    fields.append(make_field("incidents", "int"))
    fields.append(make_field("category", "string"))
    for name in ("trend_z", "trend_p"):
        fields.append(make_field(name, "double"))
    for name in ("hot_steps", "cold_steps"):
        fields.append(make_field(name, "int"))
    return fields


class EmergingHotSpotsAlgorithm(HotSpotsAlgorithm):
    INTERVAL = "INTERVAL"
    ALPHA = ALPHA

    def name(self) -> str:
        return "emerginghotspots"

    def displayName(self) -> str:
        return tr("Emerging hot spots")

    def shortHelpString(self) -> str:
        return tr(
            "Which clusters are new, growing, fading or gone: Getis-Ord Gi* for each unit in each step of "
            "INTERVAL between DATE_FROM and DATE_TO (the data's first and last dates if not given), with the "
            "neighbours within the distance band in the same step and the step before, corrected for the false "
            "discovery rate across all unit-steps; a Mann-Kendall trend on each unit's z series; and the "
            "categories of ArcGIS Pro's Emerging Hot Spot Analysis (new, consecutive, intensifying, persistent, "
            "diminishing, sporadic, oscillating and historical hot and cold spots, no pattern), with the rules "
            "in the README. Needs at least 30 units and 10 steps."
        )

    def createInstance(self):
        return EmergingHotSpotsAlgorithm()

    def initAlgorithm(self, config=None):
        super().initAlgorithm(config)
        self.addParameter(step_parameter(self.INTERVAL))
        self.addParameter(alpha_parameter())

    def output_title(self) -> str:
        return tr("Emerging hot spots")

    def processAlgorithm(self, parameters, context, feedback):
        kind = self.unit_kind(parameters, context)
        units, result, problem = self._analyse(parameters, context, feedback, kind)
        if problem:
            raise QgsProcessingException(problem)
        if units is None:
            return {}

        def values(index: int) -> list:
            trend_z, trend_p = result.trend_z[index], result.trend_p[index]
            return [
                category_text(result.categories[index]),
                None if np.isnan(trend_z) else float(trend_z),
                None if np.isnan(trend_p) else float(trend_p),
                int(result.hot_steps[index]),
                int(result.cold_steps[index]),
            ]

        return self.write_units(parameters, context, feedback, units, result, output_fields(), values)

    def _analyse(self, parameters, context, feedback, kind):
        try:
            study = self.study(parameters, context)
            units = self._units(parameters, context, feedback, kind, study)
            if feedback.isCanceled():
                return None, None, ""
            steps, counts = self._counts_by_step(parameters, context, kind, units, study)
            feedback.pushInfo(
                tr("%n time steps from {start} to {end}", "", len(steps)).format(
                    start=steps[0].start.isoformat(), end=steps[-1].end.isoformat()
                )
            )
            band = self.parameterAsDouble(parameters, self.DISTANCE_BAND, context)
            alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
            return units, emerging_hot_spots(counts, units.centres, band, alpha), ""
        except (HotSpotError, QgsProcessingException) as error:
            return None, None, str(error)

    def _counts_by_step(self, parameters, context, kind, units, study):
        """(the steps, incidents of each unit in each step): units x steps."""
        source, incident_filter, summary = study.source, study.incident_filter, study.summary
        interval = HOT_SPOT_STEPS[self.parameterAsEnum(parameters, self.INTERVAL, context)].key
        first = incident_filter.date_from or (summary.first_date and date.fromisoformat(summary.first_date))
        last = incident_filter.date_to or (summary.last_date and date.fromisoformat(summary.last_date))
        if not first or not last:
            raise QgsProcessingException(tr("No incident matches the filter: there is no study area."))
        steps = periods(first, last, interval)
        starts = np.array([day_number(step.start) for step in steps], dtype=np.int64)
        counts = np.zeros((len(units.counts), len(steps)), dtype=float)
        if kind == "provinces":
            row_of = {int(label[0]): row for row, label in enumerate(units.labels)}
            by_period = queries.counts_by_period(source, incident_filter, interval)
            for province, series in by_period.items():
                for start, (incidents, _) in series.items():
                    column = int(np.searchsorted(starts, day_number(date.fromisoformat(start))))
                    if province in row_of and column < len(steps):
                        counts[row_of[province], column] += incidents
            units.counts = counts.sum(axis=1).astype(int)
            return steps, counts
        inside = units.point_units >= 0
        days = units.point_days[inside]
        column = np.searchsorted(starts, days, side="right") - 1
        within = (column >= 0) & (days <= day_number(last))
        np.add.at(counts, (units.point_units[inside][within], column[within]), 1)
        units.counts = counts.sum(axis=1).astype(int)
        return steps, counts
