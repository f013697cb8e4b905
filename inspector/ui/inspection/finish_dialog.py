"""Before finishing: what is still missing (unanswered required items, photos, distance).

The walk window shows this dialog only when something is missing; with a
complete record it finishes at once (no dialog on the happy path). The
inspector can go back (double-click an entry to jump to it) or finish anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.services.inspection.finish import FinishCheck
from inspector.ui.shell.i18n import error_text, local

KEY_ROLE = Qt.ItemDataRole.UserRole


class FinishDialog(QDialog):
    def __init__(self, check: FinishCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("完成检查前请确认"))
        self.resize(620, 440)
        self.check = check
        self.jump_to: tuple[str, str] | None = None
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "以下内容尚未完成。完成后检查记录将被锁定，之后只能以“更正”方式修改。"
                "双击某项可返回该项补充。"
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("missing_list")
        lay.addWidget(self.list, 1)
        self.fill()
        self.list.itemDoubleClicked.connect(self._jump)
        buttons = QDialogButtonBox()
        self.back = buttons.addButton(self.tr("返回补充"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back.setObjectName("finish_back")
        self.anyway = buttons.addButton(
            self.tr("仍然完成并锁定"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.anyway.setObjectName("finish_anyway")
        # The template requires these photos and notes: finishing waits for them.
        self.anyway.setEnabled(not (check.missing_photos or check.missing_notes))
        for b in (self.back, self.anyway):
            b.setMinimumHeight(44)
        self.back.setDefault(True)
        self.back.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def fill(self) -> None:
        """The list of what is missing, in the interface language (again after a switch)."""
        check = self.check
        row = self.list.currentRow()
        self.list.clear()
        self._group(
            self.tr("未填写的必答项"),
            [(r.key, r.code, local(r.item.text)) for r in check.unanswered],
        )
        self._group(
            self.tr("不合格但缺少照片"),
            [(r.key, r.code, local(r.item.text)) for r in check.missing_photos],
        )
        self._group(
            self.tr("不合格但缺少说明"),
            [(r.key, r.code, local(r.item.text)) for r in check.missing_notes],
        )
        distance = []
        if check.distance_unmeasured:
            distance.append((None, "", self.tr("尚未按政策规定的方法记录与学校的距离")))
        if check.distance_warning:
            distance.append((None, "", self.tr("距离接近限值，请由第二名检查员复测并记录")))
        self._group(self.tr("200 米距离"), distance)
        if row >= 0:
            self.list.setCurrentRow(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # title and buttons follow by themselves
            self.fill()
        super().changeEvent(event)

    def _group(self, title: str, rows: list) -> None:
        if not rows:
            return
        head = QListWidgetItem(self.tr("{title}（{n}）").format(title=title, n=len(rows)))
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(head)
        for key, code, text in rows:
            line = self.tr("{code}　{text}").format(code=code, text=text) if code else text
            entry = QListWidgetItem(f"    {line}")
            entry.setData(KEY_ROLE, key)
            self.list.addItem(entry)

    def missing_codes(self) -> list[str]:
        missing = self.check.unanswered + self.check.missing_photos + self.check.missing_notes
        return [r.code for r in missing]

    def _jump(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.jump_to = tuple(key)
            self.reject()


def request_finish(window) -> bool:
    """The walk window's finish: at once when nothing is missing, else this dialog first.

    Finishing locks the record and, in the same transaction, opens its
    rectification cases (for a re-inspection: settles the cases it carried).
    """
    from PySide6.QtCore import QCoreApplication

    from inspector.services.core.errors import UserError
    from inspector.services.followup import finish as followup_finish
    from inspector.ui.shell.operations import run_op

    if window.locked:
        return False
    view = window.current_view()
    if view is not None:
        view.flush()
    try:  # checked and, when nothing is missing, finished on one read of the record
        # one operation: every open view shows the inspection finished (and its cases)
        outcome = run_op(
            window,
            lambda: followup_finish.finish_full(window.ctx, window.inspection_id, warn=True),
        )
    except UserError as exc:
        window._refused(error_text(exc))
        return False
    if isinstance(outcome, FinishCheck):
        dialog = FinishDialog(outcome, window)
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            window.activateWindow()
            if dialog.jump_to is not None:
                window._activated(dialog.jump_to)
            window.go_to(window.current)
            return False
        try:
            outcome = run_op(
                window, lambda: followup_finish.finish_full(window.ctx, window.inspection_id)
            )
        except UserError as exc:
            window._refused(error_text(exc))
            return False
    assert isinstance(outcome, followup_finish.Finished)
    window.view = outcome.view  # the record as finishing read, hashed and locked it
    window.score_panel.show_result(window.view.score, window._items_by_key())
    window._apply_lock()
    if window.is_reinspection:
        message = QCoreApplication.translate("WalkWindow", "复查已完成并锁定，整改事项已更新")
    else:
        message = QCoreApplication.translate("WalkWindow", "检查已完成并锁定")
    window._saved(message)
    window.finished.emit(window.inspection_id)
    return True
