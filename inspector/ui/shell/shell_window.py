"""What the product shell around the main window relies on, without importing the window.

:class:`ShellWindow` is the main window's base: the data context, the
navigation list and page stack, the menus by title and the two extras slots.
:mod:`inspector.ui.shell.window_extras` (status bar counts, daily backup, language
menu, shortcut hints, retranslation) works on a ``ShellWindow``, so the window
imports the extras and the extras never import the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu, QStackedWidget, QWidget

if TYPE_CHECKING:
    from inspector.services.core.context import AppContext


class ShellWindow(QMainWindow):
    """The main window as the shell's extras see it (``MainWindow`` fills it in)."""

    ctx: AppContext
    nav: QListWidget  # the navigation list, one row per page
    stack: QStackedWidget  # the pages, in the navigation's order
    _menus: dict[str, QMenu]  # menus by their (current language's) title
    _titles: list[str]  # page titles, in the navigation's order
    extras_status: QWidget | None  # the status bar counters (window_extras.StatusCounters)
    extras_backup: QObject | None  # the daily backup (window_extras.DailyBackup)

    def menu(self, title: str) -> QMenu:
        """The menu bar's menu with this title, created on first use."""
        raise NotImplementedError

    def _update_title(self) -> None:
        """Set the window title (data folder, demo mark) in the current language."""
        raise NotImplementedError

    def is_attached(self) -> bool:
        """Whether the window has its open context (before that, ``ctx`` is not set)."""
        raise NotImplementedError
