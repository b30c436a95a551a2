"""Long work as QgsTask: progress in QGIS's task manager, cancel honoured, UI thread free."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QObject, QThread

from .log import log


class FeedbackTask(QgsTask):
    """A cancellable task whose work reports through a QgsFeedback; errors end up in `error`."""

    expected_errors: tuple[type[Exception], ...] = ()
    what = "Work"

    def __init__(self, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.error: str | None = None
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def work(self) -> None:
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.work()
        except self.expected_errors as error:
            self.error = str(error)
            return False
        except Exception as error:  # reported in the message bar; QGIS must not go down
            self.error = str(error) or error.__class__.__name__
            log(f"{self.what} failed: {self.error}", Qgis.MessageLevel.Critical)
            return False
        return True


class ImportTask(FeedbackTask):
    """Runs import_incidents in the background; the controller reads `result` or `error` after."""

    what = "Import"

    def __init__(self, options, description: str):
        from .errors import ImportCancelledError

        super().__init__(description)
        self.expected_errors = (ImportCancelledError,)
        self.options = options
        self.result = None

    def work(self) -> None:
        from .ingest.importer import import_incidents

        self.result = import_incidents(self.options, self.feedback)


class DownloadTask(FeedbackTask):
    """Runs a download (every page, then one import) in the background; the account was read on the
    main thread, since reading QGIS's authentication database may ask for its master password."""

    what = "Download"

    def __init__(self, query, output, account, update: bool, description: str, **import_options):
        from .errors import ImportCancelledError, SourceError

        super().__init__(description)
        self.expected_errors = (ImportCancelledError, SourceError)
        self.query, self.output, self.account, self.update = query, output, account, update
        self.import_options = import_options
        self.result = None

    def work(self) -> None:
        from .download.download import download

        self.result = download(
            self.query, self.output, self.account, self.feedback, update=self.update, **self.import_options
        )


def _thread_bound_objects(layout) -> list:
    """The layout and every parentless QObject it drives: items, pages and multiframes.

    Layout items are not QObject children of their layout, so moving the layout alone leaves them
    on the GUI thread: queued slots then ran there while the worker rendered, and pages the layout
    released with deleteLater() outlived it there (a segfault in QgsLayout::guides()).
    """
    objects = [layout]
    objects += [item for item in layout.items() if isinstance(item, QObject)]
    objects += list(layout.multiFrames())
    seen, bound = set(), []
    for obj in objects:
        if id(obj) not in seen and (obj is layout or obj.parent() is None):
            seen.add(id(obj))
            bound.append(obj)
    return bound


def layers_drawn(layout) -> list:
    """Every layer the layout shows: its maps' layers, the atlas coverage layer and legend entries."""
    from qgis.core import QgsLayoutItemLegend, QgsLayoutItemMap

    layers = []

    def add(candidates) -> None:
        layers.extend(layer for layer in candidates if layer is not None and layer not in layers)

    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap):
            # A map without its own layer set draws the project's visible layers.
            add(item.layers() or list(layout.project().mapLayers().values()))
        elif isinstance(item, QgsLayoutItemLegend):
            add(node.layer() for node in item.model().rootGroup().findLayers())
    if hasattr(layout, "atlas"):
        add([layout.atlas().coverageLayer()])
    return layers


def _copy_in_own_project(layout, drawn: list):
    """A copy of the layout drawing copies of its layers (`drawn`), in a project of its own.

    Layout items build their expression contexts from their project while they render; on
    QGIS 3.22 QgsProject builds and resets that scope lazily and unguarded, so the worker reading
    the analyst's project while the GUI thread touched it crashed now and then. Nothing on the GUI
    thread touches this project or these layers. clone() cannot copy a memory layer's features:
    a layout drawing one is copied the plain way.
    """
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    source = layout.project()
    if any(layer.providerType() == "memory" for layer in drawn):
        return None, layout.clone()
    own = QgsProject()
    own.setCrs(source.crs())
    own.setEllipsoid(source.ellipsoid())
    own.setTransformContext(source.transformContext())
    own.setTitle(source.title())
    own.setCustomVariables(source.customVariables())
    drawn_ids = {layer.id() for layer in drawn}
    order = [layer for layer in source.layerTreeRoot().layerOrder() if layer.id() in drawn_ids]
    order += [layer for layer in drawn if layer not in order]
    copies = {layer.id(): layer.clone() for layer in order}
    own.addMapLayers(list(copies.values()), True)
    context = QgsReadWriteContext()
    context.setPathResolver(source.pathResolver())
    document = QDomDocument()
    document.appendChild(layout.writeLayoutXml(document, context))
    text = document.toString()
    for layer_id, copy_layer in copies.items():  # ids end in a UUID: a plain replace is exact
        text = text.replace(layer_id, copy_layer.id())
    document = QDomDocument()
    document.setContent(text)
    copy = QgsPrintLayout(own)
    _items, ok = copy.loadFromTemplate(document, context, True)
    if not ok:
        raise RuntimeError("the layout could not be copied for export")
    return own, copy


def _initialise_legends(layout) -> None:
    """Build each legend's model now, on the GUI thread.

    QGIS 3.3x+ builds a legend's layer tree model lazily, on first paint: on the worker that would
    parent new legend nodes to a model living on the GUI thread."""
    from qgis.core import QgsLayoutItemLegend

    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            item.model()


def _move_to_thread(objects, thread) -> None:
    for obj in objects:
        obj.moveToThread(thread)


class ExportTask(FeedbackTask):
    """Exports a copy of a layout in the background, as QGIS's own export algorithms do."""

    what = "Export"

    def __init__(self, layout, output, dpi: int, description: str):
        from .maps.layout import ExportError

        super().__init__(description)
        self.expected_errors = (ExportError,)
        # A copy the worker adopts whole while it renders, and hands back to the GUI thread when
        # done, so it is released there with nothing of it left behind on the worker.
        # QGIS desktop refuses to open or close a project while a task depends on its layers, and
        # the task manager cancels such a task when those layers are about to be removed.
        drawn = layers_drawn(layout)
        self.setDependentLayers(drawn)
        self.project, self.layout = _copy_in_own_project(layout, drawn)
        _initialise_legends(self.layout)
        self.gui_thread = QThread.currentThread()
        _move_to_thread(_thread_bound_objects(self.layout), None)
        self.output = output
        self.dpi = dpi

    def work(self) -> None:
        from .maps.layout import export_layout

        bound = _thread_bound_objects(self.layout)
        _move_to_thread(bound, QThread.currentThread())
        try:
            export_layout(self.layout, self.output, self.dpi, self.feedback)
        finally:
            _move_to_thread(bound, self.gui_thread)

    def finished(self, result: bool) -> None:
        self.layout = None  # the copy first, then the project its items refer to
        self.project = None
