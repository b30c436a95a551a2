"""The Incident Atlas dock: pick an open incident GeoPackage and filter it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import StoreError
from ..core.filters import IncidentFilter
from ..core.i18n import tr
from ..core.log import log
from ..core.project.layers import incident_sources, open_incident_source
from ..core.project.state import read_state, write_state
from ..core.session.filter_session import FilterSession
from ..core.settings import PluginSettings
from ..core.store.geopackage import GeoPackageSource
from ..core.store.sources import as_source
from .check_list import CheckList
from .combo import compact_combo
from .dataset_section import DatasetSection
from .dock_export import ExportMixin
from .dock_hot_spots import HotSpotMixin
from .dock_map import MapMixin
from .dock_presets import PresetsMixin
from .filter_widgets import ActorSection, DateSection, NumberSection
from .guard import guarded_slot
from .map_section import MapSection
from .preset_bar import PresetBar
from .section_boxes import section_boxes
from .trend_section import TrendSection

DOCK_OBJECT_NAME = "IncidentAtlasDock"
DEBOUNCE_MS = 250


class IncidentDock(ExportMixin, PresetsMixin, HotSpotMixin, MapMixin, QgsDockWidget):
    """Widgets only: the filter logic lives in core.FilterSession."""

    facets_ready = pyqtSignal(object)

    def __init__(self, parent=None, notify=None):
        super().__init__(tr("Incident Atlas"), parent)
        self.workers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incident-atlas-facets")
        self.generation = self.shown_generation = 0
        # A stable objectName lets QGIS restore the dock's place between sessions.
        self.setObjectName(DOCK_OBJECT_NAME)
        self.notify = notify or (lambda text, level: log(text, level))
        self.session: FilterSession | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)

        self.source_combo = compact_combo(body)
        self.source_combo.setToolTip(tr("The incident GeoPackage the filter works on"))
        layout.addWidget(self.source_combo)
        # Rows: the buttons side by side need more than a 320 px dock has in French or Sorani.
        source_row = QGridLayout()
        self.open_button = QPushButton(tr("Open…"), body)
        self.import_button = QPushButton(tr("Import incidents…"), body)
        self.import_button.setObjectName("IncidentAtlasImportButton")
        self.postgis_button = QPushButton(tr("PostGIS…"), body)
        self.postgis_button.setToolTip(tr("Open the incidents a team keeps in a PostgreSQL/PostGIS database"))
        self.download_button = QPushButton(tr("Download…"), body)
        self.download_button.setObjectName("IncidentAtlasDownloadButton")
        self.download_button.setToolTip(tr("Download, or update, incidents from ACLED's or UCDP's API"))
        source_row.addWidget(self.open_button, 0, 0)
        source_row.addWidget(self.postgis_button, 0, 1)
        source_row.addWidget(self.import_button, 1, 0, 1, 2)
        source_row.addWidget(self.download_button, 2, 0, 1, 2)
        layout.addLayout(source_row)

        self.presets = PresetBar(body)
        layout.addWidget(self.presets)

        self.status_label = QLabel(tr("No incident GeoPackage is open."), body)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        self.actors = ActorSection(body)
        self.dates = DateSection(body)
        self.event_types = CheckList(body)
        self.target_types = CheckList(body)  # GTD's: what was attacked, not who
        self.numbers = NumberSection(body)
        self.datasets = DatasetSection(body)
        self.map = MapSection(body)
        self.trend = TrendSection(body)
        self.province_focus: tuple[int, ...] = ()  # a province (its id) chosen in the Trend table
        sections, boxes = section_boxes(
            body,
            (
                (tr("Actors"), self.actors),
                (tr("Dates"), self.dates),
                (tr("Event types"), self.event_types),
                (tr("Target types"), self.target_types),
                (tr("Fatalities and precision"), self.numbers),
                (tr("Datasets"), self.datasets),
                (tr("Map"), self.map),
                (tr("Trend"), self.trend),
            ),
        )
        # Shown only for a store of several datasets, and where the data names targets (GTD).
        self.datasets_box, self.target_types_box = boxes[self.datasets], boxes[self.target_types]
        self.datasets_box.hide()
        self.target_types_box.hide()
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        # The sections wrap to the dock's width; only vertical scrolling.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(sections)
        layout.addWidget(scroll, 1)

        # The summary gets the panel's full width; beside the buttons it wrapped into a narrow column.
        self.summary_label = QLabel("", body)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        bottom = QHBoxLayout()
        self.reset_button = QPushButton(tr("Reset"), body)
        self.export_button = QPushButton(tr("Export map…"), body)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.reset_button)
        layout.addLayout(bottom)
        self.setWidget(body)

        # Typing in the actor search or dragging a slider fires many signals; apply once they settle.
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply_filter)
        # The sections a filter is read from and shown in.
        self.filter_sections = (self.actors, self.dates, self.event_types, self.target_types, self.numbers)
        for section in (*self.filter_sections, self.datasets, self.trend):
            section.changed.connect(self.debounce.start)
        self.trend.province_chosen.connect(self.focus_province)
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        self.open_button.clicked.connect(self.ask_open)
        self.postgis_button.clicked.connect(self.ask_open_postgis)
        self.reset_button.clicked.connect(self.reset)
        self.export_button.clicked.connect(self.ask_export)
        self.last_export: Path | None = None
        self.last_export_error: str | None = None

        self.facets_ready.connect(self._show_facets)
        self.map.changed.connect(self._remember_map)  # the analyst's choices, not every recount
        self.map.changed.connect(self.update_map)
        self.last_facets = None
        self.actors.aliases_button.clicked.connect(self._edit_aliases)
        self.datasets.compare_button.clicked.connect(self.show_comparison)
        self.connect_presets()

        self.project = QgsProject.instance()
        self.project.layersAdded.connect(self.refresh_sources)
        self.project.layersRemoved.connect(self.refresh_sources)
        self.project.readProject.connect(self._project_read)
        self.project.cleared.connect(self._project_read)  # a new, empty project: no presets
        self.connect_hot_spots()
        self.set_filter_enabled(False)
        self.presets.set_names(read_state(self.project).presets)

    def close_session(self) -> None:
        """Let the current source go (its GeoPackage's WAL files: filter_session.FilterSession.close)."""
        if self.session is not None:
            self.session.close()
            self.session = None

    def teardown(self) -> None:
        """Disconnect from the project: QgsProject outlives the dock."""
        self.debounce.stop()
        self.generation += 1  # results still in flight are dropped
        self.workers.shutdown(wait=True)
        self.close_session()
        self.project.layersAdded.disconnect(self.refresh_sources)
        self.project.layersRemoved.disconnect(self.refresh_sources)
        self.project.readProject.disconnect(self._project_read)
        self.project.cleared.disconnect(self._project_read)

    @guarded_slot
    def _project_read(self, *_args) -> None:
        self.presets.set_names(read_state(self.project).presets)
        self.refresh_sources(force=True)  # a new project: restore its own stored filter

    def set_filter_enabled(self, enabled: bool) -> None:
        for widget in (*self.filter_sections, self.reset_button, self.export_button):
            widget.setEnabled(enabled)

    @guarded_slot
    def refresh_sources(self, *_args, force: bool = False) -> None:
        self.refresh_district_layers()  # the project's polygon layers changed too
        sources = incident_sources(self.project)
        current = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for key in sorted(sources):
            self.source_combo.addItem(as_source(key).label, key)
        index = self.source_combo.findData(current)
        self.source_combo.setCurrentIndex(index if index >= 0 else (0 if sources else -1))
        self.source_combo.blockSignals(False)
        if force or self.source_combo.currentData() != current or (self.session is not None and current not in sources):
            self._source_chosen()

    @guarded_slot
    def _source_chosen(self, _index=None) -> None:
        path = self.source_combo.currentData()
        sources = incident_sources(self.project)
        self.close_session()
        if not path or path not in sources:
            self.last_facets = None
            self.status_label.setText(tr("No incident GeoPackage is open."))
            self.summary_label.setText("")
            # Counts of a source that is gone would read as if they were still true.
            self.actors.list.clear()
            self.event_types.clear()
            self.target_types.clear()
            self.dates.histogram.set_data(self.dates.histogram.unit, [])
            self.set_filter_enabled(False)
            return
        layers = sources[path]
        self.session = FilterSession(path, layers["incidents"], PluginSettings.load().alias_groups, layers.values())
        self.status_label.setText(self.session.source.label if self.session.gpkg is None else path)
        self.set_filter_enabled(True)
        self.dates.set_data_range(self.session.first_date, self.session.last_date)
        # Each source shows its own stored filter and map, or none: never the widgets' leftovers.
        state = read_state(self.project)
        self.show_stored_map(state.maps.get(path))
        self.set_filter(state.active.get(path) or IncidentFilter())

    def current_filter(self) -> IncidentFilter:
        date_from, date_to = self.dates.range()
        return IncidentFilter(
            actors=self.actors.selected(),
            actor_role=self.actors.actor_role(),
            date_from=date_from,
            date_to=date_to,
            event_types=self.event_types.checked(),
            target_types=self.target_types.checked(),
            provinces=self.province_focus,
            **self.numbers.values(),
            **self.datasets.values(),
        )

    @guarded_slot
    def focus_province(self, province_id: int) -> None:
        """A province chosen in the Trend table filters the layer and the map to it; again, to all."""
        self.province_focus = () if self.province_focus == (province_id,) else (province_id,)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Filter the layer now; count facets on a worker thread and show them when they arrive."""
        self.debounce.stop()
        if self.session is None:
            return
        try:
            applied = self.session.apply(self.current_filter())
        except Exception as error:  # a slot must never take QGIS down
            self.notify(tr("The filter could not be applied: {0}").format(error), Qgis.MessageLevel.Critical)
            return
        state = read_state(self.project)
        state.active[self.session.source.key] = applied.with_changes(alias_groups={})
        write_state(state, self.project)
        self.generation += 1
        generation, session = self.generation, self.session
        self.summary_label.setText(tr("Counting…"))
        future = self.workers.submit(session.facets, applied, self.trend.settings(), self.hot_spot_inputs())
        # Emitted from the worker thread: Qt queues the call onto the dock's (GUI) thread.
        future.add_done_callback(lambda done: self.facets_ready.emit((generation, session, done)))

    @guarded_slot
    def _show_facets(self, message) -> None:
        generation, session, done = message
        if generation != self.generation or session is not self.session:
            return  # a newer filter is on its way; these counts are stale
        self.shown_generation = generation
        try:
            facets = done.result()
        except Exception as error:
            self.summary_label.setText("")
            self.notify(tr("Counting incidents failed: {0}").format(error), Qgis.MessageLevel.Critical)
            return
        self.actors.list.set_counts(session.group_counts(facets.actors) + facets.actors)
        # ACLED's aggregated data has no actors: the section says so instead of offering an empty list.
        aggregated_only = not facets.actors and facets.summary.aggregated_rows > 0
        self.actors.setEnabled(not aggregated_only)
        self.actors.setToolTip(tr("Aggregated data names no actors.") if aggregated_only else "")
        self.event_types.set_counts(facets.event_types)
        self.target_types.set_counts(facets.target_types)
        self.target_types_box.setVisible(bool(facets.target_types) or bool(self.target_types.checked()))
        self.datasets.set_counts(facets.datasets)
        self.datasets_box.setVisible(len(facets.datasets) > 1 or bool(self.datasets.list.checked()))
        self.last_facets = facets
        self.update_map()
        self.trend.show_overview(facets.trend)
        self.dates.histogram.set_data(*facets.histogram)
        self.dates.histogram.set_selected_range(*self.dates.range())
        self.summary_label.setText(facets.summary.text())

    def set_filter(self, incident_filter: IncidentFilter) -> None:
        """Show a stored filter in the widgets and apply it once."""
        self.province_focus = tuple(incident_filter.provinces)
        widgets = (*self.filter_sections, self.datasets, self.datasets.list)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.datasets.set_values(incident_filter)
            self.actors.list.set_checked(incident_filter.actors)
            self.actors.role.setCurrentIndex(max(self.actors.role.findData(incident_filter.actor_role), 0))
            self.event_types.set_checked(incident_filter.event_types)
            self.target_types.set_checked(incident_filter.target_types)
            if incident_filter.date_from is None and incident_filter.date_to is None:
                self.dates.choose("all")
            else:
                self.dates.set_custom(incident_filter.date_from, incident_filter.date_to)
            self.numbers.set_values(incident_filter)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filter()

    def set_alias_groups(self, groups: dict[str, tuple[str, ...]]) -> None:
        """Save the groups for every project and re-count the open source with them."""
        PluginSettings(alias_groups=dict(groups)).save()
        if self.session is not None:
            self.session.alias_groups = dict(groups)
            self.apply_filter()

    @guarded_slot
    def show_comparison(self) -> None:
        """The datasets side by side under the current filter (the dialog is kept for tests)."""
        from ..core.store.compare import compare_datasets
        from .compare_dialog import CompareDialog

        if self.session is None:
            return
        datasets, rows = compare_datasets(self.session.source, self.session.filter)
        self.compare_dialog = CompareDialog(datasets, rows, self)
        self.compare_dialog.show()

    @guarded_slot
    def _edit_aliases(self) -> None:
        from .alias_dialog import AliasDialog

        dialog = AliasDialog(PluginSettings.load().alias_groups, self)
        if dialog.exec():
            self.set_alias_groups(dialog.groups)

    @guarded_slot
    def reset(self) -> None:
        for widget in (self.actors.list, self.event_types, self.target_types):
            widget.set_checked(())
        self.actors.search.clear()
        self.actors.role.setCurrentIndex(0)
        self.numbers.reset()
        self.datasets.reset()
        self.dates.choose("all")
        self.province_focus = ()
        self.apply_filter()

    def open_geopackage(self, path: Path | str) -> bool:
        return self.open_source(GeoPackageSource(path))

    def open_source(self, source) -> bool:
        """Add an incident GeoPackage or PostGIS schema to the project and filter it."""
        source = as_source(source)
        try:
            open_incident_source(source, self.project)
        except StoreError as error:  # not an incident store, a database error, a read-only old schema
            self.notify(str(error), Qgis.MessageLevel.Warning)
            return False
        index = self.source_combo.findData(source.key)
        if index >= 0:
            self.source_combo.setCurrentIndex(index)
        return True

    @guarded_slot
    def ask_open_postgis(self) -> None:
        from .postgis_dialog import PostgisSourceDialog

        dialog = PostgisSourceDialog(self)
        if dialog.exec() and dialog.source() is not None:
            self.open_source(dialog.source())

    @guarded_slot
    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open incident GeoPackage"), "", tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_geopackage(path)
