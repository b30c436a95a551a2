"""Run a generator one step ahead on a worker thread, so preparing the next chunk overlaps writing this one."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator

_DONE = object()


class _Failed:
    def __init__(self, error: BaseException):
        self.error = error


def prefetched(items: Iterable, depth: int = 2) -> Iterator:
    """Yield what `items` yields, produced on a worker thread at most `depth` items ahead.

    An exception in the producer is raised here, at the item where it happened. Closing the
    returned generator (or leaving its loop by an exception) stops the producer and waits for it,
    so nothing keeps reading the source once the caller has given up.
    """
    ready: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
        except BaseException as error:  # handed to the consumer, which raises it
            put(_Failed(error))
            return
        put(_DONE)

    worker = threading.Thread(target=produce, name="incident-atlas-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item = ready.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        worker.join()
        close = getattr(items, "close", None)
        if close is not None:
            close()
