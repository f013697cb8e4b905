"""A whole inspection on a real X display, driven by synthetic keys and mouse clicks.

Run by ``test_xcb_walk.py`` as ``python xcb_walk_driver.py DATA_DIR SHOTS_DIR`` with
``QT_QPA_PLATFORM=xcb`` and ``DISPLAY`` of an Xvfb (1366×768, 728 px free). It
builds the application as ``inspector`` does (``ensure_app``), shows the main
window, visits every page by clicking the navigation with the mouse, starts an
inspection with Ctrl+N and the keyboard, answers every item by keys (and the
next button by mouse), finishes with Ctrl+Enter and closes the signing dialog
that follows. At each step the whole X screen is grabbed to a PNG and the
window is checked against the free screen (:func:`screen_checks.misfits`).

Prints one JSON line (pages, screenshots, problems, the inspection's status)
and exits 0 only when nothing was wrong.
"""

from __future__ import annotations

import json
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from screen_checks import misfits

CAFE = "school-internet-cafe"
GATE = (25.7900, 113.0300)


class Run:
    def __init__(self, shots: Path):
        self.shots = shots
        self.taken: list[str] = []
        self.problems: list[str] = []
        self.pages: list[str] = []
        self.modals: list[str] = []

    def wait(self, ms: int = 30) -> None:
        QTest.qWait(ms)

    def wait_until(self, what: str, cond: Callable[[], object], timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what}")
            QTest.qWait(20)

    def shot(self, name: str, window: QWidget) -> None:
        """The whole X screen (what a user would see), then the window's fit."""
        self.wait(80)
        screen = QGuiApplication.primaryScreen()
        picture = screen.grabWindow(0)
        if picture.isNull():
            self.problems.append(f"{name}: the screen could not be grabbed")
        path = self.shots / f"{len(self.taken) + 1:02d}-{name}.png"
        picture.save(str(path))
        self.taken.append(path.name)
        self.problems += [f"{name}: {p}" for p in misfits(window)]

    def focused(self) -> QWidget:
        w = QApplication.focusWidget()
        assert w is not None, "nothing has the keyboard focus"
        return w

    def key(self, key: Qt.Key, mod=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
        QTest.keyClick(widget or self.focused(), key, mod)
        self.wait(10)

    def type(self, text: str, widget=None) -> None:
        """ASCII key by key, Chinese as an input-method commit (as a Chinese IME sends it)."""
        target = widget or self.focused()
        for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            if chunk.isascii():
                QTest.keyClicks(target, chunk)
            else:
                event = QInputMethodEvent()
                event.setCommitString(chunk)
                QApplication.sendEvent(target, event)
        self.wait(10)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pos if pos is not None else widget.rect().center())  # fmt: skip
        self.wait(20)


def when_modal(cls, action: Callable[[QDialog], None]) -> None:
    """Run ``action(dialog)`` once a modal dialog of ``cls`` is up (its exec() blocks us)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            action(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def prepare(data: Path):
    from inspector.services.core.context import open_context
    from inspector.services.register.entries import (
        PointData,
        SchoolData,
        SiteData,
        save_school,
        save_site,
    )

    ctx = open_context(data)
    ctx.settings.inspector_name = "张伟"
    ctx.settings.inspector_id_no = "湘执 0031"
    ctx.save_settings()
    save_school(ctx, SchoolData(name="北湖小学", points=[PointData(*GATE, "gate", "南门")]))
    site = SiteData(name="星空网吧", kind="internet_cafe", address="人民路 12 号",
                    grid="一网格", lat=GATE[0] + 0.003, lon=GATE[1])  # fmt: skip
    save_site(ctx, site)
    return ctx


def visit_pages(run: Run, window) -> None:
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        run.click(window.nav.viewport(), window.nav.visualItemRect(item).center())
        run.wait_until(f"page {row}", lambda r=row: window.stack.currentIndex() == r)
        run.wait(150)
        run.pages.append(item.text())
        run.shot(f"page-{row:02d}", window)


def start_inspection(run: Run, window) -> None:
    from inspector.ui.inspection.start_dialog import StartDialog

    def drive(dialog: StartDialog) -> None:
        try:
            run.wait_until("the search field", dialog.search.hasFocus)
            run.type("12", dialog.search)  # the address 人民路 12 号
            run.key(Qt.Key.Key_Return, widget=dialog.search)
            run.wait_until("the site chosen", lambda: "星空网吧" in dialog.site_label.text())
            for row in range(dialog.templates.count()):  # keep only the internet-café list
                item = dialog.templates.item(row)
                wanted = item.data(Qt.ItemDataRole.UserRole) == CAFE
                if (item.checkState() == Qt.CheckState.Checked) != wanted:
                    rect = dialog.templates.visualItemRect(item)
                    box = QPoint(rect.left() + 10, rect.center().y())  # the check box
                    run.click(dialog.templates.viewport(), box)
                    if (item.checkState() == Qt.CheckState.Checked) != wanted:
                        dialog.templates.setCurrentRow(row)
                        run.key(Qt.Key.Key_Space, widget=dialog.templates)
            run.click(dialog.co_name)
            run.type("李娜", dialog.co_name)
            run.key(Qt.Key.Key_Tab, widget=dialog.co_name)
            run.type("湘执 0032")
            run.shot("start-dialog", dialog)
            run.click(dialog.ok)  # 开始检查, by mouse
        except Exception:
            run.problems.append("start dialog: " + traceback.format_exc(limit=3))
            dialog.reject()

    when_modal(StartDialog, drive)
    run.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, widget=window)


def answer_all(run: Run, walk) -> None:
    """Every shown item by keys: pass, counts 0 (5 when 0 fails), a passing choice, text."""
    run.shot("walk-start", walk)
    seen = 0
    while True:
        start = walk.current
        view = walk.current_view()
        kind = view.item.answer
        if walk.distance_panel is not None and view.distance_panel is not None:
            run.type("341.5")  # digits go to the distance panel; Enter records
            run.key(Qt.Key.Key_Return)
            run.wait_until("the measurement", lambda: walk.distance_panel.table.rowCount() == 1)
            run.shot("walk-distance", walk)
        elif kind == "pass_fail":
            run.key(Qt.Key.Key_1)
        elif kind in ("count", "measurement"):
            run.type("0")
            run.key(Qt.Key.Key_Return)  # commit the number (moves on when it passes)
            if walk.current_view() is view and view.status() == "fail":
                run.key(Qt.Key.Key_Backspace)
                run.type("5")
                run.key(Qt.Key.Key_Return)
        elif kind == "choice":  # the last choice that does not fail ("没有" minors present)
            n = max(i for i, c in enumerate(view.item.choices, start=1) if not c.fails)
            run.key(Qt.Key(Qt.Key.Key_0.value + n))
        else:
            run.type("店内秩序良好")
        seen += 1
        if seen == 4:
            run.shot("walk-middle", walk)
        if walk.current == start:
            if seen % 2:
                run.click(walk.next_button)  # by mouse
            else:
                run.key(Qt.Key.Key_Return)
        if walk.current == start:
            break  # the last item
        if seen > 60:
            raise AssertionError("the walk does not end")


def main(data: Path, shots: Path) -> int:
    from inspector.ui.shell.application import ensure_app
    from inspector.ui.shell.i18n import apply_language

    shots.mkdir(parents=True, exist_ok=True)
    run = Run(shots)
    app = ensure_app()  # as `inspector` starts: the screen-fit filter is installed
    apply_language("zh_CN")
    result: dict[str, object] = {"platform": app.platformName()}
    screen = app.primaryScreen()
    result["screen"] = screen.geometry().getRect()
    result["available"] = screen.availableGeometry().getRect()
    ctx = prepare(data)
    from inspector.services.inspection.view import load_inspection
    from inspector.ui.shell.main_window import MainWindow

    status = ""
    try:
        window = MainWindow(ctx)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        run.wait_until("the status counts", lambda: window.extras_status.counts.drafts is not None)
        visit_pages(run, window)
        window.show_page(window.nav.item(0).text())
        start_inspection(run, window)
        run.wait_until("the walk window", lambda: bool(window.walk_hooks.walks), timeout=20)
        (walk,) = window.walk_hooks.walks.values()
        QTest.qWaitForWindowExposed(walk)
        walk.activateWindow()
        run.wait_until("the first item", lambda: walk.isAncestorOf(QApplication.focusWidget()))
        answer_all(run, walk)
        run.shot("walk-end", walk)

        def leave(dialog: QDialog) -> None:
            run.modals.append(f"{type(dialog).__name__}: {dialog.windowTitle()}")
            run.shot(f"after-finish-{type(dialog).__name__}", dialog)
            dialog.reject()

        when_modal(QDialog, leave)  # the signing dialog that follows finishing
        run.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        run.wait_until("finished", lambda: walk.locked, timeout=20)
        run.wait_until("the signing dialog", lambda: bool(run.modals), timeout=20)
        run.wait(200)
        status = load_inspection(ctx, walk.inspection_id).inspection.status
        walk.close()
        window.close()
    except Exception:
        run.problems.append(traceback.format_exc(limit=6))
    finally:
        ctx.close()
    result.update(pages=run.pages, shots=run.taken, problems=run.problems, modals=run.modals,
                  status=status)  # fmt: skip
    print(json.dumps(result, ensure_ascii=False))
    return 0 if not run.problems and status == "finished" else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
