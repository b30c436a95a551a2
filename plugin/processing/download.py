"""incidentatlas:downloadacled and incidentatlas:downloaducdp - a provider's events of countries and
dates, downloaded and imported at once; with UPDATE, only what changed since the last download."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..core.compat import ADVANCED_PARAMETER
from ..core.dependencies import missing_packages_message
from ..core.i18n import tr
from ..core.paths import plugin_version
from .filter_parameters import DATE_FROM, DATE_TO, _date, _names
from .import_parameters import add_border_parameter, add_link_parameters, import_settings
from .target_parameters import OUTPUT, add_target_parameters, target, written

COUNTRIES, EVENT_TYPES, UPDATE, AUTHCFG, API_URL = "COUNTRIES", "EVENT_TYPES", "UPDATE", "AUTHCFG", "API_URL"
VERSION, CANDIDATE = "VERSION", "CANDIDATE"
COUNTS = ("IMPORTED", "INSERTED", "UPDATED", "DELETED", "REJECTED")


class _DownloadAlgorithm(QgsProcessingAlgorithm):
    provider_key = ""
    account_found = None  # the Account prepareAlgorithm read, or the error it met

    def kinds_parameter(self):
        raise NotImplementedError

    def kinds(self, text: str) -> tuple[str, ...]:
        raise NotImplementedError

    def query_extras(self, parameters, context) -> dict:
        return {}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(COUNTRIES, tr("Countries: one name, or a JSON array")))
        self.addParameter(QgsProcessingParameterString(DATE_FROM, tr("From date (YYYY-MM-DD)")))
        self.addParameter(QgsProcessingParameterString(DATE_TO, tr("To date (YYYY-MM-DD), inclusive")))
        self.addParameter(self.kinds_parameter())
        self.add_provider_parameters()
        self.addParameter(
            QgsProcessingParameterBoolean(UPDATE, tr("Only what changed since the last download"), defaultValue=False)
        )
        self.addParameter(QgsProcessingParameterAuthConfig(AUTHCFG, tr("Account (authentication)"), optional=True))
        add_target_parameters(self)
        add_border_parameter(self)
        add_link_parameters(self)
        address = QgsProcessingParameterString(API_URL, tr("API address (empty: the provider's)"), optional=True)
        address.setFlags(address.flags() | ADVANCED_PARAMETER)
        self.addParameter(address)
        titles = (tr("Rows imported"), tr("New events"), tr("Events updated"), tr("Events deleted"))
        titles += (tr("Rows rejected"),)
        for name, title in zip(COUNTS, titles):
            self.addOutput(QgsProcessingOutputNumber(name, title))

    def add_provider_parameters(self) -> None:
        """Parameters only one provider has."""

    def account(self, authcfg: str, base: str):
        raise NotImplementedError

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """On the main thread: reading QGIS's authentication database may ask for its master password."""
        from ..core.download.http import DownloadError
        from ..core.download.providers import api_base

        try:
            base = api_base(self.provider_key, self.parameterAsString(parameters, API_URL, context) or "")
            self.account_found = self.account(self.parameterAsString(parameters, AUTHCFG, context), base)
        except DownloadError as error:
            self.account_found = error  # said by processAlgorithm, like every other error
        return True

    def processAlgorithm(self, parameters, context, feedback):
        missing = missing_packages_message()
        if missing:
            raise QgsProcessingException(missing)
        from ..core.download.download import download
        from ..core.download.providers import Query
        from ..core.errors import ImportCancelledError, IncidentImportError, PostgresError, SourceError

        countries = _names(self.parameterAsString(parameters, COUNTRIES, context))
        date_from = _date(self.parameterAsString(parameters, DATE_FROM, context), DATE_FROM)
        date_to = _date(self.parameterAsString(parameters, DATE_TO, context), DATE_TO)
        if not countries or date_from is None or date_to is None:
            raise QgsProcessingException(tr("COUNTRIES, DATE_FROM and DATE_TO say what to download: all are needed"))
        kinds = self.kinds(self.parameterAsString(parameters, EVENT_TYPES, context))
        extras = self.query_extras(parameters, context)
        query = Query(countries, date_from, date_to, kinds, self.provider_key, **extras)
        output = target(self, parameters, context)
        try:
            if isinstance(self.account_found, Exception):
                raise self.account_found
            account = self.account_found
            update = self.parameterAsBool(parameters, UPDATE, context)
            settings = import_settings(self, parameters, context)
            result = download(
                query, output, account, feedback, update=update, plugin_version=plugin_version(), **settings
            )
        except ImportCancelledError as error:
            feedback.reportError(str(error))
            return {OUTPUT: None, **dict.fromkeys(COUNTS, 0)}
        except (SourceError, IncidentImportError, PostgresError) as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(result.summary())
        counts = (result.imported, result.inserted, result.updated, result.deleted, result.rejected)
        return {OUTPUT: written(output), **dict(zip(COUNTS, counts))}


class DownloadAcledAlgorithm(_DownloadAlgorithm):
    provider_key = "acled"

    def name(self) -> str:
        return "downloadacled"

    def displayName(self) -> str:
        return tr("Download incidents from ACLED")

    def shortHelpString(self) -> str:
        return tr(
            "Downloads the ACLED events of COUNTRIES (one name, or a JSON array) between DATE_FROM and DATE_TO "
            "(and of EVENT_TYPES, if given) through ACLED's API (OAuth, every page), then imports them into an "
            "incident GeoPackage or PostGIS schema as one import: nothing is written until the download is "
            "complete. With UPDATE, only the events added or changed since the last download of the same query "
            "are fetched, and the events ACLED deleted since then are removed. The imports table names the API, "
            "the query and the access date, as ACLED's terms ask. The account comes from AUTHCFG (a Basic "
            "authentication configuration) or from the environment variables ACLED_USERNAME and ACLED_PASSWORD."
        )

    def createInstance(self):
        return DownloadAcledAlgorithm()

    def kinds_parameter(self):
        return QgsProcessingParameterString(EVENT_TYPES, tr("Event types: one type, or a JSON array"), optional=True)

    def kinds(self, text: str) -> tuple[str, ...]:
        return _names(text)

    def account(self, authcfg: str, base: str):
        from ..core.download.credentials import acled_session
        from ..core.download.download import Account

        return Account(acled=acled_session(authcfg, base))


class DownloadUcdpAlgorithm(_DownloadAlgorithm):
    provider_key = "ucdp"

    def name(self) -> str:
        return "downloaducdp"

    def displayName(self) -> str:
        return tr("Download incidents from UCDP GED")

    def shortHelpString(self) -> str:
        return tr(
            "Downloads the UCDP GED events of COUNTRIES (names, or Gleditsch-Ward numbers such as 645 for Iraq) "
            "between DATE_FROM and DATE_TO (and of the types of violence in EVENT_TYPES: 1 state-based, 2 "
            "non-state, 3 one-sided) from the release VERSION (e.g. 25.1; a candidate release such as 25.0.10 "
            "with CANDIDATE), every page, then imports them as one import. The store then holds exactly that "
            "release's events of the query: events it no longer has are removed. UPDATE says so in the imports "
            "table. The token comes from AUTHCFG (an API Header configuration with x-ucdp-access-token, or a "
            "Basic one with the token as password) or from the environment variable UCDP_ACCESS_TOKEN."
        )

    def createInstance(self):
        return DownloadUcdpAlgorithm()

    def kinds_parameter(self):
        return QgsProcessingParameterString(
            EVENT_TYPES, tr("Types of violence: 1, 2, 3 or their names (a JSON array for several)"), optional=True
        )

    def kinds(self, text: str) -> tuple[str, ...]:
        from ..core.ingest.formats.ucdp import UCDP_VIOLENCE_TYPES

        codes = {name.casefold(): code for code, name in UCDP_VIOLENCE_TYPES.items()}
        names = [n for part in _names(text) for n in part.split(",") if n.strip()]
        chosen = tuple(codes.get(n.strip().casefold(), n.strip()) for n in names)
        wrong = [k for k in chosen if k not in UCDP_VIOLENCE_TYPES]
        if wrong:
            raise QgsProcessingException(
                tr("UCDP's types of violence are 1, 2 and 3, not {0}").format(", ".join(wrong))
            )
        return chosen

    def add_provider_parameters(self) -> None:
        from ..core.download.providers import UCDP_VERSION

        self.addParameter(QgsProcessingParameterString(VERSION, tr("UCDP release"), defaultValue=UCDP_VERSION))
        self.addParameter(
            QgsProcessingParameterBoolean(CANDIDATE, tr("A candidate (monthly) release"), defaultValue=False)
        )

    def query_extras(self, parameters, context) -> dict:
        version = self.parameterAsString(parameters, VERSION, context).strip()
        candidate = self.parameterAsBool(parameters, CANDIDATE, context)
        parts = version.split(".")
        if candidate and not (len(parts) == 3 and parts[1] == "0"):
            raise QgsProcessingException(
                tr("A candidate release is named like 25.0.10 (year, 0, month): give it as VERSION")
            )
        if not candidate and len(parts) == 3:
            raise QgsProcessingException(tr("{0} is a candidate release: tick CANDIDATE").format(version))
        return {"version": version}

    def account(self, authcfg: str, base: str):
        from ..core.download.credentials import ucdp_token
        from ..core.download.download import Account

        return Account(ucdp_token=ucdp_token(authcfg), ucdp_base=base)
