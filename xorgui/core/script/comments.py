"""The exported script's comments, in the language of whoever exports it.

The article's own script is commented in Japanese; the window writes the
comments in its language, the command line in English. Each is written once,
here, marked for Qt's translation tools (the core imports no Qt: the window
passes its translation function).
"""

from __future__ import annotations

from collections.abc import Callable

from xorgui.core.refusal import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]

COMMENTS: dict[str, str] = {
    "mkl": QT_TRANSLATE_NOOP(
        "script",
        "MKL's reproducible kernels (before torch loads): the app's numbers on any CPU",
    ),
    "threads": QT_TRANSLATE_NOOP(
        "script",
        "one thread, as the app trains: the sums in the same order on any computer",
    ),
    # The data.
    "data": QT_TRANSLATE_NOOP("script", "data"),
    "labels": QT_TRANSLATE_NOOP("script", "labels (targets)"),
    "given": QT_TRANSLATE_NOOP("script", "data: the {count} points given"),
    "drawn": QT_TRANSLATE_NOOP(
        "script", "data: {count} points of the {name} set, drawn from their own seed"
    ),
    "test_seed": QT_TRANSLATE_NOOP(
        "script", "the test points are drawn from the data's own seed"
    ),
    "clouds": QT_TRANSLATE_NOOP(
        "script",
        "clouds hugging the four corners, each point labelled as {gate} labels "
        "its corner",
    ),
    "circle": QT_TRANSLATE_NOOP("script", "a disc (label 1) inside a ring (label 0)"),
    "gaussians": QT_TRANSLATE_NOOP(
        "script", "two round clouds: label 0 low on the diagonal, label 1 high"
    ),
    "spiral": QT_TRANSLATE_NOOP(
        "script", "two spiral arms (labels 0 and 1) winding out from the centre"
    ),
    "moons": QT_TRANSLATE_NOOP(
        "script", "two interleaved half circles (labels 0 and 1)"
    ),
    "plane": QT_TRANSLATE_NOOP(
        "script", "each point's height on a tilted plane, with noise (kept in 0..1)"
    ),
    "bump": QT_TRANSLATE_NOOP(
        "script",
        "each point's height on a bump in the middle, with noise (kept in 0..1)",
    ),
    "saddle": QT_TRANSLATE_NOOP(
        "script", "each point's height on a saddle, with noise (kept in 0..1)"
    ),
    "noise": QT_TRANSLATE_NOOP(
        "script", "noise moves each point a little (it stays in the square)"
    ),
    "test": QT_TRANSLATE_NOOP(
        "script",
        "hold out {test} of the {count} points for testing (never trained on)",
    ),
    "features": QT_TRANSLATE_NOOP(
        "script", "the network's inputs, computed from each point: {features}"
    ),
    # The training.
    "weights": QT_TRANSLATE_NOOP(
        "script", "regularization penalizes the weights (not the biases)"
    ),
    "shuffle": QT_TRANSLATE_NOOP(
        "script", "each epoch's batches in a new random order, drawn from the seed"
    ),
    "test_loss": QT_TRANSLATE_NOOP(
        "script", "the loss on the test points, before this epoch's update"
    ),
    "epoch_loss": QT_TRANSLATE_NOOP(
        "script", "the loss on every training point, before this epoch's updates"
    ),
    "epoch_losses": QT_TRANSLATE_NOOP(
        "script", "the losses on every test and training point, before the updates"
    ),
    "backward": QT_TRANSLATE_NOOP("script", "loss and backpropagation"),
    "l1": QT_TRANSLATE_NOOP(
        "script", "L1 regularization: the weights' sizes, added to the loss"
    ),
    "l2": QT_TRANSLATE_NOOP(
        "script", "L2 regularization: the weights' squares, added to the loss"
    ),
    "sgd": QT_TRANSLATE_NOOP("script", "SGD update"),
    "adam": QT_TRANSLATE_NOOP("script", "Adam update"),
    "print_every": QT_TRANSLATE_NOOP("script", "print the loss every {every} epochs"),
    "print": QT_TRANSLATE_NOOP("script", "print the loss"),
    # The 3-D surface.
    "surface": QT_TRANSLATE_NOOP(
        "script", "2. The trained model's output, as a 3D surface"
    ),
    "eval": QT_TRANSLATE_NOOP("script", "the model in evaluation mode"),
    "grid": QT_TRANSLATE_NOOP("script", "a grid for x1 and x2 in the range [0, 1]"),
    "output": QT_TRANSLATE_NOOP(
        "script", "the model's output (y) at each point of the grid"
    ),
    "plot": QT_TRANSLATE_NOOP("script", "the 3D plot"),
}


class Comments:
    """Writes the script's comment lines, translated by `translate`."""

    def __init__(self, translate: Translate | None = None) -> None:
        self._translate = translate

    def __call__(self, key: str, **values: object) -> str:
        """The comment `key` with its values, as "# ..." lines."""
        text = COMMENTS[key]
        if self._translate is not None:
            text = self._translate(text)
        lines = text.format(**values).splitlines() or [""]
        return "\n".join(f"# {line}".rstrip() for line in lines)
