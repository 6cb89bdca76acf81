"""Help > What am I looking at? and Help > About: the window's two help texts."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import metadata
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from xorgui.window.menus import make_action

if TYPE_CHECKING:
    from xorgui.visuals.surface.view import SurfaceView


class HelpTexts(QObject):
    """Shows the help texts over `window`; About names how the 3-D view draws
    (`surface_view` gives the view, None before it is built)."""

    def __init__(
        self, window: QWidget, surface_view: Callable[[], SurfaceView | None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._surface_view = surface_view

    def actions(self) -> list[QAction]:
        """The Help menu's commands."""
        return [
            make_action(
                self._window,
                self.tr("&What am I looking at?"),
                self.explain,
                QKeySequence.StandardKey.HelpContents,
            ),
            make_action(self._window, self.tr("&About xorgui"), self.about),
        ]

    @Slot()
    def explain(self) -> None:
        """What the surface, the loss curve and the truth table show, and why
        XOR is special."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("What am I looking at?"),
            self.tr(
                "<p>A tiny neural network is learning a logic gate from its four "
                "examples: the inputs (x1, x2) are (0,0), (0,1), (1,0) and (1,1).</p>"
                "<p><b>The 3-D surface</b> is the network's output y for every "
                "input in the square from 0 to 1, coloured from dark purple (0) to "
                "yellow (1). The four dots are the training examples at the height "
                "they should have (blue = 1, orange = 0); the line from each dot "
                "down or up to the surface is the error the network still makes.</p>"
                "<p><b>The loss curve</b> shows how large the error was at each "
                "epoch (one pass over the four examples and one weight update).</p>"
                "<p><b>The truth table</b> lists each input, what the gate should "
                "output and what the network outputs now. A row is right when the "
                "output is on the same side of 0.5 as the target.</p>"
                "<p><b>Why XOR is special:</b> AND and OR can be split by one "
                "straight line, XOR cannot. A network needs a hidden layer with a "
                "non-linear activation to bend its surface. Try 0 hidden layers, "
                "or the identity activation, and watch XOR fail.</p>"
                "<p><b>Luck of the draw:</b> the seed picks the starting weights, "
                "and some starts never leave the plateau. Training &gt; Sweep "
                "seeds trains a thousand seeds at once and shows how many make "
                "it.</p>"
            ),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.exec()

    @Slot()
    def about(self) -> None:
        """The version, Qt's and PyTorch's, and how the 3-D view draws."""
        try:
            version = metadata.version("xorgui")
        except metadata.PackageNotFoundError:
            version = "?"
        torch = sys.modules.get("torch")
        view = self._surface_view()
        if view is None:
            drawing = self.tr("not started yet")
        elif view.uses_opengl:
            drawing = self.tr("OpenGL ({renderer})").format(renderer=view.renderer)
        else:
            drawing = self.tr("2-D heatmap ({reason})").format(
                reason=view.fallback_reason
            )
        QMessageBox.about(
            self._window,
            self.tr("About xorgui"),
            self.tr(
                "<h3>xorgui {version}</h3>"
                "<p>Watch a small PyTorch network learn a logic gate, step by step, "
                "as in the article “XORで学ぶ多層ニューラルネットワークの"
                "学習と推論”.</p>"
                "<p>Qt {qt}, PyTorch {torch}<br>3-D view: {drawing}</p>"
            ).format(
                version=version,
                qt=qVersion(),
                torch=getattr(torch, "__version__", self.tr("not loaded yet")),
                drawing=drawing,
            ),
        )
