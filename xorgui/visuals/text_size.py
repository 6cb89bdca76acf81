"""Text size for a projector: View > Larger text scales the whole app's text.

The application font is scaled, so every widget that uses it follows. Views
that paint text of their own (the plots' axes, the 3-D view's labels, the
truth table's larger cells) size it from `text_scale()` or from their font
when Qt tells them the font changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

LARGER_TEXT_SCALE = 1.4
"""9 pt becomes about 12.5 pt: readable from the back of a classroom, and the
window still fits a 1024 x 768 projector."""

_normal_point_size: float | None = None


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "text size needs the QApplication"
    return app


def set_larger_text(on: bool) -> None:
    """Scale the application's font up (on) or back to its normal size."""
    global _normal_point_size
    app = _app()
    font = app.font()
    if _normal_point_size is None:
        _normal_point_size = font.pointSizeF()
    font.setPointSizeF(_normal_point_size * (LARGER_TEXT_SCALE if on else 1.0))
    app.setFont(font)
    for widget in app.allWidgets():
        if widget.styleSheet():
            _restyle(widget)


def _restyle(widget: QWidget) -> None:
    """Give a widget with its own style sheet the app's new font: Qt leaves a
    hidden one (the sweep dialog's "results are for another setup" note) at
    the font its sheet was applied with, so that note stayed large after
    Larger text was switched off. Applying the sheet again takes the new font."""
    sheet = widget.styleSheet()
    widget.setStyleSheet("")
    widget.setStyleSheet(sheet)


def text_scale() -> float:
    """How much larger than normal the app's text is now (1.0 when normal)."""
    if _normal_point_size is None:
        return 1.0
    return _app().font().pointSizeF() / _normal_point_size
