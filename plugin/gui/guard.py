"""The boundary between Qt and our code: an exception in a slot is logged and shown, never raised into QGIS."""

from __future__ import annotations

import functools
import inspect
import traceback

from qgis.core import Qgis

from ..core.i18n import tr
from ..core.log import log

POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def guarded_slot(method):
    """For methods of objects with a notify(text, level), or only logged without one. Qt may pass
    extra signal arguments (clicked's `checked`), which are dropped when the method does not take them."""
    parameters = inspect.signature(method).parameters.values()
    takes_any = any(p.kind == inspect.Parameter.VAR_POSITIONAL for p in parameters)
    positional = sum(1 for p in parameters if p.kind in POSITIONAL) - 1  # without self

    @functools.wraps(method)
    def slot(self, *args, **kwargs):
        if not takes_any:
            args = args[:positional]
        try:
            return method(self, *args, **kwargs)
        except Exception as error:
            log(traceback.format_exc(), Qgis.MessageLevel.Critical)
            notify = getattr(self, "notify", None)
            if notify is not None:
                notify(
                    tr("Something went wrong; nothing was lost and QGIS keeps running: {0}").format(error),
                    Qgis.MessageLevel.Critical,
                )
            return None

    return slot
