"""The dock's sections, each in a titled group box, stacked in one widget."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QGroupBox, QVBoxLayout, QWidget


def section_boxes(parent: QWidget, sections) -> tuple[QWidget, dict[QWidget, QGroupBox]]:
    """(the stacked boxes, each section's box) for (title, section) pairs, in their order."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    boxes = {}
    for title, section in sections:
        box = QGroupBox(title, holder)
        QVBoxLayout(box).addWidget(section)
        layout.addWidget(box)
        boxes[section] = box
    return holder, boxes
