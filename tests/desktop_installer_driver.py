"""Run inside real QGIS desktop (`qgis --code`): install Incident Atlas from a plugin repository with QGIS's own
installer (pyplugin_installer), set the analyst's settings, upgrade it from a newer repository, uninstall it.

Environment: IA_REPORT (the JSON report), IA_SERVED (the folder the repository server serves), IA_NEWER (a folder
holding the next version's plugins.xml and zip, copied over the served one before the upgrade).
"""

import json
import os
import shutil
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

KEY = "incident_atlas"
report = {}


def plugins_folder() -> Path:
    """The profile's python/plugins (qgis.utils.home_plugin_path, gone from QGIS 3.44's Python)."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "python" / "plugins"


def finish(error: str = "") -> None:
    if error:
        report["error"] = error
    with open(os.environ["IA_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    os._exit(0)


def ours() -> dict:
    """What of the plugin is in QGIS's window and registries now."""
    iface = qgis.utils.iface
    window = iface.mainWindow()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    return {
        "loaded": KEY in qgis.utils.plugins,
        "docks": [d.objectName() for d in window.findChildren(QDockWidget) if d.objectName() == "IncidentAtlasDock"],
        "actions": [
            bar.objectName()
            for bar in window.findChildren(QToolBar)
            for action in bar.actions()
            if action.objectName() == "IncidentAtlasToggleDock"
        ],
        "menus": [a.text() for a in iface.pluginMenu().actions() if a.text() == "&Incident Atlas"],
        "provider": QgsApplication.processingRegistry().providerById("incidentatlas") is not None,
        "folder": (plugins_folder() / KEY).is_dir(),
        "version": _installed_version(),
    }


def _installed_version() -> str:
    metadata = plugins_folder() / KEY / "metadata.txt"
    if not metadata.exists():
        return ""
    return next(
        (line.split("=", 1)[1].strip() for line in metadata.read_text().splitlines() if line.startswith("version=")), ""
    )


def available(installer) -> dict:
    from pyplugin_installer.installer_data import plugins, repositories

    installer.fetchAvailablePlugins(True)
    report.setdefault("repository_errors", []).extend(
        f"{key}: {data['error']}" for key, data in repositories.all().items() if data.get("error")
    )
    plugin = plugins.all().get(KEY) or {}
    return {
        "status": plugin.get("status_exp") or plugin.get("status"),
        "version": plugin.get("version_available_experimental") or plugin.get("version_available"),
    }


def use_team_repository() -> None:
    """The team's repository (the test's server) enabled, the official one off (no network here)."""
    settings = QgsSettings()
    official = "app/plugin_repositories/QGIS Official Plugin Repository"
    settings.setValue(f"{official}/url", "https://plugins.qgis.org/plugins/plugins.xml")
    settings.setValue(f"{official}/enabled", False)
    settings.setValue("app/plugin_repositories/Team repository/url", os.environ["IA_URL"] + "/plugins.xml")
    settings.setValue("app/plugin_repositories/Team repository/enabled", True)
    settings.setValue("app/plugin_installer/allowExperimental", True)  # QGIS before 3.30 (or so)
    try:  # newer QGIS keep it in the settings tree
        from qgis.core import QgsSettingsTree

        node = QgsSettingsTree.node("plugin-manager")
        if node is not None and node.childSetting("allow-experimental") is not None:
            node.childSetting("allow-experimental").setVariantValue(True)
    except ImportError:
        pass


def run() -> None:
    try:
        import pyplugin_installer

        use_team_repository()

        installer = pyplugin_installer.instance()
        report["offered"] = available(installer)
        installer.installPlugin(KEY, quiet=True, stable=False)  # experimental=True in metadata.txt
        report["installed"] = ours()
        # The analyst's own: alias groups, a saved column mapping, a tolerance.
        from incident_atlas.plugin.core.settings import PluginSettings

        settings = PluginSettings.load()
        settings.alias_groups = {**settings.alias_groups, "My group": ("Actor A", "Actor B")}
        settings.saved_mappings = {"my layout": '{"event_id": "id"}'}
        settings.border_km = 7.5
        settings.save()
        report["settings_before"] = _settings()
        qgis.utils.plugins[KEY].toggle_action.trigger()  # the dock open, as an analyst leaves it
        for item in Path(os.environ["IA_NEWER"]).iterdir():
            shutil.copy(item, Path(os.environ["IA_SERVED"]) / item.name)
        report["offered_after_release"] = available(installer)
        installer.installPlugin(KEY, quiet=True, stable=False)
        report["upgraded"] = ours()
        from incident_atlas.plugin.core.settings import PluginSettings as Reloaded  # the new version's module

        report["settings_after"] = _settings(Reloaded)
        installer.uninstallPlugin(KEY, quiet=True)
        report["uninstalled"] = ours()
        report["enabled_after_uninstall"] = QgsSettings().value(f"PythonPlugins/{KEY}", None)
    except Exception:
        finish(traceback.format_exc())
    finish()


def _settings(settings_type=None) -> dict:
    if settings_type is None:
        from incident_atlas.plugin.core.settings import PluginSettings

        settings_type = PluginSettings
    loaded = settings_type.load()
    return {
        "my_group": list(loaded.alias_groups.get("My group", ())),
        "mappings": loaded.saved_mappings,
        "border_km": loaded.border_km,
    }


QTimer.singleShot(1000, run)
