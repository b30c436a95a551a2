"""Run every tests/bench/bench_*.py in one QGIS session and print one table.

Each benchmark measures our way and the established way in the same run, because on these
machines ratios hold where absolute times don't. BENCH_ROWS sets the data size (default 1M);
BENCH_SCRATCH=DIR keeps the inputs (CSV, GeoPackage) there between runs. BENCH_ONLY=import,filter
runs only the benchmarks whose file names contain one of those words.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import conftest  # noqa: F401 - makes the plugin importable as incident_atlas
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    rows = int(os.environ.get("BENCH_ROWS", "1000000"))
    results = []
    with tempfile.TemporaryDirectory(prefix="incident-atlas-bench-") as scratch:
        scratch = os.environ.get("BENCH_SCRATCH") or scratch  # a kept folder: its inputs are made once
        only = [word for word in os.environ.get("BENCH_ONLY", "").split(",") if word]
        for path in sorted(HERE.glob("bench_*.py")):
            if only and not any(word in path.stem for word in only):
                continue
            spec = importlib.util.spec_from_file_location(path.stem, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            print(f"running {path.stem} with {rows:,} rows ...", flush=True)
            results.extend(module.run(rows, Path(scratch)))
    header = ("benchmark", "rows", "ours (s)", "established (s)", "speed-up", "notes")
    table = [header] + [
        (
            r["name"],
            f"{r['rows']:,}",
            f"{r['ours']:.2f}",
            f"{r['theirs']:.2f}",
            f"{r['theirs'] / r['ours']:.1f}x",
            r["notes"],
        )
        for r in results
    ]
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
