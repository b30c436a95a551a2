"""The few Qt names that moved between Qt5 and Qt6."""

try:  # Qt6 (QGIS 4)
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction"]
