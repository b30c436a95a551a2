"""Build the plugin zip, a plugin repository (the zip and plugins.xml), or copy the plugin into a QGIS profile.

All use the same file selection: what a user needs and nothing else.
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree

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


def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def version() -> str:
    return metadata()["version"]


def build_zip(output: Path, as_version: str | None = None) -> Path:
    """The zip; as_version writes another version into its metadata.txt (to test an upgrade)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in plugin_files():
            name = f"{PLUGIN_NAME}/{rel.as_posix()}"
            if as_version and rel == Path("metadata.txt"):
                text = (ROOT / rel).read_text(encoding="utf-8")
                archive.writestr(name, text.replace(f"version={version()}\n", f"version={as_version}\n", 1))
            else:
                archive.write(ROOT / rel, name)
    tmp.replace(output)
    return output


# The elements of plugins.qgis.org's plugins.xml that QGIS's installer reads (pyplugin_installer/installer_data.py).
XML_FIELDS = (
    ("description", "description"),
    ("about", "about"),
    ("qgis_minimum_version", "qgisMinimumVersion"),
    ("qgis_maximum_version", "qgisMaximumVersion"),
    ("homepage", "homepage"),
    ("author_name", "author"),
    ("author_email", "email"),
    ("experimental", "experimental"),
    ("deprecated", "deprecated"),
    ("tracker", "tracker"),
    ("repository", "repository"),
    ("tags", "tags"),
    ("changelog", "changelog"),
    ("category", "category"),
    ("server", "server"),
)


def plugins_xml(base_url: str, file_name: str, plugin_version: str) -> str:
    """The repository's plugins.xml for one zip, as plugins.qgis.org writes it."""
    meta = metadata()
    root = ElementTree.Element("plugins")
    node = ElementTree.SubElement(
        root, "pyqgis_plugin", name=meta["name"], version=plugin_version, plugin_id=PLUGIN_NAME
    )
    today = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    values = {element: meta.get(key, "") for element, key in XML_FIELDS}
    values.update(
        version=plugin_version,
        file_name=file_name,
        download_url=f"{base_url.rstrip('/')}/{file_name}",
        icon=meta.get("icon", ""),
        uploaded_by=meta.get("author", ""),
        create_date=today,
        update_date=today,
        trusted="False",
        downloads="0",
        average_vote="0",
        rating_votes="0",
        external_dependencies=meta.get("plugin_dependencies", ""),
    )
    for element, value in values.items():
        ElementTree.SubElement(node, element).text = value
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def build_repository(folder: Path, base_url: str, as_version: str | None = None) -> Path:
    """folder/plugins.xml and the zip it names (as plugins.qgis.org names them: key.version.zip)."""
    plugin_version = as_version or version()
    file_name = f"{PLUGIN_NAME}.{plugin_version}.zip"
    build_zip(folder / file_name, as_version)
    xml = folder / "plugins.xml"
    xml.write_text(plugins_xml(base_url, file_name, plugin_version), encoding="utf-8")
    return xml


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
    repository_cmd = sub.add_parser("repository")
    repository_cmd.add_argument("--output", type=Path, default=ROOT / "dist")
    repository_cmd.add_argument("--url", required=True, help="where the folder is served: the zip's download URL")
    repository_cmd.add_argument("--as-version", help="another version in the zip and the XML (to test upgrades)")
    install_cmd = sub.add_parser("install")
    install_cmd.add_argument("--profile-dir", type=Path, required=True)
    install_cmd.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "zip":
        print(build_zip(args.output.resolve()))
    elif args.command == "repository":
        print(build_repository(args.output.resolve(), args.url, args.as_version))
    else:
        target = install(args.profile_dir.resolve())
        if not args.quiet:
            print(f"Installed into {target}; enable 'Incident Atlas' in QGIS's plugin manager if it is off.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
