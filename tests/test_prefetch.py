"""The importer prepares the next chunk on a worker thread: order, errors and early exits."""

import threading
import time

import pytest
from incident_atlas.plugin.core.ingest.prefetch import prefetched


def test_items_arrive_in_order_from_another_thread():
    threads = set()

    def numbers():
        for number in range(100):
            threads.add(threading.current_thread().name)
            yield number

    assert list(prefetched(numbers())) == list(range(100))
    assert threads == {"incident-atlas-prefetch"}


def test_an_error_in_the_producer_is_raised_to_the_consumer_after_what_came_before():
    def failing():
        yield 1
        yield 2
        raise ValueError("line 3 is not a date")

    received = []
    with pytest.raises(ValueError, match="line 3 is not a date"):
        for item in prefetched(failing()):
            received.append(item)
    assert received == [1, 2]


def test_leaving_early_stops_the_producer_and_closes_the_source():
    produced, closed = [], threading.Event()

    def endless():
        try:
            number = 0
            while True:
                produced.append(number)
                yield number
                number += 1
        finally:
            closed.set()

    for item in prefetched(endless(), depth=2):
        if item == 5:
            break  # as a cancel does
    assert closed.is_set()
    count = len(produced)
    time.sleep(0.2)
    assert len(produced) == count <= 5 + 1 + 2 + 1  # at most the queue depth ahead, then nothing
    assert not any(t.name == "incident-atlas-prefetch" for t in threading.enumerate())
