"""The home page (首页): today's work first, then what is in this data directory.

"今日工作" offers the next steps without a menu: start an inspection (Ctrl+N),
resume a draft (Enter or double-click in the list), see the cases due soon or
overdue, and export to the office. The buttons ask the main window (found with
``self.window()``) to do it, so the page works alone too (they then do nothing).

When the page is shown its figures are counted on the thread pool and filled in
a moment later (:attr:`HomePage.filled` is emitted then), so the window paints and
takes keys without waiting for the database; :meth:`HomePage.refresh` counts at
once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.register.entries import overview_counts
from inspector.ui.shell.backup_dialog import BackgroundCall
from inspector.ui.shell.i18n import kind_text
from inspector.ui.shell.operations import LiveRefresh

ID_ROLE = Qt.ItemDataRole.UserRole
# navigation titles of the main window, translated in its context when used
QT_SYNC = str(QT_TRANSLATE_NOOP("MainWindow", "同步"))
QT_CASES = str(QT_TRANSLATE_NOOP("MainWindow", "整改跟踪"))


@dataclass
class HomeFigures:
    """What the page shows from the database, read in one go (on any thread)."""

    drafts: list[Any]
    overdue: int | None
    due: int | None
    counts: dict[str, int]


def count_figures(ctx: AppContext) -> HomeFigures:
    from inspector.services.followup.status import attention_count, overdue_count, safe_count
    from inspector.services.inspection.query import list_drafts

    return HomeFigures(
        drafts=list_drafts(ctx),
        overdue=safe_count(overdue_count, ctx),
        due=safe_count(attention_count, ctx),
        counts=overview_counts(ctx),
    )


class CountCard(QFrame):
    def __init__(self, icon: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(180, 110)
        pic = QLabel()
        pic.setPixmap(qta.icon(icon, color="#3c6e9f").pixmap(32, 32))
        self.value = QLabel("0")
        self.value.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #666;")
        lay = QGridLayout(self)
        lay.addWidget(pic, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(QLabel(title), 0, 1)
        lay.addWidget(self.value, 1, 1)
        lay.addWidget(self.detail, 2, 1)


class HomePage(QWidget):
    filled = Signal()  # the figures are in (after each background count)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home_page")
        self.ctx = ctx
        self.is_filled = False
        self._generation = 0  # a background count older than the last refresh is dropped
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.who = QLabel()
        self.cards = {
            "sites": CountCard("fa5s.store", self.tr("在册场所")),
            "schools": CountCard("fa5s.school", self.tr("学校与幼儿园")),
            "templates": CountCard("fa5s.clipboard-list", self.tr("检查表模板")),
            "inspections": CountCard("fa5s.clipboard-check", self.tr("巡查记录")),
        }
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 2, i % 2)
        self.today = self._today_box()
        self.data_dir = QLabel()
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir.setWordWrap(True)
        # The page scrolls rather than holding the main window taller than a small screen.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        lay = QVBoxLayout(content)
        lay.addWidget(self.heading)
        lay.addWidget(self.who)
        lay.addSpacing(8)
        lay.addWidget(self.today)
        lay.addSpacing(8)
        lay.addLayout(grid)
        lay.addSpacing(12)
        lay.addWidget(self.data_dir)
        lay.addStretch(1)
        # counts, drafts, cases due, the inspector's name; refreshed on every show anyway
        watched = Change.REGISTER | Change.INSPECTIONS | Change.CASES | Change.SETTINGS
        self.live = LiveRefresh(self, watched | Change.TEMPLATES, self.refresh, on_show=False)

    def _today_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("今日工作"))
        self.new_button = QPushButton(qta.icon("fa5s.plus-circle"), self.tr("新建巡查… (Ctrl+N)"))
        self.new_button.setToolTip(self.tr("选择场所和检查表，开始一次现场检查"))
        self.new_button.clicked.connect(self.start_new)
        self.export_button = QPushButton(qta.icon("fa5s.upload"), self.tr("导出给办公室…"))
        self.export_button.setToolTip(self.tr("在“同步”页把数据包导出到 U 盘或共享文件夹"))
        self.export_button.clicked.connect(lambda: self._show(QT_SYNC))
        self.drafts_label = QLabel()
        self.drafts = QListWidget()
        self.drafts.setObjectName("home_drafts")
        self.drafts.setMaximumHeight(120)
        self.drafts.itemActivated.connect(lambda item: self.resume(item.data(ID_ROLE)))
        self.resume_button = QPushButton(qta.icon("fa5s.play"), self.tr("继续检查"))
        self.resume_button.clicked.connect(self._resume_current)
        self.cases_label = QLabel()
        self.cases_label.setWordWrap(True)
        self.cases_button = QPushButton(qta.icon("fa5s.tasks"), self.tr("查看整改跟踪"))
        self.cases_button.clicked.connect(lambda: self._show(QT_CASES))
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts, 1)
        drafts_row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignTop)
        cases_row = QHBoxLayout()
        cases_row.addWidget(self.cases_label, 1)
        cases_row.addWidget(self.cases_button)
        lay = QVBoxLayout(box)
        lay.addLayout(top)
        lay.addWidget(self.drafts_label)
        lay.addLayout(drafts_row)
        lay.addLayout(cases_row)
        return box

    # --- the main window does the work -------------------------------------------------

    def _hooks(self):
        return getattr(self.window(), "walk_hooks", None)

    def _show(self, title: str) -> None:
        show = getattr(self.window(), "show_page", None)
        if callable(show):
            show(QCoreApplication.translate("MainWindow", title))

    def start_new(self) -> None:
        hooks = self._hooks()
        if hooks is not None:
            hooks.new_walk()  # the new draft reaches the list as a change

    def resume(self, inspection_id: str | None) -> None:
        hooks = self._hooks()
        if hooks is not None and inspection_id:
            hooks.open(inspection_id)

    def _resume_current(self) -> None:
        item = self.drafts.currentItem()
        self.resume(item.data(ID_ROLE) if item else None)

    def _show_today(self, drafts: list[Any], overdue: int | None, due: int | None) -> None:
        self.drafts.clear()
        for insp in drafts[:20]:
            when = insp.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = f"{insp.site_name}  ·  {kind_text(insp.site_kind)}  ·  {when}"
            item = QListWidgetItem(qta.icon("fa5s.edit"), text)
            item.setData(ID_ROLE, insp.id)
            self.drafts.addItem(item)
        if drafts:
            self.drafts.setCurrentRow(0)
            self.drafts_label.setText(
                self.tr("未完成的巡查 %1 条（回车或双击继续）：").replace("%1", str(len(drafts)))
            )
        else:
            self.drafts_label.setText(self.tr("没有未完成的巡查。"))
        self.drafts.setVisible(bool(drafts))
        self.resume_button.setVisible(bool(drafts))
        if overdue is None or due is None:
            self.cases_label.setText(self.tr("整改事项暂时无法统计。"))
        elif due == 0:
            self.cases_label.setText(self.tr("没有即将到期或逾期的整改事项。"))
        else:
            self.cases_label.setText(
                self.tr("整改事项：%1 项即将到期或逾期，其中逾期 %2 项。")
                .replace("%1", str(due))
                .replace("%2", str(overdue))
            )
        self.cases_button.setEnabled(bool(due))

    def refresh(self) -> None:
        """Count now, on this thread, and show."""
        self._generation += 1
        self._display(count_figures(self.ctx))

    def refresh_in_background(self) -> None:
        """Count on the thread pool; the figures are shown when they arrive."""
        self._generation += 1
        generation = self._generation
        ctx = self.ctx
        call = BackgroundCall(lambda: count_figures(ctx))
        call.signals.setParent(self)  # delivered only while the page lives
        call.signals.done.connect(lambda figures: self._arrived(generation, figures))
        call.signals.failed.connect(lambda message: self._failed(generation, message))
        QThreadPool.globalInstance().start(call)

    def _arrived(self, generation: int, figures: HomeFigures) -> None:
        if generation == self._generation:
            self._display(figures)
            self._focus_drafts()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.cases_label.setText(message)

    def _display(self, figures: HomeFigures) -> None:
        self._show_today(figures.drafts, figures.overdue, figures.due)
        s = self.ctx.settings
        self.heading.setText(s.office_name or self.tr("文明创建巡查助手"))
        who = s.inspector_name or self.tr("（未设置检查员，请在“设置”中填写）")
        if s.inspector_id_no:
            who += f"  {s.inspector_id_no}"
        if s.grid or s.community:
            who += f"  ·  {s.community} {s.grid}".rstrip()
        self.who.setText(who)
        counts = figures.counts
        for key, card in self.cards.items():
            card.value.setText(str(counts[key]))
        archived = {"sites": counts["sites_archived"], "schools": counts["schools_archived"]}
        for key, n in archived.items():
            self.cards[key].detail.setText(
                self.tr("另有 %1 个已归档").replace("%1", str(n)) if n else ""
            )
        self.data_dir.setText(self.tr("数据目录：%1").replace("%1", str(self.ctx.paths.root)))
        self.is_filled = True
        self.filled.emit()

    def showEvent(self, event) -> None:
        # Counted off the GUI thread, so the window shows and takes keys without waiting.
        self.refresh_in_background()
        super().showEvent(event)

    def _focus_drafts(self) -> None:
        """With drafts and the keyboard nowhere in particular, give it the list, so Enter
        continues the selected inspection as the label says."""
        focus = QApplication.focusWidget()
        if self.drafts.count() and (focus is None or focus is self.window()):
            self.drafts.setFocus()

    def keyPressEvent(self, event) -> None:
        """Enter on a focused button presses it; elsewhere on the page it continues the
        selected draft."""
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = QApplication.focusWidget()
        if enter and plain and isinstance(focus, QPushButton) and self.isAncestorOf(focus):
            focus.click()
            event.accept()
            return
        if enter and plain and self.drafts.isVisibleTo(self) and self.drafts.currentItem():
            self._resume_current()
            event.accept()
            return
        super().keyPressEvent(event)
