"""Incident Atlas: QGIS entry point.

QGIS imports this package under the folder's name, so everything inside uses relative imports.
"""


def classFactory(iface):
    # Imported here so that QGIS can read metadata and list the plugin without loading Qt code.
    from .plugin.incident_atlas import IncidentAtlasPlugin

    return IncidentAtlasPlugin(iface)
