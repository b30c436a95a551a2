"""Which optional Python packages the bulk importer needs, and how to get them."""

from __future__ import annotations

import importlib
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from .i18n import tr

# Bulk import needs these (geopandas brings both); opening, filtering, styling and exporting
# need only PyQGIS. openpyxl is needed only to read GTD's .xlsx workbook.
IMPORT_PACKAGES = ("pandas", "shapely")
OPTIONAL_PACKAGES = ("openpyxl",)
# Distributions' own packages can be too old (Debian 12 ships shapely 1.8).
PIP_REQUIREMENTS = {"pandas": "pandas>=1.3", "shapely": "shapely>=2", "openpyxl": "openpyxl"}


@dataclass(frozen=True)
class PackageStatus:
    name: str
    version: str | None

    @property
    def available(self) -> bool:
        return self.version is not None


def package_status(name: str) -> PackageStatus:
    try:
        module = importlib.import_module(name)
    except Exception:  # a broken install is as missing as an absent one
        return PackageStatus(name, None)
    version = str(getattr(module, "__version__", "unknown"))
    if name == "shapely" and version.split(".")[0].isdigit() and int(version.split(".")[0]) < 2:
        return PackageStatus(name, None)  # the vectorised API the importer uses arrived in 2.0
    return PackageStatus(name, version)


def missing_import_packages() -> list[str]:
    return [name for name in IMPORT_PACKAGES if not package_status(name).available]


def qgis_python() -> str:
    """The interpreter QGIS embeds: inside QGIS, sys.executable is QGIS itself."""
    executable = Path(sys.executable)
    if executable.name.lower().startswith("python"):
        return str(executable)
    prefix = Path(sys.exec_prefix)
    for candidate in (prefix / "bin" / "python3", prefix / "python.exe", prefix / "bin" / "python"):
        if candidate.exists():
            return str(candidate)
    return "python3"


def install_command(packages: list[str] | tuple[str, ...] = IMPORT_PACKAGES) -> str:
    """The exact command that installs `packages` into the Python QGIS runs on."""
    requirements = " ".join(f'"{PIP_REQUIREMENTS.get(name, name)}"' for name in packages)
    python = qgis_python()
    if " " in python:
        python = f'"{python}"'
    # Debian and Ubuntu mark their Python as externally managed (PEP 668); --user keeps it out of /usr.
    managed = Path(sysconfig.get_paths()["stdlib"], "EXTERNALLY-MANAGED").exists()
    extra = " --break-system-packages" if managed else ""
    return f"{python} -m pip install --user{extra} {requirements}"


def missing_packages_message() -> str:
    """Why importing cannot run here and the exact command that fixes it; "" when it can."""
    missing = missing_import_packages()
    if not missing:
        return ""
    return tr("Importing needs the Python packages {0}. Install them with: {1}").format(
        ", ".join(missing), install_command(missing)
    )
