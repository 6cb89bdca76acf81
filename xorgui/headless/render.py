"""The command line's one gateway to Qt: pictures and measurements that need
the app's widgets, made without opening a window for a person.

`render_surface_png` writes a snapshot's 3-D surface (`train --surface-png`),
drawn by OpenGL off screen at a fixed size; `render_view_pngs` writes it and
every registered view (`train --export-views`); `render_atlas_png` the atlas's
heatmaps (`atlas --png`); `measure_window` runs the GUI
benchmark (`bench --gui`). OpenGL needs an X server: without a display the
pictures are drawn on a private Xvfb that lives and dies with this process
(`xorgui.headless.private_display`); where none can be had this raises
OpenGLUnavailable instead of letting Qt abort the process. The command line
imports this module only inside the command that needs it, so that nothing
else it does loads Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from xorgui.core.animation.epochs import AnimationOptions, RunCurve
from xorgui.core.atlas.grid import AtlasGrid
from xorgui.core.config import TrainConfig
from xorgui.core.snapshot import Snapshot
from xorgui.display import probed_display
from xorgui.headless.private_display import start_private_display
from xorgui.visuals.animation_frame import (
    AnimationRender,
    FrameComposer,
)
from xorgui.visuals.atlas.view import AtlasView
from xorgui.visuals.atlas.words import axis_title
from xorgui.visuals.image_export import save_image, with_caption
from xorgui.visuals.scene3d.gl_support import opengl_unavailable_reason
from xorgui.visuals.setup_text import setup_text
from xorgui.visuals.surface.offscreen import render_surface_image
from xorgui.visuals.view_exports import VIEW_EXPORTS, offscreen_view_image
from xorgui.window.application import create_app

# Kept for the life of the process: Qt allows one application object, ever.
_application: QApplication | None = None


class OpenGLUnavailable(RuntimeError):
    """No OpenGL context can be had in this process; str() says why and what to do."""


SURFACE_FILE = "surface.png"


def render_surface_png(
    snapshot: Snapshot,
    path: str | os.PathLike[str],
    size: tuple[int, int] = (800, 600),
    option: str = "--surface-png",
) -> None:
    """Write the 3-D view of `snapshot` to `path` as a PNG of `size` (width, height).

    Raises OpenGLUnavailable without a display or context, ValueError for a
    snapshot without a surface or a bad size, ExportError when the file cannot
    be written (an existing file is then left as it was). `option` is what the
    person asked for, named in the message when there is no OpenGL.
    """
    if snapshot.surface is None:
        raise ValueError("the snapshot has no surface: take it with snapshot(grid=N)")
    width, height = size
    if width < 1 or height < 1:
        raise ValueError(f"the image size must be positive, got {width}x{height}")
    _ensure_application(option)
    reason = opengl_unavailable_reason()
    if reason is not None:
        raise OpenGLUnavailable(_unavailable(reason, option))
    save_image(path, render_surface_image(snapshot, size))


def render_animation(
    config: TrainConfig,
    curve: RunCurve,
    path: str | os.PathLike[str],
    options: AnimationOptions,
    progress: Callable[[int], None],
) -> tuple[int, float]:
    """Replay `config`'s run to `curve.last_epoch` and write it to `path` as an
    animation of the 3-D surface beside the loss plot; returns the frame count
    and how long the file plays, in seconds.

    `progress(frames_drawn)` is called after every step. Raises
    OpenGLUnavailable, or ExportError when the file cannot be written (no
    file is then left behind).
    """
    from xorgui.core.animation.epochs import frame_epochs
    from xorgui.core.animation.file import AnimationWriter
    from xorgui.core.animation.replay import replay

    _ensure_application("--animate")
    reason = opengl_unavailable_reason()
    if reason is not None:
        raise OpenGLUnavailable(_unavailable(reason, "--animate"))
    epochs = frame_epochs(
        curve.epochs, curve.losses, curve.last_epoch, options.frames, options.spacing
    )
    composer = FrameComposer(options.size, curve=curve if options.loss_plot else None)
    writer = AnimationWriter(path, options.fps)
    render = AnimationRender(replay(config, epochs), composer, writer)
    while render.step():
        progress(render.frames)
    return render.frames, render.play_seconds


def render_view_pngs(snapshot: Snapshot, folder: str | os.PathLike[str]) -> list[str]:
    """Write the surface and every view of VIEW_EXPORTS, showing `snapshot`, as
    PNG files in `folder`; return their names in the order written.

    The surface comes first, so that without OpenGL (OpenGLUnavailable)
    nothing is written; ExportError when a file cannot be written.
    """
    render_surface_png(
        snapshot, os.path.join(folder, SURFACE_FILE), option="--export-views"
    )
    for name, export in VIEW_EXPORTS.items():
        save_image(os.path.join(folder, name), offscreen_view_image(export, snapshot))
    return [SURFACE_FILE, *VIEW_EXPORTS]


def measure_window(print_row: Callable[..., None], *, quick: bool) -> None:
    """Measure the window and print its figures with `print_row` (a display needed);
    `quick` takes seconds-long measurements instead of minutes."""
    from xorgui.headless.bench import gui as gui_bench

    gui_bench.run_gui_bench(print_row, gui_bench.QUICK if quick else gui_bench.FULL)


def _ensure_application(option: str = "--surface-png") -> None:
    """Create the QApplication a CLI process lacks, unless that would abort it
    (then OpenGLUnavailable says why `option` cannot be rendered)."""
    global _application
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise OpenGLUnavailable(
                _unavailable(
                    "this process has a QCoreApplication, without graphics", option
                )
            )
        return
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal"):
        raise OpenGLUnavailable(
            _unavailable(f"QT_QPA_PLATFORM={platform} has no OpenGL: unset it", option)
        )
    with probed_display() as problem:
        if problem is None:
            # The app's own setup: its OpenGL format and shared contexts, which
            # pyqtgraph.opengl needs when a process has more than one GL widget.
            _application = create_app(sys.argv[:1])
            return
    # No screen: a private X server, for this process alone.
    private = start_private_display()
    if private is not None:
        raise OpenGLUnavailable(
            _unavailable(
                f"no display: {problem}, and no private one: {private}; install "
                "Xvfb or run under a display",
                option,
            )
        )
    with probed_display() as problem:
        if problem is not None:
            raise OpenGLUnavailable(_unavailable(f"no display: {problem}", option))
        _application = create_app(sys.argv[:1])


def _unavailable(reason: str, option: str = "--surface-png") -> str:
    return f"cannot render {option}: no OpenGL context could be created ({reason})"


def render_atlas_png(
    grid: AtlasGrid, path: str | os.PathLike[str], size: tuple[int, int] = (1100, 560)
) -> None:
    """Write the atlas's two heatmaps, with a caption of the setup, as a PNG.

    Raster drawing, no OpenGL: without a display Qt's offscreen platform draws
    it. Raises ExportError when the file cannot be written.
    """
    global _application
    if QCoreApplication.instance() is None:
        with probed_display() as problem:
            if problem is not None:
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            _application = create_app(sys.argv[:1])
    view = AtlasView()
    view.hover_label.hide()
    view.resize(*size)
    view.show_grid(grid)
    spec = grid.spec
    captions = [
        QCoreApplication.translate(
            "render", "{x} x {y}, seeds {first} to {last} in every cell"
        ).format(
            x=axis_title(spec.x.name),
            y=axis_title(spec.y.name),
            first=spec.seeds.start,
            last=spec.seeds[-1],
        ),
        QCoreApplication.translate("render", "Otherwise: {setup}").format(
            setup=setup_text(spec.base)
        ),
    ]
    try:
        save_image(path, with_caption(view.grab().toImage(), captions))
    finally:
        view.deleteLater()
