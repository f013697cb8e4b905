"""In English, no Chinese is left on the main window's pages except what people typed.

The demo database is opened, the interface switched to English and every page
shown in turn. Every visible text (labels, buttons, group titles, combo box
entries, table headers and the first rows of every table, menu entries and
tooltips) is checked: once the values people entered are taken out (names,
addresses, grids, notes, issue numbers: the columns listed in USER_DATA), no
Chinese character may remain. A label or state built by the software in Chinese,
or a string that misses the translation catalogue, fails the test.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from inspector.services.core.context import open_context
from inspector.ui.shell.i18n import apply_language
from inspector.ui.shell.main_window import MainWindow

CJK = re.compile(r"[\u3001-\u303f\u4e00-\u9fff\uff01-\uffef]")
SELF_NAMED = {"中文"}  # the language menu names each language in itself

USER_DATA = {
    "site": ("name", "address", "grid", "community", "responsible_person", "notes"),
    "school": ("name", "address", "grid", "community", "notes"),
    "school_point": ("label",),
    "licence": ("kind", "number"),
    "inspection": ("site_name", "grid", "lead_inspector_name", "co_inspector_name",
                   "lead_inspector_id_no", "co_inspector_id_no", "location_text",
                   "measures_taken", "notes", "nearest_school_name"),
    "hand_signature": ("name", "role_text", "refusal_reason", "witness_name"),
    "list_issue": ("issue_number", "office_name", "published_by"),
    "list_entry": ("exclusion_reason", "reply_note"),
    "rectification_case": ("grid", "finding", "closing_note", "escalation_note"),
    "answer": ("text", "note"),
    "setting": ("value",),
    "issued_number": ("number",),
    "generated_document": ("number", "file_name"),
}  # fmt: skip


def user_values(database) -> list[str]:
    """What people typed into the demo database, longest first."""
    found: set[str] = set()
    with sqlite3.connect(database) as db:
        for table, columns in USER_DATA.items():
            for column in columns:
                for (value,) in db.execute(f"SELECT DISTINCT {column} FROM {table}"):
                    if isinstance(value, str) and CJK.search(value):
                        found.add(value.strip('"'))
    return sorted(found, key=len, reverse=True)


def visible_texts(window: QWidget, page: QWidget) -> list[str]:
    out: list[str] = []
    for w in [page, *page.findChildren(QWidget)]:
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += _model_texts(w.model())
        out.append(w.toolTip())
    return [t for t in out if isinstance(t, str) and t]


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def _model_texts(model) -> list:
    """Header and cells of the first rows (and their first children) of an item model."""
    top = QModelIndex()
    cols = _columns(model, top)
    out = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(cols)]
    for r in range(min(model.rowCount(top), 40)):
        out += [model.data(model.index(r, c, top)) for c in range(cols)]
        parent = model.index(r, 0, top)
        if isinstance(model.rowCount(parent), int) and _columns(model, parent) > 0:
            for k in range(min(model.rowCount(parent), 40)):
                out += [
                    model.data(model.index(k, c, parent)) for c in range(_columns(model, parent))
                ]
    return out


def leftover_chinese(texts: list[str], data: list[str]) -> list[str]:
    bad = []
    for text in texts:
        if text in SELF_NAMED or SELF_NAMED & {text.split(" (")[0]}:
            continue
        rest = text
        for value in data:
            if value in rest:
                rest = rest.replace(value, "")
        if CJK.search(rest):
            bad.append(text)
    return bad


@pytest.fixture
def english_demo(tmp_path, demo_copy):
    ctx = open_context(demo_copy(tmp_path / "demo"))  # the session's full demo, copied
    QSettings().clear()
    apply_language("en")
    yield ctx
    apply_language("zh_CN")
    QSettings().clear()


def test_every_page_speaks_english_apart_from_typed_data(qtbot, english_demo):
    ctx = english_demo
    data = user_values(ctx.paths.database)
    assert len(data) > 50  # the demo's names and addresses are known
    # template authors may keep a Chinese term in their English text, e.g. "(门前三包)"
    data += [t.title.en for t in ctx.catalog if CJK.search(t.title.en)]
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    problems: dict[str, list[str]] = {}
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Register" in titles and "Statistics" in titles
    for title in titles:
        page = window.show_page(title)
        qtbot.wait(20)
        bad = leftover_chinese(visible_texts(window, page), data)
        if bad:
            problems[title] = sorted(set(bad))[:10]
    actions = [a.text() for a in window.findChildren(QAction)]
    actions += [a.toolTip() for a in window.findChildren(QAction)]
    bad = leftover_chinese([t for t in actions if t], data)
    if bad:
        problems["menus"] = sorted(set(bad))
    assert problems == {}


def _dialogs(ctx) -> dict:
    from sqlmodel import select

    from inspector.store.engine import read_session
    from inspector.store.models import Inspection, Site
    from inspector.ui.inspection.header_dialog import HeaderDialog
    from inspector.ui.inspection.start_dialog import StartDialog
    from inspector.ui.inspection.walk_window import WalkWindow
    from inspector.ui.paperwork.signing_dialog import SigningDialog
    from inspector.ui.register.site_dialog import SiteDialog
    from inspector.ui.shell.about_dialog import AboutDialog
    from inspector.ui.shell.backup_dialog import BackupDialog
    from inspector.ui.shell.first_run import FirstRunWizard
    from inspector.ui.shell.settings_dialog import SettingsDialog

    with read_session(ctx.engine) as s:
        done = s.exec(select(Inspection).where(Inspection.status == "finished")).first()
        draft = s.exec(select(Inspection).where(Inspection.status == "draft")).first()
        site = s.exec(select(Site)).first()
    return {
        "site": lambda: SiteDialog(ctx, site.id),
        "start": lambda: StartDialog(ctx, site.id),
        "header": lambda: HeaderDialog(ctx, draft),
        "walk": lambda: WalkWindow(ctx, draft.id),
        "signing": lambda: SigningDialog(ctx, done.id),
        "settings": lambda: SettingsDialog(ctx),
        "backup": lambda: BackupDialog(ctx),
        "about": lambda: AboutDialog(ctx),
        "first-run": lambda: FirstRunWizard(ctx),
    }


def test_dialogs_and_the_walk_window_speak_english(qtbot, english_demo):
    ctx = english_demo
    data = user_values(ctx.paths.database)
    data += [t.title.en for t in ctx.catalog if CJK.search(t.title.en)]
    problems = {}
    for name, make in _dialogs(ctx).items():
        window = make()
        qtbot.addWidget(window)
        window.show()
        qtbot.wait(10)
        bad = leftover_chinese([window.windowTitle(), *visible_texts(window, window)], data)
        if bad:
            problems[name] = sorted(set(bad))[:10]
        window.close()
    assert problems == {}


def test_the_check_sees_chinese_built_by_the_software(qtbot, english_demo):
    data = user_values(english_demo.paths.database)
    assert leftover_chinese(["Status: 待整改"], data) == ["Status: 待整改"]
    name = next(v for v in data if len(v) > 2)
    assert leftover_chinese([f"Site {name} (Internet café)"], data) == []


def test_distance_tool_suggestions_follow_the_language(qtbot):
    from inspector.ui.inspection.distance_panel import DistancePanel

    def tools() -> list[str]:
        panel = DistancePanel()
        qtbot.addWidget(panel)
        return [panel.tool.itemText(i) for i in range(panel.tool.count())]

    apply_language("en")
    try:
        english = tools()
    finally:
        apply_language("zh_CN")
    assert "Tape measure" in english and not any(CJK.search(t) for t in english)
    assert "皮尺" in tools()
