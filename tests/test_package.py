"""The zip `make package` builds passes the plugin repository's upload checks and loads in QGIS."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO_ROOT, metadata
from helpers import QGIS_PROCESS

MAX_ZIP_BYTES = 25 * 1024 * 1024


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("dist") / f"incident_atlas-{metadata()['version']}.zip"
    subprocess.run([sys.executable, str(REPO_ROOT / ".ci" / "package.py"), "zip", "--output", str(output)], check=True)
    return output


def test_zip_passes_plugin_repository_checks(plugin_zip):
    assert plugin_zip.stat().st_size <= MAX_ZIP_BYTES
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    tops = {name.split("/")[0] for name in names}
    assert tops == {"incident_atlas"}
    (top,) = tops  # the repository's rule for the plugin's folder name, applied to what the zip holds
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]+", top)
    for name in names:
        assert not name.startswith("/") and ".." not in name.split("/"), name
        parts = name.split("/")
        assert not any(p in ("__pycache__", ".git", "__MACOSX") for p in parts), name
        assert not name.endswith((".pyc", ".pyo")), name
        assert not any(p.startswith(".") for p in parts), name
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        assert f"incident_atlas/{required}" in names
    assert f"incident_atlas/{metadata()['icon']}" in names


def test_zip_holds_what_a_user_needs_and_nothing_else(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = set(archive.namelist())
    assert "incident_atlas/plugin/incident_atlas.py" in names
    assert "incident_atlas/plugin/processing/provider.py" in names
    for unwanted in (
        "tests/",
        "Makefile",
        ".ci/",
        ".ruff.toml",
        ".gitignore",
        "build/",
        "dist/",
        "demo/",
        "resources/screenshots/",
    ):
        assert not any(n.startswith(f"incident_atlas/{unwanted}") for n in names), unwanted
    shipped_ts = {n for n in names if n.endswith(".ts")}
    assert not shipped_ts, "translations ship compiled (.qm), not as sources"
    for qm in (REPO_ROOT / "i18n").glob("*.qm"):
        assert f"incident_atlas/i18n/{qm.name}" in names


@pytest.mark.system
def test_zip_loads_from_a_fresh_profile(plugin_zip, tmp_path):
    """Unzipped into an empty profile's python/plugins, QGIS finds, enables and runs the provider."""
    config = tmp_path / "qgis-config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nincident_atlas=true\n", encoding="utf-8")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    # The venv's site-packages are not on QGIS's path; scrub PYTHONPATH so only the profile counts.
    env.pop("PYTHONPATH", None)

    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=300)
    assert listing.returncode == 0, listing.stderr
    assert "incidentatlas:checkdependencies" in listing.stdout

    run = subprocess.run(
        [QGIS_PROCESS, "--json", "run", "incidentatlas:checkdependencies"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout[run.stdout.index("{") :])
    assert result["algorithm_details"]["id"] == "incidentatlas:checkdependencies"
    assert "READY" in result["results"]
    report = result["results"]["REPORT"]
    assert "shapely" in report


def site_scan():
    """.ci/check_repository.py: the zip scanned as plugins.qgis.org scans an upload."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_repository", REPO_ROOT / ".ci" / "check_repository.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow  # 10 s each; `make test` runs them, and the gate itself (check-repository)
def test_the_site_s_scan_finds_nothing_to_block_in_the_zip(plugin_zip):
    assert site_scan().check(plugin_zip) == []


@pytest.mark.slow  # 10 s each; `make test` runs them, and the gate itself (check-repository)
def test_the_site_s_scan_blocks_what_the_site_blocks_and_waivers_other_than_b608(plugin_zip, tmp_path):
    """A zip with one of each: the scan names every one, as the upload would be blocked for it."""
    planted = tmp_path / "planted.zip"
    with zipfile.ZipFile(plugin_zip) as original, zipfile.ZipFile(planted, "w") as archive:
        for item in original.infolist():
            archive.writestr(item, original.read(item))
        archive.writestr("incident_atlas/plugin/core/evil.py", "def run(text):\n    return eval(text)  # nosec B307\n")
        archive.writestr(
            "incident_atlas/plugin/core/quiet.py",
            "def check(value):\n    assert value  # nosec B101\n    return f'SELECT * FROM t WHERE a = {value}'\n",
        )
        archive.writestr("incident_atlas/resources/keys.txt", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n")
        archive.writestr("incident_atlas/.env", "x=1\n")
        archive.writestr("incident_atlas/build.sh", "echo\n")
        runnable = zipfile.ZipInfo("incident_atlas/plugin/run.py")
        runnable.external_attr = 0o100755 << 16
        archive.writestr(runnable, "print(1)\n")
    found = "\n".join(site_scan().check(planted))
    assert "evil.py:2: Bandit B307 (mandatory, never waived)" in found  # its nosec does not count
    assert "quiet.py:3: Bandit B608" in found  # SQL built from a value
    assert "quiet.py:2: assert value  # nosec B101: a waiver other than B608" in found
    assert "keys.txt:1: detect-secrets AWS Access Key" in found
    assert "incident_atlas/.env: hidden file" in found
    assert "incident_atlas/build.sh: executable or script" in found
    assert "incident_atlas/plugin/run.py: executable .py file" in found
