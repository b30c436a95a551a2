"""make demo: the synthetic sample GeoPackage, and ISIS attacks by governorate in Q1 2020 as PDF and PNG."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plugins = Path(tempfile.mkdtemp(prefix="incident-atlas-demo-"))
    (plugins / "incident_atlas").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    sys.path.insert(0, str(ROOT / "tests"))  # the sample data recipe lives with the tests
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
    from incident_atlas.plugin.core.maps.map_export import export_map
    from incident_atlas.plugin.core.paths import plugin_version
    from sample_data import build_sample_geopackage

    demo = ROOT / "demo"
    gpkg = build_sample_geopackage(demo / "incident-atlas-sample.gpkg", plugin_version=plugin_version())
    isis_q1 = IncidentFilter(
        actors=("ISIS",),
        actor_role="primary",
        date_from=date(2020, 1, 1),
        date_to=date(2020, 3, 31),
        alias_groups=DEFAULT_ALIAS_GROUPS,
    )
    pdf = export_map(gpkg, isis_q1, demo / "incident-atlas-demo.pdf", dpi=300)  # print quality
    brief = export_map(gpkg, isis_q1, demo / "incident-atlas-brief.pdf", template="brief", dpi=300)
    for page in (pdf, brief):
        png = page.with_suffix(".png")
        if shutil.which("pdftoppm"):
            command = ["pdftoppm", "-png", "-r", "110", "-singlefile", str(page), str(png.with_suffix(""))]
            subprocess.run(command, check=True)
        else:
            export_map(gpkg, isis_q1, png, dpi=110, template="brief" if page == brief else "a4_landscape")
    print(f"Sample incident GeoPackage (synthetic): {gpkg}")
    print(f"ISIS attacks by governorate, Q1 2020:    {pdf}")
    print(f"Brief: change against the quarter before: {brief}")
    print(f"The same pages as PNG:                   {pdf.with_suffix('.png')}, {brief.with_suffix('.png')}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
