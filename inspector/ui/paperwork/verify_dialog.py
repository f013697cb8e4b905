"""Check a signed PDF: intact, trusted, signer, time, and the record hash against the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import error_text, service_text

OK_STYLE = "QLabel { color: #1b5e20; font-size: 16px; font-weight: bold; }"
BAD_STYLE = "QLabel { color: #b00020; font-size: 16px; font-weight: bold; }"


class VerifyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("验证 PDF 签名"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("选择要验证的 PDF 文件"))
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.choose)
        check = QPushButton(self.tr("验证"))
        check.setDefault(True)
        check.clicked.connect(lambda: self.verify_file(Path(self.path_edit.text().strip())))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(check)
        self.verdict = QLabel()
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.verdict)
        lay.addWidget(self.details, 1)
        lay.addWidget(buttons)
        self.ok: bool | None = None
        if path is not None:
            self.path_edit.setText(str(path))
            self.verify_file(path)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择 PDF"), str(self.ctx.paths.documents), self.tr("PDF 文件 (*.pdf)")
        )
        if name:
            self.path_edit.setText(name)
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> bool:
        """Verify ``path`` and show the outcome; returns whether it is valid and trusted."""
        from inspector.services.paperwork.documents import verify_document

        if not str(path) or not path.is_file():
            self._show(False, self.tr("文件不存在：%1").replace("%1", str(path)), [])
            return False
        try:
            check = verify_document(self.ctx, path)
        except UserError as exc:
            self._show(False, error_text(exc), [])
            return False
        lines = check.lines()  # the first is the one-word verdict, the details follow
        self._show(check.ok, service_text(lines[0]), lines[1:])
        return check.ok

    def _show(self, ok: bool, title: str, lines: list[str]) -> None:
        self.ok = ok
        self.verdict.setText(("✔ " if ok else "✘ ") + title)
        self.verdict.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.details.setPlainText("\n".join(service_text(line) for line in lines))
