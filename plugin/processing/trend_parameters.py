"""The baseline and interval parameters shared by changebyprovince, trendbyprovince and exportmap."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber

from ..core.definitions import BASELINES, INTERVALS, WEEK_STARTS
from ..core.i18n import tr
from ..core.trends.overview import TrendSettings

BASELINE = "BASELINE"
PERIODS = "PERIODS"
ALPHA = "ALPHA"
INTERVAL = "INTERVAL"
WEEK_START = "WEEK_START"


def add_baseline_parameters(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterEnum(BASELINE, tr("Baseline"), options=BASELINES.labels(), defaultValue=0)
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            PERIODS, tr("N (mean baseline)"), QgsProcessingParameterNumber.Type.Integer, 4, minValue=1
        )
    )
    algorithm.addParameter(alpha_parameter())


def alpha_parameter() -> QgsProcessingParameterNumber:
    """ALPHA, 0.05 by default: the false discovery rate's threshold (changebyprovince, emerginghotspots)."""
    return QgsProcessingParameterNumber(
        ALPHA,
        tr("Significance level (q below it)"),
        QgsProcessingParameterNumber.Type.Double,
        0.05,
        minValue=0.0001,
        maxValue=0.5,
    )


def add_interval_parameters(algorithm) -> None:
    week = INTERVALS.index_of("week")
    algorithm.addParameter(
        QgsProcessingParameterEnum(INTERVAL, tr("Interval"), options=INTERVALS.labels(), defaultValue=week)
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(WEEK_START, tr("Weeks start on"), options=WEEK_STARTS.labels(), defaultValue=0)
    )


def trend_settings(algorithm, parameters, context) -> TrendSettings:
    """The settings from whichever of the parameters the algorithm has; defaults for the others."""
    values = {}
    if algorithm.parameterDefinition(BASELINE) is not None:
        values["baseline"] = BASELINES[algorithm.parameterAsEnum(parameters, BASELINE, context)].key
        values["periods"] = algorithm.parameterAsInt(parameters, PERIODS, context)
        values["alpha"] = algorithm.parameterAsDouble(parameters, ALPHA, context)
    if algorithm.parameterDefinition(INTERVAL) is not None:
        values["interval"] = INTERVALS[algorithm.parameterAsEnum(parameters, INTERVAL, context)].key
        values["week_start"] = WEEK_STARTS[algorithm.parameterAsEnum(parameters, WEEK_START, context)].key
    return TrendSettings(**values)
