"""incidentatlas:downloadacled - ACLED events of countries and dates, downloaded and imported at once."""

from __future__ import annotations

import os

from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterString,
)

from ..core.compat import ADVANCED_PARAMETER
from ..core.dependencies import missing_packages_message
from ..core.i18n import tr
from ..core.paths import plugin_version
from .filter_parameters import DATE_FROM, DATE_TO, _date, _names
from .target_parameters import OUTPUT, add_target_parameters, target, written

COUNTRIES, EVENT_TYPES, AUTHCFG, API_URL = "COUNTRIES", "EVENT_TYPES", "AUTHCFG", "API_URL"


def acled_account(authcfg: str) -> tuple[str, str]:
    """User name and password: from QGIS's authentication database (a Basic configuration), else from
    ACLED_USERNAME and ACLED_PASSWORD (headless runs). Never from settings, projects or logs."""
    if authcfg:
        config = QgsAuthMethodConfig()
        if not QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True):
            raise QgsProcessingException(tr("The authentication configuration {0} cannot be read").format(authcfg))
        return config.config("username"), config.config("password")
    return os.environ.get("ACLED_USERNAME", ""), os.environ.get("ACLED_PASSWORD", "")


class DownloadAcledAlgorithm(QgsProcessingAlgorithm):
    IMPORTED, REJECTED = "IMPORTED", "REJECTED"

    def name(self) -> str:
        return "downloadacled"

    def displayName(self) -> str:
        return tr("Download incidents from ACLED")

    def shortHelpString(self) -> str:
        return tr(
            "Downloads the ACLED events of COUNTRIES (one name, or a JSON array) between DATE_FROM and DATE_TO "
            "(and of EVENT_TYPES, if given) through ACLED's API (OAuth, every page), then imports them into an "
            "incident GeoPackage or PostGIS schema as one import: nothing is written until the download is "
            "complete. The imports table names the API, the query and the access date, as ACLED's terms ask. "
            "The account comes from AUTHCFG (a Basic authentication configuration) or from the environment "
            "variables ACLED_USERNAME and ACLED_PASSWORD."
        )

    def createInstance(self):
        return DownloadAcledAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(COUNTRIES, tr("Countries: one name, or a JSON array")))
        self.addParameter(QgsProcessingParameterString(DATE_FROM, tr("From date (YYYY-MM-DD)")))
        self.addParameter(QgsProcessingParameterString(DATE_TO, tr("To date (YYYY-MM-DD), inclusive")))
        self.addParameter(
            QgsProcessingParameterString(EVENT_TYPES, tr("Event types: one type, or a JSON array"), optional=True)
        )
        self.addParameter(QgsProcessingParameterAuthConfig(AUTHCFG, tr("ACLED account"), optional=True))
        add_target_parameters(self)
        address = QgsProcessingParameterString(API_URL, tr("API address"), defaultValue="https://acleddata.com")
        address.setFlags(address.flags() | ADVANCED_PARAMETER)
        self.addParameter(address)
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, tr("Rows rejected")))

    def processAlgorithm(self, parameters, context, feedback):
        missing = missing_packages_message()
        if missing:
            raise QgsProcessingException(missing)
        from ..core.download.download import download_and_import
        from ..core.download.providers import AcledSession, Query, acled_pages
        from ..core.errors import ImportCancelledError, IncidentImportError, PostgresError, SourceError

        countries = _names(self.parameterAsString(parameters, COUNTRIES, context))
        date_from = _date(self.parameterAsString(parameters, DATE_FROM, context), DATE_FROM)
        date_to = _date(self.parameterAsString(parameters, DATE_TO, context), DATE_TO)
        if not countries or date_from is None or date_to is None:
            raise QgsProcessingException(tr("COUNTRIES, DATE_FROM and DATE_TO say what to download: all are needed"))
        kinds = _names(self.parameterAsString(parameters, EVENT_TYPES, context))
        query = Query(countries, date_from, date_to, kinds)
        username, password = acled_account(self.parameterAsString(parameters, AUTHCFG, context))
        session = AcledSession(username, password, base=self.parameterAsString(parameters, API_URL, context))
        output = target(self, parameters, context)
        description = "ACLED API, {countries}, {start} to {end}{kinds}".format(
            countries=", ".join(countries),
            start=date_from.isoformat(),
            end=date_to.isoformat(),
            kinds=f", {', '.join(kinds)}" if kinds else "",
        )
        try:
            result = download_and_import(
                acled_pages(session, query, feedback), output, description, feedback, plugin_version=plugin_version()
            )
        except ImportCancelledError as error:
            feedback.reportError(str(error))
            return {OUTPUT: None, self.IMPORTED: 0, self.REJECTED: 0}
        except (SourceError, IncidentImportError, PostgresError) as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(result.summary())
        return {OUTPUT: written(output), self.IMPORTED: result.imported, self.REJECTED: result.rejected}
