"""Processes a test starts end with the test, whatever happens: killed and reaped on failure or timeout."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess


@contextlib.contextmanager
def running(args, **popen_options):
    """Popen in a session of its own; on leaving, the whole process group is killed if still alive, then reaped."""
    process = subprocess.Popen(args, start_new_session=True, **popen_options)
    try:
        yield process
    finally:
        end(process)


def end(process: subprocess.Popen) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def communicate_all(processes, timeout: float) -> list[tuple[str, str]]:
    """Output of every process, each within what is left of one shared timeout (TimeoutExpired if not)."""
    import time

    deadline = time.monotonic() + timeout
    return [process.communicate(timeout=max(deadline - time.monotonic(), 0.1)) for process in processes]
