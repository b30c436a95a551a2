"""A row of widgets side by side where they fit, one under another where they don't (a dock at the
width QGIS gives it, about 300 px, in French or Sorani), side by side again when the panel is widened."""

from __future__ import annotations

from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtWidgets import QBoxLayout, QLayout, QWidget


class StackingRow(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        # The row's own minimum is the stacked one (minimumSizeHint), not the side-by-side sum.
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.box.addWidget(widget, stretch)
        return widget

    def _widgets(self) -> list[QWidget]:
        items = (self.box.itemAt(index) for index in range(self.box.count()))
        return [item.widget() for item in items if item.widget() is not None and not item.widget().isHidden()]

    def side_by_side_width(self) -> int:
        widths = [widget.minimumSizeHint().width() for widget in self._widgets()]
        return sum(widths) + self.box.spacing() * max(len(widths) - 1, 0)

    def minimumSizeHint(self) -> QSize:
        widgets = self._widgets()
        if not widgets:
            return QSize(0, 0)
        if self.box.direction() == QBoxLayout.Direction.LeftToRight:
            height = max(widget.minimumSizeHint().height() for widget in widgets)
        else:
            heights = [widget.sizeHint().height() for widget in widgets]
            height = sum(heights) + self.box.spacing() * (len(heights) - 1)
        return QSize(max(widget.minimumSizeHint().width() for widget in widgets), height)

    def sizeHint(self) -> QSize:
        return self.box.sizeHint()

    def resizeEvent(self, event) -> None:
        fits = event.size().width() >= self.side_by_side_width()
        wanted = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()  # the parent lays the row out again at its new height
        super().resizeEvent(event)
