"""One call from an incident GeoPackage and a filter to an exported map: for make demo and Processing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from qgis.core import QgsProject

from ..definitions import MEASURES, METHODS, dataset_title
from ..filters import IncidentFilter
from ..hotspots.live import HotSpotSettings, LiveHotSpots
from ..hotspots.units import district_polygons, province_polygons
from ..i18n import tr
from ..project.hot_spot_layer import METHOD_PROPERTY, show_hot_spots
from ..project.layout_layers import prepare_project_layout
from ..store import queries, schema
from ..store.compare import compare_datasets
from ..store.counts import province_labels
from ..store.sources import as_source
from ..trends.overview import TrendSettings, trend_brief
from . import layout as layouts
from .brief import fill_brief
from .choropleth import ChoroplethSettings, apply_choropleth, database_values
from .compare_layout import fill_compare
from .hot_spot_style import outline_provinces
from .styles import set_incident_temporal_properties


def method_words(method: str) -> str:
    return METHODS.by_key(method).text()


def classification_words(method: str, classes: int, measure: str = "incidents") -> str:
    if "classes" in MEASURES.by_key(measure).flags:  # its own classes: the breaks were not used
        return tr("in three classes: significant increase, no significant change, significant decrease")
    return tr("{method}, {classes} classes").format(method=method_words(method), classes=classes)


def source_descriptions(source, datasets: tuple[str, ...] = ()) -> list[str]:
    """What the data providers ask to be named: dataset, file and when it was imported; only the imports
    of `datasets` (those whose rows the filter keeps) when given."""
    source = as_source(source)
    table = source.table(schema.IMPORTS)
    try:
        rows = queries.fetch_all(
            source,
            f"SELECT source_dataset, source_file, substr(CAST(finished_at AS text), 1, 10), "
            f"download_query IS NOT NULL FROM {table} WHERE finished_at IS NOT NULL ORDER BY import_id",  # nosec B608: identifiers from the schema's constants; values bound
        )
    except Exception:  # an unreadable imports table must not stop the map: it names no source
        return []
    # A file by its name; a download by its API, query and access date, as ACLED's terms ask.
    return [
        tr("{dataset} ({file}, imported {day})").format(
            dataset=dataset_title(dataset), file=file if downloaded else Path(file).name, day=day
        )
        for dataset, file, day, downloaded in rows
        if not datasets or dataset in datasets
    ]


def export_map(
    source,
    incident_filter: IncidentFilter,
    output: Path | str,
    template: str = "a4_landscape",
    settings: ChoroplethSettings | None = None,
    title: str | None = None,
    atlas: str = "none",
    dpi: int = 150,
    trend: TrendSettings | None = None,
    atlas_order: str = "count",
    hot_spots: HotSpotSettings | None = None,
    districts=None,
) -> Path:
    """Style a private project's copy of the layers for the filter and export the layout.

    The "brief" template adds the change against trend's baseline (ValueError without a date range).
    hot_spots: a map of hot spots or emerging hot spots instead of incidents by province (in a district
    layer's polygons, `districts`, where those are the units); HotSpotError says why there are none."""
    settings = settings or ChoroplethSettings()
    project = QgsProject()
    source = as_source(source)
    brief = None
    if template == "brief":
        first, _last = queries.date_range(source)
        start = date.fromisoformat(first) if first else None
        provinces_named = queries.provinces(source)
        brief = trend_brief(source.facet_counts(), provinces_named, incident_filter, trend or TrendSettings(), start)
    incidents = source.open_layer(schema.INCIDENTS, "Incidents")
    provinces = source.open_layer(schema.PROVINCES, "Provinces")
    for layer in (incidents, provinces):
        layer.loadDefaultStyle()
        project.addMapLayer(layer)
    set_incident_temporal_properties(incidents)
    incidents.setSubsetString(incident_filter.to_sql(dialect=source.dialect))
    apply_choropleth(provinces, database_values(source, incident_filter, provinces), settings)
    summary = queries.summary(source, incident_filter)
    hot_spot_layer = None
    if hot_spots is not None and hot_spots.show != "incidents":
        result = LiveHotSpots().compute(
            source.facet_counts(),
            incident_filter,
            hot_spots,
            province_polygons(provinces),
            district_polygons(districts) if districts is not None else None,
        )
        outline_provinces(provinces)
        hot_spot_layer = show_hot_spots(project, source.key, provinces, result)
    classification = classification_words(settings.method, settings.classes, settings.measure)
    texts = layouts.map_texts(
        incident_filter,
        summary,
        source_descriptions(source, summary.datasets),
        classification,
        settings.measure,
        layouts.map_countries(provinces),
        province_labels(queries.provinces(source)) if incident_filter.provinces else None,
        method=hot_spot_layer.customProperty(METHOD_PROPERTY) if hot_spot_layer is not None else "",
    )
    if title:
        texts = layouts.MapTexts(title, texts.subtitle, texts.provenance)
    layout = layouts.load_layout(template, texts.title, project)
    prepare_project_layout(
        layout,
        source.key,
        incidents,
        provinces,
        texts,
        atlas,
        incident_count=summary.incidents,
        atlas_order=atlas_order,
        hot_spots=hot_spot_layer,
    )
    if brief is not None:
        fill_brief(layout, brief, texts.provenance, atlas=atlas != "none")
    if template == "compare":
        fill_compare(layout, *compare_datasets(source, incident_filter))
    return layouts.export_layout(layout, Path(output), dpi=dpi)
