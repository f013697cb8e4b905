"""Collect the handwritten signatures for an inspection: inspectors, the party, or a refusal."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.faults import fault_message
from inspector.ui.paperwork.signature_pad import SignaturePad
from inspector.ui.shell.i18n import error_text, service_text


class SignerBox(QGroupBox):
    """A titled box: name (and role) fields, the pad, clear and undo."""

    def __init__(self, title: str, name: str = "", with_role: bool = False, parent=None):
        super().__init__(title, parent)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("姓名"))
        self.role: QLineEdit | None = None
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        if with_role:
            self.role = QLineEdit()
            self.role.setPlaceholderText(self.tr("如：店长、负责人"))
            form.addRow(self.tr("职务"), self.role)
        self.pad = SignaturePad(self)
        clear = QPushButton(self.tr("清除"))
        clear.clicked.connect(self.pad.clear)
        undo = QPushButton(self.tr("撤销一笔"))
        undo.clicked.connect(self.pad.undo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(undo)
        buttons.addWidget(clear)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.pad, 1)
        lay.addLayout(buttons)

    def role_text(self) -> str:
        return self.role.text().strip() if self.role is not None else ""


class SigningDialog(QDialog):
    def __init__(self, ctx: AppContext, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        from inspector.services.paperwork.documents import signers

        self.ctx = ctx
        self.inspection_id = inspection_id
        self.setObjectName("signing_dialog")
        self.setWindowTitle(self.tr("现场签名"))
        names = signers(ctx, inspection_id)
        self.lead = SignerBox(self.tr("检查人员（主办）"), names.get("lead", ""))
        self.co = SignerBox(self.tr("检查人员（协办）"), names.get("co", ""))
        for box in (self.lead, self.co):  # the inspectors named on the record sign
            box.name.setReadOnly(bool(box.name.text()))
            box.name.setToolTip(self.tr("检查人员的姓名取自检查记录，不能改写。"))
        self.party = SignerBox(self.tr("被检查方代表"), names.get("party", ""), with_role=True)
        self.refused = QCheckBox(self.tr("被检查方拒绝签名"))
        self.refusal = QGroupBox(self.tr("拒签记录"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("拒签理由"))
        self.witness = SignerBox(self.tr("见证人"))
        rlay = QVBoxLayout(self.refusal)
        rform = QFormLayout()
        rform.addRow(self.tr("拒签理由"), self.reason)
        rlay.addLayout(rform)
        rlay.addWidget(self.witness)
        self.refusal.setVisible(False)
        self.refused.toggled.connect(self._toggle_refusal)
        self.error = QLabel()
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存签名"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.lead, 0, 0)
        grid.addWidget(self.co, 0, 1)
        grid.addWidget(self.party, 1, 0)
        grid.addWidget(self.refusal, 1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid, 1)
        cast(QVBoxLayout, self.party.layout()).addWidget(self.refused)  # SignerBox made it
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(1000, 640)

    def drawn(self) -> bool:
        """Whether any pad holds strokes that have not been saved."""
        pads = (self.lead.pad, self.co.pad, self.party.pad, self.witness.pad)
        return any(not pad.is_empty() for pad in pads)

    def reject(self) -> None:
        """Escape, Cancel and the close button: ask before throwing drawn signatures away."""
        if self.drawn() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("现场签名"),
            self.tr("已画的签名尚未保存。关闭后这些签名将丢失，确定放弃吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discard_signatures_box")
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("放弃签名"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("继续签名"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the work
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def _toggle_refusal(self, on: bool) -> None:
        self.refusal.setVisible(on)
        self.party.pad.setEnabled(not on)
        self.party.pad.placeholder = self.tr("（拒绝签名）") if on else self.tr("请在此处签名")
        self.party.pad.update()

    def problems(self) -> list[str]:
        out = []
        if self.lead.pad.is_empty() or not self.lead.name.text().strip():
            out.append(self.tr("主办检查人员须填写姓名并签名。"))
        if not self.co.pad.is_empty() and not self.co.name.text().strip():
            out.append(self.tr("协办检查人员的姓名未填写。"))
        if self.refused.isChecked():
            if not self.reason.text().strip():
                out.append(self.tr("请填写被检查方的拒签理由。"))
            if not self.witness.name.text().strip() or self.witness.pad.is_empty():
                out.append(self.tr("拒签时须有见证人姓名和签名。"))
        elif self.party.pad.is_empty() or not self.party.name.text().strip():
            out.append(self.tr("被检查方代表须填写姓名并签名，或勾选“被检查方拒绝签名”。"))
        return out

    def save(self) -> None:
        from inspector.services.paperwork.documents import save_signature

        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            return
        iid = self.inspection_id
        try:
            save_signature(
                self.ctx, iid, "lead", self.lead.pad.to_png(), name=self.lead.name.text()
            )
            if not self.co.pad.is_empty():
                save_signature(self.ctx, iid, "co", self.co.pad.to_png(), name=self.co.name.text())
            if self.refused.isChecked():
                save_signature(
                    self.ctx,
                    iid,
                    "witness",
                    self.witness.pad.to_png(),
                    name=self.witness.name.text(),
                )
                save_signature(
                    self.ctx,
                    iid,
                    "party",
                    None,
                    name=self.party.name.text(),
                    role_text=self.party.role_text(),
                    refused=True,
                    refusal_reason=self.reason.text(),
                    witness_name=self.witness.name.text(),
                )
            else:
                save_signature(
                    self.ctx,
                    iid,
                    "party",
                    self.party.pad.to_png(),
                    name=self.party.name.text(),
                    role_text=self.party.role_text(),
                )
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        except Exception as exc:  # a full or read-only disk: say so beside the pads
            what = str(QT_TRANSLATE_NOOP("services", "保存签名"))
            fault = fault_message(exc, what, self.ctx.paths.database)
            if fault is None:
                raise
            self.error.setText(service_text(fault))
            return
        self.accept()
