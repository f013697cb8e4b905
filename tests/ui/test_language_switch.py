"""Switching zh_CN → en → zh_CN at run time leaves nothing in the other language.

The demo database is opened in Chinese, every page of the main window is shown and
every dialog opened (non-modally), then the interface is switched to English and
back. Every visible string is collected each time: window titles, labels, buttons,
group boxes, line-edit placeholders, tab texts, combo box entries, list entries,
table and tree headers and the first rows of every table, menu entries and the
status bar line. Then:

* in English no string has a Chinese character, once what people typed into the
  demo database (names, addresses, grids, notes: test_english_screens.USER_DATA)
  is taken out;
* back in Chinese no string is an English text of the catalogue
  (``resources/i18n/inspector_en.ts``), and every string is exactly what the same
  widget showed before the switch (so "检查员" cannot come back as the app's name);
* in neither language does a string show an internal name (``case_carry 52``);
* Qt's own dialogs (file dialog, print dialog, message box buttons) speak the
  interface language: Qt's qtbase translations are loaded.

What is visible is read by ``visible_strings.py``; the dialogs, each built with what it
shows in use, and the list of every dialog class are in ``language_switch_dialogs.py``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path
from pprint import pformat

import pytest
from language_switch_dialogs import DIALOGS, PAGES, ui_window_classes
from language_switch_dialogs import dialog_factories as make_dialogs
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from test_english_screens import CJK, leftover_chinese, user_values
from visible_strings import Strings, visible_strings

from inspector.services.core.context import open_context
from inspector.services.demo.builder import create_demo
from inspector.services.paperwork.keys import key_info
from inspector.ui.shell.i18n import apply_language, current_language

ROOT = Path(__file__).resolve().parents[2]


# --- the catalogue ------------------------------------------------------------------------


@cache  # the catalogue does not change during the run: read it once
def english_catalogue() -> tuple[set[str], list[re.Pattern]]:
    """English texts of the catalogue that differ from their source: whole texts, and
    patterns for those with fields (%1, {}, {n}) that have a word besides the fields."""
    whole: set[str] = set()
    patterns: list[re.Pattern] = []
    root = ET.parse(ROOT / "resources" / "i18n" / "inspector_en.ts").getroot()
    field = re.compile(r"%n|%\d|\{[a-z_0-9:.g]*\}")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        t = message.find("translation")
        forms = [f.text or "" for f in t.iter("numerusform")] if t is not None else []
        for text in forms or [t.text or "" if t is not None else ""]:
            if not text or text == source or not re.search(r"[A-Za-z]{2}", text):
                continue
            if field.search(text):
                pieces = field.split(text)
                if any(re.search(r"[A-Za-z]{3}", p) for p in pieces):
                    patterns.append(re.compile("^" + ".+".join(map(re.escape, pieces)) + "$", re.S))
            else:
                whole.add(text)
    return whole, patterns


def english_leftovers(strings: Strings, catalogue) -> list[str]:
    whole, patterns = catalogue
    return sorted({s for s in strings.values() if s in whole or any(p.match(s) for p in patterns)})


INTERNAL = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # case_carry, site_kind, co_inspector_id


def internal_names(strings: Strings) -> list[str]:
    """Strings that show a code's internal name (paths and file names aside)."""
    return sorted({s for s in strings.values() if "/" not in s and INTERNAL.search(s)})


# --- the switch ---------------------------------------------------------------------------


class Checked:
    """Counts what the checks looked at, for the closing note."""

    strings = 0


def switch(qtbot, language: str, trigger: Callable[[str], object] = apply_language) -> None:
    trigger(language)
    assert current_language() == language
    # QEvent.LanguageChange is posted, and some widgets finish in a zero timer after it:
    # a turn of the event loop delivers both (no sleep needed)
    qtbot.wait(1)
    QApplication.processEvents()


def round_trip(qtbot, snapshot: Callable[[], Strings], data: list[str], trigger=apply_language):
    """zh_CN → en → zh_CN; returns problems as {where: [strings]}."""
    catalogue = english_catalogue()
    problems: dict[str, list] = {}
    before = snapshot()
    bad = [s for s in before.values() if CJK.search(s)]
    assert bad, "the Chinese interface shows no Chinese: the snapshot sees nothing"
    switch(qtbot, "en", trigger)
    english = snapshot()
    if leftover := leftover_chinese(list(english.values()), data):
        problems["Chinese in English"] = sorted(set(leftover))
    switch(qtbot, "zh_CN", trigger)
    after = snapshot()
    if leftover := english_leftovers(after, catalogue):
        problems["English in Chinese"] = leftover
    if internal := internal_names({**english, **{("zh", *k): v for k, v in after.items()}}):
        problems["internal names"] = internal
    changed = [(k, before[k], after.get(k)) for k in before if after.get(k) != before[k]]
    changed += [(k, None, after[k]) for k in after if k not in before]
    if changed:
        problems["changed by the round trip"] = changed[:15]
    Checked.strings += len(before) + len(english) + len(after)
    return problems


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo database for the module (nothing here writes to it)."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as env:  # as tests/conftest.py's _isolated_home
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "INSPECTOR_LOG_DIR"):
            env.setenv(name, str(home / name.lower()))
        folder = tmp_path_factory.mktemp("demo") / "demo"
        create_demo(folder)
        ctx = open_context(folder)
        QSettings().clear()
        apply_language("zh_CN")
        data = user_values(ctx.paths.database)
        # template authors may keep a Chinese term in their English text, e.g. "(门前三包)"
        data += [t.title.en for t in ctx.catalog if CJK.search(t.title.en)]
        data += [key_info(ctx).subject]  # the certificate's name: the office's own words
        data += ["苏仙巡〔2026〕"]  # a number prefix, given as an example of the office's own
        data += [
            "新开网吧",
            "桂花路 1 号",
        ]  # the sheet the import preview reads (language_switch_dialogs)
        data += ["星光网吧", "北湖路1号", "李四"]  # the site of the conflict (real_conflict)
        data.sort(key=len, reverse=True)  # longest first, as leftover_chinese expects
        yield ctx, data
        apply_language("zh_CN")
        QSettings().clear()
        ctx.close()


def test_every_page_switches_to_english_and_back(qtbot, demo, monkeypatch):
    from inspector.ui.shell import window_extras
    from inspector.ui.shell.main_window import MainWindow

    ctx, data = demo
    # the day's backup would change the status line half-way (its own test is below)
    monkeypatch.setattr(window_extras, "FIRST_BACKUP_DELAY_MS", 3_600_000)
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    # the status bar counts come in with a timer
    qtbot.waitUntil(lambda: window.extras_status.counts.drafts is not None, timeout=10_000)

    def snapshot() -> Strings:
        found: Strings = {}
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            qtbot.wait(5)
            found.update({("page", row, *k): v for k, v in visible_strings(window).items()})
        window.nav.setCurrentRow(0)
        return found

    def by_menu(language: str) -> None:  # as a user does: 设置 → 界面语言
        window.findChild(QAction, f"action_language_{language}").trigger()

    problems = round_trip(qtbot, snapshot, data, by_menu)
    print(f"\nlanguage switch, pages: {Checked.strings} strings checked")
    assert problems == {}, pformat(problems, width=150)


def test_status_lines_follow_the_language(qtbot, ctx):
    from inspector.ui.shell.main_window import MainWindow
    from inspector.ui.shell.window_extras import set_language

    apply_language("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    status = window.statusBar()
    assert status.currentMessage() == f"数据目录：{ctx.paths.root}"
    set_language(window, "en")
    qtbot.waitUntil(lambda: status.currentMessage() == f"Data folder: {ctx.paths.root}")
    window.extras_backup._done(ctx.paths.root / "inspector-20261205.sqlite3")
    assert status.currentMessage() == "Database backed up automatically: inspector-20261205.sqlite3"
    set_language(window, "zh_CN")
    qtbot.waitUntil(lambda: status.currentMessage().startswith("已自动备份数据库："))
    assert status.currentMessage() == "已自动备份数据库：inspector-20261205.sqlite3"


def test_the_sync_page_names_every_synced_table(qtbot):
    from inspector.sync.tables import SYNCED_TABLES
    from inspector.ui.sync.names import TABLE_NAMES, table_label

    assert {t.name for t in SYNCED_TABLES} <= set(TABLE_NAMES)
    apply_language("en")
    try:
        labels = [table_label(t.name) for t in SYNCED_TABLES] + [table_label("new_table")]
    finally:
        apply_language("zh_CN")
    assert all(label and not CJK.search(label) and "_" not in label for label in labels), labels
    assert table_label("case_carry") == "复查带入的整改"


def test_the_conflict_dialog_names_every_synced_field(qapp):
    """Every column of a synced table has a name in words, in both languages."""
    from sqlmodel import SQLModel

    from inspector.sync.tables import SYNCED_TABLES
    from inspector.ui.sync.field_names import FIELD_NAMES, field_label, value_text

    columns = {c.name for t in SYNCED_TABLES for c in SQLModel.metadata.tables[t.name].columns}
    assert len(columns) > 100 and columns <= set(FIELD_NAMES), columns - set(FIELD_NAMES)
    apply_language("en")
    try:
        labels = [field_label(c) for c in sorted(columns)] + [field_label("new_column")]
        values = [
            value_text("site", "kind", "internet_cafe"),
            value_text("x", "archived", True),
            value_text("inspection", "result", "blacklist_candidate"),
            value_text("rectification_case", "severity", "red_line"),
            value_text("inspection", "distance_method", "walking_from_entrance"),
            value_text("site", "coord_source", "amap:gcj02"),
            value_text("answer", "outcome", "na"),
            value_text("inspection", "status", "finished"),
            value_text("generated_document", "kind", "notice"),
        ]
    finally:
        apply_language("zh_CN")
    assert not [x for x in labels + values if CJK.search(x) or INTERNAL.search(x)], labels
    assert values[:2] == ["Internet café", "Yes"] and "Amap" in values[5], values
    assert values[-1] != "notice" and "notice" in values[-1].lower(), values
    assert value_text("inspection", "status", "finished") == "已完成"
    assert field_label("credit_code_unchecked") == "信用代码未校验"
    assert value_text("site", "kind", "internet_cafe") == "网吧"


def test_every_dialog_class_is_switched():
    classes = ui_window_classes()
    assert len(classes) >= 24, classes
    assert classes - set(DIALOGS.values()) - PAGES == set(), (
        "add these to language_switch_dialogs.py"
    )
    assert set(DIALOGS.values()) - classes == set()


@pytest.fixture(scope="module")
def dialog_factories(demo, tmp_path_factory):
    ctx, _data = demo
    return make_dialogs(ctx, tmp_path_factory.mktemp("dialogs"))


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_switches_to_english_and_back(qtbot, demo, dialog_factories, name):
    _ctx, data = demo
    before = Checked.strings
    # the dialogs of the tests before are gone (else every switch retranslates them too)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dialog = dialog_factories[name]()
    assert (
        f"{type(dialog).__module__}.{type(dialog).__qualname__}" == f"inspector.ui.{DIALOGS[name]}"
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.show()  # non-modal: the switch happens while it is open
    QApplication.processEvents()
    problems = round_trip(qtbot, lambda: visible_strings(dialog), data)
    print(f"\nlanguage switch, dialog {name}: {Checked.strings - before} strings checked")
    dialog.close()
    assert problems == {}, pformat(problems, width=150)


def test_what_is_typed_in_the_amend_dialog_survives_a_switch(qtbot, demo, tmp_path):
    """The amend dialog builds its answer field again in the new language: a figure typed
    and not yet confirmed, and the reason, are still there; a refused one stays as typed."""
    from sqlmodel import select

    from inspector.services.inspection.view import load_inspection
    from inspector.store.engine import read_session
    from inspector.store.models import Inspection
    from inspector.ui.inspection.amend_dialog import AmendDialog

    ctx, _data = demo
    with read_session(ctx.engine) as s:
        done = s.exec(select(Inspection).where(Inspection.status == "finished")).first()
    view = load_inspection(ctx, done.id)
    ref = next(r for r in view.items if r.item.answer == "count")
    dialog = AmendDialog(ctx, done.id, ref, view.effective(ref.key))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.answer.edit.setText("7")  # typed, not confirmed
    dialog.reason.setText("复核现场照片")
    first = dialog.answer
    try:
        switch(qtbot, "en")
        assert dialog.answer is not first and dialog.answer.edit.text() == "7"
        assert dialog.answer.edit.placeholderText() == "Enter a number"
        assert dialog.new_values() == {"count": 7} and dialog.reason.text() == "复核现场照片"
        dialog.answer.edit.setText("七")  # not a figure: kept as typed
        kept = dialog.answer
        switch(qtbot, "zh_CN")
        assert dialog.answer is kept and dialog.answer.edit.text() == "七"
        dialog.answer.edit.setText("100000")  # beyond what the field takes: refused, kept
        switch(qtbot, "en")
        assert dialog.answer is kept and dialog.answer.edit.text() == "100000"
        assert dialog.message.text() and not CJK.search(dialog.message.text())
    finally:
        apply_language("zh_CN")


def _round_trip_when_modal(qtbot, data: list[str], seen: dict) -> None:
    """Once a modal dialog is open: the round trip on it, then cancel it."""

    def while_open() -> None:
        prompt = QApplication.activeModalWidget()
        if prompt is None:  # not shown yet
            QTimer.singleShot(10, while_open)
            return
        seen["class"] = type(prompt).__name__
        seen["problems"] = round_trip(qtbot, lambda: visible_strings(prompt), data)
        prompt.reject()

    QTimer.singleShot(0, while_open)


def test_a_modal_prompt_follows_a_switch_while_it_waits(qtbot, demo, tmp_path):
    """The key prompt as the app opens it (modal, from the sync page's check of encrypted
    keys): switched to English and back while it waits for the passphrase."""
    from sync_helpers import open_ctx

    from inspector.services.sync import service as sync
    from inspector.ui.shell.key_prompt import sync_passphrase_ready

    _ctx, data = demo
    field = open_ctx(tmp_path / "field")
    field.key_passphrase = "外勤口令"
    sync.device_signing_key(field)  # the device key, encrypted
    field.key_passphrase = None
    seen: dict[str, object] = {}
    _round_trip_when_modal(qtbot, data, seen)
    try:
        assert not sync_passphrase_ready(None, field)  # cancelled after the round trip
    finally:
        field.close()
    assert seen == {"class": "KeyPrompt", "problems": {}}, seen


def test_the_signing_key_prompt_follows_a_switch_while_it_waits(qtbot, demo, ctx):
    """The documents page's passphrase prompt for a first signature (Qt's input dialog
    with our texts), modal as the app opens it."""
    from inspector.services.core.errors import UserError
    from inspector.ui.paperwork.documents_page import DocumentsPage

    _ctx, data = demo
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    seen: dict[str, object] = {}
    _round_trip_when_modal(qtbot, data, seen)
    with pytest.raises(UserError):  # cancelled after the round trip
        page.passphrase()
    assert seen == {"class": "QInputDialog", "problems": {}}, seen


def test_qt_dialogs_speak_the_interface_language(qtbot, tmp_path):
    """File dialog, print dialog and message box buttons come from Qt's qtbase_*.qm."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    folder_names = {p.name for p in (Path.home(), *Path.home().parents, tmp_path) if p.name}

    def qt_strings() -> dict[str, list[str]]:
        files = QFileDialog(None, "", str(tmp_path))
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        printer = QPrinter()
        box = QMessageBox(QMessageBox.Icon.Question, "", "")
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        out = {}
        for name, dialog in (
            ("file", files),
            ("print", QPrintDialog(printer)),
            ("message", box),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(10)
            texts = [
                t
                for t in visible_strings(dialog).values()
                if re.search(r"[A-Za-z\u4e00-\u9fff]", t)
                and not t.startswith(str(tmp_path))
                and t not in folder_names  # the file dialog lists folders: data
            ]
            out[name] = texts
            dialog.close()
        return out

    apply_language("zh_CN")
    chinese = qt_strings()
    apply_language("en")
    try:
        english = qt_strings()
    finally:
        apply_language("zh_CN")
    for name in ("file", "print", "message"):
        assert chinese[name] and english[name], name
        # every label and button with words is Chinese in Chinese, English in English
        assert [t for t in chinese[name] if re.fullmatch(r"[\x00-\x7f]*[A-Za-z]{3}[\x00-\x7f]*", t)] == [], (name, [t for t in chinese[name] if not CJK.search(t)])  # fmt: skip
        assert [t for t in english[name] if CJK.search(t)] == [], (name, english[name])
    assert {"保存(S)", "保存"} & set(chinese["message"]) and "Save" in english["message"]


def test_the_checks_see_what_they_look_for():
    """The round trip's checks are not blind: an internal name, an English catalogue text
    with a value filled in, a Chinese status in English."""
    assert internal_names({("a",): "尚未导出：case_carry 52"}) == ["尚未导出：case_carry 52"]
    assert internal_names({("a",): "数据目录：/tmp/test_x/demo"}) == []
    assert english_leftovers({("a",): "Drafts 3", ("b",): "草稿 3"}, english_catalogue()) == [
        "Drafts 3"
    ]
    assert leftover_chinese(["Status: 待整改"], []) == ["Status: 待整改"]
