"""make demo: build the synthetic sample GeoPackage and render a styled map of it, headless."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plugins = Path(tempfile.mkdtemp(prefix="incident-atlas-demo-"))
    (plugins / "incident_atlas").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from incident_atlas.plugin.core.map_render import render_geopackage_png
    from incident_atlas.plugin.core.paths import plugin_version
    from incident_atlas.plugin.core.sample_data import build_sample_geopackage

    demo = ROOT / "demo"
    gpkg = build_sample_geopackage(demo / "incident-atlas-sample.gpkg", plugin_version=plugin_version())
    png = render_geopackage_png(gpkg, demo / "incident-atlas-sample-map.png")
    print(f"Sample incident GeoPackage: {gpkg}")
    print(f"Styled map (default styles):  {png}")
    print("The print layout export (PDF/SVG, atlas) comes with the layout change; this PNG is the styled map.")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
