"""Where an import or a download writes: an incident GeoPackage (OUTPUT) or a PostGIS schema
(DATABASE, a connection saved in QGIS, and SCHEMA)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
)

from ..core.i18n import tr

OUTPUT = "OUTPUT"
DATABASE = "DATABASE"
SCHEMA = "SCHEMA"


def add_target_parameters(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterFileDestination(
            OUTPUT,
            tr("Incident GeoPackage (created, or updated if it exists)"),
            tr("GeoPackage (*.gpkg)"),
            optional=True,
        )
    )
    # A team database instead of a file: QGIS's saved connection (credentials stay in QGIS).
    algorithm.addParameter(
        QgsProcessingParameterProviderConnection(
            DATABASE, tr("Or a PostgreSQL/PostGIS connection"), "postgres", optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterDatabaseSchema(
            SCHEMA,
            tr("Schema for the incident tables (created if missing)"),
            connectionParameterName=DATABASE,
            defaultValue="incident_atlas",
            optional=True,
        )
    )


def target(algorithm, parameters, context):
    """The GeoPackage path or PostgresSource the algorithm writes to."""
    from ..core.store.postgis import PostgresSource

    database = algorithm.parameterAsConnectionName(parameters, DATABASE, context)
    if database:
        return PostgresSource(database, algorithm.parameterAsSchema(parameters, SCHEMA, context) or "incident_atlas")
    path = algorithm.parameterAsFileOutput(parameters, OUTPUT, context)
    if not path:
        raise QgsProcessingException(tr("Choose an output GeoPackage or a PostgreSQL connection"))
    return Path(path if path.lower().endswith(".gpkg") else path + ".gpkg")


def written(output) -> str:
    return output.key if hasattr(output, "key") else str(output)
