"""Build the plugin zip, or copy the plugin into a QGIS profile.

Both use the same file selection: what a user needs and nothing else.
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_NAME = "incident_atlas"
TOP_FILES = ("metadata.txt", "__init__.py", "LICENSE", "README.md", "CHANGELOG.md")
CODE_SUFFIXES = {".py", ".ui"}
RESOURCE_SUFFIXES = {".svg", ".png", ".qml", ".qpt", ".json", ".csv", ".gpkg", ".txt", ".md"}


def plugin_files() -> list[Path]:
    """Paths relative to the checkout that belong in an installed plugin."""
    files = [Path(name) for name in TOP_FILES]
    files += [p.relative_to(ROOT) for p in sorted((ROOT / "plugin").rglob("*")) if p.suffix in CODE_SUFFIXES]
    files += [
        p.relative_to(ROOT)
        for p in sorted((ROOT / "resources").rglob("*"))
        if p.is_file() and p.suffix in RESOURCE_SUFFIXES and "screenshots" not in p.parts  # README images
    ]
    files += [p.relative_to(ROOT) for p in sorted((ROOT / "i18n").glob("*.qm"))]
    return [f for f in files if "__pycache__" not in f.parts and not any(part.startswith(".") for part in f.parts)]


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def build_zip(output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in plugin_files():
            archive.write(ROOT / rel, f"{PLUGIN_NAME}/{rel.as_posix()}")
    tmp.replace(output)
    return output


def install(profile_dir: Path) -> Path:
    """Copy the plugin into profile_dir/python/plugins and enable it in that profile's settings."""
    target = profile_dir / "python" / "plugins" / PLUGIN_NAME
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    for rel in plugin_files():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target / rel)
    ini = profile_dir / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = configparser.ConfigParser(interpolation=None)
    settings.optionxform = str  # QGIS keys are case-sensitive
    if ini.exists():
        settings.read(ini, encoding="utf-8")
    if not settings.has_section("PythonPlugins"):
        settings.add_section("PythonPlugins")
    settings.set("PythonPlugins", PLUGIN_NAME, "true")
    with ini.open("w", encoding="utf-8") as handle:
        settings.write(handle, space_around_delimiters=False)
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    zip_cmd = sub.add_parser("zip")
    zip_cmd.add_argument("--output", type=Path, default=ROOT / "dist" / f"{PLUGIN_NAME}-{version()}.zip")
    install_cmd = sub.add_parser("install")
    install_cmd.add_argument("--profile-dir", type=Path, required=True)
    install_cmd.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "zip":
        print(build_zip(args.output.resolve()))
    else:
        target = install(args.profile_dir.resolve())
        if not args.quiet:
            print(f"Installed into {target}; enable 'Incident Atlas' in QGIS's plugin manager if it is off.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
