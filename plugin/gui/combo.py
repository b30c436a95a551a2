"""Combo boxes the dock can narrow to 320 px: the longest item no longer sets the panel's width."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QComboBox


def compact_combo(parent=None) -> QComboBox:
    """A combo box at least eight characters wide and otherwise as narrow as its place (the text is
    elided, the drop-down list shows it whole). The policy is set at creation: Qt 5 keeps the first
    minimum size it measures, so setting it later leaves the old, wide one."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo
