"""The window walked over the combinations a classroom produces, measured.

Run as a script on an X server of the screen size to test (the test starts one
Xvfb a size): it opens the window with fresh settings and, in English and in
Japanese, turns View > Larger text on and off, opens the lessons panel (F2)
and starts lesson 1, shows each dock, resets the layout and goes full screen
and back. At each step it measures what a person would see and writes
`walk.json` (every step's figures and the problems found) and one PNG a step
(`window.grab()`) into the folder it is given.

    python tests/gui/layout_walk.py OUT_DIR [--full]

--full walks every dock with larger text on and off and the lessons panel
open and closed; without it, a representative part.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEventLoop, QPoint, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

READABLE_PLANE = 200
"""The plane's plot, in pixels a side at least, when it is shown."""
READABLE_SQUARE = 150
"""The unit square inside it (the plot less its axes), in pixels a side."""
SETTLE_MS = 600
RETRIES = 3
"""Measurements again, a settle apart, before a problem counts: training
goes on while the walk measures, and a fit follows a longer text."""
Step = dict[str, Any]


def settle(ms: int = SETTLE_MS) -> None:
    """Let Qt lay out and paint (the docks and the fit run on the event loop)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def seen(widget: QWidget) -> bool:
    """Visible and not wholly covered (a dock's tab behind another is not); a
    scroll area or plot by its viewport, which covers all of it."""
    if isinstance(widget, QAbstractScrollArea) and widget.viewport() is not widget:
        return widget.isVisible() and seen(widget.viewport())
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def in_scroll_area(widget: QWidget) -> bool:
    """Inside a scroll area's contents: scrolled to, never clipped for good."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not widget:
            return parent.widget().isAncestorOf(widget)
        parent = parent.parentWidget()
    return False


def name_of(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    label = widget.objectName() or type(widget).__name__
    return f"{label} {text[:40]!r}" if text else label


def plain(text: str) -> str:
    """A label's text as it reads: rich text's tags and entities dropped."""
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&nbsp;", " ").replace("&amp;", "&")


def text_problem(widget: QWidget) -> str | None:
    """Why the widget's text does not fit it, or None."""
    if isinstance(widget, QLabel):
        return label_problem(widget)
    if isinstance(widget, QToolButton) and isinstance(widget.parent(), QToolBar):
        return None  # checked with its toolbar
    if isinstance(widget, QAbstractButton) and widget.text():
        if widget.width() < widget.sizeHint().width():
            return f"needs {widget.sizeHint().width()} px, has {widget.width()}"
        return None
    if isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if needed > field.width() and not widget.toolTip():
            return f"text needs {needed} px, field {field.width()}"
    return None


def label_problem(label: QLabel) -> str | None:
    text = QLabel.text(label)  # as drawn: an eliding label's text() is whole
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * label.margin()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"wrapped text needs {needed} px high, has {label.height()}"
        return None
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in plain(text).split("\n"))
    if widest > room:
        if "…" in text and label.toolTip():
            return None  # elided on purpose, whole in its tooltip
        return f"text needs {widest} px, has {room}"
    return None


def toolbar_problems(toolbar: QToolBar) -> Iterator[str]:
    """Every action's button shown whole (none pushed into the >> menu)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is None or action.isSeparator() or not action.isVisible():
            continue
        label = action.text().replace("&", "")
        if not button.isVisible():
            yield f"toolbar button {label!r} is hidden (no room)"
        elif not toolbar.rect().contains(QRect(button.pos(), button.size())):
            yield f"toolbar button {label!r} is cut off"
        elif button.width() < button.sizeHint().width():
            yield f"toolbar button {label!r} needs {button.sizeHint().width()} px"


def table_problems(table: QTableView) -> Iterator[str]:
    """Each column's title fits its column, and every column is in view (or
    scrolled to)."""
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        size = header.sectionSize(column)
        needed = metrics.horizontalAdvance(title) + 2 * header.style().pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin, None, header
        )
        if needed > size:
            yield f"column {title!r} needs {needed} px, has {size}"
        right = header.sectionViewportPosition(column) + size
        scrolls = table.horizontalScrollBar().isVisible()
        if right > table.viewport().width() + 1 and not scrolls:
            yield f"column {title!r} ends at {right}, past the table's edge"


def axis_problems(axis: pg.AxisItem, view: pg.GraphicsView) -> Iterator[str]:
    """The axis's tick labels as pyqtgraph draws them: none overlapping, none
    cut off by the edge of the plot."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return
    texts = [(rect, text) for rect, _flags, text in specs[2]]
    for (one, a), (other, b) in combinations(texts, 2):
        if one.intersects(other):
            yield f"{axis.orientation} tick labels {a!r} and {b!r} overlap"
    area = view.viewport().rect()
    for rect, text in texts:
        where = view.mapFromScene(axis.mapRectToScene(rect)).boundingRect()
        if not area.adjusted(-1, -1, 1, 1).contains(where):
            yield f"{axis.orientation} tick label {text!r} is cut off"


def plot_problems(view: pg.GraphicsView) -> Iterator[str]:
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if (
            isinstance(item, pg.AxisItem)
            and item.isVisible()
            and item.style["showValues"]
        ):
            for problem in axis_problems(item, view):
                yield f"{view.objectName() or type(view).__name__}: {problem}"
        if isinstance(item, pg.LegendItem) and item.isVisible() and item.items:
            box = item.sceneBoundingRect()
            for axis in (a for a in scene.items() if isinstance(a, pg.AxisItem)):
                if axis.isVisible() and box.intersects(axis.sceneBoundingRect()):
                    yield f"{type(view).__name__}: the legend covers an axis"
                    break


def measure(window: QWidget, name: str) -> Step:
    """One step's figures and the problems a person would see."""
    screen = window.screen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    problems: list[str] = []
    if not available.contains(frame):
        problems.append(f"the window {rect_list(frame)} exceeds the screen")
    tops = [window] + [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.isFloating() and dock.isVisible()
    ]
    for top in tops[1:]:
        if not available.contains(top.frameGeometry()):
            problems.append(f"the floating {top.objectName()} exceeds the screen")
        for view in essential_views(window):
            if seen(view) and top.frameGeometry().intersects(global_rect(view)):
                problems.append(
                    f"the floating {top.objectName()} covers {name_of(view)}"
                )
    docked = [
        dock
        for dock in window.findChildren(QDockWidget)
        if seen(dock) and not dock.isFloating()
    ]
    for one, other in combinations(docked, 2):
        if global_rect(one).intersects(global_rect(other)):
            problems.append(f"{one.objectName()} and {other.objectName()} overlap")
    screen_rect = screen.geometry()
    for top in tops:
        for widget in top.findChildren(QWidget):
            if not seen(widget) or in_scroll_area(widget):
                continue
            if isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
                where = global_rect(widget)
                if not screen_rect.contains(where):
                    problems.append(f"{name_of(widget)} is off the screen")
                holder = widget.window()
                if not global_rect(holder).contains(where):
                    problems.append(f"{name_of(widget)} is cut by its window")
                problem = text_problem(widget)
                if problem:
                    problems.append(f"{name_of(widget)}: {problem}")
            elif isinstance(widget, QToolBar):
                problems.extend(toolbar_problems(widget))
            elif isinstance(widget, QTableView) and not isinstance(widget, QHeaderView):
                problems.extend(table_problems(widget))
            elif isinstance(widget, pg.GraphicsView):
                problems.extend(plot_problems(widget))
    plane = plane_size(window)
    if plane is not None and min(plane[:2]) < READABLE_PLANE:
        problems.append(f"the plane view is {plane[0]} x {plane[1]} px")
    if plane is not None and min(plane[2:]) < READABLE_SQUARE:
        problems.append(f"the plane's square is {plane[2]} x {plane[3]} px")
    return {
        "step": name,
        "screen": rect_list(available),
        "window": rect_list(frame),
        "full_screen": window.isFullScreen(),
        "plane": plane,
        "docks": {
            dock.objectName(): {
                "seen": seen(dock),
                "floating": dock.isFloating(),
                "rect": rect_list(global_rect(dock)),
            }
            for dock in window.findChildren(QDockWidget)
            if dock.isVisible()
        },
        "problems": sorted(set(problems)),
    }


def essential_views(window: Any) -> list[QWidget]:
    """What a lesson points at in the window itself: no floating dock may
    cover them (the controls may give way; the lesson sets them)."""
    return [window.surface_pane, window.loss_plot, window.truth_table]


def plane_size(window: Any) -> list[int] | None:
    """The plane's plot and its data area (width, height, width, height) in
    pixels, when a person can see it."""
    dock = window.docks.dock("plane")
    plot = window.line_views.plane.plot
    if not seen(dock) or not seen(plot):
        return None
    box = plot.getPlotItem().getViewBox()
    square = plot.mapFromScene(box.sceneBoundingRect()).boundingRect()
    return [plot.width(), plot.height(), square.width(), square.height()]


def rect_list(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


class Walk:
    """Steps taken in one window, measured and photographed as they happen."""

    def __init__(self, window: Any, out: Path, language: str) -> None:
        self.window = window
        self.out = out
        self.language = language
        self.steps: list[Step] = []

    def take(self, name: str, action: Callable[[], object] | None = None) -> Step:
        if action is not None:
            action()
        settle()
        step = measure(self.window, name)
        for _ in range(RETRIES):  # a text that grew a moment ago: fitted soon
            if not step["problems"]:
                break
            settle()
            step = measure(self.window, name)
        step["language"] = self.language
        picture = f"{self.language}-{len(self.steps):02d}-{name}.png"
        self.window.grab().save(str(self.out / picture))
        step["picture"] = picture
        self.steps.append(step)
        return step


def walk_language(window: Any, out: Path, language: str, full: bool) -> list[Step]:
    """The combinations, in `language`; the window ends as it began."""
    larger = view_action(window, "largerTextAction")
    full_screen = view_action(window, "fullScreenAction")
    reset = view_action(window, "resetLayoutAction")
    lessons = window.lessons
    walk = Walk(window, out, language)
    start = walk.take("start")
    views = [n for n in window.docks.names() if n != "lessons"]
    for text_on in (False, True) if full else (True,):
        prefix = "larger" if text_on else "normal"
        if text_on:
            walk.take("larger-text", larger.trigger)
        opened = walk.take(f"{prefix}-lessons-open", lambda: lessons.open(0))
        if not opened["docks"].get("lessonsDock", {}).get("seen"):
            opened["problems"].append("F2's lessons panel is not in sight")
        walk.take(
            f"{prefix}-lesson-1-started", lambda: lessons.panel.start_button.click()
        )
        for name in views if full else views[-2:]:
            walk.take(
                f"{prefix}-lessons-dock-{name}",
                lambda n=name: window.docks.show_view(n),
            )
        walk.take(f"{prefix}-lessons-closed", lessons.dock.hide)
        for name in views if full else views[:1]:
            walk.take(f"{prefix}-dock-{name}", lambda n=name: window.docks.show_view(n))
        if text_on:
            back = walk.take("normal-text-again", larger.trigger)
            expect_size(back, start, "larger text off")
            walk.take("larger-text-again", larger.trigger)
        walk.take(f"{prefix}-reset-layout", reset.trigger)
    before = walk.steps[-1]
    shown = walk.take("full-screen", full_screen.trigger)
    if shown["window"] != rect_list(window.screen().geometry()):
        shown["problems"].append(f"full screen shows the window at {shown['window']}")
    left = walk.take("full-screen-left", full_screen.trigger)
    expect_size(left, before, "leaving full screen")
    if larger.isChecked():
        walk.take("normal-text-at-last", larger.trigger)
    walk.take("reset-layout-again", reset.trigger)
    return walk.steps


def expect_size(step: Step, earlier: Step, change: str) -> None:
    """A problem in `step` unless the window is as large as in `earlier`."""
    if step["window"][2:] != earlier["window"][2:]:
        step["problems"].append(
            f"{change} leaves the window {step['window'][2:]}, "
            f"not {earlier['window'][2:]} ({earlier['step']})"
        )


def view_action(window: Any, name: str) -> QAction:
    """The View menu's action called `name`. A window without the names (main
    before the layout had one owner) is walked too, to show what it fails."""
    found = window.findChild(QAction, name)
    if found is not None:
        return found
    older = {
        "largerTextAction": lambda: window.presentation.larger_text_action,
        "fullScreenAction": lambda: window.presentation.full_screen_action,
        "resetLayoutAction": lambda: window.window_layout.reset_layout_action,
    }
    return older[name]()


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    full = "--full" in argv
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from xorgui.window.application import create_app
    from xorgui.window.language.languages import use_language

    app = create_app(["layout-walk"])
    from xorgui.window.main_window import MainWindow

    steps: list[Step] = []
    for language in ("en", "ja"):
        # Fresh settings: a window restored without a window manager (Xvfb)
        # takes a frame it does not have off its saved size.
        QSettings.setPath(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            tempfile.mkdtemp(prefix=f"layout-walk-{language}-"),
        )
        use_language(language)
        window = MainWindow()
        window.show()
        for _ in range(300):
            settle(100)
            if window.surface_view is not None and window.snapshot is not None:
                break
        steps.extend(walk_language(window, out, language, full))
        window.close()
        settle(100)
    size = app.primaryScreen().size()
    (out / "walk.json").write_text(
        json.dumps({"screen": [size.width(), size.height()], "steps": steps}, indent=1),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
