"""A4 PDF of the styled map for 1M incidents: the plugin's export vs a plain QGIS layout export."""

from __future__ import annotations

import time
from pathlib import Path

from inputs import incident_geopackage


def run(rows: int, scratch: Path) -> list[dict]:
    from incident_atlas.plugin.core.filters import IncidentFilter
    from incident_atlas.plugin.core.maps import layout as layouts
    from incident_atlas.plugin.core.maps.map_export import export_map
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsVectorLayer,
    )

    gpkg = incident_geopackage(rows, scratch)
    started = time.perf_counter()
    export_map(gpkg, IncidentFilter(), scratch / "ours.pdf")
    ours = time.perf_counter() - started

    # Plain QGIS: one map item with the same layers as they end up styled, exported as A4 PDF.
    project = QgsProject()
    provinces = QgsVectorLayer(f"{gpkg}|layername=provinces", "provinces", "ogr")
    incidents = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    for layer in (provinces, incidents):
        layer.loadDefaultStyle()
        project.addMapLayer(layer)
    density = layouts.heatmap_copy(incidents)
    project.addMapLayer(density)
    started = time.perf_counter()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(10, 10, layouts.MM))
    item.attemptResize(QgsLayoutSize(277, 190, layouts.MM))
    item.setCrs(layouts.display_crs(provinces.extent()))
    item.setLayers([density, provinces])
    layouts._zoom(item, provinces, item.crs(), 1.05)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    QgsLayoutExporter(layout).exportToPdf(str(scratch / "plain.pdf"), settings)
    theirs = time.perf_counter() - started
    return [
        {
            "name": "A4 PDF export of the styled map, everything",
            "rows": rows,
            "ours": ours,
            "theirs": theirs,
            "notes": f"ours includes counting, classifying, template and texts; target: at most 20% over plain "
            f"QGIS (ours/plain = {ours / theirs:.2f}); incidents drawn as density above "
            f"{layouts.DENSE_INCIDENTS:,}",
        }
    ]
