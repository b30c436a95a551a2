"""How an import places border events and links datasets: the same parameters for importing a file
and for a download, so a download into a store gets the analyst's tolerances, not the defaults."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterNumber

from ..core.compat import ADVANCED_PARAMETER
from ..core.i18n import tr

BORDER_KM = "BORDER_KM"
LINK_DAYS, LINK_KM = "LINK_DAYS", "LINK_KM"


def add_border_parameter(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            BORDER_KM,
            tr("Border events moved into the country their source names within (km; 0: never)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=25.0,
            minValue=0.0,
            maxValue=200.0,
        )
    )


def add_link_parameters(algorithm) -> None:
    integer, double = QgsProcessingParameterNumber.Type.Integer, QgsProcessingParameterNumber.Type.Double
    for name, label, default, kind in (
        (LINK_DAYS, tr("Same event: dates this many days apart still overlap"), 1, integer),
        (LINK_KM, tr("Same event: exact places this far apart (km) are one place"), 10.0, double),
    ):
        tolerance = QgsProcessingParameterNumber(name, label, kind, defaultValue=default, minValue=0)
        tolerance.setFlags(tolerance.flags() | ADVANCED_PARAMETER)
        algorithm.addParameter(tolerance)


def import_settings(algorithm, parameters, context) -> dict:
    """ImportOptions' border_km and link_rules from the parameters."""
    from ..core.store.links import LinkRules

    return {
        "border_km": algorithm.parameterAsDouble(parameters, BORDER_KM, context),
        "link_rules": LinkRules(
            days=algorithm.parameterAsInt(parameters, LINK_DAYS, context),
            km=algorithm.parameterAsDouble(parameters, LINK_KM, context),
        ),
    }
