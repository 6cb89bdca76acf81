"""Choosing and making the data in the window: the Data controls start a new
run on the chosen set, the plane view and the 3-D view draw every point
(test points as rings, hidden on request), clicks in the plane draw points
while training is paused, and File > Import data (CSV) trains on a file's
points. Checked by what a person sees: the colours on the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from window_actions import choose, click  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import data_set
from xorgui.core.session.run_session import RunState
from xorgui.visuals.colormap import CLASS_COLOURS
from xorgui.visuals.heatmap_view import HeatmapView
from xorgui.window.controls.panel import ControlsPanel
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui
TIMEOUT_MS = 20_000


def pixel(view: HeatmapView, image: QImage, x1: float, x2: float) -> QPoint:
    """Where the point (x1, x2) of the square lies in `image` of `view`."""
    box = view.getPlotItem().getViewBox()
    where = view.mapFromScene(box.mapViewToScene(QPointF(x1, x2)))
    ratio = image.devicePixelRatio()
    return QPoint(round(where.x() * ratio), round(where.y() * ratio))


def colours_near(image: QImage, at: QPoint, radius: int) -> set[str]:
    """The colours of `image` within `radius` pixels of `at`."""
    return {
        image.pixelColor(at.x() + dx, at.y() + dy).name()
        for dx in range(-radius, radius + 1)
        for dy in range(-radius, radius + 1)
        if 0 <= at.x() + dx < image.width() and 0 <= at.y() + dy < image.height()
    }


def shows_class(
    view: HeatmapView, image: QImage, point: np.ndarray, label: float
) -> bool:
    """Whether the class colour of `label` is drawn at `point` (filled or a ring)."""
    colour = CLASS_COLOURS[int(label > 0.5)]
    return colour in colours_near(image, pixel(view, image, *point), 5)


def wait_for_setup(qtbot: QtBot, window: MainWindow, **fields: object) -> None:
    """Until the run on screen was started from a setup with `fields`."""
    qtbot.waitUntil(
        lambda: (
            window.snapshot is not None
            and all(getattr(window.snapshot.config, k) == v for k, v in fields.items())
            and window.state is RunState.READY
        ),
        timeout=TIMEOUT_MS,
    )


def show_plane(qtbot: QtBot, window: MainWindow) -> HeatmapView:
    window.docks.show_view("plane")
    plane = window.line_views.plane
    qtbot.waitUntil(lambda: not plane.visibleRegion().isEmpty())
    plane.flush()
    return plane.plot


def test_the_data_controls_train_the_circle_and_every_point_is_drawn(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    assert not controls.data_group.isVisible()  # the article's settings come first
    qtbot.mouseClick(controls.data_section.header, Qt.MouseButton.LeftButton)
    assert controls.data_group.data.isVisible()
    controls.data_group.data.setFocus()
    qtbot.keyClicks(controls.data_group.data, "Ci")  # typed, as a person picks
    assert controls.data_group.data.currentText() == "Circle"
    wait_for_setup(qtbot, window, data="circle")
    assert not controls.gate.isEnabled()  # the circle's labels are its own
    share = controls.data_group.test_share
    share.setFocus()
    share.selectAll()
    qtbot.keyClicks(share, "30")
    qtbot.keyClick(share, Qt.Key.Key_Return)
    wait_for_setup(qtbot, window, data="circle", test_share=0.3)

    config = window.snapshot.config
    data = data_set(config)
    assert len(data.points) == 200 and data.test.sum() == 60
    plot = show_plane(qtbot, window)
    qtbot.waitUntil(lambda: plot.marks is not None and len(plot.marks.index) == 200)
    image = plot.grab().toImage()
    shown = [
        shows_class(plot, image, point, target)
        for point, target in zip(data.points, data.targets[:, 0], strict=True)
    ]
    assert np.mean(shown) > 0.95  # a few lie under others of the other class

    # Hidden test points: the training points stay, the rings go.
    box = controls.data_group.show_test
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not controls.data_group.test_points_shown()
    qtbot.waitUntil(lambda: len(plot.marks.index) == 140)
    assert not plot.marks.test.any()
    surface = window.surface_view
    if surface.gl_window is not None:
        assert len(surface.gl_window._items.marks.index) == 140


def test_the_article_corners_look_as_before(qtbot: QtBot, window: MainWindow) -> None:
    plot = show_plane(qtbot, window)
    qtbot.waitUntil(lambda: plot.marks is not None)
    assert plot.marks.size_share == 1.0 and not plot.marks.test.any()
    image = plot.grab().toImage()
    corners = ((0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0))
    for x1, x2, target in corners:
        colour = QColor(CLASS_COLOURS[target]).name()
        assert colour in colours_near(image, pixel(plot, image, x1, x2), 2)


def test_clicks_draw_points_while_paused_and_are_refused_while_running(
    qtbot: QtBot, window: MainWindow
) -> None:
    plot = show_plane(qtbot, window)
    viewport = plot.viewport()

    def click_at(
        x1: float, x2: float, button: Qt.MouseButton, shift: bool = False
    ) -> None:
        image = plot.grab().toImage()
        at = pixel(plot, image, x1, x2) / image.devicePixelRatio()
        modifier = (
            Qt.KeyboardModifier.ShiftModifier
            if shift
            else Qt.KeyboardModifier.NoModifier
        )
        qtbot.mouseClick(viewport, button, modifier, at)

    click_at(0.5, 0.5, Qt.MouseButton.LeftButton)
    wait_for_setup(qtbot, window, data="given")
    given = window.snapshot.config.given
    assert len(given) == 5 and given[:4] == ((0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0))
    assert given[4][2] == 1.0 and given[4][:2] == pytest.approx((0.5, 0.5), abs=0.02)
    assert "Added a point of class 1" in window.status.currentMessage()
    assert window.controls.data_group.data.currentText() == "Your own points"

    click_at(0.3, 0.6, Qt.MouseButton.LeftButton, shift=True)
    qtbot.waitUntil(lambda: len(window.snapshot.config.given) == 6, timeout=TIMEOUT_MS)
    assert window.snapshot.config.given[5][2] == 0.0
    qtbot.waitUntil(lambda: len(plot.marks.index) == 6, timeout=TIMEOUT_MS)
    image = plot.grab().toImage()
    assert shows_class(plot, image, np.array([0.3, 0.6]), 0.0)

    click_at(0.51, 0.49, Qt.MouseButton.RightButton)
    qtbot.waitUntil(lambda: len(window.snapshot.config.given) == 5, timeout=TIMEOUT_MS)
    # The point near the click went; the Shift+clicked one stayed.
    assert window.snapshot.config.given[4][:2] == pytest.approx((0.3, 0.6), abs=0.02)

    click_at(0.9, 0.5, Qt.MouseButton.RightButton)
    assert "No point there to remove" in window.status.currentMessage()
    assert len(window.controls.config().given) == 5

    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.RUNNING, timeout=TIMEOUT_MS)
    click_at(0.7, 0.2, Qt.MouseButton.LeftButton)
    assert "Pause training first" in window.status.currentMessage()
    assert len(window.controls.config().given) == 5


def test_importing_a_csv_trains_on_its_points_and_a_bad_one_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Callable[[], list[str]],
) -> None:
    good = tmp_path / "points.csv"
    rows = [(0.1, 0.1, 0), (0.2, 0.9, 1), (0.9, 0.2, 1), (0.8, 0.8, 0), (0.5, 0.5, 1)]
    good.write_text("x1,x2,label\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows))
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n0.1,0.1,0\n0.2,1.5,1\n")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    texts = message_boxes()
    choose(qtbot, window, "File", "Import data (CSV)...")
    qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT_MS)
    assert "line 3, column 2: \u201c1.5\u201d is outside the square" in texts[0]
    assert "Nothing was changed." in texts[0]
    assert window.controls.config() == TrainConfig()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    choose(qtbot, window, "File", "Import data (CSV)...")
    wait_for_setup(qtbot, window, data="given")
    assert window.snapshot.config.given == tuple(
        (float(a), float(b), float(c)) for a, b, c in rows
    )
    plot = show_plane(qtbot, window)
    qtbot.waitUntil(lambda: plot.marks is not None and len(plot.marks.index) == 5)
    image = plot.grab().toImage()
    for a, b, c in rows:
        assert shows_class(plot, image, np.array([a, b]), c), (a, b, c)


def test_inputs_batch_size_and_penalties_start_new_runs_and_explain_themselves(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    section = controls.generalization_section
    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)
    assert section.is_open() and controls.batch_size.isVisible()
    assert controls.batch_size.text() == "Full batch"
    new = [
        *controls.features.boxes.values(),
        controls.batch_size,
        controls.l1,
        controls.l2,
        controls.data_group.data,
        controls.data_group.points,
        controls.data_group.noise,
        controls.data_group.data_seed,
        controls.data_group.test_share,
        controls.data_group.show_test,
        controls.data_group.draw_class,
        controls.data_section.header,
        section.header,
    ]
    assert all(widget.toolTip() for widget in new)

    spin = controls.l2
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "0.01")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    wait_for_setup(qtbot, window, l2=0.01)
    spin = controls.batch_size
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    wait_for_setup(qtbot, window, batch_size=1, l2=0.01)


def test_inputs_are_chosen_and_the_last_stays_on_saying_why(qtbot: QtBot) -> None:
    """In the panel alone: the views that draw features are not this test's."""
    controls = ControlsPanel(TrainConfig())
    qtbot.addWidget(controls)
    controls.generalization_section.set_open(True)
    controls.show()
    said: list[str] = []
    changed: list[TrainConfig] = []
    controls.notice.connect(said.append)
    controls.config_changed.connect(changed.append)
    boxes = controls.features.boxes
    for name in ("x1x2", "x1", "x2", "x1x2"):
        box = boxes[name]
        qtbot.mouseClick(
            box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2)
        )
    assert boxes["x1x2"].isChecked()
    assert controls.architecture.text() == "1-2-1"
    assert [config.features for config in changed] == [
        ("x1", "x2", "x1x2"),
        ("x2", "x1x2"),
        ("x1x2",),
    ]
    assert said == ["The network needs at least one input: x1\u00b7x2 stays on."]


def test_a_csv_file_dropped_on_the_plane_is_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "dropped.csv"
    path.write_text("0.2,0.2,1\n0.8,0.8,1\n0.2,0.8,0\n0.8,0.2,0\n")
    plane = window.line_views.plane
    show_plane(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = QPointF(plane.rect().center())
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(
        centre.toPoint(), action, mime, button, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(plane, enter)
    assert enter.isAccepted()
    drop = QDropEvent(centre, action, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(plane, drop)
    wait_for_setup(qtbot, window, data="given")
    assert [p[2] for p in window.snapshot.config.given] == [1.0, 1.0, 0.0, 0.0]
    assert "Imported 4 points" in window.status.currentMessage()


def test_fewer_points_lower_a_test_share_too_large_in_the_same_change(
    qtbot: QtBot,
) -> None:
    corners = ((0.0, 0.0, 0.0), (0.0, 1.0, 1.0), (1.0, 0.0, 1.0), (1.0, 1.0, 0.0))
    five = TrainConfig(data="given", given=(*corners, (0.5, 0.5, 1.0)), test_share=0.9)
    controls = ControlsPanel(five)
    qtbot.addWidget(controls)
    assert controls.config() == five
    changed: list[TrainConfig] = []
    controls.config_changed.connect(changed.append)
    controls.use_given(corners)
    # 90% of 4 points leaves none to train on: 87% holds 3 of them out.
    assert [(len(c.given), c.test_share, c.test_count) for c in changed] == [
        (4, 0.87, 3)
    ]


def test_a_share_the_box_rounds_is_kept_exactly(qtbot: QtBot) -> None:
    setup = TrainConfig(data="circle", test_share=0.333)
    controls = ControlsPanel(setup)
    qtbot.addWidget(controls)
    assert controls.data_group.test_share.value() == 33
    assert controls.config() == setup
    controls.data_group.test_share.setValue(40)
    assert controls.config().test_share == 0.4
