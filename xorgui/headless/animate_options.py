"""`train --animate`: its options, checked before training starts."""

from __future__ import annotations

import argparse

from xorgui.core.animation.epochs import (
    DEFAULT_FPS,
    DEFAULT_FRAMES,
    MAX_FPS,
    MAX_FRAMES,
    MIN_FPS,
    MIN_FRAMES,
    Spacing,
)
from xorgui.core.animation.file import FORMATS, animation_format
from xorgui.headless.errors import UsageError
from xorgui.headless.options import whole_number_from

ANIMATION_SIZE = (800, 600)
"""Width and height of `train --animate`'s frames, in pixels."""


def add_animate_arguments(parser: argparse.ArgumentParser) -> None:
    """--animate FILE, --frames N, --fps F and --spacing."""
    group = parser.add_argument_group("animation (needs OpenGL, like --surface-png)")
    group.add_argument(
        "--animate",
        metavar="FILE",
        help="write the training as an animation of the 3-D surface beside the "
        f"loss plot, {ANIMATION_SIZE[0]}x{ANIMATION_SIZE[1]}: "
        + ", ".join(FORMATS)
        + " by the file's extension",
    )
    group.add_argument(
        "--frames",
        type=whole_number_from(MIN_FRAMES, MAX_FRAMES),
        default=DEFAULT_FRAMES,
        metavar="N",
        help=f"frames in the animation (default {DEFAULT_FRAMES})",
    )
    group.add_argument(
        "--fps",
        type=whole_number_from(MIN_FPS, MAX_FPS),
        default=DEFAULT_FPS,
        metavar="F",
        help=f"frames per second (default {DEFAULT_FPS})",
    )
    group.add_argument(
        "--spacing",
        choices=[spacing.value for spacing in Spacing],
        default=Spacing.LOSS.value,
        help="frames evenly in epochs, or more where the loss moves so that the "
        "plateau and the drop both show (default loss)",
    )


def check_animate(options: argparse.Namespace) -> None:
    """A bad --animate extension, or --frames/--fps/--spacing without --animate,
    is a UsageError now rather than after training."""
    if options.animate is None:
        given = [
            name
            for name, default in (
                ("--frames", DEFAULT_FRAMES),
                ("--fps", DEFAULT_FPS),
                ("--spacing", Spacing.LOSS.value),
            )
            if getattr(options, name[2:]) != default
        ]
        if given:
            raise UsageError(f"{given[0]} needs --animate FILE")
        return
    try:
        animation_format(options.animate)
    except ValueError as exc:
        raise UsageError(f"--animate: {exc}") from None
