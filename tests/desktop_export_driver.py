"""Run inside real QGIS desktop (`qgis --code`): open the sample in the dock and export from it again and again.

Driven by QGIS's own event loop (single-shot timers, no nested processEvents), as an analyst's clicks
are: the filter changes between exports, the dock's counting worker and the canvas run alongside, and
the templates alternate. Writes a JSON report to $IA_REPORT, then quits QGIS.
Environment: IA_GPKG (the sample), IA_OUT (a folder for the PDFs and the project), IA_EXPORTS (how many),
IA_HOT_SPOTS (set: the map shows hot spots and emerging hot spots in hexagons, by turns).
"""

import faulthandler
import json
import os
import sys
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsLayoutExporter, QgsProject
from qgis.PyQt.QtCore import QDate, Qt, QTimer

OUT = Path(os.environ["IA_OUT"])
EXPORTS = int(os.environ.get("IA_EXPORTS", "10"))
HOT_SPOTS = bool(os.environ.get("IA_HOT_SPOTS"))
TEMPLATES = ("brief", "a4_landscape")
# ISIS as primary actor, one quarter after another: each filter gives the map other classes.
QUARTERS = (((2020, 1, 1), (2020, 3, 31)), ((2020, 4, 1), (2020, 6, 30)), ((2019, 10, 1), (2019, 12, 31)))
crash_log = open(OUT / "faulthandler.txt", "w")  # open until QGIS ends
faulthandler.enable(crash_log, all_threads=True)
report = {"exports": [], "steps": []}
state = {"index": 0}


def finish(error: str = "") -> None:
    if error:
        report["error"] = error
    with open(os.environ["IA_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    # QGIS 3.44 itself may crash tearing down a project from a timer (QgsLayerTreeView in ~QgisApp):
    # the session's report is written, the project cleared, and the process ends here.
    QgsProject.instance().clear()
    crash_log.flush()
    os._exit(0)


def guarded(step):
    def run():
        report["steps"].append(step.__name__)
        print(f"driver step {len(report['steps'])}: {step.__name__}", file=sys.stderr, flush=True)
        try:
            step()
        except Exception:
            finish(traceback.format_exc())

    return run


def later(step, ms: int = 50) -> None:
    QTimer.singleShot(ms, guarded(step))


def dock():
    return qgis.utils.plugins["incident_atlas"].dock


def when_counted(step) -> None:
    """Step once the dock's debounce has fired and its worker's counts have arrived."""

    def wait():
        if dock().debounce.isActive() or dock().facets_pending():
            later(wait, 50)
        else:
            later(step, 50)

    wait.__name__ = f"wait_for_{step.__name__}"
    later(wait, 50)


def start():
    plugin = qgis.utils.plugins["incident_atlas"]
    plugin.toggle_action.trigger()
    report["opened"] = dock().open_geopackage(os.environ["IA_GPKG"])
    report["layers_opened"] = sorted(QgsProject.instance().mapLayers())
    when_counted(choose_filter)


def visible_provinces():
    """The provinces layer of the analyst's layer tree (the one on screen)."""
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        if node.layer() is not None and node.layer().name().endswith("provinces") and node.isVisible():
            return node.layer()
    return None


def choose_filter():
    panel = dock()
    start_date, end_date = QUARTERS[state["index"] % len(QUARTERS)]
    for list_item in panel.actors.list.items():
        if list_item.data(Qt.ItemDataRole.UserRole) == "ISIS":
            list_item.setCheckState(Qt.CheckState.Checked)
    panel.actors.role.setCurrentIndex(panel.actors.role.findData("primary"))  # ISIS attacks
    panel.dates.date_from.setDate(QDate(*start_date))
    panel.dates.date_to.setDate(QDate(*end_date))
    if HOT_SPOTS:  # the worker builds the hexagons once, then recounts; the layer is refilled in place
        controls = panel.map.hot_spots
        controls.units.setCurrentIndex(controls.units.findData("hexagons"))
        controls.cell_size.setValue(25.0)
        controls.band.setValue(37.5)
        controls.interval.setCurrentIndex(controls.interval.findData("week"))
        show = ("hotspots", "emerging")[state["index"] % 2]
        controls.show_combo.setCurrentIndex(controls.show_combo.findData(show))
    when_counted(export)


def export():
    panel = dock()
    index = state["index"]
    provinces = visible_provinces()
    renderer = provinces.renderer()
    classes = [r.label() for r in renderer.ranges()] if hasattr(renderer, "ranges") else []
    hot_spots = panel.shown_hot_spot_layer()
    if hot_spots is not None:  # the map's legend is the hot spots'
        classes = [category.label() for category in hot_spots.renderer().categories()]
    kind = TEMPLATES[index % len(TEMPLATES)]
    output = OUT / f"export-{index + 1:02d}-{kind}.pdf"
    entry = {
        "kind": kind,
        "output": str(output),
        "summary": panel.summary_label.text(),
        "incidents": panel.last_facets.summary.incidents,
        "visible_provinces": provinces.id(),
        "visible_classes": classes,
        "subset": panel.session.layer.subsetString(),
        "hot_spots": hot_spots.name() if hot_spots is not None else None,
        "hot_spot_status": panel.map.hot_spots.status.text(),
    }
    report["exports"].append(entry)
    panel.start_export(kind, panel.map_texts(), "none", 100, output)
    later(lambda: after_export(entry), 100)


def after_export(entry):
    panel = dock()
    entry["error"] = panel.last_export_error
    entry["layers_after"] = len(QgsProject.instance().mapLayers())
    entry["open_files"] = len(os.listdir("/proc/self/fd"))  # connections left open pile up here
    entry["layer_ids_after"] = sorted(QgsProject.instance().mapLayers())
    state["index"] += 1
    if state["index"] < EXPORTS:
        later(choose_filter, 300)
    else:
        later(save_unload_reopen, 500)


def save_unload_reopen():
    """The layouts left in the layout manager still render without the plugin, and after reopening."""
    project = QgsProject.instance()
    path = OUT / "analyst.qgz"
    report["saved"] = project.write(str(path))
    report["layouts"] = [layout.name() for layout in project.layoutManager().printLayouts()]
    qgis.utils.unloadPlugin("incident_atlas")
    report["unloaded"] = "incident_atlas" not in qgis.utils.plugins
    report["after_unload"] = export_from_manager(project, "after-unload")
    project.clear()
    report["reopened"] = project.read(str(path))
    report["layers_reopened"] = len(project.mapLayers())
    report["after_reopen"] = export_from_manager(project, "after-reopen")
    finish()


def export_from_manager(project, stem: str) -> list:
    from incident_atlas.plugin.core.compat import TEXT_AS_TEXT

    results = []
    for index, layout in enumerate(project.layoutManager().printLayouts()[:2]):
        output = OUT / f"{stem}-{index + 1}.pdf"
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = TEXT_AS_TEXT  # searchable, so the test can read the title
        result = QgsLayoutExporter(layout).exportToPdf(str(output), settings)
        results.append({"name": layout.name(), "output": str(output), "ok": result == QgsLayoutExporter.Success})
    return results


sys.excepthook = lambda kind, value, tb: report.setdefault("uncaught", []).append(
    "".join(traceback.format_exception(kind, value, tb))
)
QTimer.singleShot(1500, guarded(start))
