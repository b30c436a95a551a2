"""Accounts for the APIs: from QGIS's authentication manager (desktop), else from the environment
(headless runs). Never from settings, projects or logs; ACLED's tokens live in memory only, so a
second download in the same QGIS session refreshes its token instead of sending the password."""

from __future__ import annotations

import os

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QThread

from ..i18n import tr
from .http import DownloadError
from .providers import AcledSession

_SESSIONS: dict[tuple[str, str], AcledSession] = {}
UCDP_HEADER = "x-ucdp-access-token"


def _config(authcfg: str) -> QgsAuthMethodConfig:
    manager = QgsApplication.authManager()
    if QThread.currentThread() != QgsApplication.instance().thread() and not manager.masterPasswordIsSet():
        # Unlocking asks for the master password in a dialog: never off the main thread.
        raise DownloadError(
            tr(
                "QGIS's authentication database is locked: unlock it (Settings > Options > Authentication) "
                "and run the download again"
            )
        )
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)
    # PyQGIS answers (ok, config) where C++ fills the argument.
    ok, config = loaded if isinstance(loaded, tuple) else (loaded, config)
    if not ok or not config.isValid(True):
        raise DownloadError(tr("The authentication configuration {0} cannot be read").format(authcfg))
    return config


def acled_session(authcfg: str, base: str) -> AcledSession:
    """The account of a Basic configuration (user name and password), else ACLED_USERNAME and
    ACLED_PASSWORD; one session per account and address while QGIS runs."""
    if authcfg:
        config = _config(authcfg)
        username, password = config.config("username"), config.config("password")
    else:
        username, password = os.environ.get("ACLED_USERNAME", ""), os.environ.get("ACLED_PASSWORD", "")
    session = _SESSIONS.get((base, username))
    if session is None or session.password != password:
        session = _SESSIONS[(base, username)] = AcledSession(username, password, base=base)
    return session


def ucdp_token(authcfg: str) -> str:
    """UCDP's token: an API Header configuration with the header x-ucdp-access-token, or a Basic one
    holding it as the password; else UCDP_ACCESS_TOKEN."""
    if not authcfg:
        return os.environ.get("UCDP_ACCESS_TOKEN", "")
    config = _config(authcfg)
    values = config.configMap()
    for key, value in values.items():
        if key.casefold() == UCDP_HEADER:
            return value
    return config.config("password") or config.config("token")


def forget_sessions() -> None:
    """Drops every token held in memory (at unload)."""
    _SESSIONS.clear()
