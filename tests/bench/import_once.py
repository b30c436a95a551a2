"""One import in a process of its own, so its peak memory is the importer's and nothing else's.

Usage: python import_once.py SOURCE.csv OUTPUT.gpkg; prints {"seconds": ..., "peak_mb": ...}.
OUTPUT may be postgres:<connection>/<schema> with the connection's URI in INCIDENT_ATLAS_PG_URI; the
connection is then saved in the QGIS settings this process uses (set QGIS_CUSTOM_CONFIG_PATH).
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import conftest  # noqa: F401 - makes the plugin importable as incident_atlas
from qgis.core import QgsApplication

app = QgsApplication([], False)
app.initQgis()
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents  # noqa: E402
from incident_atlas.plugin.core.store.postgis import PostgresSource  # noqa: E402

output = PostgresSource.from_key(sys.argv[2]) or Path(sys.argv[2])
if isinstance(output, PostgresSource):
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(os.environ["INCIDENT_ATLAS_PG_URI"], {"saveUsername": True})
    metadata.saveConnection(connection, output.connection)
dataset = os.environ.get("INCIDENT_ATLAS_DATASET") or None
started = time.perf_counter()
result = import_incidents(ImportOptions(source=Path(sys.argv[1]), output=output, dataset_name=dataset))
seconds = time.perf_counter() - started
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent that started this process.
peak = (
    next(
        int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM")
    )
    / 1024
)
print(json.dumps({"seconds": seconds, "peak_mb": peak, "imported": result.imported, "inserted": result.inserted}))
