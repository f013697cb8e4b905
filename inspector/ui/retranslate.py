"""Retranslate a widget tree in place after the language changed.

Widgets that implement ``retranslateUi`` (see :mod:`inspector.ui.i18n`) redo
their texts themselves. For everything else, and for texts set once by code
that is not re-run (menu entries, navigation titles, table headers), this
module maps each text back to its source string with the catalogue in
``resources/i18n/*.ts`` and looks it up again in the new language. Texts that
are not catalogue entries as a whole (user data, numbers, composed sentences)
are left alone; their owners refresh them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from inspector.resources import resource

Key = tuple[str, str]  # (context, source)


@cache
def catalogue() -> dict[str, Key]:
    """Every translated text (in any of our languages) -> its (context, source)."""
    found: dict[str, Key] = {}
    for lang in ("en", "zh_CN"):
        path = resource("i18n", f"inspector_{lang}.ts")
        if not path.is_file():
            continue
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    continue
                source = message.findtext("source") or ""
                text = message.findtext("translation") or ""
                for variant in (text, source):
                    if variant and (variant not in found or name == "MainWindow"):
                        found[variant] = (name, source)
    return found


def translated(text: str) -> str | None:
    """``text`` in the current language, or None when it is not a catalogue entry."""
    if not text:
        return None
    key = catalogue().get(text)
    if key is None:
        return None
    return QCoreApplication.translate(key[0], key[1])


def _swap(text: str, setter) -> None:
    new = translated(text)
    if new is not None and new != text:
        setter(new)


def retranslate_tree(root: QWidget) -> None:
    """Retranslate the catalogue texts of ``root`` and every widget and action under it."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.isWindow() and w is not root:
            _swap(w.windowTitle(), w.setWindowTitle)
        _swap(w.toolTip(), w.setToolTip)
        if isinstance(w, QLabel):
            _swap(w.text(), w.setText)
        elif isinstance(w, QAbstractButton):
            _swap(w.text(), w.setText)
        elif isinstance(w, QGroupBox):
            _swap(w.title(), w.setTitle)
        elif isinstance(w, QLineEdit):
            _swap(w.placeholderText(), w.setPlaceholderText)
        elif isinstance(w, QMenu):
            _swap(w.title(), w.setTitle)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                _swap(w.itemText(i), lambda t, i=i, w=w: w.setItemText(i, t))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                _swap(w.tabText(i), lambda t, i=i, w=w: w.setTabText(i, t))
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                entry = w.item(i)
                if entry is not None:
                    _swap(entry.text(), entry.setText)
        elif isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                if item is not None:
                    _swap(item.text(), item.setText)
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for i in range(w.columnCount()):
                _swap(header.text(i), lambda t, i=i, h=header: h.setText(i, t))
    for action in root.findChildren(QAction):
        _swap(action.text(), action.setText)
        _swap(action.toolTip(), action.setToolTip)
