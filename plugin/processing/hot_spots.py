"""incidentatlas:hotspots - Getis-Ord Gi* hot spots of the filtered incidents in hexagons, districts or
provinces."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..core.compat import make_field
from ..core.definitions import HOT_SPOT_STEPS, HOT_SPOT_UNITS
from ..core.filters import IncidentFilter
from ..core.hotspots.gi_star import HotSpotError, gi_star
from ..core.hotspots.live import DEFAULT_MAX_GEO_PRECISION
from ..core.hotspots.units import district_polygons, hexagon_units, polygon_units, province_polygons
from ..core.i18n import tr
from ..core.periods import day_number
from ..core.store import queries, schema
from .filter_parameters import add_input_and_filter_parameters, filter_from_parameters, input_source, open_layer

DISTRICTS = "DISTRICTS"
CELL_SIZE = "CELL_SIZE"
DISTANCE_BAND = "DISTANCE_BAND"


@dataclass
class Study:
    """What an analysis reads: the store and the filter, and the filter's summary (read once, when asked)."""

    source: object
    incident_filter: IncidentFilter

    @cached_property
    def summary(self) -> queries.Summary:
        return queries.summary(self.source, self.incident_filter)


def add_unit_parameters(algorithm, units: str) -> None:
    """The units of analysis (the enumeration `units`), DISTRICTS, CELL_SIZE and DISTANCE_BAND: the hot spot
    algorithms' and exportmap's."""
    algorithm.addParameter(
        QgsProcessingParameterEnum(units, tr("Units of analysis"), options=HOT_SPOT_UNITS.labels(), defaultValue=0)
    )
    algorithm.addParameter(
        QgsProcessingParameterVectorLayer(
            DISTRICTS,
            tr("District polygons (for districts)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
    )
    for name, text in (
        (CELL_SIZE, tr("Hexagon size: metres between neighbouring centres (0: from the data)")),
        (DISTANCE_BAND, tr("Distance band in metres (0: the smallest giving every unit a neighbour)")),
    ):
        algorithm.addParameter(
            QgsProcessingParameterNumber(
                name, text, QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0
            )
        )


def step_parameter(name: str) -> QgsProcessingParameterEnum:
    """Emerging hot spots' time step, a month by default."""
    return QgsProcessingParameterEnum(
        name, tr("Time step"), options=HOT_SPOT_STEPS.labels(), defaultValue=HOT_SPOT_STEPS.index_of("month")
    )


def unit_kind(algorithm, parameters, context, units: str) -> str:
    """The units chosen (a HOT_SPOT_UNITS key); districts without a district layer are refused."""
    kind = HOT_SPOT_UNITS[algorithm.parameterAsEnum(parameters, units, context)].key
    if kind == "districts" and algorithm.parameterAsVectorLayer(parameters, DISTRICTS, context) is None:
        raise QgsProcessingException(tr("Choose a district layer (DISTRICTS) for districts as units."))
    return kind


def output_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(make_field("unit_id", "int"))
    fields.append(make_field("name", "string"))
    fields.append(make_field("country", "string"))
    fields.append(make_field("incidents", "int"))
    fields.append(make_field("gi_z", "double"))
    fields.append(make_field("gi_p", "double"))
    fields.append(make_field("gi_bin", "int"))
    fields.append(make_field("neighbours", "int"))
    return fields


class HotSpotsAlgorithm(QgsProcessingAlgorithm):
    UNITS = "UNITS"
    DISTRICTS = DISTRICTS
    CELL_SIZE = CELL_SIZE
    DISTANCE_BAND = DISTANCE_BAND
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "hotspots"

    def displayName(self) -> str:
        return tr("Hot spots (Getis-Ord Gi*)")

    def shortHelpString(self) -> str:
        return tr(
            "Where the filtered incidents cluster: Getis-Ord Gi* for each unit (equal-area hexagons over "
            "the provinces of the countries with incidents, a district layer, or the provinces), with binary "
            "weights within a distance band and the unit itself included. gi_bin is 3, 2 or 1 for a hot spot "
            "at 99, 95 or 90 % confidence after the Benjamini-Hochberg false discovery rate correction, negative "
            "for a cold spot, 0 otherwise; a unit without a neighbour within the band gets NULL. CELL_SIZE is the "
            "distance between neighbouring hexagons' centres in metres, DISTANCE_BAND the band in metres (0: "
            "chosen from the data, both reported). Incidents placed only at a province's centre are left out of "
            "hexagons and districts unless MAX_GEO_PRECISION says otherwise (default 2), and counted in the log."
        )

    def createInstance(self):
        return HotSpotsAlgorithm()

    def initAlgorithm(self, config=None):
        add_input_and_filter_parameters(self)
        add_unit_parameters(self, self.UNITS)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.output_title(), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def output_title(self) -> str:
        return tr("Hot spots")

    def unit_kind(self, parameters, context) -> str:
        return unit_kind(self, parameters, context, self.UNITS)

    def processAlgorithm(self, parameters, context, feedback):
        kind = self.unit_kind(parameters, context)
        # A failure is raised here, once the frames that opened the store's layers are gone: a traceback
        # that keeps a GeoPackage layer alive until Python exits frees it after GDAL's drivers (a crash).
        units, spots, problem = self._analyse(parameters, context, feedback, kind)
        if problem:
            raise QgsProcessingException(problem)
        if units is None:  # cancelled
            return {}
        if spots.without_neighbours:
            feedback.pushWarning(tr("%n units have no neighbour within the band: NULL", "", spots.without_neighbours))

        def values(index: int) -> list:
            z, p = spots.z[index], spots.p[index]
            return [
                None if math.isnan(z) else float(z),
                None if math.isnan(p) else float(p),
                None if math.isnan(z) else int(spots.bins[index]),
                int(spots.neighbours[index]) - 1,
            ]

        return self.write_units(parameters, context, feedback, units, spots, output_fields(), values)

    def write_units(self, parameters, context, feedback, units, result, fields, values) -> dict:
        """Says the band used, and writes each unit: unit_id, name, country, incidents, then values(index)."""
        feedback.pushInfo(
            tr("Distance band: {band} m{chosen}").format(
                band=f"{result.distance_band:,.0f}",
                chosen=tr(" (the smallest giving every unit a neighbour)") if result.band_chosen else "",
            )
        )
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, units.crs()
        )
        for index, geometry in enumerate(units.geometries):
            unit_id, name, country = units.labels[index]
            feature = QgsFeature(fields)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([int(unit_id), name, country, int(units.counts[index]), *values(index)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest_id}

    def _analyse(self, parameters, context, feedback, kind):
        """(units, hot spots, "") or (None, None, why not); (None, None, "") when cancelled."""
        try:
            study = self.study(parameters, context)
            units = self._units(parameters, context, feedback, kind, study)
            if kind == "provinces":
                counted = queries.count_by_province(study.source, study.incident_filter)
                units.counts = np.array([counted.get(int(label[0]), (0, 0))[0] for label in units.labels], dtype=int)
            if feedback.isCanceled():
                return None, None, ""
            band = self.parameterAsDouble(parameters, self.DISTANCE_BAND, context)
            return units, gi_star(units.counts, units.centres, band), ""
        except (HotSpotError, QgsProcessingException) as error:
            return None, None, str(error)

    def study(self, parameters, context) -> Study:
        return Study(input_source(self, parameters, context), filter_from_parameters(self, parameters, context))

    def _units(self, parameters, context, feedback, kind, study: Study):
        """The units; their counts where incidents are points (hexagons, districts), the provinces' are
        the caller's (by period or not)."""
        provinces = open_layer(study.source, schema.PROVINCES)
        if kind == "provinces":
            return self._province_units(provinces)
        # The filter's MAX_GEO_PRECISION, or by default no row placed only at a province's centre.
        limit = study.incident_filter.max_geo_precision or DEFAULT_MAX_GEO_PRECISION
        precise = dataclasses.replace(study.incident_filter, max_geo_precision=limit)
        lon, lat, days, countries = self._points(study.source, precise, feedback)
        left_out = study.summary.incidents - len(lon)
        feedback.pushInfo(
            tr("%n incidents left out: located vaguer than the precision asked, or without a point", "", left_out)
        )
        if kind == "hexagons":
            area = [f.geometry() for f in provinces.getFeatures() if f["country"] in countries and f.hasGeometry()]
            if not area:
                raise QgsProcessingException(tr("No incident matches the filter: there is no study area."))
            cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
            units = hexagon_units(area, lon, lat, cell_size, feedback)
            feedback.pushInfo(
                tr("Hexagons: {cells} cells, {size} m between neighbouring centres{chosen}").format(
                    cells=len(units.counts),
                    size=f"{units.cell_size:,.0f}",
                    chosen=tr(" (chosen from the data)") if not cell_size else "",
                )
            )
        else:
            units = self._district_units(parameters, context, lon, lat)
        if units.outside:
            feedback.pushInfo(tr("%n incidents fall in no unit", "", units.outside))
        units.point_days = np.asarray(days, dtype=np.int64)
        return units

    @staticmethod
    def _points(source, incident_filter, feedback):
        layer = open_layer(source, schema.INCIDENTS)
        if not layer.setSubsetString(incident_filter.to_sql(dialect=source.dialect)):
            raise QgsProcessingException(tr("Could not read the incidents of {0}").format(source.label))
        request = QgsFeatureRequest().setSubsetOfAttributes(["country", "event_date"], layer.fields())
        lon, lat, days, countries = [], [], [], set()
        for feature in layer.getFeatures(request):
            if feedback.isCanceled():
                break
            countries.add(feature["country"])
            if feature.hasGeometry():
                point = feature.geometry().asPoint()
                lon.append(point.x())
                lat.append(point.y())
                days.append(day_number(as_date(feature["event_date"])))
        return lon, lat, days, countries

    @staticmethod
    def _province_units(provinces):
        return polygon_units(province_polygons(provinces), [], [])

    def _district_units(self, parameters, context, lon, lat):
        # unit_kind has made sure there is a district layer.
        layer = self.parameterAsVectorLayer(parameters, self.DISTRICTS, context)
        return polygon_units(district_polygons(layer), lon, lat)


def as_date(value) -> date:
    """A date field's value as a date: QGIS gives a QDate (GeoPackage), a date or an ISO text."""
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
