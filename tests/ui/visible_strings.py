"""Every string a user sees in a widget tree now, keyed by widget and role (the
language-switch test compares these before and after a switch)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTreeView,
    QWidget,
)

ROWS = 25  # table rows read per view

Strings = dict[tuple, str]


def _path(w: QWidget, root: QWidget) -> str:
    parts = []
    node = w
    while node is not None and node is not root:
        parent = node.parentWidget()
        siblings = parent.findChildren(type(node), options=Qt.FindChildOption.FindDirectChildrenOnly) if parent else []  # fmt: skip
        index = next((i for i, s in enumerate(siblings) if s is node), 0)
        parts.append(
            f"{type(node).__name__}{node.objectName() and '#' + node.objectName()}[{index}]"
        )
        node = parent
    return "/".join(reversed(parts))


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def _display(model, index: QModelIndex) -> object:
    """The text of a cell, read through itemData: with PySide6 6.12 on Python 3.11 an
    empty cell's ``data()`` returns None one reference short, and thousands of reads
    crash the interpreter at exit."""
    roles = model.itemData(index)
    return roles.get(Qt.ItemDataRole.DisplayRole, roles.get(0))


def _model_strings(key: str, view: QAbstractItemView) -> Strings:
    """Headers and the first rows; in a tree, also the first rows under each expanded one."""
    model = view.model()
    out: Strings = {}
    top = QModelIndex()
    cols = _columns(model, top)
    for c in range(cols):
        out[(key, "header", c)] = model.headerData(c, Qt.Orientation.Horizontal)
    for r in range(min(model.rowCount(top), ROWS)):
        for c in range(cols):
            out[(key, "cell", r, c)] = _display(model, model.index(r, c, top))
        if isinstance(view, QTreeView) and view.isExpanded(parent := model.index(r, 0, top)):
            for child in range(min(model.rowCount(parent), ROWS)):
                for c in range(cols):
                    index = model.index(child, c, parent)
                    out[(key, "cell", r, child, c)] = _display(model, index)
    return out


def _menu_strings(key: tuple, actions: list[QAction], menus: dict) -> Strings:
    """Menu titles and entries, submenus included, keyed by their place in the menus."""
    out: Strings = {}
    for i, action in enumerate(actions):
        if action.isSeparator():
            continue
        out[(*key, i)] = action.text()
        submenu = menus.get(shiboken6.getCppPointer(action)[0])
        if submenu is not None:
            out.update(_menu_strings((*key, i), submenu.actions(), menus))
    return out


def visible_strings(root: QWidget) -> Strings:
    """Every string a user sees in ``root`` now, keyed by widget and role."""
    out: Strings = {}
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        key = _path(w, root)
        if w.isWindow():
            out[(key, "title")] = w.windowTitle()
        if isinstance(w, QLabel | QAbstractButton):
            out[(key, "text")] = w.text()
        if isinstance(w, QLineEdit):
            out[(key, "placeholder")] = w.placeholderText()
        if isinstance(w, QGroupBox):
            out[(key, "title")] = w.title()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                out[(key, "item", i)] = w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                out[(key, "tab", i)] = w.tabText(i)
        if isinstance(w, QListWidget):
            for i in range(min(w.count(), ROWS)):
                out[(key, "entry", i)] = w.item(i).text()
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            out.update(_model_strings(key, w))
        if isinstance(w, QMainWindow):
            out[(key, "status")] = w.statusBar().currentMessage()
            menus = {shiboken6.getCppPointer(m.menuAction())[0]: m for m in w.findChildren(QMenu)}
            out.update(_menu_strings(("menu",), w.menuBar().actions(), menus))
    return {k: v for k, v in out.items() if isinstance(v, str) and v.strip()}
