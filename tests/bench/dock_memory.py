"""The dock's first counts of a GeoPackage in a process of its own: how long they take and how much
resident memory they add to QGIS with the layer open.

Usage: python dock_memory.py GPKG columns|lists; prints {"seconds": ..., "mb": ..., "from_cache": ...}.
"columns" is the dock's way (FilterSession.facets, the cache used when there is one); "lists" holds
the same columns as Python lists, the way a plugin without its own columns would.
"""

import json
import os
import sys
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import conftest  # noqa: F401 - makes the plugin importable as incident_atlas
from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()


def resident_mb() -> float:
    status = Path("/proc/self/status").read_text().splitlines()
    return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


gpkg, mode = Path(sys.argv[1]), sys.argv[2]
layer = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
assert layer.isValid() and layer.featureCount() > 0
from incident_atlas.plugin.core.filters import IncidentFilter  # noqa: E402
from incident_atlas.plugin.core.session.filter_session import FilterSession  # noqa: E402
from incident_atlas.plugin.core.trends.overview import TrendSettings  # noqa: E402

before = resident_mb()
started = time.perf_counter()
from_cache = None
if mode == "columns":
    session = FilterSession(gpkg, layer)
    facets = session.facets(IncidentFilter(), TrendSettings())
    from_cache = session.columns().from_cache
    kept = facets
else:
    from incident_atlas.plugin.core.store.column_encoding import TEXT_COLUMNS
    from incident_atlas.plugin.core.store.geopackage_schema import connect_read_only

    names = ", ".join(f'"{c}"' for c in (*TEXT_COLUMNS, "event_date", "fatalities", "geo_precision", "events"))
    with closing(connect_read_only(gpkg)) as db:
        kept = [list(column) for column in zip(*db.execute(f"SELECT {names} FROM incidents").fetchall())]
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "mb": resident_mb() - before, "from_cache": from_cache}))
