"""The 3-D surface view and its 2-D fallback, drawn by a real X server and Mesa."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from xorgui.core.grid import grid_axis
from xorgui.core.snapshot import Surface
from xorgui.core.training.trainer import Snapshot, Trainer
from xorgui.headless.bench.gui import measure_frame_rate
from xorgui.visuals.colormap import Colourer
from xorgui.visuals.scene3d import gl_support
from xorgui.visuals.surface.view import SurfaceView

pytestmark = pytest.mark.gui

VIRIDIS_PURPLE = (0x44, 0x01, 0x54)
VIRIDIS_YELLOW = (0xFD, 0xE7, 0x25)


@pytest.fixture(scope="module")
def trained() -> Snapshot:
    """The article's XOR network after 20000 epochs, on a 100 x 100 grid."""
    trainer = Trainer()
    trainer.train(20000)
    return trainer.snapshot(grid=100)


@pytest.fixture
def fresh_probe():
    """Probe OpenGL anew in this test and again in the next."""
    gl_support.clear_cache()
    yield
    gl_support.clear_cache()


def _shown(qtbot, view: SurfaceView) -> SurfaceView:
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot) -> SurfaceView:
    view = _shown(qtbot, SurfaceView())
    qtbot.waitUntil(lambda: view.renderer != "")
    return view


@pytest.fixture
def flat_view(qtbot) -> SurfaceView:
    return _shown(qtbot, SurfaceView(use_opengl=False))


def _pixels(image: QImage) -> np.ndarray:
    """The image's pixels as an (h, w, 3) uint8 array."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    array = np.frombuffer(rgb.constBits(), dtype=np.uint8)
    rows = array.reshape(rgb.height(), rgb.bytesPerLine())
    # A copy: the buffer lives only as long as `rgb` does.
    return rows[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3).copy()


def _has_colour(pixels: np.ndarray, colour: tuple[int, int, int], tolerance=40) -> bool:
    distance = np.linalg.norm(pixels.astype(float) - np.array(colour), axis=-1)
    return bool((distance < tolerance).sum() >= 20)


def _distinct_colours(pixels: np.ndarray) -> int:
    return len(np.unique(pixels.reshape(-1, 3), axis=0))


def test_view_has_an_opengl_context(view):
    print(f"GL_RENDERER: {view.renderer}")
    assert view.uses_opengl
    assert view.fallback_reason is None
    assert view.renderer
    assert gl_support.opengl_unavailable_reason() is None
    assert gl_support.opengl_renderer()


def test_show_snapshot_changes_the_drawn_surface(view, trained):
    untrained = Trainer().snapshot(grid=100)
    view.show_snapshot(untrained)
    view.draw_now()
    before = view.drawn_heights()
    np.testing.assert_allclose(before, untrained.surface.values, atol=1e-6)
    view.show_snapshot(trained)
    view.draw_now()
    after = view.drawn_heights()
    np.testing.assert_allclose(after, trained.surface.values, atol=1e-6)
    assert np.abs(after - before).max() > 0.4


def test_trained_surface_is_high_at_the_xor_corners(view, trained):
    view.show_snapshot(trained)
    view.draw_now()
    heights = view.drawn_heights()
    # Element [i, j] is at (x1, x2) = (axis[i], axis[j]).
    assert heights[0, 0] < 0.1
    assert heights[0, -1] > 0.9
    assert heights[-1, 0] > 0.9
    assert heights[-1, -1] < 0.1


def test_a_burst_of_snapshots_is_drawn_once_latest_wins(qtbot, view, trained):
    before = view.frames_drawn
    untrained = Trainer().snapshot(grid=100)
    for _ in range(10):
        view.show_snapshot(untrained)
    view.show_snapshot(trained)
    qtbot.waitUntil(lambda: view.frames_drawn == before + 1)
    qtbot.wait(100)
    assert view.frames_drawn == before + 1
    np.testing.assert_allclose(view.drawn_heights(), trained.surface.values, atol=1e-6)


def test_each_new_surface_is_drawn_once_and_then_the_next_is_asked_for(
    qtbot, view, trained, monkeypatch
):
    with qtbot.waitSignal(view.surface_drawn):
        view.show_snapshot(trained)
    canvas = view._canvas
    draw = canvas.draw_snapshot
    sent: list[bool] = []

    def spy(snapshot: Snapshot) -> None:
        sent.append(snapshot.surface is not None)
        draw(snapshot)

    monkeypatch.setattr(canvas, "draw_snapshot", spy)
    # The same array again (a snapshot that came without a surface carries the
    # last one along): the points are drawn, the mesh is not sent again.
    later = replace(trained, epoch=trained.epoch + 1)
    with qtbot.assertNotEmitted(view.surface_drawn, wait=100):
        view.show_snapshot(later)
        view.draw_now()
    with qtbot.waitSignal(view.surface_drawn):
        copy = replace(trained.surface, values=trained.surface.values.copy())
        view.show_snapshot(replace(later, surface=copy))
    assert sent == [False, True]
    np.testing.assert_allclose(view.drawn_heights(), trained.surface.values, atol=1e-6)


def test_a_regrid_rebuilds_the_mesh(view, trained):
    coarse = Trainer().snapshot(grid=20)
    view.show_snapshot(coarse)
    view.draw_now()
    assert view.drawn_heights().shape == (20, 20)
    view.show_snapshot(trained)
    view.draw_now()
    assert view.drawn_heights().shape == (100, 100)


@pytest.mark.parametrize("grid", [256, 300])
def test_fine_grids_are_drawn(view, trained, grid):
    axis = grid_axis(grid)
    ramp = np.repeat(axis[:, None], grid, axis=1)
    view.show_snapshot(replace(trained, surface=Surface(axis, ramp)))
    pixels = _pixels(view.grab_image())
    assert _has_colour(pixels, VIRIDIS_PURPLE)
    assert _has_colour(pixels, VIRIDIS_YELLOW)


def test_grab_image_shows_viridis_in_device_pixels(view, trained):
    view.show_snapshot(trained)
    image = view.grab_image()
    ratio = view.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        round(view.width() * ratio),
        round(view.height() * ratio),
    )
    pixels = _pixels(image)
    assert _distinct_colours(pixels) > 50
    assert _has_colour(pixels, VIRIDIS_PURPLE)
    assert _has_colour(pixels, VIRIDIS_YELLOW)


def test_a_grab_before_the_first_frame_is_empty_not_a_crash(qtbot, trained):
    view = SurfaceView(use_opengl=True)  # built, never shown: no GL context yet
    qtbot.addWidget(view)
    view.show_snapshot(trained)
    assert view.grab_image().isNull()


def test_reset_camera_restores_the_default(view):
    default = view.camera_state()
    view.set_camera_state(
        {"distance": 7.0, "elevation": 80.0, "azimuth": 10.0, "center": [0, 0, 0]}
    )
    assert view.camera_state() != default
    view.reset_camera()
    assert view.camera_state() == default


def test_camera_state_round_trips_and_ignores_bad_values(view):
    # QSettings may hand numbers back as strings.
    view.set_camera_state(
        {"distance": "4.5", "elevation": 12, "azimuth": -30, "center": [0.1, 0.2, 0.3]}
    )
    state = view.camera_state()
    assert state["distance"] == 4.5
    assert state["elevation"] == 12.0
    assert state["azimuth"] == -30.0
    assert state["center"] == pytest.approx([0.1, 0.2, 0.3])
    view.set_camera_state(
        {
            "distance": -1,
            "elevation": float("nan"),
            "azimuth": "north",
            "center": [1.0, 2.0],
        }
    )
    assert view.camera_state() == state
    view.set_camera_state("not a mapping")  # type: ignore[arg-type]
    view.set_camera_state({"elevation": 500})
    assert view.camera_state()["elevation"] == 90.0


def test_frame_rate_can_be_measured(view):
    before = view.frames_drawn
    fps = measure_frame_rate(view, grid=20, seconds=0.2)
    assert fps > 0
    assert view.frames_drawn > before


def test_fallback_shows_a_notice_and_a_heatmap(flat_view, trained):
    assert not flat_view.uses_opengl
    assert flat_view.renderer == ""
    assert flat_view.fallback_reason
    notice = flat_view.findChild(QLabel, "surfaceNotice")
    assert notice is not None and notice.isVisible()
    assert flat_view.fallback_reason in notice.text()
    assert "2-D heatmap" in notice.text()
    assert flat_view.camera_state() == {}
    flat_view.show_snapshot(trained)
    flat_view.draw_now()
    np.testing.assert_allclose(flat_view.drawn_heights(), trained.surface.values)
    flat_view.reset_camera()
    pixels = _pixels(flat_view.grab_image())
    assert _distinct_colours(pixels) > 50
    assert _has_colour(pixels, VIRIDIS_PURPLE)
    assert _has_colour(pixels, VIRIDIS_YELLOW)


def test_no_opengl_variable_forces_the_fallback(qtbot, monkeypatch, fresh_probe):
    monkeypatch.setenv("XORGUI_NO_OPENGL", "1")
    reason = gl_support.opengl_unavailable_reason()
    assert reason is not None and "XORGUI_NO_OPENGL" in reason
    view = SurfaceView()
    qtbot.addWidget(view)
    assert not view.uses_opengl
    assert view.fallback_reason == reason


def test_colourer_maps_heights_onto_viridis():
    # The extremes are what a diverging linear output reaches: no overflow
    # (pytest turns numpy's warning into an error), just the end colours.
    heights = [0.0, 1.0, -3.0, 7.0, np.nan, -3e38, 3e38, -np.inf, np.inf]
    colours = Colourer().colours(np.array(heights, np.float32))
    low, high = VIRIDIS_PURPLE, VIRIDIS_YELLOW
    expected = [low, high, low, high, low, low, high, low, high]
    assert [tuple(c[:3]) for c in colours] == expected
    assert (colours[:, 3] == 255).all()
