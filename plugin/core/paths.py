"""Files shipped with the plugin, found from this file so the folder may have any name."""

from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[2]
RESOURCES = PLUGIN_ROOT / "resources"
ICON_PATH = RESOURCES / "icons" / "incident_atlas.svg"
METADATA_PATH = PLUGIN_ROOT / "metadata.txt"


def plugin_version() -> str:
    for line in METADATA_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return ""


def world_map_path() -> Path:
    """The world map QGIS ships (countries, admin-1 provinces), found through QGIS itself."""
    from qgis.core import QgsApplication

    return Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
