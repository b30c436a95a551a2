"""metadata.txt holds what the official plugin repository requires."""

import re

from conftest import REPO_ROOT, metadata, version_tuple

MANDATORY = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
)
RECOMMENDED = ("qgisMaximumVersion", "homepage", "tracker", "tags", "category", "icon", "changelog")


def test_mandatory_and_recommended_fields_are_filled():
    meta = metadata()
    for key in MANDATORY + RECOMMENDED:
        assert meta.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert meta["name"] == "Incident Atlas"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["supportsQt6"] == "True"  # QGIS 4's plugin manager offers only plugins that say so
    assert meta["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", meta["email"])
    for key in ("homepage", "tracker", "repository"):
        assert meta[key].startswith("https://")


def test_about_names_the_python_packages_import_needs():
    about = metadata()["about"]
    for package in ("pandas", "shapely", "openpyxl"):
        assert package in about


def test_icon_exists():
    assert (REPO_ROOT / metadata()["icon"]).is_file()


def test_changelog_mentions_current_version():
    version = metadata()["version"]
    assert version in metadata()["changelog"]
    assert version in (REPO_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_running_qgis_is_within_supported_range():
    from qgis.core import Qgis

    meta = metadata()
    running = version_tuple(Qgis.QGIS_VERSION)
    assert version_tuple(meta["qgisMinimumVersion"]) <= running <= version_tuple(meta["qgisMaximumVersion"])
