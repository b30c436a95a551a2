"""A check box whose text is shortened with an ellipsis where the dock is narrow; the whole text is then
in its tooltip (with the note the tooltip had)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QCheckBox, QSizePolicy, QStyle

NARROWEST = 80  # the box and a few letters: the row never forces the dock wider


class ElidedCheckBox(QCheckBox):
    def __init__(self, text: str, parent=None, note: str = ""):
        super().__init__(text, parent)
        self.full_text = text
        self.note = note
        self.setToolTip(note)
        # Shrinkable: a layout then asks minimumSizeHint, not the whole text's width.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), NARROWEST), hint.height())

    def resizeEvent(self, event) -> None:
        style = self.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
        room = max(event.size().width() - box - 6, 10)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
        whole = self.full_text if shown != self.full_text else ""
        self.setToolTip("\n".join(part for part in (whole, self.note) if part))
        super().resizeEvent(event)
