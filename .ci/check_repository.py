"""Scan a plugin zip as plugins.qgis.org scans an upload, and fail where the site would block it.

What the site runs (security_scanner.py, rules in plugin_site_rules.json): Bandit with its enabled tests
at every severity (any result fails the scan), detect-secrets over every file but metadata.txt, Flake8
(informational), no hidden files, no executables or shell scripts, no executable .py files. This project
adds two rules of its own: the site's mandatory Bandit tests are run again with --ignore-nosec (they are
never waived), and every `nosec` in the code names B608 and gives its reason.

Usage: check_repository.py PLUGIN.zip     exit status 1 when anything would block the upload.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

RULES = json.loads((Path(__file__).with_name("plugin_site_rules.json")).read_text(encoding="utf-8"))
TOOLS = Path(sys.executable).parent  # bandit, detect-secrets and flake8 of this venv
ALLOWED_NOSEC = re.compile(r"#\s*nosec B608: \S")


def tool(name: str) -> str:
    found = TOOLS / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def bandit(folder: Path, tests: list[str], ignore_nosec: bool = False) -> list[dict]:
    command = [tool("bandit"), "-r", str(folder), "-f", "json", "--quiet", "-t", ",".join(tests)]
    if ignore_nosec:
        command.append("--ignore-nosec")
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if not done.stdout.strip():
        raise SystemExit(f"Bandit gave no report: {done.stderr.strip()[:500]}")
    return json.loads(done.stdout)["results"]


def secrets(folder: Path) -> list[tuple[str, int, str]]:
    command = [tool("detect-secrets"), "scan", "--all-files", "--exclude-files", RULES["detect_secrets_exclude_files"]]
    done = subprocess.run([*command, "."], cwd=folder, capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"detect-secrets failed: {done.stderr.strip()[:500]}")
    results = json.loads(done.stdout).get("results", {})
    return [
        (path, found.get("line_number", 0), found.get("type", "")) for path, items in results.items() for found in items
    ]


def flake8(folder: Path) -> list[str]:
    python_files = [str(path) for path in sorted(folder.rglob("*.py"))]
    command = [tool("flake8"), f"--max-line-length={RULES['flake8_max_line_length']}", *python_files]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    return [line.replace(str(folder) + "/", "") for line in done.stdout.splitlines() if line.strip()]


def file_findings(archive: zipfile.ZipFile) -> list[str]:
    findings = []
    for info in archive.infolist():
        name = Path(info.filename).name
        if name.startswith(".") and name not in RULES["hidden_files_allowed"]:
            findings.append(f"{info.filename}: hidden file")
        if info.filename.lower().endswith(tuple(RULES["suspicious_extensions"])):
            findings.append(f"{info.filename}: executable or script")
        if info.filename.endswith(".py") and (info.external_attr >> 16) & 0o111:
            findings.append(f"{info.filename}: executable .py file")
    return findings


def waivers(folder: Path) -> list[str]:
    """Every nosec that is not a B608 with its reason."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "nosec" in line and not ALLOWED_NOSEC.search(line):
                found.append(f"{path.relative_to(folder)}:{number}: {line.strip()}")
    return found


def check(package: Path) -> list[str]:
    """What would block the upload, one line each; empty when the site would accept it."""
    blocking = []
    with tempfile.TemporaryDirectory(prefix="plugin-scan-") as scratch:
        folder = Path(scratch)
        with zipfile.ZipFile(package) as archive:
            blocking += file_findings(archive)
            archive.extractall(folder)
        for issue in bandit(folder, RULES["bandit_enabled"]):
            where = f"{Path(issue['filename']).relative_to(folder)}:{issue['line_number']}"
            blocking.append(f"{where}: Bandit {issue['test_id']} {issue['issue_text']}")
        for issue in bandit(folder, RULES["bandit_mandatory"], ignore_nosec=True):
            where = f"{Path(issue['filename']).relative_to(folder)}:{issue['line_number']}"
            blocking.append(f"{where}: Bandit {issue['test_id']} (mandatory, never waived) {issue['issue_text']}")
        blocking += [f"{line}: a waiver other than B608 with its reason" for line in waivers(folder)]
        blocking += [f"{path}:{line}: detect-secrets {kind}" for path, line, kind in secrets(folder)]
        style = flake8(folder)
        print(f"Flake8 (informational, as on the site): {len(style)} findings")
        for line in style[:20]:
            print(f"  {line}")
    return blocking


def main() -> int:
    package = Path(sys.argv[1])
    blocking = check(package)
    for line in blocking:
        print(line)
    enabled, mandatory = len(RULES["bandit_enabled"]), len(RULES["bandit_mandatory"])
    if blocking:
        print(f"{package.name}: {len(blocking)} findings would block the upload to plugins.qgis.org")
        return 1
    print(f"{package.name}: nothing would block the upload (Bandit {enabled} rules, {mandatory} never waived;")
    print("detect-secrets; no hidden, executable or script files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
