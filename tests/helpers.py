"""What several test modules use: waiting for the dock, finding list items, counting signal
connections, and where qgis_process is."""

from __future__ import annotations

import shutil
import time

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QMetaMethod, Qt

# Debian 12's /usr/bin/qgis_process passes an option the binary rejects.
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


def settle(dock, timeout=10.0):
    """Let the debounce fire and the worker's counts arrive, as the event loop would."""
    deadline = time.monotonic() + timeout
    QCoreApplication.processEvents()
    while dock.debounce.isActive() or dock.facets_pending():
        assert time.monotonic() < deadline
        QCoreApplication.processEvents()
        time.sleep(0.02)
    QCoreApplication.processEvents()


def item(check_list, value):
    matches = [i for i in check_list.items() if i.data(Qt.ItemDataRole.UserRole) == value]
    assert matches, f"{value!r} is not listed"
    return matches[0]


def signal_receivers(obj) -> dict[str, int]:
    """How many slots each signal of obj has: a leaked connection shows up as a higher count."""
    meta = obj.metaObject()
    counts = {}
    for index in range(meta.methodCount()):
        method = meta.method(index)
        if method.methodType() != QMetaMethod.MethodType.Signal:
            continue
        name = bytes(method.name()).decode()
        signal = getattr(obj, name, None)
        if signal is None:
            continue
        try:
            counts[bytes(method.methodSignature()).decode()] = obj.receivers(signal)
        except TypeError:  # overloaded signals without a default overload
            continue
    return counts


def watched_objects(iface) -> dict[str, object]:
    return {
        "project": QgsProject.instance(),
        "processing registry": QgsApplication.processingRegistry(),
        "canvas": iface.mapCanvas(),
    }


def snapshot(iface) -> dict[str, dict[str, int]]:
    return {name: signal_receivers(obj) for name, obj in watched_objects(iface).items()}


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def choose_isis(dock, start, end) -> None:
    """ISIS as primary actor over [start, end] (QDate), set in the dock's widgets, counts settled."""
    item(dock.actors.list, "ISIS").setCheckState(Qt.CheckState.Checked)
    dock.actors.role.setCurrentIndex(dock.actors.role.findData("primary"))
    dock.dates.date_from.setDate(start)
    dock.dates.date_to.setDate(end)
    settle(dock)


def province_id(source, name: str, country: str | None = None) -> int:
    """The id of the one province of the store with this name (and country, where given)."""
    from incident_atlas.plugin.core.store import queries

    (found,) = [p.id for p in queries.provinces(source) if p.name == name and country in (None, p.country)]
    return found


def counts_by_name(counts: dict, source) -> dict:
    """A count keyed by province id, keyed by name instead (for stores where names are unique)."""
    from incident_atlas.plugin.core.store import queries

    names = {p.id: p.name for p in queries.provinces(source)}
    assert len(set(names.values())) == len(names), "names recur: compare by id"
    return {names[key]: value for key, value in counts.items()}
