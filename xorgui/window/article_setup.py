"""The "Restore the article's setup" command: one click back to the lesson's start.

The app reopens with the last session's setup, which can be one that never
solves (say seed 5); this command sets every control to the article's choices
again, whatever was changed before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from xorgui.core.config import TrainConfig
from xorgui.resources import icon
from xorgui.visuals.language_change import worded
from xorgui.visuals.setup_text import activation_names

ARTICLE_SETUP = TrainConfig()
"""The config's defaults are the article's: seed 42, XOR, 2-2-1 sigmoid, BCE,
SGD with lr 0.1, 20,000 epochs."""


# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def article_setup_summary() -> str:
    """The article's setup in one line, as the controls name its parts."""
    config = ARTICLE_SETUP
    return translate(
        "ArticleSetup",
        "seed {seed}, {gate}, {shape} {activation}, {loss}, {optimizer} lr {lr:g}, "
        "{epochs:,} epochs",
    ).format(
        seed=config.seed,
        gate=config.gate.upper(),
        shape=config.architecture,
        activation=activation_names()[config.activation],
        loss=config.loss.upper(),
        optimizer=config.optimizer.upper(),
        lr=config.lr,
        epochs=config.epochs,
    )


def restore_article_action(parent: QObject) -> QAction:
    """The command, for the menu and the toolbar; the caller connects it."""
    action = QAction(
        icon("article"),
        translate("ArticleSetup", "Restore the &article's setup"),
        parent,
    )

    def reword() -> None:
        action.setIconText(translate("ArticleSetup", "Article setup"))
        tip = translate(
            "ArticleSetup",
            "Set every control back to the article's setup ({setup}) and start "
            "again from epoch 0.",
        ).format(setup=article_setup_summary())
        action.setToolTip(tip)
        action.setStatusTip(tip)

    worded(action, reword)
    return action


def article_toolbar(parent: QWidget, action: QAction, icon_size: QSize) -> QToolBar:
    """A toolbar, beside the run's, with the command (and its name) on it."""
    toolbar = QToolBar(translate("ArticleSetup", "Setup"), parent)
    toolbar.setObjectName("setupToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(icon_size)
    toolbar.addAction(action)
    return toolbar
