"""Districts from geoBoundaries (www.geoboundaries.org, gbOpen: CC BY 4.0 and other open licences), for
hot spots below the province: the API's metadata per country and level, then its GeoJSON, written
into the incident store's `districts` table (a GeoPackage's, or a PostGIS schema's) with each unit's
source and licence."""

from __future__ import annotations

import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerExporter,
    QgsWkbTypes,
)

from ..compat import make_field
from ..i18n import tr
from ..store import schema
from ..store.sources import as_source
from .http import DownloadError, request_json, stop_if_cancelled

GEOBOUNDARIES_API = "https://www.geoboundaries.org/api/current/gbOpen"
DISTRICTS = "districts"
LEVELS = ("ADM2", "ADM1")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass(frozen=True)
class DistrictSet:
    country_code: str
    level: str
    units: int
    source: str
    licence: str


def district_fields() -> QgsFields:
    fields = QgsFields()
    for name in ("name", "country_code", "level", "boundary_id", "source", "licence"):
        fields.append(make_field(name, "string"))
    return fields


def countries_with_incidents(store) -> list[str]:
    """The ISO 3166 alpha-3 codes of the provinces the store's incidents are in (a GeoPackage's path, or
    any incident store)."""
    source = as_source(store)
    provinces, incidents = source.table(schema.PROVINCES), source.table(schema.INCIDENTS)
    with closing(source.connect_read()) as db:
        cursor = db.cursor()
        cursor.execute(
            f"SELECT DISTINCT p.country_code FROM {provinces} AS p JOIN {incidents} AS i ON i.province_id = p.fid "  # nosec B608: identifiers from the schema's constants
            "WHERE p.country_code IS NOT NULL ORDER BY 1"
        )
        rows = cursor.fetchall()
    return [str(code).upper() for (code,) in rows if len(str(code)) == 3]


def get_districts(
    store, countries: list[str], level: str = "ADM2", api: str = GEOBOUNDARIES_API, feedback=None
) -> list[DistrictSet]:
    """Downloads each country's units of `level` and writes them all, replacing the store's `districts`
    table (store: a GeoPackage's path, or any incident store)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if not countries:
        raise DownloadError(tr("No country to download districts for: the store has no incident in a province."))
    fields = district_fields()
    features, sets = [], []
    for number, code in enumerate(countries):
        stop_if_cancelled(feedback)
        metadata = request_json(f"{api.rstrip('/')}/{code}/{level}/", feedback=feedback)
        if isinstance(metadata, list):  # the API answers a list for several levels
            metadata = metadata[0] if metadata else {}
        url = metadata.get("gjDownloadURL") or metadata.get("simplifiedGeometryGeoJSON")
        if not url:
            raise DownloadError(
                tr("geoBoundaries has no {level} boundaries for {country}").format(level=level, country=code)
            )
        _, body = request_json(url, feedback=feedback, keep_body=True)
        source = str(metadata.get("boundarySource") or "geoBoundaries")
        licence = str(metadata.get("boundaryLicense") or "")
        units = _read_units(body, code, level, source, licence, fields)
        features += units
        sets.append(DistrictSet(code, level, len(units), source, licence))
        if feedback is not None:
            feedback.setProgress(100 * (number + 1) / len(countries))
    source = as_source(store)
    if getattr(source, "path", None) is not None:
        _write(source.path, fields, features)
    else:
        _export(source, fields, features)
    return sets


def _read_units(body: bytes, code: str, level: str, source: str, licence: str, fields) -> list[QgsFeature]:
    with tempfile.TemporaryDirectory(prefix="incident-atlas-districts-") as folder:
        path = Path(folder) / f"{code}_{level}.geojson"
        path.write_bytes(body)
        layer = QgsVectorLayer(str(path), "districts", "ogr")
        if not layer.isValid():
            raise DownloadError(tr("geoBoundaries' file for {country} cannot be read").format(country=code))
        to_wgs84 = QgsCoordinateTransform(layer.crs(), WGS84, QgsCoordinateTransformContext())
        names = layer.fields().names()
        units = []
        for feature in layer.getFeatures():
            if not feature.hasGeometry():
                continue
            geometry = feature.geometry()
            geometry.transform(to_wgs84)
            geometry.convertToMultiType()
            unit = QgsFeature(fields)
            unit.setGeometry(geometry)
            unit.setAttributes(
                [
                    feature["shapeName"] if "shapeName" in names else None,
                    code,
                    level,
                    feature["shapeID"] if "shapeID" in names else None,
                    source,
                    licence,
                ]
            )
            units.append(unit)
        del layer  # the file is deleted with the folder
        return units


def _write(gpkg: Path | str, fields: QgsFields, features: list[QgsFeature]) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = DISTRICTS
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(
        str(gpkg), fields, QgsWkbTypes.Type.MultiPolygon, WGS84, QgsCoordinateTransformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise DownloadError(tr("The districts could not be written: {error}").format(error=writer.errorMessage()))
    for feature in features:
        writer.addFeature(feature)
    del writer  # flushed and closed


def _export(source, fields: QgsFields, features: list[QgsFeature]) -> None:
    """Into a database store's schema (PostGIS), through QGIS's own exporter: the table replaced."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", DISTRICTS, "memory")
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    layer.dataProvider().addFeatures(features)
    error, message = QgsVectorLayerExporter.exportLayer(
        layer, source.writable_layer_uri(DISTRICTS), source.provider, WGS84, False, {"overwrite": True}
    )[:2]
    if error != Qgis.VectorExportResult.Success:  # QGIS >= 3.20
        raise DownloadError(tr("The districts could not be written: {error}").format(error=message))
