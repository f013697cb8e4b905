"""Retranslate a widget tree in place after the language changed.

Widgets that implement ``retranslateUi`` (see :mod:`inspector.ui.shell.i18n`) redo
their texts themselves. For everything else, and for texts set once by code
that is not re-run (menu entries, navigation titles, table headers), this
module maps each text back to its source string with the catalogue in
``resources/i18n/*.ts`` and looks it up again in the new language. Texts that
are not catalogue entries as a whole (user data, numbers, composed sentences)
are left alone; their owners refresh them.

One English text can stand for several sources ("Inspector" is both the app's
name and 检查员), so the lookup prefers the contexts of the widget's own classes
and of its parents (nearest first), and every text it swaps remembers the
(context, source) it came from: a second switch uses that key and never guesses
again, so zh_CN → en → zh_CN gives back exactly the texts it started with.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from functools import cache, partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from inspector.resources import resource

Key = tuple[str, str]  # (context, source)


@cache
def _tables() -> tuple[dict[str, Key], dict[str, dict[str, str]]]:
    """(every text -> its key, MainWindow first; context -> {text: source})."""
    found: dict[str, Key] = {}
    by_context: dict[str, dict[str, str]] = {}
    for lang in ("en", "zh_CN"):
        path = resource("i18n", f"inspector_{lang}.ts")
        if not path.is_file():
            continue
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            texts = by_context.setdefault(name, {})
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    continue
                source = message.findtext("source") or ""
                text = message.findtext("translation") or ""
                for variant in (text, source):
                    if not variant:
                        continue
                    texts.setdefault(variant, source)
                    if variant not in found or name == "MainWindow":
                        found[variant] = (name, source)
    return found, by_context


def catalogue() -> dict[str, Key]:
    """Every translated text (in any of our languages) -> its (context, source)."""
    return _tables()[0]


def _own_contexts(obj: QObject) -> list[str]:
    """The class names of ``obj`` that can be translation contexts (our classes)."""
    return [c.__name__ for c in type(obj).__mro__ if c.__module__.startswith("inspector")]


def contexts_of(obj: QObject) -> list[str]:
    """The translation contexts a text of ``obj`` most likely came from: the class names
    of ``obj`` and of its parents, nearest first."""
    names: list[str] = []
    current: QObject | None = obj
    while current is not None:
        names += [n for n in _own_contexts(current) if n not in names]
        current = current.parent()
    return names


def lookup(text: str, contexts: Sequence[str] = ()) -> Key | None:
    """The (context, source) of ``text``: from the first of ``contexts`` that has it,
    else from the whole catalogue; None when it is no catalogue entry."""
    if not text:
        return None
    found, by_context = _tables()
    for name in contexts:
        source = by_context.get(name, {}).get(text)
        if source is not None:
            return (name, source)
    return found.get(text)


def translated(text: str, contexts: Sequence[str] = ()) -> str | None:
    """``text`` in the current language, or None when it is not a catalogue entry."""
    key = lookup(text, contexts)
    return None if key is None else QCoreApplication.translate(key[0], key[1])


# The key each swapped text came from: (C++ object, role) -> (text shown, key). Kept
# here rather than in Qt properties or item data: with PySide6 6.12 on Python 3.11,
# reading a property or item data that was never set returns None one reference
# short, and thousands of such reads per switch crash the interpreter at exit.
_REMEMBERED: dict[int, dict[str, tuple[str, Key]]] = {}


def _remembered(obj: shiboken6.Object) -> dict[str, tuple[str, Key]]:
    """The remembered keys of ``obj``'s texts; a QObject's are forgotten when it goes."""
    pointer = shiboken6.getCppPointer(obj)[0]
    found = _REMEMBERED.get(pointer)
    if found is None:
        found = _REMEMBERED[pointer] = {}
        if isinstance(obj, QObject):
            obj.destroyed.connect(partial(_REMEMBERED.pop, pointer, None))
    return found


class _Swapper:
    """Swaps the catalogue texts of one object, remembering each text's key."""

    def __init__(self, contexts: Sequence[str], force: bool = False):
        self.contexts = contexts
        self.force = force  # use the remembered key even if the text was changed meanwhile

    def swap(
        self, obj: shiboken6.Object, role: str, text: str, setter: Callable[[str], object]
    ) -> None:
        """Translate ``text``, shown by ``obj`` in ``role``, again; ``setter`` shows it."""
        memory = _remembered(obj)
        remembered = memory.get(role)
        if remembered is not None and (remembered[0] == text or self.force):
            key: Key | None = remembered[1]
        else:
            key = lookup(text, self.contexts)
        if key is None:
            return
        new = QCoreApplication.translate(key[0], key[1])
        memory[role] = (new, key)
        if new != text:
            setter(new)


KEEPER = "_i18n_button_box_keeper"


class _ButtonBoxKeeper(QObject):
    """A QDialogButtonBox puts Qt's own words back on its standard buttons when the
    language changes ("保存签名" becomes "保存"): right after that, this puts ours back."""

    def __init__(self, box: QDialogButtonBox):
        super().__init__(box)
        self.setObjectName(KEEPER)
        self.box = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.restore)  # after the box's own handler
        return False

    def restore(self) -> None:
        for button in self.box.buttons():
            s = _Swapper(contexts_of(button), force=True)
            s.swap(button, "text", button.text(), button.setText)


def _swap_widget(w: QWidget, root: QWidget, contexts: Sequence[str]) -> None:
    if isinstance(w, QDialogButtonBox) and not any(c.objectName() == KEEPER for c in w.children()):
        _ButtonBoxKeeper(w)
    s = _Swapper(contexts)
    if w.isWindow() and not (w is root and isinstance(w, QMainWindow)):  # it titles itself
        s.swap(w, "title", w.windowTitle(), w.setWindowTitle)
    s.swap(w, "tip", w.toolTip(), w.setToolTip)
    if isinstance(w, QLabel | QAbstractButton):
        s.swap(w, "text", w.text(), w.setText)
    elif isinstance(w, QGroupBox):
        s.swap(w, "text", w.title(), w.setTitle)
    elif isinstance(w, QLineEdit):
        s.swap(w, "text", w.placeholderText(), w.setPlaceholderText)
    elif isinstance(w, QMenu):
        s.swap(w, "text", w.title(), w.setTitle)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _swap_combo_item(s, w, i)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            s.swap(w, f"tab{i}", w.tabText(i), partial(w.setTabText, i))
    elif isinstance(w, QListWidget):
        for i in range(w.count()):
            entry = w.item(i)
            if entry is not None:
                s.swap(entry, "text", entry.text(), entry.setText)
    elif isinstance(w, QTableWidget):
        for i in range(w.columnCount()):
            header = w.horizontalHeaderItem(i)
            if header is not None:
                s.swap(header, "text", header.text(), header.setText)
    elif isinstance(w, QTreeWidget):
        for i in range(w.columnCount()):
            _swap_tree_header(s, w.headerItem(), i)


def _swap_combo_item(s: _Swapper, combo: QComboBox, i: int) -> None:
    s.swap(combo, f"item{i}", combo.itemText(i), partial(combo.setItemText, i))


def _swap_tree_header(s: _Swapper, head: QTreeWidgetItem, i: int) -> None:
    s.swap(head, f"column{i}", head.text(i), partial(head.setText, i))


def retranslate_tree(root: QWidget) -> None:
    """Retranslate the catalogue texts of ``root`` and every widget and action under it."""
    _walk(root, root, contexts_of(root))


def _walk(obj: QObject, root: QWidget, contexts: list[str]) -> None:
    """Down the object tree, each object's contexts first (asking an object for its parent
    is avoided: PySide6 6.12 returns a missing parent's None one reference short)."""
    if isinstance(obj, QWidget):
        _swap_widget(obj, root, contexts)
    elif isinstance(obj, QAction):
        s = _Swapper(contexts)
        s.swap(obj, "text", obj.text(), obj.setText)
        s.swap(obj, "tip", obj.toolTip(), obj.setToolTip)
    for child in obj.children():
        own = [n for n in _own_contexts(child) if n not in contexts]
        _walk(child, root, own + contexts)
