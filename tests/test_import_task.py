"""The dock's import runs as a QgsTask: progress and cancel in the task manager, layers added."""

import time

from incident_atlas.plugin.gui.import_action import ImportController
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from source_files import acled_row, write_acled


def wait_for(controller, timeout=60.0):
    deadline = time.monotonic() + timeout
    while controller.running:
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline, "the import task did not finish"
        time.sleep(0.01)
    QCoreApplication.processEvents()


def test_import_task_adds_styled_layers_in_one_group(tmp_path, qgis_iface, qgis_new_project):
    source = write_acled(tmp_path / "a.csv", [acled_row(f"T{i}") for i in range(30)])
    controller = ImportController(qgis_iface)
    task = controller.start(source, tmp_path / "out.gpkg")
    progress = []
    task.progressChanged.connect(progress.append)
    wait_for(controller)
    assert controller.last_error is None
    assert controller.last_result.imported == 30
    assert progress and progress[-1] == 100
    group = QgsProject.instance().layerTreeRoot().findGroup("out")
    names = sorted(node.layer().name() for node in group.findLayers())
    assert names == ["out — incidents", "out — provinces"]
    incidents = next(n.layer() for n in group.findLayers() if n.layer().name().endswith("incidents"))
    assert incidents.featureCount() == 30
    assert incidents.temporalProperties().isActive()


def test_cancelled_import_task_adds_nothing(tmp_path, qgis_iface, qgis_new_project):
    source = write_acled(tmp_path / "a.csv", [acled_row(f"T{i}") for i in range(30)])
    controller = ImportController(qgis_iface)
    task = controller.start(source, tmp_path / "out.gpkg")
    task.cancel()
    wait_for(controller)
    assert controller.last_result is None
    assert "cancel" in controller.last_error.lower()
    assert not (tmp_path / "out.gpkg").exists()
    assert QgsProject.instance().mapLayers() == {}


def test_an_import_whose_result_cannot_be_opened_says_so(tmp_path, qgis_iface, qgis_new_project, monkeypatch):
    """The task finished and the file is written; adding it to the project fails (say the disk went away)."""
    from incident_atlas.plugin.core.log import LOG_TAG
    from incident_atlas.plugin.gui import import_action
    from qgis.core import QgsApplication

    def unreadable(_path):
        raise OSError("the share went offline")

    monkeypatch.setattr(import_action, "open_incident_geopackage", unreadable)
    logged = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda message, tag, _level: tag == LOG_TAG and logged.append(message))
    source = write_acled(tmp_path / "a.csv", [acled_row(f"T{i}") for i in range(5)])
    controller = ImportController(qgis_iface)
    shown = []
    controller.notify = lambda text, level: shown.append(text)
    controller.start(source, tmp_path / "out.gpkg")
    deadline = time.monotonic() + 60
    while not shown:
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert "the share went offline" in shown[0]
    assert any("Traceback" in message and "the share went offline" in message for message in logged)
    assert controller.last_result.imported == 5  # the import itself stands
