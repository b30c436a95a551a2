"""The plugin object QGIS creates through classFactory."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from .core.i18n import PluginTranslator, layout_direction, tr
from .core.log import log
from .core.paths import ICON_PATH
from .gui.guard import guarded_slot
from .gui.qt_compat import QAction
from .processing.provider import IncidentAtlasProvider

MENU_NAME = "&Incident Atlas"


class IncidentAtlasPlugin:
    """Adds the dock, its toggle action and the Processing provider; unload removes all of it."""

    def __init__(self, iface):
        # iface is None under qgis_process, which only calls initProcessing().
        self.iface = iface
        # Installed before anything builds a string, so Processing names are translated under qgis_process too.
        self.translator = PluginTranslator()
        self.translator.install()
        self.provider: IncidentAtlasProvider | None = None
        self.toggle_action: QAction | None = None
        self.open_action: QAction | None = None
        self.import_action: QAction | None = None
        self.dock = None
        self.importer = None
        self.downloader = None
        self.drop_handler = None
        self.temporal_sync = None
        self.unit_tool = None

    def initProcessing(self) -> None:
        if self.provider is None:
            self.provider = IncidentAtlasProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        from .gui.dock import IncidentDock
        from .gui.download_action import DownloadController
        from .gui.import_action import ImportController

        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.importer = ImportController(self.iface)
        self.dock = IncidentDock(main_window, notify=self.notify)
        self.dock.setLayoutDirection(layout_direction(self.translator.locale_name))
        self.dock.import_button.clicked.connect(self._import)
        self.downloader = DownloadController(self.iface, refreshed=lambda: self.dock.refresh_sources(force=True))
        self.dock.download_button.clicked.connect(self._download)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.refresh_sources()
        from .gui.temporal_sync import TemporalSync

        self.temporal_sync = TemporalSync(self.iface.mapCanvas(), self.dock)
        from .gui.unit_incidents_tool import UnitIncidentsTool

        self.unit_tool = UnitIncidentsTool(self.iface, self.dock)

        self.toggle_action = QAction(QIcon(str(ICON_PATH)), tr("Incident Atlas"), main_window)
        self.toggle_action.setObjectName("IncidentAtlasToggleDock")
        self.toggle_action.setToolTip(tr("Show or hide the Incident Atlas panel"))
        # The dock keeps the action's checked state in step with its visibility.
        self.dock.setToggleVisibilityAction(self.toggle_action)
        self.open_action = QAction(tr("Open incident GeoPackage…"), main_window)
        self.open_action.setObjectName("IncidentAtlasOpen")
        self.open_action.triggered.connect(self._open)
        self.import_action = QAction(tr("Import incidents…"), main_window)
        self.import_action.setObjectName("IncidentAtlasImport")
        self.import_action.triggered.connect(self._import)
        from .gui.drop_handler import IncidentDropHandler

        self.drop_handler = IncidentDropHandler(self._open_dropped)
        self.iface.registerCustomDropHandler(self.drop_handler)
        self.iface.addToolBarIcon(self.toggle_action)
        for action in (self.toggle_action, self.open_action, self.import_action):
            self.iface.addPluginToMenu(MENU_NAME, action)

    def notify(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        log(text, level)
        self.iface.messageBar().pushMessage(tr("Incident Atlas"), text, level=level, duration=10)

    @guarded_slot
    def _open_dropped(self, path) -> bool:
        self.dock.show()
        return self.dock.open_geopackage(path)

    @guarded_slot
    def _open(self) -> None:
        self.dock.show()
        self.dock.ask_open()

    @guarded_slot
    def _import(self) -> None:
        self.importer.ask_and_start(self.dock)

    @guarded_slot
    def _download(self) -> None:
        self.downloader.ask_and_start(self.dock, self.dock.source_combo.currentData())

    def unload(self) -> None:
        if self.toggle_action is not None:
            for action in (self.toggle_action, self.open_action, self.import_action):
                self.iface.removePluginMenu(MENU_NAME, action)
                action.deleteLater()
            self.iface.removeToolBarIcon(self.toggle_action)
            self.toggle_action = self.open_action = self.import_action = None
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        if self.temporal_sync is not None:
            self.temporal_sync.teardown()
            self.temporal_sync = None
        if self.unit_tool is not None:
            self.unit_tool.teardown()
            self.unit_tool = None
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            # removeDockWidget only hides the dock; deleteLater frees it once control returns to Qt.
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.importer is not None:
            self.importer.stop()
            self.importer = None
        if self.downloader is not None:
            self.downloader.stop()
            self.downloader = None
        from .core.download.credentials import forget_sessions

        forget_sessions()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        self.translator.remove()
