"""Retranslate a widget tree in place after the language changed.

Widgets that implement ``retranslateUi`` (see :mod:`inspector.ui.i18n`) redo
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
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
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
    QWidget,
)

from inspector.resources import resource

Key = tuple[str, str]  # (context, source)
KEY_ROLE = Qt.ItemDataRole.UserRole + 0x1F18  # item data: the remembered key of an item's text
_SEP = "\x1f"


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


def contexts_of(obj: QObject) -> list[str]:
    """The translation contexts a text of ``obj`` most likely came from: the class names
    of ``obj`` and of its parents, nearest first."""
    names: list[str] = []
    current: QObject | None = obj
    while current is not None:
        for cls in type(current).__mro__:
            if cls.__module__.startswith("inspector") and cls.__name__ not in names:
                names.append(cls.__name__)
        current = current.parent()
    return names


def lookup(text: str, contexts: list[str] = ()) -> Key | None:  # type: ignore[assignment]
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


def translated(text: str, contexts: list[str] = ()) -> str | None:  # type: ignore[assignment]
    """``text`` in the current language, or None when it is not a catalogue entry."""
    key = lookup(text, contexts)
    return None if key is None else QCoreApplication.translate(key[0], key[1])


def _encode(shown: str, key: Key) -> str:
    return _SEP.join((shown, *key))


def _decode(value: object) -> tuple[str, Key] | None:
    if not isinstance(value, str) or value.count(_SEP) != 2:
        return None
    shown, context, source = value.split(_SEP)
    return shown, (context, source)


class _Swapper:
    """Swaps the catalogue texts of one object, remembering each text's key."""

    def __init__(self, contexts: list[str], force: bool = False):
        self.contexts = contexts
        self.force = force  # use the remembered key even if the text was changed meanwhile

    def swap(
        self,
        text: str,
        setter: Callable[[str], object],
        load: Callable[[], object],
        store: Callable[[str], object],
    ) -> None:
        """Translate ``text`` again; ``load``/``store`` read and keep its remembered key."""
        remembered = _decode(load())
        if remembered is not None and (remembered[0] == text or self.force):
            key: Key | None = remembered[1]
        else:
            key = lookup(text, self.contexts)
        if key is None:
            return
        new = QCoreApplication.translate(key[0], key[1])
        store(_encode(new, key))
        if new != text:
            setter(new)

    def prop(self, obj: QObject, role: str, text: str, setter: Callable[[str], object]) -> None:
        name = f"_i18n_{role}"
        self.swap(text, setter, lambda: obj.property(name), lambda v: obj.setProperty(name, v))

    def item(self, item, text: str, setter: Callable[[str], object]) -> None:
        """A list or table item: its key is kept in the item's data."""
        self.swap(text, setter, lambda: item.data(KEY_ROLE), lambda v: item.setData(KEY_ROLE, v))


class _ButtonBoxKeeper(QObject):
    """A QDialogButtonBox puts Qt's own words back on its standard buttons when the
    language changes ("保存签名" becomes "保存"): right after that, this puts ours back."""

    def __init__(self, box: QDialogButtonBox):
        super().__init__(box)
        self.box = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.restore)  # after the box's own handler
        return False

    def restore(self) -> None:
        for button in self.box.buttons():
            s = _Swapper(contexts_of(button), force=True)
            s.prop(button, "text", button.text(), button.setText)


def _swap_widget(w: QWidget, root: QWidget) -> None:
    if isinstance(w, QDialogButtonBox) and not w.property("_i18n_keeper"):
        w.setProperty("_i18n_keeper", True)
        _ButtonBoxKeeper(w)
    s = _Swapper(contexts_of(w))
    if w.isWindow() and not (w is root and isinstance(w, QMainWindow)):  # it titles itself
        s.prop(w, "title", w.windowTitle(), w.setWindowTitle)
    s.prop(w, "tip", w.toolTip(), w.setToolTip)
    if isinstance(w, QLabel | QAbstractButton):
        s.prop(w, "text", w.text(), w.setText)
    elif isinstance(w, QGroupBox):
        s.prop(w, "text", w.title(), w.setTitle)
    elif isinstance(w, QLineEdit):
        s.prop(w, "text", w.placeholderText(), w.setPlaceholderText)
    elif isinstance(w, QMenu):
        s.prop(w, "text", w.title(), w.setTitle)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            s.swap(w.itemText(i), lambda t, i=i: w.setItemText(i, t),
                   lambda i=i: w.itemData(i, KEY_ROLE),
                   lambda v, i=i: w.setItemData(i, v, KEY_ROLE))  # fmt: skip
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            s.prop(w, f"tab{i}", w.tabText(i), lambda t, i=i: w.setTabText(i, t))
    elif isinstance(w, QListWidget):
        for i in range(w.count()):
            entry = w.item(i)
            if entry is not None:
                s.item(entry, entry.text(), entry.setText)
    elif isinstance(w, QTableWidget):
        for i in range(w.columnCount()):
            header = w.horizontalHeaderItem(i)
            if header is not None:
                s.item(header, header.text(), header.setText)
    elif isinstance(w, QTreeWidget):
        head = w.headerItem()
        for i in range(w.columnCount()):
            s.swap(head.text(i), lambda t, i=i: head.setText(i, t),
                   lambda i=i: head.data(i, KEY_ROLE), lambda v, i=i: head.setData(i, KEY_ROLE, v))  # fmt: skip


def retranslate_tree(root: QWidget) -> None:
    """Retranslate the catalogue texts of ``root`` and every widget and action under it."""
    for w in [root, *root.findChildren(QWidget)]:
        _swap_widget(w, root)
    for action in root.findChildren(QAction):
        s = _Swapper(contexts_of(action))
        s.prop(action, "text", action.text(), action.setText)
        s.prop(action, "tip", action.toolTip(), action.setToolTip)
