"""Red and black lists: draft for a period and category, review, exclude, reply, publish, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.site_kinds import CATEGORY_LABELS
from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.followup import lists
from inspector.services.followup import report_files as followup_docs
from inspector.ui.shell.background import BackgroundTask, run_in_background, write_staged
from inspector.ui.shell.i18n import current_language, error_text, local, service_text
from inspector.ui.shell.operations import LiveRefresh, run_op

ID_ROLE = Qt.ItemDataRole.UserRole
RED_BG = QColor("#fbe3e1")
BLACK_BG = QColor("#e6e6e6")
EXCLUDED_FG = QColor("#8a8a8a")


class ListsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lists_page")
        self.ctx = ctx
        self.issue_id: str | None = None
        self.task: BackgroundTask | None = None  # the drafting or export running now
        self.exported: list[Path] = []  # the files of the last export
        self._editable = False  # the shown issue is a draft
        self.period_edit = QLineEdit(date.today().strftime("%Y-%m"))
        self.period_edit.setPlaceholderText(self.tr("月份 2026-10 或季度 2026Q4"))
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("全部类别"), "all")
        for code, label in CATEGORY_LABELS.items():
            self.category_combo.addItem(local(label), code)
        self.draft_button = QPushButton(self.tr("生成草稿"))
        self.issue_combo = QComboBox()
        self.issue_combo.setMinimumWidth(260)
        self.status_label = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("榜别"),
                self.tr("场所"),
                self.tr("网格"),
                self.tr("上榜理由"),
                self.tr("不予列入理由"),
                self.tr("场所回复"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.exclude_button = QPushButton(self.tr("不予列入…"))
        self.include_button = QPushButton(self.tr("恢复列入"))
        self.reply_button = QPushButton(self.tr("场所回复…"))
        self.publish_button = QPushButton(self.tr("发布…"))
        self.export_button = QPushButton(self.tr("导出 PDF 和 XLSX…"))

        top = QHBoxLayout()
        for w in (
            QLabel(self.tr("期间")),
            self.period_edit,
            QLabel(self.tr("类别")),
            self.category_combo,
            self.draft_button,
        ):
            top.addWidget(w)
        top.addSpacing(20)
        top.addWidget(QLabel(self.tr("已有各期")))
        top.addWidget(self.issue_combo, 1)
        actions = QHBoxLayout()
        for b in (self.exclude_button, self.include_button, self.reply_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.publish_button)
        actions.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.status_label)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)

        self.draft_button.clicked.connect(self.make_draft)
        self.issue_combo.currentIndexChanged.connect(self._issue_chosen)
        self.exclude_button.clicked.connect(self._exclude)
        self.include_button.clicked.connect(self._include)
        self.reply_button.clicked.connect(self._reply)
        self.publish_button.clicked.connect(self._publish)
        self.export_button.clicked.connect(self._export)
        self.reload_issues()
        self.live = LiveRefresh(self, Change.LISTS, self.live_reload)

    # --- data ----------------------------------------------------------------------

    def reload_issues(self, select: str | None = None) -> None:
        self.issue_combo.blockSignals(True)
        self.issue_combo.clear()
        for issue in lists.issues(self.ctx):
            state = issue.issue_number if issue.status == "published" else self.tr("草稿")
            category = lists.category_label(issue.category, current_language())
            label = f"{issue.period} · {category} · {state}"
            self.issue_combo.addItem(label, issue.id)
        self.issue_combo.blockSignals(False)
        index = self.issue_combo.findData(select) if select else 0
        if self.issue_combo.count():
            self.issue_combo.setCurrentIndex(max(0, index))
            self._issue_chosen()
        else:
            self.show_issue(None)

    def live_reload(self) -> None:
        """Re-read the issues after a change, keeping the issue and the row shown."""
        row = self.table.currentRow()
        self.reload_issues(self.issue_id)
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)

    def retranslateUi(self) -> None:
        """After a language switch: categories, issues and entries in the new language
        (the fixed labels follow through ui.shell.retranslate); the chosen ones stay chosen."""
        for i in range(1, self.category_combo.count()):
            label = CATEGORY_LABELS.get(self.category_combo.itemData(i))
            if label is not None:
                self.category_combo.setItemText(i, local(label))
        if self.task is None:  # a running draft or export reloads when it ends
            self.reload_issues(self.issue_combo.currentData())

    def _issue_chosen(self) -> None:
        self.show_issue(self.issue_combo.currentData())

    def show_issue(self, issue_id: str | None) -> None:
        self.issue_id = issue_id
        self.table.setRowCount(0)
        if issue_id is None:
            self.status_label.setText(self.tr("尚无红黑榜。选择期间和类别后点“生成草稿”。"))
            self._enable(False, False)
            return
        issue = lists.get_issue(self.ctx, issue_id)
        published = issue.status == "published"
        rows = lists.entries(self.ctx, issue_id)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            colour = self.tr("红榜") if r.colour == "red" else self.tr("黑榜")
            values = (
                colour,
                r.site_name,
                r.grid,
                ("; " if current_language() == "en" else "；").join(
                    r.reasons_in(current_language())
                ),
                r.exclusion_reason,
                r.reply_note,
            )
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(ID_ROLE, r.id)
                item.setBackground(QBrush(RED_BG if r.colour == "red" else BLACK_BG))
                if r.excluded:
                    item.setForeground(QBrush(EXCLUDED_FG))
                self.table.setItem(i, j, item)
        red = sum(1 for r in rows if r.colour == "red" and not r.excluded)
        black = sum(1 for r in rows if r.colour == "black" and not r.excluded)
        state = (
            self.tr("已发布，期号 %1，内容已冻结").replace("%1", issue.issue_number or "")
            if published
            else self.tr("草稿，可审核修改")
        )
        self.status_label.setText(
            self.tr("%1：红榜 %2 家，黑榜 %3 家；%4")
            .replace("%1", issue.period)
            .replace("%2", str(red))
            .replace("%3", str(black))
            .replace("%4", state)
        )
        self._enable(True, not published)

    def _enable(self, have_issue: bool, editable: bool) -> None:
        for b in (self.exclude_button, self.include_button, self.reply_button, self.publish_button):
            b.setEnabled(editable)
        self.export_button.setEnabled(have_issue)
        self._editable = editable
        if self.task is not None:  # the running work decides again when it ends
            self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        """While drafting or exporting, nothing else can start or change the issue."""
        for w in (self.draft_button, self.issue_combo, self.export_button):
            w.setEnabled(not busy and (w is not self.export_button or self.issue_id is not None))
        editable = not busy and self._editable
        for b in (self.exclude_button, self.include_button, self.reply_button, self.publish_button):
            b.setEnabled(editable)

    def selected_entry(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(ID_ROLE) if item else None

    # --- actions -------------------------------------------------------------------

    def _run(self, action) -> bool:
        """One write as an operation: the page (keeping its row) and other views follow."""
        try:
            run_op(self, action)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("红黑榜"), error_text(exc))
            return False
        return True

    def _start(self, label: str, work, done, cancellable: bool = True) -> None:
        if self.task is not None:
            return
        self.task = run_in_background(
            self, self.tr("红黑榜"), label, work, done, cancellable=cancellable
        )
        self.task.cancelled.connect(self.status_label.setText)
        self.task.failed.connect(self.status_label.setText)
        self.task.ended.connect(self._task_ended)
        self._set_busy(True)

    def _task_ended(self) -> None:
        self.task = None
        self._set_busy(False)

    def make_draft(self) -> None:
        """Draft in the background; cancelling rolls the whole draft back."""
        period = self.period_edit.text().strip()
        category = self.category_combo.currentData()

        def work(progress, cancelled):
            issue = lists.draft_list(
                self.ctx, period, category, progress=progress, cancel=cancelled
            )
            return issue.id

        self.status_label.setText(self.tr("正在生成草稿…"))
        self._start(self.tr("正在生成草稿…"), work, self._drafted)

    def _drafted(self, issue_id: str) -> None:
        self.issue_id = issue_id  # shown when the change reaches the page, as the task ends

    def _entry_action(self, action) -> None:
        entry = self.selected_entry()
        if entry is None:
            QMessageBox.information(self, self.tr("红黑榜"), self.tr("请先在表中选择一个条目。"))
            return
        self._run(lambda: action(entry))

    def _exclude(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("不予列入"), self.tr("理由："))
        if ok:
            self._entry_action(lambda e: lists.exclude_entry(self.ctx, e, reason))

    def _include(self) -> None:
        self._entry_action(lambda e: lists.include_entry(self.ctx, e))

    def _reply(self) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("场所回复"), self.tr("场所的说明（与条目一同公布）：")
        )
        if ok:
            self._entry_action(lambda e: lists.set_reply(self.ctx, e, note))

    def _publish(self) -> None:
        if self.issue_id is None:
            return
        number, ok = QInputDialog.getText(
            self, self.tr("发布红黑榜"), self.tr("期号（发布后内容冻结，不能再修改）：")
        )
        if not ok:
            return
        issue_id = self.issue_id

        def work(progress, _cancelled):  # one short transaction: not cancellable
            progress(0, 0, self.tr("正在冻结快照…"))
            return lists.publish(self.ctx, issue_id, number).id

        self._start(self.tr("正在发布…"), work, self._drafted, cancellable=False)

    def _export(self) -> None:
        if self.issue_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出到文件夹"))
        if not folder:
            return
        self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write the bulletin PDF and XLSX in the background; a cancel leaves no file."""
        if self.issue_id is None:
            return
        issue_id = self.issue_id

        def work(progress, cancelled):
            notes: list[str] = []

            def produce(tmp: Path) -> list[Path]:
                out = followup_docs.export_bulletin(
                    self.ctx, issue_id, tmp, progress=progress, cancel=cancelled
                )
                notes.append(out.note)
                return out.files

            return write_staged(folder, produce, cancelled), notes[0]

        self._start(self.tr("正在导出…"), work, self._exported)

    def _exported(self, result: tuple[list[Path], str]) -> None:
        files, note = result
        self.exported = files
        text = (
            self.tr("已导出 %1 个文件到 %2。%3")
            .replace("%1", str(len(files)))
            .replace("%2", str(files[0].parent) if files else "")
            .replace("%3", service_text(note))
        )
        self.status_label.setText(text)
