"""The Datasets section: which datasets count, and whether an event several of them hold counts once."""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.definitions import dataset_title
from ..core.filters import IncidentFilter
from ..core.i18n import tr
from .check_list import CheckList
from .combo import compact_combo
from .elided_check_box import ElidedCheckBox


class DatasetSection(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = CheckList(self)
        self.list.label_of = dataset_title  # "UCDP GED", as the compare dialog and the maps say
        self.list.setToolTip(tr("Rows of each dataset under the other filters; none checked: every dataset"))
        self.list.setMaximumHeight(90)
        self.count_once = ElidedCheckBox(tr("Count each event once"), self)
        self.count_once.setChecked(True)
        self.count_once.setToolTip(
            tr(
                "Rows of different datasets with overlapping dates at nearby places are one event, "
                "counted once everywhere: summary, map, layouts and trends"
            )
        )
        self.prefer: QComboBox = compact_combo(self)
        self.prefer.setToolTip(tr("Whose row and fatalities count for an event several datasets hold"))
        layout.addWidget(self.list)
        layout.addWidget(self.count_once)
        layout.addWidget(QLabel(tr("Fatalities of a linked event"), self))
        layout.addWidget(self.prefer)
        self.compare_button = QPushButton(tr("Compare datasets…"), self)
        self.compare_button.setToolTip(
            tr("Per province: each dataset's rows, the rows only it has, the events they share")
        )
        layout.addWidget(self.compare_button)
        self._set_prefer_choices(())
        self.list.changed.connect(self.changed)
        self.count_once.toggled.connect(self._count_once_toggled)
        self.prefer.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _count_once_toggled(self, on: bool) -> None:
        self.prefer.setEnabled(on)
        self.changed.emit()

    def _set_prefer_choices(self, names) -> None:
        current = self.prefer.currentData()
        self.prefer.blockSignals(True)
        self.prefer.clear()
        self.prefer.addItem(tr("The highest of the linked rows"), "")
        for name in names:
            self.prefer.addItem(tr("{dataset}'s").format(dataset=dataset_title(name)), name)
        self.prefer.setCurrentIndex(max(self.prefer.findData(current), 0))
        self.prefer.blockSignals(False)

    def set_counts(self, counts) -> None:
        """Rows per dataset; the section matters only when a store holds more than one."""
        self.list.set_counts(list(counts))
        self._set_prefer_choices([name for name, _ in counts])

    def values(self) -> dict:
        return {
            "datasets": self.list.checked(),
            "count_once": self.count_once.isChecked(),
            "prefer_dataset": self.prefer.currentData() or "",
        }

    def set_values(self, incident_filter) -> None:
        self.list.set_checked(incident_filter.datasets)
        self.count_once.setChecked(incident_filter.count_once)
        self.prefer.setEnabled(incident_filter.count_once)
        if incident_filter.prefer_dataset and self.prefer.findData(incident_filter.prefer_dataset) < 0:
            self._set_prefer_choices([incident_filter.prefer_dataset])
        self.prefer.setCurrentIndex(max(self.prefer.findData(incident_filter.prefer_dataset), 0))

    def reset(self) -> None:
        self.set_values(IncidentFilter())
