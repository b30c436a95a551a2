"""The `incidentatlas` Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.paths import ICON_PATH
from .change_by_province import ChangeByProvinceAlgorithm
from .check_dependencies import CheckDependenciesAlgorithm
from .compare_datasets import CompareDatasetsAlgorithm
from .count_by_province import CountByProvinceAlgorithm
from .download import DownloadAcledAlgorithm, DownloadUcdpAlgorithm
from .emerging_hot_spots import EmergingHotSpotsAlgorithm
from .export_map import ExportMapAlgorithm
from .filter_incidents import FilterIncidentsAlgorithm
from .get_districts import GetDistrictsAlgorithm
from .hot_spots import HotSpotsAlgorithm
from .import_incidents import ImportIncidentsAlgorithm
from .trend_by_province import TrendByProvinceAlgorithm

PROVIDER_ID = "incidentatlas"


class IncidentAtlasProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Incident Atlas")

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self) -> None:
        for algorithm in (
            CheckDependenciesAlgorithm(),
            ImportIncidentsAlgorithm(),
            FilterIncidentsAlgorithm(),
            CountByProvinceAlgorithm(),
            ExportMapAlgorithm(),
            TrendByProvinceAlgorithm(),
            CompareDatasetsAlgorithm(),
            ChangeByProvinceAlgorithm(),
            HotSpotsAlgorithm(),
            EmergingHotSpotsAlgorithm(),
            GetDistrictsAlgorithm(),
            DownloadAcledAlgorithm(),
            DownloadUcdpAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
