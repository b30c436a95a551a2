"""JSON over HTTP the QGIS way: QgsBlockingNetworkRequest (QGIS's proxy, SSL and authentication
settings apply), meant for a worker thread (QgsTask), cancelled through its QgsFeedback, retrying
what a busy server answers (429 and 5xx) with growing waits or the server's Retry-After."""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from urllib.parse import urlencode

from qgis.core import QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..errors import ImportCancelledError, SourceError
from ..i18n import tr

RETRYABLE = {429, 500, 502, 503, 504}


class Page(list):
    """A page's records, with the bytes the server sent (saved as they came, not written again)."""

    body: bytes = b""


class DownloadError(SourceError):
    """The provider refused or failed; the message says what it answered (never a password)."""

    def __init__(self, message: str, status: int = 0):
        super().__init__(message)
        self.status = status  # the HTTP status, 0 when there was none


def _status(reply) -> int:
    value = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    return int(value) if value not in (None, "") else 0


def stop_if_cancelled(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise ImportCancelledError(tr("The download was cancelled; nothing was written."))


def _wait(seconds: float, feedback) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        stop_if_cancelled(feedback)
        time.sleep(min(0.1, max(deadline - time.monotonic(), 0)))


@contextmanager
def _cancelled_here(feedback):
    """A feedback of this thread that follows `feedback` (a task's, made on the main thread).

    QgsBlockingNetworkRequest drops its reply, and then aborts it, when its feedback is cancelled;
    cancelled from another thread, both arrive queued, and on QGIS 3.40 the request then sometimes
    never ended (3 of 18 cancels mid-page hung past the test's 5 minutes). Made here and cancelled
    here, by a timer in this thread's event loop, both happen at once and in order (20 of 20 ended
    within a second)."""
    if feedback is None:
        yield None
        return
    local = QgsFeedback()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: local.cancel() if feedback.isCanceled() and not local.isCanceled() else None)
    timer.start()
    try:
        yield local
    finally:
        timer.stop()


def request_json(
    url: str,
    params: dict | None = None,
    headers: dict | None = None,
    form: dict | None = None,
    feedback=None,
    retries: int = 4,
    backoff: float = 2.0,
    keep_body: bool = False,
):
    """GET url?params (or POST the form), and the JSON it answers (with the bytes, if keep_body)."""
    if params:
        url = f"{url}{'&' if '?' in url else '?'}{urlencode(params, doseq=True)}"
    request = QNetworkRequest(QUrl(url))
    # Never QGIS's network cache: an update must see the provider's data as it is now, a failing server
    # must not be answered from an earlier page (seen once: a 500's body followed by a cached page),
    # and licensed data is not left in the profile's cache folder.
    request.setAttribute(
        QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
    )
    request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
    for name, value in (headers or {}).items():
        request.setRawHeader(name.encode(), str(value).encode())
    body = None
    if form is not None:
        request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/x-www-form-urlencoded")
        body = urlencode(form).encode()
    for attempt in range(retries + 1):
        stop_if_cancelled(feedback)
        blocking = QgsBlockingNetworkRequest()
        with _cancelled_here(feedback) as local:
            if body is None:
                error = blocking.get(request, True, local)
            else:
                error = blocking.post(request, body, True, local)
        reply = blocking.reply()
        status = _status(reply)
        stop_if_cancelled(feedback)
        if error == QgsBlockingNetworkRequest.ErrorCode.NoError and status == 200:
            try:
                body = bytes(reply.content())
                answer = json.loads(body.decode("utf-8"))
                return (answer, body) if keep_body else answer
            except (UnicodeDecodeError, json.JSONDecodeError) as problem:
                message = tr("{url} did not answer JSON: {error}").format(url=_safe(url), error=problem)
                raise DownloadError(message) from None
        if status in RETRYABLE and attempt < retries:
            retry_after = bytes(reply.rawHeader(b"Retry-After")).decode() or ""
            _wait(float(retry_after) if retry_after.replace(".", "", 1).isdigit() else backoff * 2**attempt, feedback)
            continue
        answer = bytes(reply.content())[:300].decode("utf-8", errors="replace").strip()
        if status:
            message = tr("{url} answered {status}: {answer}").format(url=_safe(url), status=status, answer=answer)
            raise DownloadError(message + _meaning(status), status)
        raise DownloadError(
            tr("{url} cannot be reached: {error}. Check the network, QGIS's proxy settings and the address.").format(
                url=_safe(url), error=blocking.errorMessage()
            )
        )
    raise DownloadError(tr("{url} did not answer").format(url=_safe(url)))  # not reached


def _meaning(status: int) -> str:
    if status == 401:
        return " " + tr("(the account was refused: check the user name and password, or the token)")
    if status == 403:
        return " " + tr("(the account has no access to this data)")
    if status in RETRYABLE:
        return " " + tr("(the service is busy or failing; it was asked again and did not recover: try later)")
    return ""


def _safe(url: str) -> str:
    """The address without its query: queries may hold keys or tokens."""
    return url.split("?", 1)[0]
