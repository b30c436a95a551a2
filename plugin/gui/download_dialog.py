"""'Download…': a query for ACLED's or UCDP's API, the account, and where the events go; an earlier
download of the target can be chosen to update it."""

from __future__ import annotations

from datetime import date

from qgis.gui import QgsAuthConfigSelect, QgsCheckableComboBox, QgsFileWidget
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from ..core.download.download import query_of, recorded_downloads
from ..core.download.http import DownloadError
from ..core.download.providers import ACLED_EVENT_TYPES, UCDP_VERSION, Query
from ..core.i18n import tr
from ..core.ingest.formats.ucdp import UCDP_VIOLENCE_TYPES
from ..core.settings import PluginSettings
from ..core.store.sources import as_source
from .combo import compact_combo


class DownloadDialog(QDialog):
    """target_key: the store the dock shows (a download goes there unless another file is chosen)."""

    def __init__(self, target_key: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Download incidents"))
        self.target_key = target_key
        self.settings = PluginSettings.load()
        layout = QFormLayout(self)

        self.target = compact_combo(self)
        if target_key:
            self.target.addItem(as_source(target_key).label, target_key)
        self.target.addItem(tr("Another GeoPackage…"), None)
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file.setFilter(tr("GeoPackage (*.gpkg)"))
        layout.addRow(tr("Into"), self.target)
        layout.addRow("", self.file)

        self.earlier = compact_combo(self)
        self.earlier.setToolTip(tr("A query downloaded into this store before: choose it to update it"))
        layout.addRow(tr("Earlier downloads"), self.earlier)

        self.provider = QComboBox(self)
        self.provider.addItem("ACLED", "acled")
        self.provider.addItem("UCDP GED", "ucdp")
        layout.addRow(tr("Provider"), self.provider)
        self.countries = QLineEdit(self)
        self.countries.setPlaceholderText(tr("Iraq, Syria"))
        self.countries.setToolTip(tr("Country names, separated by commas (UCDP also takes Gleditsch-Ward numbers)"))
        layout.addRow(tr("Countries"), self.countries)
        today = date.today()
        self.date_from = QDateEdit(QDate(today.year - 1, 1, 1), self)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        layout.addRow(tr("From"), self.date_from)
        layout.addRow(tr("To"), self.date_to)
        self.kinds = QgsCheckableComboBox(self)
        self.kinds.setDefaultText(tr("All"))
        layout.addRow(tr("Event types"), self.kinds)
        self.version = QLineEdit(UCDP_VERSION, self)
        self.candidate = QCheckBox(tr("Candidate (monthly) release, e.g. 25.0.10"), self)
        layout.addRow(tr("UCDP release"), self.version)
        layout.addRow("", self.candidate)
        self.account = QgsAuthConfigSelect(self)
        self.account.setToolTip(
            tr(
                "ACLED: a Basic configuration with your account's e-mail and password. UCDP: an API Header "
                "configuration with x-ucdp-access-token, or a Basic one holding the token as password."
            )
        )
        layout.addRow(tr("Account"), self.account)
        self.update_box = QCheckBox(tr("Only what changed since the last download of this query"), self)
        layout.addRow("", self.update_box)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Download"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.file.fileChanged.connect(self._target_changed)
        self.earlier.currentIndexChanged.connect(self._earlier_chosen)
        self._provider_changed()
        self._target_changed()

    def _provider_changed(self, *_args) -> None:
        ucdp = self.provider.currentData() == "ucdp"
        self.kinds.clear()
        if ucdp:
            for code, name in UCDP_VIOLENCE_TYPES.items():
                self.kinds.addItemWithCheckState(name, Qt.CheckState.Unchecked, code)
        else:
            for name in ACLED_EVENT_TYPES:
                self.kinds.addItemWithCheckState(name, Qt.CheckState.Unchecked, name)
        self.version.setEnabled(ucdp)
        self.candidate.setEnabled(ucdp)
        self.account.setConfigId(self.settings.ucdp_authcfg if ucdp else self.settings.acled_authcfg)

    def _target_changed(self, *_args) -> None:
        self.file.setEnabled(self.target.currentData() is None)
        self.earlier.blockSignals(True)
        self.earlier.clear()
        self.earlier.addItem(tr("A new query"), None)
        output = self.output()
        for recorded in recorded_downloads(output) if output else []:
            self.earlier.addItem(query_of(recorded).describe(), recorded)
        self.earlier.blockSignals(False)
        self.update_box.setEnabled(self.earlier.count() > 1)
        self.update_box.setChecked(False)

    def _earlier_chosen(self, *_args) -> None:
        recorded = self.earlier.currentData()
        if recorded is None:
            self.update_box.setChecked(False)
            return
        query = query_of(recorded)
        self.provider.setCurrentIndex(self.provider.findData(query.provider))
        self.countries.setText(", ".join(query.countries))
        self.date_from.setDate(QDate(query.date_from.year, query.date_from.month, query.date_from.day))
        self.date_to.setDate(QDate(query.date_to.year, query.date_to.month, query.date_to.day))
        self.kinds.setCheckedItems(
            [self.kinds.itemText(i) for i in range(self.kinds.count()) if self.kinds.itemData(i) in query.kinds]
        )
        if query.version:
            self.version.setText(query.version)
            self.candidate.setChecked(query.version.count(".") == 2)
        self.update_box.setChecked(True)

    def output(self):
        """The GeoPackage path or store key the download goes into ('' when none is chosen yet)."""
        key = self.target.currentData()
        return key if key is not None else self.file.filePath()

    def query(self) -> Query:
        """The query the form describes; ValueError says what is missing or wrong."""
        from ..core.download.gleditsch_ward import gw_number

        countries = tuple(c.strip() for c in self.countries.text().split(",") if c.strip())
        if not countries:
            raise ValueError(tr("Name at least one country"))
        start, end = self.date_from.date(), self.date_to.date()
        date_from, date_to = date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day())
        if date_from > date_to:
            raise ValueError(tr("The first day comes after the last"))
        checked = [i for i in range(self.kinds.count()) if self.kinds.itemCheckState(i) == Qt.CheckState.Checked]
        kinds = tuple(self.kinds.itemData(i) for i in checked)
        provider = self.provider.currentData()
        version = ""
        if provider == "ucdp":
            version = self.version.text().strip() or UCDP_VERSION
            if self.candidate.isChecked() != (version.count(".") == 2):
                raise ValueError(tr("A candidate release is named like 25.0.10, a yearly one like 25.1"))
            try:
                for country in countries:
                    gw_number(country)
            except DownloadError as error:
                raise ValueError(str(error)) from None
        return Query(countries, date_from, date_to, kinds, provider, version)

    def accept(self) -> None:
        try:
            self.query()
            if not self.output():
                raise ValueError(tr("Choose the GeoPackage the events go into"))
        except ValueError as error:
            self.problem.setText(str(error))
            return
        provider = self.provider.currentData()
        setattr(self.settings, f"{provider}_authcfg", self.account.configId())  # the id only, never a secret
        self.settings.save()
        super().accept()
