"""What the main window gains from the product capability: status bar counts, backups,
the language menu, the about box, shortcut hints, and retranslation at run time.

``inspector/ui/shell/main_window.py`` calls :func:`install` at the end of ``__init__``
(it adds the menu entries too) and :func:`retranslate_window` on
``QEvent.LanguageChange``. The extras see the window as a
:class:`~inspector.ui.shell.shell_window.ShellWindow` (what they rely on), never
importing the window itself.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QMenu, QWidget

from inspector.services.core import backups
from inspector.services.core.changes import Change
from inspector.services.followup.status import StatusCounts, status_counts
from inspector.ui.shell.backup_dialog import BackgroundCall
from inspector.ui.shell.i18n import apply_language, language_names
from inspector.ui.shell.operations import LiveRefresh, hub
from inspector.ui.shell.shell_window import ShellWindow

STATUS_REFRESH_MS = 60_000
STATUS_FIRST_MS = 300
BACKUP_CHECK_MS = 60 * 60 * 1000
FIRST_BACKUP_DELAY_MS = 5_000


# --- status bar ----------------------------------------------------------------------------


class StatusCounters(QWidget):
    """Drafts, unsynced changes and overdue cases, as icons and numbers."""

    def __init__(self, window: ShellWindow):
        super().__init__(window)
        self.setObjectName("status_counters")
        self.window_ = window
        self.labels: dict[str, QLabel] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 8, 0)
        lay.setSpacing(14)
        # Shown only while the computer's clock is behind times already recorded.
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("status_clock")
        self.clock_warning.setStyleSheet(
            "color: white; background: #b71c1c; font-weight: bold; padding: 1px 6px;"
        )
        self.clock_warning.hide()
        lay.addWidget(self.clock_warning)
        for key, icon in (
            ("drafts", "fa5s.edit"),
            ("unsynced", "fa5s.cloud-upload-alt"),
            ("overdue", "fa5s.exclamation-triangle"),
        ):
            pic = QLabel()
            pic.setPixmap(qta.icon(icon, color="#555").pixmap(14, 14))
            label = QLabel()
            label.setObjectName(f"status_{key}")
            self.labels[key] = label
            lay.addWidget(pic)
            lay.addWidget(label)
        self.counts = StatusCounts(None, None, None)
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # drafts (inspections), unexported rows (every synced kind, and exports), overdue cases
        self.live = LiveRefresh(self, Change.SYNCED_DATA | Change.SYNC, self.refresh)
        # the window's title names the office (settings)
        self.title_live = LiveRefresh(window, Change.SETTINGS, window._update_title)

    def refresh(self) -> StatusCounts:
        self.counts = status_counts(self.window_.ctx)
        self.retranslateUi()
        return self.counts

    def retranslateUi(self) -> None:
        def show(n: int | None) -> str:
            return "—" if n is None else str(n)

        c = self.counts
        texts = {
            "drafts": QCoreApplication.translate("MainWindow", "草稿 %1").replace(
                "%1", show(c.drafts)
            ),
            "unsynced": QCoreApplication.translate("MainWindow", "未导出 %1").replace(
                "%1", show(c.unsynced)
            ),
            "overdue": QCoreApplication.translate("MainWindow", "逾期 %1").replace(
                "%1", show(c.overdue)
            ),
        }
        tips = {
            "drafts": QCoreApplication.translate("MainWindow", "尚未完成的检查"),
            "unsynced": QCoreApplication.translate(
                "MainWindow", "上次导出给办公室之后新增或修改的记录"
            ),
            "overdue": QCoreApplication.translate("MainWindow", "已过整改期限的整改事项"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
            label.setToolTip(tips[key])
            overdue = key == "overdue" and (c.overdue or 0) > 0
            label.setStyleSheet("color: #b71c1c; font-weight: bold;" if overdue else "")
        behind = c.clock_behind
        self.clock_warning.setVisible(behind is not None)
        if behind is not None:
            minutes = max(1, int(behind.total_seconds() // 60))
            self.clock_warning.setText(QCoreApplication.translate("MainWindow", "⚠ 时钟偏慢"))
            self.clock_warning.setToolTip(
                QCoreApplication.translate(
                    "MainWindow",
                    "本机时钟比已记录的时间早约 %1 分钟。请在系统设置中校正日期和时间；"
                    "在此期间的更改会在下一次导出时一并发给办公室。",
                ).replace("%1", str(minutes))
            )


# --- backups ---------------------------------------------------------------------------------


class DailyBackup(QObject):
    """Takes the day's backup a few seconds after start and checks again every hour.

    A child of the window: when the window goes, its timers and pending results go too.
    """

    def __init__(self, window: ShellWindow):
        super().__init__(window)
        self.window = window
        self.running = False
        self.last_result: str = ""
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        QTimer.singleShot(FIRST_BACKUP_DELAY_MS, self, self.run)

    def run(self) -> None:
        if self.running:
            return
        self.running = True
        ctx = self.window.ctx
        call = BackgroundCall(lambda: backups.daily_backup(ctx))
        call.signals.setParent(self)  # delivered only while this object lives
        call.signals.done.connect(self._done)
        call.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(call)

    def _done(self, path) -> None:
        self.running = False
        if path is not None:
            self.last_result = str(path)
            show_status(
                self.window,
                str(QT_TRANSLATE_NOOP("MainWindow", "已自动备份数据库：%1")),
                path.name,
                10_000,
            )

    def _failed(self, message: str) -> None:
        self.running = False
        self.last_result = message
        show_status(self.window, str(QT_TRANSLATE_NOOP("MainWindow", "自动备份失败：%1")), message)


# per window: the status line shown last and how it was made (text, source, value, timeout)
_status_lines: WeakKeyDictionary[ShellWindow, tuple[str, str, str, int]] = WeakKeyDictionary()


def show_status(window: ShellWindow, source: str, value: str, timeout: int = 0) -> None:
    """Show a status line made of a ``MainWindow`` text and one value (``%1``); after a
    language switch :func:`retranslate_window` shows it again in the new language."""
    text = QCoreApplication.translate("MainWindow", source).replace("%1", value)
    window.statusBar().showMessage(text, timeout)
    _status_lines[window] = (text, source, value, timeout)


def _retranslate_status(window: ShellWindow) -> None:
    line = _status_lines.get(window)
    home = str(window.ctx.paths.root)
    current = window.statusBar().currentMessage()
    if line is not None and current == line[0]:
        show_status(window, *line[1:])
        return
    if current.endswith(home):  # the data folder, shown by the main window at start
        show_status(window, str(QT_TRANSLATE_NOOP("MainWindow", "数据目录：%1")), home)


# --- menus -----------------------------------------------------------------------------------


def add_menu_actions(window: ShellWindow) -> None:
    """备份与恢复 in 文件, 界面语言 in 设置 (called by :func:`install`)."""
    file_menu = window.menu(QCoreApplication.translate("MainWindow", "文件"))
    backup = QAction(
        qta.icon("fa5s.history"), QCoreApplication.translate("MainWindow", "备份与恢复…"), window
    )
    backup.setObjectName("action_backups")
    backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
    backup.triggered.connect(lambda _checked=False: open_backups(window))
    quit_action = next(
        (a for a in file_menu.actions() if a.menuRole() == a.MenuRole.QuitRole), None
    )
    if quit_action is not None:
        file_menu.insertAction(quit_action, backup)
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addAction(backup)

    settings_menu = window.menu(QCoreApplication.translate("MainWindow", "设置"))
    languages = QMenu(
        QCoreApplication.translate("MainWindow", "界面语言"), window
    )  # not under the menu bar: its menus stay top-level
    languages.setObjectName("menu_language")
    languages.setIcon(qta.icon("fa5s.language"))
    group = QActionGroup(languages)
    current = window.ctx.settings.language or ""
    shortcuts = {"": "Ctrl+Alt+0", "zh_CN": "Ctrl+Alt+1", "en": "Ctrl+Alt+2"}
    for code, label in language_names():
        action = QAction(label, languages)
        action.setObjectName(f"action_language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setShortcut(QKeySequence(shortcuts[code]))
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: set_language(window, c))
        group.addAction(action)
        languages.addAction(action)
    settings_menu.addMenu(languages)
    annotate_shortcuts(window)


def set_language(window: ShellWindow, code: str) -> str:
    """Store the language setting and switch the running application to it."""
    window.ctx.settings.language = code
    window.ctx.save_settings()
    return apply_language(code)


def open_backups(window: ShellWindow) -> None:
    from inspector.ui.shell.backup_dialog import BackupDialog

    dialog = BackupDialog(window.ctx, window)
    dialog.restored.connect(lambda _aside: reload_after_restore(window))
    dialog.exec()


def open_about(window: ShellWindow) -> None:
    from inspector.ui.shell.about_dialog import AboutDialog

    AboutDialog(window.ctx, window).exec()


def reload_after_restore(window: ShellWindow) -> None:
    """The context now holds the restored database: every view shows it again.

    Open inspection windows show the old database's state, so they are closed (every
    answer in them was saved the moment it was given). Everything changed, as the
    window's own operation: its pages and status bar refresh at once.
    """
    hooks = getattr(window, "walk_hooks", None)
    for walk in list(getattr(hooks, "walks", {}).values()):
        walk.close()
    hub().announce(Change.ALL, window)


# Menu entries other capabilities add without a key of their own (by source text).
DEFAULT_SHORTCUTS = {
    "导入学校…": "Ctrl+Shift+I",
    "导出学校…": "Ctrl+Shift+E",
    "验证 PDF 签名…": "Ctrl+Shift+V",
    "退出": "Ctrl+Q",
    "关于": "F1",
}


def ensure_shortcuts(window: ShellWindow) -> None:
    """Give every menu entry a key: the defaults above for entries that have none."""
    from inspector.ui.shell.retranslate import catalogue

    taken = {
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    }
    for menu in window.menuBar().findChildren(QMenu) + window.findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or not action.shortcut().isEmpty():
                continue
            key = catalogue().get(action.text())
            wanted = DEFAULT_SHORTCUTS.get(key[1] if key else action.text())
            if wanted and wanted not in taken:
                action.setShortcut(QKeySequence(wanted))
                taken.add(wanted)


def annotate_shortcuts(root: QWidget) -> None:
    """Put each action's and button's shortcut in its tooltip; menus show tooltips."""
    native = QKeySequence.SequenceFormat.NativeText
    for menu in root.findChildren(QMenu):
        menu.setToolTipsVisible(True)
    for action in root.findChildren(QAction):
        keys = action.shortcut()
        if keys.isEmpty() or not action.text():
            continue
        text = action.text().replace("&", "").rstrip("…").rstrip(".")
        action.setToolTip(f"{text} ({keys.toString(native)})")
    for button in root.findChildren(QAbstractButton):
        keys = button.shortcut()
        if keys.isEmpty():
            continue
        shown = keys.toString(native)
        tip = button.toolTip() or button.text().replace("&", "")
        if shown not in tip:
            button.setToolTip(f"{tip} ({shown})")


# --- install and retranslate -------------------------------------------------------------------


def install(window: ShellWindow, *, backup: bool = True) -> None:
    """Menu entries, status bar counters, the daily backup, shortcut hints on pages."""
    add_menu_actions(window)
    ensure_shortcuts(window)
    annotate_shortcuts(window)
    status = window.extras_status = StatusCounters(window)
    window.statusBar().addPermanentWidget(status)
    # Counted once the window is up: the counts import the sync and case services.
    QTimer.singleShot(STATUS_FIRST_MS, status, status.refresh)
    window.nav.currentRowChanged.connect(lambda _row: _after_page_change(window, status))
    hub().watch(window.ctx.paths.database)  # writes by another process (the command line)
    if backup:
        window.extras_backup = DailyBackup(window)


def _after_page_change(window: ShellWindow, _status: StatusCounters) -> None:
    def annotate() -> None:
        page = window.stack.currentWidget()
        if page is not None:
            annotate_shortcuts(page)

    QTimer.singleShot(0, window, annotate)


def retranslate_window(window: ShellWindow) -> None:
    """Re-read the window's texts in the new language, in place (see ui.shell.retranslate).

    Menus, navigation titles and other texts set once are mapped back to their
    source strings; the lookup tables of the window (menus and pages by title)
    follow, so ``window.menu(self.tr("文件"))`` keeps finding the same menu.
    """
    from inspector.ui.shell.retranslate import retranslate_tree

    window._update_title()
    retranslate_tree(window)
    window._menus = {menu.title(): menu for menu in window._menus.values()}
    for i in range(min(window.nav.count(), len(window._titles))):
        item = window.nav.item(i)
        window._titles[i] = item.text()
        item.setData(Qt.ItemDataRole.UserRole, item.text())
    status = getattr(window, "extras_status", None)
    if status is not None:
        status.retranslateUi()
    annotate_shortcuts(window)
    if not window.is_attached():  # still opening its data: no settings, status or pages yet
        return
    for action in window.findChildren(QAction):
        if action.objectName().startswith("action_language_"):
            action.setChecked(action.data() == (window.ctx.settings.language or ""))
    _retranslate_status(window)
    # what every built page composed itself (counts, states, item texts, kind names in
    # filters) follows by its own retranslateUi, or else by reloading it
    for i in range(window.stack.count()):
        page = window.stack.widget(i)
        redo = getattr(page, "retranslateUi", None) or getattr(page, "refresh", None)
        if callable(redo):
            redo()
