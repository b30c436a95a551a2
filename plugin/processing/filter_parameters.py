"""The filter parameters every incidentatlas algorithm shares, and their reading into an IncidentFilter."""

from __future__ import annotations

import json
from datetime import date

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ..core.compat import ADVANCED_PARAMETER
from ..core.definitions import ACTOR_ROLES, PROVINCE_SOURCES
from ..core.errors import StoreError
from ..core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
from ..core.i18n import tr
from ..core.store.geopackage import GeoPackageSource
from ..core.store.postgis import PostgresSource

INPUT = "INPUT"
ACTORS = "ACTORS"
ACTOR_ROLE = "ACTOR_ROLE"
DATE_FROM = "DATE_FROM"
DATE_TO = "DATE_TO"
EVENT_TYPES = "EVENT_TYPES"
TARGET_TYPES = "TARGET_TYPES"
MIN_FATALITIES = "MIN_FATALITIES"
MAX_FATALITIES = "MAX_FATALITIES"
MAX_GEO_PRECISION = "MAX_GEO_PRECISION"
PROVINCE_SOURCE = "PROVINCE_SOURCE"
ALIAS_GROUPS = "ALIAS_GROUPS"
DATASETS = "DATASETS"
COUNT_ONCE = "COUNT_ONCE"
PREFER_DATASET = "PREFER_DATASET"


DATABASE = "DATABASE"
SCHEMA = "SCHEMA"


def add_input_and_filter_parameters(algorithm) -> None:
    add_input_parameters(algorithm)
    add_filter_parameters(algorithm)


def add_input_parameters(algorithm) -> None:
    """The incident store: a GeoPackage (INPUT), or a PostgreSQL connection and schema (DATABASE, SCHEMA)."""
    algorithm.addParameter(
        QgsProcessingParameterFile(INPUT, tr("Incident GeoPackage"), extension="gpkg", optional=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterProviderConnection(
            DATABASE, tr("Or a PostgreSQL/PostGIS connection"), "postgres", optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterDatabaseSchema(
            SCHEMA,
            tr("Schema of the incident tables"),
            connectionParameterName=DATABASE,
            defaultValue="incident_atlas",
            optional=True,
        )
    )


def add_filter_parameters(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterString(
            ACTORS, tr("Actors: one actor or alias-group name, or a JSON array of names"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            ACTOR_ROLE,
            tr("Actor role"),
            options=ACTOR_ROLES.labels(),
            defaultValue=0,
        )
    )
    algorithm.addParameter(QgsProcessingParameterString(DATE_FROM, tr("From date (YYYY-MM-DD)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(DATE_TO, tr("To date (YYYY-MM-DD), inclusive"), optional=True))
    algorithm.addParameter(
        QgsProcessingParameterString(EVENT_TYPES, tr("Event types: one type, or a JSON array of types"), optional=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            TARGET_TYPES, tr("Target types (GTD): one type, or a JSON array of types"), optional=True
        )
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
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            PROVINCE_SOURCE,
            tr("Provinces found from"),
            options=PROVINCE_SOURCES.labels(),
            defaultValue=0,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            ALIAS_GROUPS,
            tr("Alias groups (JSON object of group: [names]; empty: the plugin's built-in groups)"),
            optional=True,
            multiLine=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            DATASETS, tr("Datasets: one name, or a JSON array (empty: every dataset)"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterBoolean(
            COUNT_ONCE, tr("Count each event once (rows of several datasets linked as one event)"), defaultValue=True
        )
    )
    prefer = QgsProcessingParameterString(
        PREFER_DATASET,
        tr("Dataset whose row and fatalities count for a linked event (empty: the highest fatalities)"),
        optional=True,
    )
    prefer.setFlags(prefer.flags() | ADVANCED_PARAMETER)
    algorithm.addParameter(prefer)


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


def input_source(algorithm, parameters, context):
    """The incident GeoPackage (INPUT) or PostGIS schema (DATABASE, SCHEMA) the algorithm reads."""
    database = algorithm.parameterAsConnectionName(parameters, DATABASE, context)
    if database:
        source = PostgresSource(database, algorithm.parameterAsSchema(parameters, SCHEMA, context) or "incident_atlas")
    else:
        path = algorithm.parameterAsFile(parameters, INPUT, context)
        if not path:
            raise QgsProcessingException(tr("Choose an incident GeoPackage or a PostgreSQL connection"))
        source = GeoPackageSource(path)
    problems = source.problems()
    if problems:
        raise QgsProcessingException(
            tr("{0} is not an incident GeoPackage: {1}").format(source.label, "; ".join(problems))
        )
    try:
        source.upgrade()  # an older schema is brought to this version (once, in one transaction)
    except StoreError as error:
        raise QgsProcessingException(str(error)) from error
    return source


def open_layer(source, table: str):
    """The store's layer, or the algorithm fails with the store's own words."""
    try:
        return source.open_layer(table)
    except StoreError as error:
        raise QgsProcessingException(str(error)) from error


def filter_from_parameters(algorithm, parameters, context) -> IncidentFilter:
    return IncidentFilter(
        actors=_names(algorithm.parameterAsString(parameters, ACTORS, context)),
        actor_role=ACTOR_ROLES[algorithm.parameterAsEnum(parameters, ACTOR_ROLE, context)].key,
        date_from=_date(algorithm.parameterAsString(parameters, DATE_FROM, context), DATE_FROM),
        date_to=_date(algorithm.parameterAsString(parameters, DATE_TO, context), DATE_TO),
        event_types=_names(algorithm.parameterAsString(parameters, EVENT_TYPES, context)),
        target_types=_names(algorithm.parameterAsString(parameters, TARGET_TYPES, context)),
        fatalities_min=_optional_int(algorithm, parameters, MIN_FATALITIES, context),
        fatalities_max=_optional_int(algorithm, parameters, MAX_FATALITIES, context),
        max_geo_precision=_optional_int(algorithm, parameters, MAX_GEO_PRECISION, context),
        province_methods=tuple(
            sorted(PROVINCE_SOURCES[algorithm.parameterAsEnum(parameters, PROVINCE_SOURCE, context)].flags)
        ),
        alias_groups=alias_groups(algorithm.parameterAsString(parameters, ALIAS_GROUPS, context)),
        datasets=_names(algorithm.parameterAsString(parameters, DATASETS, context)),
        count_once=algorithm.parameterAsBool(parameters, COUNT_ONCE, context),
        prefer_dataset=algorithm.parameterAsString(parameters, PREFER_DATASET, context).strip(),
    )


def alias_groups(text: str) -> dict[str, tuple[str, ...]]:
    """ALIAS_GROUPS as given, or the plugin's built-in groups: never one analyst's own settings, so a
    model gives every analyst the same result."""
    text = (text or "").strip()
    if not text:
        return dict(DEFAULT_ALIAS_GROUPS)
    try:
        values = json.loads(text)
    except json.JSONDecodeError as error:
        raise QgsProcessingException(tr("ALIAS_GROUPS is not valid JSON: {0}").format(error)) from error
    if not isinstance(values, dict) or not all(
        isinstance(members, list) and all(isinstance(name, str) for name in members) for members in values.values()
    ):
        raise QgsProcessingException(
            tr('ALIAS_GROUPS must be a JSON object of names, e.g. {"ISIS": ["Islamic State (Iraq)", "IS"]}')
        )
    return {str(group): tuple(members) for group, members in values.items()}
