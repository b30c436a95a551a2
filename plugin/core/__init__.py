"""Logic on PyQGIS/OGR with no widgets and no iface: importable from qgis_process."""
