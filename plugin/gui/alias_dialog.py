"""Edit actor alias groups as plain text: a [group] line, then one actor name per line."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ..core.filters import DEFAULT_ALIAS_GROUPS
from ..core.i18n import tr
from ..core.settings import alias_groups_from_text, alias_groups_to_text


class AliasDialog(QDialog):
    def __init__(self, groups: dict[str, tuple[str, ...]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Actor alias groups"))
        self.groups = dict(groups)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Each group starts with a [name] line; list one actor name per line below it."), self)
        )
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(alias_groups_to_text(groups))
        layout.addWidget(self.editor)
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            parent=self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.editor.setPlainText(alias_groups_to_text(DEFAULT_ALIAS_GROUPS))
        )
        layout.addWidget(buttons)
        self.resize(480, 520)

    def accept(self) -> None:
        try:
            self.groups = alias_groups_from_text(self.editor.toPlainText())
        except ValueError as error:
            self.error_label.setText(str(error))  # stay open: nothing typed is lost
            return
        super().accept()
