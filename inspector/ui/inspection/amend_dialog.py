"""更正: correct one answer of a finished inspection, with a reason.

The original answer stays as it was; the service records an amendment (who,
when, why) and recomputes the score from the amended answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.domain import cases as rules
from inspector.domain.scoring import AnswerValue
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.followup.case_opening import item_case
from inspector.services.followup.finish import amend
from inspector.services.inspection.view import ItemRef
from inspector.ui.inspection.answer_widgets import make_answer_widget
from inspector.ui.shell.i18n import error_text, local

VALUE_FIELDS = ("outcome", "count", "measurement", "text", "choice")


class AmendDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        inspection_id: str,
        ref: ItemRef,
        current: AnswerValue | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.ref = ref
        self.current = current or AnswerValue()
        self.outcome = ""  # what the amendment did to the item's case, once accepted
        self.resize(620, 300)
        self.lay = lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr("检查已完成并锁定。更正会另行记录（原答案保留），并注明更正人和理由。")
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        lay.addWidget(self.item_label)
        self.answer = self._answer_widget(self.current)
        self._refusal = ""  # a typed figure the widget refused (never sent)
        lay.addWidget(self.answer)
        lay.addWidget(QLabel(self.tr("更正理由（必填）")))
        self.reason = QLineEdit()
        self.reason.setObjectName("amend_reason")
        self.reason.setMinimumHeight(40)
        lay.addWidget(self.reason)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存更正"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.retranslateUi()
        self.reason.setFocus()

    def _answer_widget(self, value: AnswerValue):
        answer = make_answer_widget(self.ref.item, self)
        answer.set_value(value)
        answer.refused.connect(self._figure_refused)
        return answer

    def retranslateUi(self) -> None:
        """Title and item in the interface language (fixed labels follow by themselves)."""
        ref = self.ref
        self.setWindowTitle(self.tr("更正 {code}").format(code=ref.code))
        self.item_label.setText(
            self.tr("<b>{code}</b>　{text}").format(code=ref.code, text=local(ref.item.text))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self._rebuild_answer()
        super().changeEvent(event)

    def _rebuild_answer(self) -> None:
        """The answer field again in the new language, showing what is entered so far.
        When it would not show exactly what is typed (a figure it refuses or cannot read),
        the field is left as it is: nothing typed is lost."""
        old = self.answer
        self._refusal = ""
        old.flush()
        new = self._answer_widget(old.value())
        if self._refusal or _typed_texts(new) != _typed_texts(old):
            new.deleteLater()
            return
        self.answer = new
        self.lay.replaceWidget(old, new)
        old.hide()
        old.deleteLater()

    def new_values(self) -> dict:
        self.answer.flush()
        value = self.answer.value()
        return {
            name: getattr(value, name)
            for name in VALUE_FIELDS
            if getattr(value, name) != getattr(self.current, name)
        }

    def _figure_refused(self, message: str) -> None:
        self._refusal = message
        self.message.setText(message)

    def accept(self) -> None:
        self._refusal = ""
        changes = self.new_values()
        if self._refusal:
            return  # the refusal is shown; nothing is saved until the figure is corrected
        if not changes:
            self.message.setText(self.tr("答案没有变化。"))
            return
        key = (self.inspection_id, self.ref.template_id, self.ref.code)
        before = item_case(self.ctx, *key)
        try:
            amend(
                self.ctx,
                self.inspection_id,
                self.ref.template_id,
                self.ref.code,
                reason=self.reason.text(),
                **changes,
            )
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.outcome = self._case_outcome(before, item_case(self.ctx, *key))
        super().accept()

    def _case_outcome(self, before, after) -> str:
        """What the amendment did to the item's rectification case, in a sentence ("" if nothing)."""
        if after is None or before == after:
            return ""
        state, deadline = after
        if before is None:
            return self.tr("已为该项立整改事项，期限 %1。").replace("%1", deadline.isoformat())
        if state == rules.WITHDRAWN:
            return self.tr("该项的整改事项已更正撤销。")
        return ""


def _typed_texts(widget: QWidget) -> list[str]:
    """What the line and text fields of an answer widget hold, in order."""
    return [e.text() for e in widget.findChildren(QLineEdit)] + [
        e.toPlainText() for e in widget.findChildren(QPlainTextEdit)
    ]


def amend_current(window) -> bool:
    """Run the dialog for the walk window's current item; refresh the window after."""
    ref = window.view.items[window.current]
    dialog = AmendDialog(
        window.ctx, window.inspection_id, ref, window.view.effective(ref.key), window
    )
    accepted = bool(dialog.exec())
    dialog.deleteLater()
    if accepted:
        saved = QCoreApplication.translate("WalkWindow", "更正已保存")
        window.reload_view(f"{saved}　{dialog.outcome}" if dialog.outcome else saved)
        view = window.item_views[window.current]
        view.load_answer(window.view.effective(ref.key))
        view.show_amendments(window.view.amendments.get(ref.key))
    window.activateWindow()
    return accepted
