"""The column mapping of an analyst's own file: a preview of its first rows, the guessed mapping to
correct, the date format checked against the preview, and mappings saved by name."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import SourceError
from ..core.i18n import tr
from ..core.ingest.formats import ColumnMapping
from ..core.ingest.mapping_guess import guess_mapping, parses
from ..core.settings import PluginSettings

FIELDS = (
    ("date", lambda: tr("Date")),
    ("latitude", lambda: tr("Latitude")),
    ("longitude", lambda: tr("Longitude")),
    ("event_id", lambda: tr("Event id (empty: made from each row)")),
    ("actor1", lambda: tr("Actor (primary)")),
    ("actor2", lambda: tr("Actor (secondary) or target")),
    ("event_type", lambda: tr("Event type")),
    ("sub_event_type", lambda: tr("Sub-event type")),
    ("fatalities", lambda: tr("Fatalities")),
    ("country", lambda: tr("Country")),
    ("admin1", lambda: tr("Province (admin-1)")),
    ("admin2", lambda: tr("District (admin-2)")),
    ("location", lambda: tr("Place")),
    ("source", lambda: tr("Source")),
    ("notes", lambda: tr("Notes")),
    ("geo_precision", lambda: tr("Location precision (1-4)")),
    ("date_precision", lambda: tr("Date precision (1-4)")),
)


class ColumnMappingDialog(QDialog):
    def __init__(self, file_name: str, header: list[str], preview: list[list[str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Which column holds what: {name}").format(name=file_name))
        self.header, self.preview = header, preview
        self.settings = PluginSettings.load()
        layout = QVBoxLayout(self)
        table = QTableWidget(len(preview), len(header), self)
        table.setHorizontalHeaderLabels(header)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, values in enumerate(preview):
            for column, value in enumerate(values[: len(header)]):
                table.setItem(row, column, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()  # dates whole: the date format is judged by them
        table.setMaximumHeight(180)
        self.table = table
        layout.addWidget(table)

        saved_row = QHBoxLayout()
        self.saved = QComboBox(self)
        self.saved.addItem(tr("Guessed from the header"), "")
        for name in sorted(self.settings.saved_mappings):
            self.saved.addItem(name, name)
        self.save_button = QPushButton(tr("Save as…"), self)
        saved_row.addWidget(QLabel(tr("Mapping"), self))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.save_button)
        layout.addLayout(saved_row)

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.columns: dict[str, QComboBox] = {}
        for key, label in FIELDS:
            combo = QComboBox(form_widget)
            combo.addItem(tr("(none)"), "")
            for name in header:
                combo.addItem(name, name)
            combo.currentIndexChanged.connect(lambda _index: self._check())
            self.columns[key] = combo
            form.addRow(label(), combo)
        self.date_format = QLineEdit(form_widget)
        self.date_format.setToolTip(tr("strftime codes: %Y-%m-%d is 2020-01-31, %d/%m/%Y is 31/01/2020"))
        self.date_format.textChanged.connect(lambda _text: self._check())
        form.addRow(tr("Date format"), self.date_format)
        self.dataset = QLineEdit(form_widget)
        form.addRow(tr("Dataset name"), self.dataset)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        layout.addWidget(scroll, 1)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.saved.currentIndexChanged.connect(self._load_saved)
        self.save_button.clicked.connect(lambda _checked=False: self.ask_save())
        self.set_mapping(guess_mapping(header, preview, dataset=""))
        self.resize(640, 640)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        folded = {name.strip().lower(): name for name in self.header}
        for key, combo in self.columns.items():
            wanted = folded.get(str(getattr(mapping, key)).strip().lower(), "")
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
        self.date_format.setText(mapping.date_format)
        self.dataset.setText("" if mapping.dataset == "generic" else mapping.dataset)
        self._check()

    def mapping(self) -> ColumnMapping:
        values = {key: combo.currentData() or "" for key, combo in self.columns.items()}
        return ColumnMapping(
            **values, date_format=self.date_format.text().strip(), dataset=self.dataset.text().strip() or "generic"
        )

    def _sample_dates(self) -> list[str]:
        column = self.columns["date"].currentData()
        if not column:
            return []
        position = self.header.index(column)
        return [row[position] for row in self.preview if position < len(row) and str(row[position]).strip()]

    def _check(self) -> bool:
        """Whether the mapping can import; the status line says what is missing or how dates read."""
        mapping = self.mapping()
        problems = [label() for key, label in FIELDS if key in ColumnMapping.REQUIRED and not getattr(mapping, key)]
        dates = self._sample_dates()
        read = parses(dates, mapping.date_format) if mapping.date_format else 0
        if problems:
            self.status.setText(tr("Choose the columns for: {names}").format(names=", ".join(problems)))
        elif dates and not read:
            self.status.setText(
                tr("The date format {format} reads none of the dates shown, e.g. {example}").format(
                    format=mapping.date_format, example=dates[0]
                )
            )
        else:
            self.status.setText(
                tr("The date format reads {read} of the %n dates shown.", "", len(dates)).format(read=read)
            )
        ok = not problems and (read > 0 or not dates)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _load_saved(self, _index: int) -> None:
        name = self.saved.currentData()
        if not name:
            self.set_mapping(guess_mapping(self.header, self.preview))
            return
        try:
            self.set_mapping(ColumnMapping.from_json(self.settings.saved_mappings[name]))
        except SourceError as error:
            self.status.setText(str(error))

    def save_mapping(self, name: str) -> None:
        self.settings = PluginSettings.load()
        self.settings.saved_mappings[name] = self.mapping().to_json()
        self.settings.save()
        if self.saved.findData(name) < 0:
            self.saved.addItem(name, name)
        self.saved.blockSignals(True)
        self.saved.setCurrentIndex(self.saved.findData(name))
        self.saved.blockSignals(False)

    def ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save the mapping"), tr("Name"), text=self.dataset.text())
        if ok and name.strip():
            self.save_mapping(name.strip())
