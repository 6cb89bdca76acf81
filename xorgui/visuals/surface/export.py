"""The surface as an exported picture: a fixed size, whatever the window's size,
seen from the view's camera, with a caption saying what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from xorgui.visuals.image_export import caption_height, with_caption
from xorgui.visuals.setup_text import setup_text
from xorgui.visuals.surface.offscreen import render_surface_image

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.visuals.surface.view import SurfaceView

SURFACE_EXPORT_SIZE = (1200, 900)
"""Width and height of an exported surface image, caption included, in pixels
(at a device pixel ratio of 1): large enough for a slide or a printed page."""


# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def surface_caption(snapshot: Snapshot) -> list[str]:
    """The setup with its seed, then the epoch and loss the picture shows."""
    progress = translate(
        "surface_export", "epoch {epoch:,} of {budget:,}, loss {loss:.4g}"
    ).format(epoch=snapshot.epoch, budget=snapshot.config.epochs, loss=snapshot.loss)
    return [setup_text(snapshot.config, seed=True), progress]


def surface_export_image(
    view: SurfaceView, snapshot: Snapshot, ratio: float = 1.0
) -> QImage:
    """`snapshot`'s surface as the view shows it (3-D camera or 2-D heatmap), at
    SURFACE_EXPORT_SIZE times `ratio` device pixels, with its caption."""
    lines = surface_caption(snapshot)
    width, height = (round(side * ratio) for side in SURFACE_EXPORT_SIZE)
    scene = render_surface_image(
        snapshot,
        (width, height - caption_height(len(lines), ratio)),
        opengl=view.uses_opengl,
        camera=view.camera_state() if view.uses_opengl else None,
    )
    return with_caption(scene, lines)
