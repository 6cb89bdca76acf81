"""Can this process draw with OpenGL? Asked once, before the 3-D view is built.

A failed probe must not print Qt warnings (they would look like a crash to a
student and fail the tests): messages Qt logs while the probe runs become part
of the reason instead. When the probe succeeds they are logged again as usual.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from OpenGL import GL
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qCritical,
    qDebug,
    qInfo,
    qInstallMessageHandler,
    qWarning,
)
from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

DISABLE_VARIABLE = "XORGUI_NO_OPENGL"
# Qt platforms that never offer an OpenGL context.
_PLATFORMS_WITHOUT_GL = frozenset({"offscreen", "minimal"})

_RELOG: dict[QtMsgType, Callable[[str], None]] = {
    QtMsgType.QtDebugMsg: qDebug,
    QtMsgType.QtInfoMsg: qInfo,
    QtMsgType.QtWarningMsg: qWarning,
}


@dataclass(frozen=True, slots=True)
class GLProbe:
    """What the probe found: a reason when there is no context, else the driver."""

    reason: str | None
    version: str = ""
    renderer: str = ""


def opengl_unavailable_reason() -> str | None:
    """Why no OpenGL context can be had here, or None when one can."""
    return probe().reason


def opengl_renderer() -> str:
    """The GL_RENDERER string of this process's contexts ("" without OpenGL)."""
    return probe().renderer


def clear_cache() -> None:
    """Forget the probe's result (tests change the environment between probes)."""
    probe.cache_clear()


# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


@cache
def probe() -> GLProbe:
    """Create a context on an offscreen surface once and remember what happened.

    Needs a QGuiApplication (or QApplication) unless the answer is known from
    the environment alone.
    """
    if os.environ.get(DISABLE_VARIABLE, "").strip() not in ("", "0"):
        return GLProbe(
            translate("gl_support", "disabled by {variable}").format(
                variable=DISABLE_VARIABLE
            )
        )
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before probing for OpenGL")
    platform = QGuiApplication.platformName()
    if platform in _PLATFORMS_WITHOUT_GL:
        return GLProbe(
            translate(
                "gl_support", "the Qt platform '{platform}' has no OpenGL"
            ).format(platform=platform)
        )
    messages: list[tuple[QtMsgType, str]] = []

    def collect(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        messages.append((kind, text))

    previous = qInstallMessageHandler(collect)
    try:
        result = _create_context()
    finally:
        qInstallMessageHandler(previous)
    if result.reason is None:
        for kind, text in messages:
            _RELOG.get(kind, qCritical)(text)
        return result
    details = "; ".join(text for _kind, text in messages)
    return GLProbe(f"{result.reason}: {details}" if details else result.reason)


def _create_context() -> GLProbe:
    context = QOpenGLContext()
    if not context.create():
        return GLProbe(translate("gl_support", "QOpenGLContext.create() failed"))
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return GLProbe(
                translate("gl_support", "the OpenGL context could not be made current")
            )
        functions = context.functions()
        version = functions.glGetString(GL.GL_VERSION) or ""
        renderer = functions.glGetString(GL.GL_RENDERER) or ""
        context.doneCurrent()
    finally:
        surface.destroy()
    if not version:
        return GLProbe(translate("gl_support", "the OpenGL driver reported no version"))
    return GLProbe(None, version, renderer)
