"""The import-dependency check names missing packages and the exact command to install them."""

import subprocess
import sys

from incident_atlas.plugin.core import dependencies


def test_all_import_packages_present_in_test_environment():
    assert dependencies.missing_import_packages() == []


def test_missing_package_is_reported(monkeypatch):
    monkeypatch.setattr(dependencies, "IMPORT_PACKAGES", ("pandas", "no_such_package_ia"))
    assert dependencies.missing_import_packages() == ["no_such_package_ia"]


def test_install_command_targets_this_python_and_is_runnable():
    command = dependencies.install_command(["shapely"])
    assert command.startswith(sys.executable) or command.startswith(f'"{sys.executable}"')
    assert '"shapely>=2"' in command
    # pip must accept every option we print: a dry run resolves without installing.
    args = [*command.replace('"', "").split(), "--dry-run", "--no-deps", "--quiet"]
    result = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_check_dependencies_algorithm(plugin):
    import processing

    result = processing.run("incidentatlas:checkdependencies", {})
    assert result["READY"] is True
    for name in ("pandas", "shapely", "openpyxl"):
        assert f"{name}: " in result["REPORT"]
    assert "missing" not in result["REPORT"]
