"""The keyboard walk has no dead ends: ↑/Backspace in an empty field go back,
Ctrl+L opens the whole list at the current item."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_walkthrough import cafe_site, open_window  # noqa: F401 (cafe_site is a fixture)

from inspector.services.inspection import walk as inspections

CAFE = "school-internet-cafe"


def _index(win, answer: str) -> int:
    """The first item asking ``answer`` that is shown and has a shown item before it."""
    for i, v in enumerate(win.item_views):
        if i and v.item.answer == answer and not win.view.is_hidden(v.key):
            return i
    raise AssertionError(answer)


def _previous_shown(win, i: int) -> int:
    return max(j for j in range(i) if not win.view.is_hidden(win.item_views[j].key))


def test_up_and_backspace_in_an_empty_field_go_back(qtbot, ctx, cafe_site):  # noqa: F811
    insp = inspections.start_inspection(ctx, cafe_site.id, [CAFE])
    win = open_window(qtbot, ctx, insp.id)
    for answer in ("text", "count"):
        i = _index(win, answer)
        for back in (Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            win.go_to(i)
            field = QApplication.focusWidget()
            assert field is win.item_views[i].answer.edit, answer
            qtbot.keyClick(field, back)
            assert win.current == _previous_shown(win, i), (answer, back)
        # with something typed, Backspace edits the field and the walk stays
        win.go_to(i)
        field = QApplication.focusWidget()
        qtbot.keyClicks(field, "3")
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        assert win.current == i and QApplication.focusWidget() is field


def test_ctrl_l_opens_the_list_at_the_current_item(qtbot, ctx, cafe_site):  # noqa: F811
    insp = inspections.start_inspection(ctx, cafe_site.id, [CAFE])
    win = open_window(qtbot, ctx, insp.id)
    assert win.single_mode
    last = max(i for i, v in enumerate(win.item_views) if not win.view.is_hidden(v.key))
    win.go_to(last)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not win.single_mode and win.current == last
    shown = [v for v in win.item_views if v.isVisible()]
    assert len(shown) > 1  # the whole list
    view = win.item_views[last]
    port = win.scroll_area.viewport()
    top = view.mapTo(port, QPoint(0, 0)).y()
    assert 0 <= top < port.height(), "the current item is in sight"
    assert QApplication.focusWidget() is not None and view.isAncestorOf(QApplication.focusWidget())
