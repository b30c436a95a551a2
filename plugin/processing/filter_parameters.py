"""The filter parameters every incidentatlas algorithm shares, and their reading into an IncidentFilter."""

from __future__ import annotations

import json
from datetime import date

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import schema
from ..core.filters import ACTOR_ROLES, IncidentFilter
from ..core.i18n import tr
from ..core.settings import PluginSettings

INPUT = "INPUT"
ACTORS = "ACTORS"
ACTOR_ROLE = "ACTOR_ROLE"
DATE_FROM = "DATE_FROM"
DATE_TO = "DATE_TO"
EVENT_TYPES = "EVENT_TYPES"
MIN_FATALITIES = "MIN_FATALITIES"
MAX_FATALITIES = "MAX_FATALITIES"
MAX_GEO_PRECISION = "MAX_GEO_PRECISION"


def add_input_and_filter_parameters(algorithm) -> None:
    algorithm.addParameter(QgsProcessingParameterFile(INPUT, tr("Incident GeoPackage"), extension="gpkg"))
    algorithm.addParameter(
        QgsProcessingParameterString(
            ACTORS, tr("Actors: one actor or alias-group name, or a JSON array of names"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            ACTOR_ROLE,
            tr("Actor role"),
            options=[tr("any"), tr("primary"), tr("secondary"), tr("associated")],
            defaultValue=0,
        )
    )
    algorithm.addParameter(QgsProcessingParameterString(DATE_FROM, tr("From date (YYYY-MM-DD)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(DATE_TO, tr("To date (YYYY-MM-DD), inclusive"), optional=True))
    algorithm.addParameter(
        QgsProcessingParameterString(EVENT_TYPES, tr("Event types: one type, or a JSON array of types"), optional=True)
    )
    for name, label in ((MIN_FATALITIES, tr("Minimum fatalities")), (MAX_FATALITIES, tr("Maximum fatalities"))):
        algorithm.addParameter(
            QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=0
            )
        )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            MAX_GEO_PRECISION,
            tr("Vaguest location precision kept (1 exact … 4 country)"),
            QgsProcessingParameterNumber.Type.Integer,
            optional=True,
            minValue=1,
            maxValue=4,
        )
    )


def _names(text: str) -> tuple[str, ...]:
    """A JSON array of names, or the whole text as one name: so any character works in a name."""
    text = text.strip()
    if not text:
        return ()
    if text.startswith("["):
        try:
            values = json.loads(text)
        except json.JSONDecodeError as error:
            raise QgsProcessingException(tr("Not a valid JSON array: {0}").format(error)) from error
        return tuple(str(v) for v in values)
    return (text,)


def _date(text: str, name: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError as error:
        raise QgsProcessingException(tr("{0} must be a date like 2020-01-31, not {1!r}").format(name, text)) from error


def _optional_int(algorithm, parameters, name, context) -> int | None:
    if parameters.get(name) in (None, ""):
        return None
    return algorithm.parameterAsInt(parameters, name, context)


def input_geopackage(algorithm, parameters, context) -> str:
    path = algorithm.parameterAsFile(parameters, INPUT, context)
    problems = schema.schema_problems(path)
    if problems:
        raise QgsProcessingException(tr("{0} is not an incident GeoPackage: {1}").format(path, "; ".join(problems)))
    return path


def filter_from_parameters(algorithm, parameters, context) -> IncidentFilter:
    return IncidentFilter(
        actors=_names(algorithm.parameterAsString(parameters, ACTORS, context)),
        actor_role=ACTOR_ROLES[algorithm.parameterAsEnum(parameters, ACTOR_ROLE, context)],
        date_from=_date(algorithm.parameterAsString(parameters, DATE_FROM, context), DATE_FROM),
        date_to=_date(algorithm.parameterAsString(parameters, DATE_TO, context), DATE_TO),
        event_types=_names(algorithm.parameterAsString(parameters, EVENT_TYPES, context)),
        fatalities_min=_optional_int(algorithm, parameters, MIN_FATALITIES, context),
        fatalities_max=_optional_int(algorithm, parameters, MAX_FATALITIES, context),
        max_geo_precision=_optional_int(algorithm, parameters, MAX_GEO_PRECISION, context),
        alias_groups=PluginSettings.load().alias_groups,
    )
