"""Every benchmark still runs: on a few thousand rows, in a process of its own (make bench is not part
of make test, so a benchmark broken by a change would otherwise go unseen until someone measures)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from subprocess import PIPE

import pytest
from processes import communicate_all, running

BENCH = Path(__file__).resolve().parent / "bench"


@pytest.mark.slow
@pytest.mark.system
def test_every_benchmark_runs_on_a_small_sample():
    env = {**os.environ, "BENCH_ROWS": "3000", "QT_QPA_PLATFORM": "offscreen"}
    with running([sys.executable, str(BENCH / "run.py")], env=env, stdout=PIPE, stderr=PIPE, text=True) as process:
        ((out, err),) = communicate_all([process], timeout=900)
    assert process.returncode == 0, err[-3000:]
    ran = set(re.findall(r"running (bench_\w+) with", out))
    assert ran == {path.stem for path in BENCH.glob("bench_*.py")}
    table = out[out.index("benchmark  ") :].splitlines()[1:]
    assert len(table) >= len(ran) and all(re.search(r"\d+\.\dx", line) for line in table)
