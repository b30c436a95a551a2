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


def qgis_desktop(driver, config, timeout: float, **environment) -> tuple[int, str]:
    """Real QGIS desktop under Xvfb with settings folder config, running driver (`qgis --code`), the IA_*
    values in its environment; (exit status, stderr). None as the status when it did not end in time."""
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="xcb", **environment)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis", "--nologo", "--noversioncheck"]
    with running([*command, "--code", str(driver)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as qgis:
        try:
            _out, err = qgis.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, ""
    return qgis.returncode, err.decode(errors="replace")
