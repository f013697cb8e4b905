"""Rectification cases: due soon and overdue, sorted by deadline and grid.

The table's model fetches rows on demand (``canFetchMore``/``fetchMore``, a page
at a time), so the page opens at once on a database with many cases and memory
stays flat while scrolling.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import cases as rules
from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.followup import cases as svc
from inspector.services.followup import reinspection
from inspector.ui.shell.i18n import current_language, error_text
from inspector.ui.shell.operations import LiveRefresh, run_op

PAGE_SIZE = 200
CACHE_PAGES = 20
OVERDUE_BG = QColor("#fbe3e1")
SOON_BG = QColor("#fff4d6")
CLOSED_FG = QColor("#6b6b6b")


class CaseTableModel(QAbstractTableModel):
    """Rows of a :class:`~inspector.services.followup.cases.CaseQuery`, read a page at a time.

    The model reports every row (one COUNT query) but holds at most
    ``CACHE_PAGES`` pages: a page is read when a visible row needs it, by key
    after the previous page when that page's last key is known (the usual case
    while scrolling), else by offset (a jump). Memory stays flat however far
    the user scrolls.
    """

    def __init__(self, query: svc.CaseQuery, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.query = query
        self.language = language
        self.total = query.count()
        self._pages: OrderedDict[int, list[svc.CaseRow]] = OrderedDict()
        self._last_keys: dict[int, svc.CaseRow] = {}
        self.headers = [
            self.tr("整改期限"),
            self.tr("剩余天数"),
            self.tr("状态"),
            self.tr("网格"),
            self.tr("场所"),
            self.tr("问题"),
            self.tr("严重程度"),
            self.tr("复发"),
        ]
        self.severity = {
            "red_line": self.tr("红线"),
            "deduct": self.tr("扣分"),
            "advisory": self.tr("提示"),
        }

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def page(self, number: int) -> list[svc.CaseRow]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        if number == 0:
            rows = self.query.fetch_after(None, PAGE_SIZE)
        elif number - 1 in self._last_keys:
            rows = self.query.fetch_after(self._last_keys[number - 1], PAGE_SIZE)
        else:
            rows = self.query.fetch(number * PAGE_SIZE, PAGE_SIZE)
        if rows:
            last = rows[-1]
            self._last_keys[number] = last
        self._pages[number] = rows
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return rows

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row(self, index: QModelIndex | QPersistentModelIndex) -> svc.CaseRow | None:
        if not index.isValid() or not 0 <= index.row() < self.total:
            return None
        rows = self.page(index.row() // PAGE_SIZE)
        offset = index.row() % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r = self.row(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return r.deadline.isoformat()
            if col == 1:
                return str(r.days_left) if r.state in rules.UNRESOLVED_STATES else ""
            if col == 2:
                return rules.STATE_LABELS[r.state].get(self.language)
            item = r.item_in(self.language)
            values = (r.grid, r.site_name, item, self.severity.get(r.severity, r.severity))
            if 3 <= col <= 6:
                return values[col - 3]
            return self.tr("是") if r.repeat else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.state in (rules.OVERDUE, rules.ESCALATED):
                return QBrush(OVERDUE_BG)
            if r.state == rules.OPEN and r.days_left <= self.query.due_soon_days:
                return QBrush(SOON_BG)
        if role == Qt.ItemDataRole.ForegroundRole and r.state in rules.CLOSED_STATES:
            return QBrush(CLOSED_FG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (r.finding, r.note) if t) or None
        return None


class CorrectDialog(QDialog):
    """Corrected on the spot: a note (required) and an optional photo.

    The dialog names the site and the item of the case it closes, so the
    inspector sees which row the answer goes to.
    """

    def __init__(self, row: svc.CaseRow | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("当场整改"))
        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        self.row = row
        self.retranslateUi()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.photo = QLineEdit()
        browse = QPushButton(self.tr("选择照片…"))
        browse.clicked.connect(self._browse)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo, 1)
        photo_row.addWidget(browse)
        form = QFormLayout(self)
        if row is not None:
            form.addRow(self.case_label)
        form.addRow(self.tr("整改情况"), self.note)
        form.addRow(self.tr("整改后照片"), photo_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def retranslateUi(self) -> None:
        """The site and the item in the interface language."""
        row = self.row
        if row is not None:
            item = row.item_in(current_language())
            self.setWindowTitle(self.tr("当场整改：%1").replace("%1", row.site_name))
            self.case_label.setText(
                self.tr("场所：%1\n问题：%2").replace("%1", row.site_name).replace("%2", item)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择照片"), "", self.tr("图片 (*.jpg *.jpeg *.png)")
        )
        if path:
            self.photo.setText(path)


class CaseDialog(QDialog):
    """One case opened from the table: what was found, where, by when, and its actions.

    Each action button closes the dialog and reports its code in :attr:`chosen`;
    the page then runs the same action as its own button.
    """

    ACTIONS = ("correct", "deadline", "escalate", "reinspect")

    def __init__(self, row: svc.CaseRow, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("整改事项：%1").replace("%1", row.site_name))
        self.chosen = ""
        language = current_language()
        form = QFormLayout(self)
        fields = (
            (self.tr("场所"), row.site_name),
            (self.tr("地址"), row.address),
            (self.tr("网格"), row.grid),
            (self.tr("问题"), row.item_in(language)),
            (self.tr("发现情况"), row.finding),
            (self.tr("发现日期"), row.found_on.isoformat()),
            (self.tr("整改期限"), row.deadline.isoformat()),
            (self.tr("状态"), rules.STATE_LABELS[row.state].get(language)),
            (self.tr("说明"), row.note),
        )
        self.values: dict[str, QLabel] = {}
        for label, value in fields:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[label] = shown
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        labels = {
            "correct": self.tr("当场整改…"),
            "deadline": self.tr("修改期限…"),
            "escalate": self.tr("移交执法…"),
            "reinspect": self.tr("开始复查"),
        }
        self.buttons: dict[str, QPushButton] = {}
        unresolved = row.state in rules.UNRESOLVED_STATES
        for code in self.ACTIONS:
            button = buttons.addButton(labels[code], QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(unresolved)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            self.buttons[code] = button
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.row = row
        self.item_value = self.values[self.tr("问题")]
        self.state_value = self.values[self.tr("状态")]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the field names follow by themselves
            language = current_language()
            self.setWindowTitle(self.tr("整改事项：%1").replace("%1", self.row.site_name))
            self.item_value.setText(self.row.item_in(language))
            self.state_value.setText(rules.STATE_LABELS[self.row.state].get(language))
        super().changeEvent(event)

    def _choose(self, code: str) -> None:
        self.chosen = code
        self.accept()


class CasesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cases_page")
        self.ctx = ctx
        self.view_combo = QComboBox()
        for code, label in (
            ("attention", self.tr("即将到期和逾期")),
            ("overdue", self.tr("仅逾期")),
            ("open", self.tr("全部未办结")),
            ("all", self.tr("全部")),
        ):
            self.view_combo.addItem(label, code)
        self.grid_edit = QLineEdit()
        self.grid_edit.setPlaceholderText(self.tr("网格（留空为全部）"))
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.correct_button = QPushButton(self.tr("当场整改…"))
        self.deadline_button = QPushButton(self.tr("修改期限…"))
        self.escalate_button = QPushButton(self.tr("移交执法…"))
        self.reinspect_button = QPushButton(self.tr("开始复查"))
        self.refresh_button = QPushButton(self.tr("刷新"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示")))
        top.addWidget(self.view_combo)
        top.addWidget(self.grid_edit)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for b in (
            self.correct_button,
            self.deadline_button,
            self.escalate_button,
            self.reinspect_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)

        self.view_combo.currentIndexChanged.connect(self.refresh)
        self.grid_edit.editingFinished.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.correct_button.clicked.connect(self._correct)
        self.deadline_button.clicked.connect(self._deadline)
        self.escalate_button.clicked.connect(self._escalate)
        self.reinspect_button.clicked.connect(self._reinspect)
        self.table.doubleClicked.connect(self.open_case)
        self.model: CaseTableModel | None = None
        self.refresh()
        # cases (and the due-soon days of the settings); the row in view stays
        self.live = LiveRefresh(self, Change.CASES | Change.SETTINGS, self.live_refresh)

    def refresh(self) -> None:
        flt = svc.CaseFilter(view=self.view_combo.currentData(), grid=self.grid_edit.text().strip())
        try:
            language = current_language()
            self.model = CaseTableModel(svc.CaseQuery(self.ctx, flt), language, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("整改事项"), error_text(exc))
            return
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(4, 180)
        self.count_label.setText(self.tr("共 %n 项", "", self.model.total))

    def live_refresh(self) -> None:
        """Re-read after a change, keeping the current row and the scroll position."""
        row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.refresh()
        if self.model is not None and 0 <= row < self.model.total:
            self.table.selectRow(row)
        self.table.verticalScrollBar().setValue(scroll)

    def current(self) -> svc.CaseRow | None:
        if self.model is None:
            return None
        return self.model.row(self.table.currentIndex())

    def _run(self, action) -> bool:
        """One write as an operation: the table, the home page and the status bar follow."""
        try:
            run_op(self, action)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("整改事项"), error_text(exc))
            return False
        return True

    def _need_row(self) -> svc.CaseRow | None:
        row = self.current()
        if row is None:
            QMessageBox.information(self, self.tr("整改事项"), self.tr("请先在表中选择一项。"))
        return row

    def open_case(self, index: QModelIndex | None = None) -> None:
        """Double-click (or Enter) on a row: the case in a dialog, its actions at hand."""
        if index is not None and index.isValid():
            self.table.setCurrentIndex(index)
        row = self.current()
        if row is None:
            return
        dlg = CaseDialog(row, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        action = {
            "correct": self._correct,
            "deadline": self._deadline,
            "escalate": self._escalate,
            "reinspect": self._reinspect,
        }.get(dlg.chosen)
        if action is not None:
            action()

    def _correct(self) -> None:
        row = self._need_row()
        if row is None:
            return
        dlg = CorrectDialog(row, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        photo = Path(dlg.photo.text()) if dlg.photo.text().strip() else None
        self._run(lambda: svc.correct_on_spot(self.ctx, row.id, dlg.note.toPlainText(), photo))

    def _deadline(self) -> None:
        row = self._need_row()
        if row is None:
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("修改整改期限"))
        edit = QDateEdit(QDate(row.deadline.year, row.deadline.month, row.deadline.day))
        edit.setCalendarPopup(True)
        form = QFormLayout(dlg)
        form.addRow(self.tr("新的期限"), edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            deadline = cast(date, edit.date().toPython())  # a QDate converts to a date
            self._run(lambda: svc.set_deadline(self.ctx, row.id, deadline))

    def _escalate(self) -> None:
        row = self._need_row()
        if row is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("移交执法"), self.tr("移交理由或接收部门：")
        )
        if ok:
            self._run(lambda: svc.escalate(self.ctx, row.id, note))

    def _reinspect(self) -> None:
        row = self._need_row()
        if row is None:
            return
        started: list[str] = []
        if self._run(
            lambda: started.append(reinspection.start_reinspection(self.ctx, row.site_id))
        ):
            hooks = getattr(self.window(), "walk_hooks", None)
            if hooks is not None:  # the main window: straight into the walk window
                hooks.open_started(started[0])
                return
            QMessageBox.information(
                self,
                self.tr("开始复查"),
                self.tr("已为“%1”生成复查记录，只含未整改的检查项。请在“检查”页继续填写。").replace(
                    "%1", row.site_name
                ),
            )
