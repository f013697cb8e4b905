"""The paperwork page: pick an inspection, collect signatures, preview, sign and verify PDFs."""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.ui.paperwork.pdf_preview import PdfPreview
from inspector.ui.shell.i18n import current_language, error_text, service_text
from inspector.ui.shell.operations import LiveRefresh, run_op
from inspector.ui.shell.screen_fit import keep_splitter
from inspector.ui.shell.spin_limits import say_refusals

T = TypeVar("T")


def run_busy(parent: QWidget, label: str, fn: Callable[[], T]) -> T:
    """Run ``fn`` in a worker thread while the window stays responsive behind a busy dialog.

    Exceptions from ``fn`` are raised here, in the GUI thread. ``fn`` runs in this
    thread's context, so an operation around the call collects what it commits.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(contextvars.copy_context().run, fn)
        while not future.done():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            future_wait(future, 0.02)
    dialog.reset()
    dialog.deleteLater()
    return future.result()


def future_wait(future: Future, seconds: float) -> None:
    try:
        future.result(timeout=seconds)
    except FuturesTimeout:
        pass
    except Exception:  # raised again by the caller's future.result()
        pass


class DocumentsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("documents_page")
        self._passphrase: str | None = None
        self.inspections = QTableWidget(0, 4)
        self.inspections.setHorizontalHeaderLabels(
            [self.tr("场所"), self.tr("检查时间"), self.tr("结论"), self.tr("文书")]
        )
        self.inspections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspections.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.inspections.verticalHeader().setVisible(False)
        self.inspections.itemSelectionChanged.connect(self._selected)
        self.sign_button = QPushButton(self.tr("现场签名…"))
        self.sign_button.clicked.connect(self.collect_signatures)
        self.record_button = QPushButton(self.tr("预览检查记录"))
        self.record_button.clicked.connect(lambda: self.show_preview("record"))
        self.notice_button = QPushButton(self.tr("预览整改通知书"))
        self.notice_button.clicked.connect(lambda: self.show_preview("notice"))
        self.produce_button = QPushButton(self.tr("生成签名文书"))
        self.produce_button.clicked.connect(self.produce)
        self.serve_button = QPushButton(self.tr("登记送达…"))
        self.serve_button.setToolTip(self.tr("通知书送达后，登记实际送达时间并生成新版通知书"))
        self.serve_button.clicked.connect(self.record_service)
        verify = QPushButton(self.tr("验证 PDF…"))
        verify.clicked.connect(self.open_verify)
        folder = QPushButton(self.tr("打开文书文件夹"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.documents)))
        )
        actions = QHBoxLayout()
        for b in (
            self.sign_button,
            self.record_button,
            self.notice_button,
            self.produce_button,
            self.serve_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        settings = QPushButton(self.tr("文书设置…"))
        settings.clicked.connect(self.open_settings)
        actions.addWidget(settings)
        actions.addWidget(verify)
        actions.addWidget(folder)
        self.deadlines = QTableWidget(0, 3)
        self.deadlines.setHorizontalHeaderLabels(
            [self.tr("不合格项"), self.tr("严重程度"), self.tr("整改期限（天）")]
        )
        self.deadlines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.deadlines.verticalHeader().setVisible(False)
        self.deadlines.setMaximumHeight(180)
        self.produced = QListWidget()
        self.produced.setMaximumHeight(110)
        self.produced.itemDoubleClicked.connect(self._open_produced)
        self.message = QLabel()
        self.message.setWordWrap(True)
        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addWidget(QLabel(self.tr("检查记录")))
        llay.addWidget(self.inspections, 1)
        llay.addWidget(QLabel(self.tr("整改期限（可逐项修改）")))
        llay.addWidget(self.deadlines)
        llay.addWidget(QLabel(self.tr("已生成的文书（双击预览）")))
        llay.addWidget(self.produced)
        self.preview = PdfPreview(ctx=self.ctx)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([420, 700])
        keep_splitter(split, "documents_page")  # per screen, as the window's size
        lay = QVBoxLayout(self)
        lay.addLayout(actions)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        self.refresh()
        # the inspections and their state, the documents and signatures, the items to correct
        watched = Change.INSPECTIONS | Change.ANSWERS | Change.DOCUMENTS
        self.live = LiveRefresh(self, watched, self.refresh)

    # --- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        from inspector.services.paperwork.documents import inspections_for_documents

        current = self.current_id()
        days = self.days()  # the deadlines typed for the selected inspection stay
        rows = inspections_for_documents(self.ctx)
        self.inspections.setRowCount(len(rows))
        for r, row in enumerate(rows):
            state = service_text(row.result or row.status)
            values = (row.site_name, row.started_at, state, str(row.documents))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.inspections.setItem(r, c, item)
            if row.id == current:
                self.inspections.blockSignals(True)  # filled once, below
                self.inspections.selectRow(r)
                self.inspections.blockSignals(False)
        self._selected()
        if self.current_id() == current:
            self._keep_days(days)

    def _keep_days(self, days: dict[str, int]) -> None:
        for r in range(self.deadlines.rowCount()):
            item = self.deadlines.item(r, 0)
            spin = self.deadlines.cellWidget(r, 2)
            if item is not None and isinstance(spin, QSpinBox):
                key = item.data(Qt.ItemDataRole.UserRole)
                if key in days:
                    spin.setValue(days[key])

    def current_id(self) -> str | None:
        items = self.inspections.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_inspection(self, inspection_id: str) -> None:
        for r in range(self.inspections.rowCount()):
            item = self.inspections.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == inspection_id:
                self.inspections.selectRow(r)
                return

    def _selected(self) -> None:
        from inspector.services.paperwork.documents import (
            documents_of,
            notice_lines,
            stale_signatures,
        )

        iid = self.current_id()
        for b in (self.sign_button, self.record_button, self.notice_button, self.produce_button):
            b.setEnabled(iid is not None)
        self.deadlines.setRowCount(0)
        self.produced.clear()
        self.serve_button.setEnabled(False)
        if iid is None:
            return
        try:
            lines = notice_lines(self.ctx, iid)
            stale = stale_signatures(self.ctx, iid)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        if stale:  # an amendment came after them: new signatures before signing again
            self._say(
                self.tr("记录已更正：%1 的签名（或拒签）是在更正前给出的，请点“现场签名…”重新签名后再生成签名文书。")
                .replace("%1", "、".join(stale)),
                error=True,
            )  # fmt: skip
        labels = {
            "red_line": self.tr("红线"),
            "deduct": self.tr("扣分"),
            "advisory": self.tr("提示"),
        }
        self.deadlines.setRowCount(len(lines))
        for r, line in enumerate(lines):
            item = QTableWidgetItem(f"{line.key} {line.text_in(current_language())}")
            item.setData(Qt.ItemDataRole.UserRole, line.key)
            self.deadlines.setItem(r, 0, item)
            self.deadlines.setItem(r, 1, QTableWidgetItem(labels.get(line.severity, line.severity)))
            spin = QSpinBox()
            spin.setRange(0, 365)
            say_refusals(spin)
            spin.setValue(line.days)
            self.deadlines.setCellWidget(r, 2, spin)
        self.notice_button.setEnabled(bool(lines))
        docs = documents_of(self.ctx, iid)
        self.serve_button.setEnabled(any(d.kind == "notice" for d in docs))
        newest = {d.kind: max(x.version for x in docs if x.kind == d.kind) for d in docs}
        for doc in docs:
            kind = self.tr("检查记录") if doc.kind == "record" else self.tr("整改通知书")
            state = self.tr("已签名") if doc.signed else self.tr("未签名")
            if doc.version > 1:
                state += self.tr("  第 %1 版").replace("%1", str(doc.version))
            if doc.version < newest[doc.kind]:
                state += self.tr("（已被取代）")
            entry = QListWidgetItem(f"{kind}  {doc.number}  {state}  {doc.file_name}")
            entry.setData(Qt.ItemDataRole.UserRole, doc.file_name)
            self.produced.addItem(entry)

    def days(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in range(self.deadlines.rowCount()):
            item = self.deadlines.item(r, 0)
            if item is None:
                continue
            spin = cast(QSpinBox, self.deadlines.cellWidget(r, 2))  # _selected put one there
            out[item.data(Qt.ItemDataRole.UserRole)] = spin.value()
        return out

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("QLabel { color: #b00020; }" if error else "")
        self.message.setText(text)

    # --- actions -----------------------------------------------------------------------

    def collect_signatures(self) -> None:
        from inspector.ui.paperwork.signing_dialog import SigningDialog

        iid = self.current_id()
        if iid and run_op(self, SigningDialog(self.ctx, iid, self).exec):
            self._say(self.tr("签名已保存。"))
            self.show_preview("record")

    def after_finish(self, inspection_id: str) -> bool:
        """The step after finishing an inspection: signatures, then the signed PDFs at once."""
        from inspector.ui.paperwork.signing_dialog import SigningDialog

        self.refresh()
        self.select_inspection(inspection_id)
        if self.current_id() != inspection_id:
            return False
        if not run_op(self, SigningDialog(self.ctx, inspection_id, self).exec):
            return False
        return self.produce()

    def show_preview(self, kind: str) -> bool:
        from inspector.services.paperwork.documents import preview

        iid = self.current_id()
        if iid is None:
            return False
        days = self.days() if kind == "notice" else None
        try:
            result = run_busy(
                self, self.tr("正在生成预览…"), lambda: preview(self.ctx, kind, iid, days)
            )
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.preview.set_pdf(result.data, result.number)
        self._say(
            "" if result.font_embedded else service_text(result.font_message),
            error=not result.font_embedded,
        )
        return True

    def passphrase(self) -> str | None:
        """The key passphrase for this session; makes the key on first use. Raises UserError."""
        from inspector.services.paperwork.keys import create_self_signed, key_info, load_identity

        info = key_info(self.ctx)
        if info is not None and not info.protected:
            return None
        if self._passphrase is not None:
            return self._passphrase
        if info is None:
            first, ok = QInputDialog.getText(
                self, self.tr("生成签名密钥"), self.tr("首次签名：请设置签名密钥口令"),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok:
                raise UserError(self.tr("已取消。"))
            again, ok = QInputDialog.getText(
                self,
                self.tr("生成签名密钥"),
                self.tr("再输入一次口令"),
                QLineEdit.EchoMode.Password,
            )
            if not ok or again != first:
                raise UserError(self.tr("两次输入的口令不一致。"))
            create_self_signed(self.ctx, first)
            self._passphrase = self.ctx.key_passphrase = first  # sync keys use it too
            return first
        value, ok = QInputDialog.getText(
            self, self.tr("签名"), self.tr("请输入签名密钥口令"), QLineEdit.EchoMode.Password
        )
        if not ok:
            raise UserError(self.tr("已取消。"))
        load_identity(self.ctx, value)  # checks it
        self._passphrase = self.ctx.key_passphrase = value  # sync keys use it too
        return value

    def produce(self) -> bool:
        from inspector.services.paperwork.documents import produce_documents

        iid = self.current_id()
        if iid is None:
            return False
        try:
            passphrase = self.passphrase()
            days = self.days()
            made = run_op(  # the list, its 文书 count and the status bar follow
                self,
                lambda: run_busy(
                    self,
                    self.tr("正在生成并签名文书…"),
                    lambda: produce_documents(self.ctx, iid, passphrase, days=days),
                ),
            )
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.preview.set_pdf(made[0].path.read_bytes(), made[0].number, path=made[0].path)
        names = self.tr("，").join(f"{m.number}" for m in made)
        said = self.tr("已生成并签名：%1（保存在文书文件夹）").replace("%1", names)
        if any(m.kind == "notice" for m in made):
            said += self.tr("　整改通知书送达后，请点“登记送达…”填写实际送达时间。")
        self._say(said)
        return True

    def record_service(self) -> bool:
        """The notice was handed over: ask for the time, store it, make the next version."""
        from inspector.services.paperwork.documents import record_service, signers
        from inspector.ui.paperwork.service_dialog import ServiceDialog

        iid = self.current_id()
        if iid is None:
            return False
        names = signers(self.ctx, iid)
        dialog = ServiceDialog(self.ctx, iid, [names["lead"], names["co"]], self)
        if not dialog.exec():
            return False
        try:
            passphrase = self.passphrase()
            made = run_busy(
                self,
                self.tr("正在生成并签名新版通知书…"),
                lambda: record_service(
                    self.ctx, iid, dialog.served_at(), dialog.server_name(), passphrase
                ),
            )
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.refresh()
        self.preview.set_pdf(made.path.read_bytes(), made.number, path=made.path)
        self._say(self.tr("已登记送达时间，新版通知书已签名：%1").replace("%1", made.path.name))
        return True

    def _open_produced(self, item: QListWidgetItem) -> None:
        path = self.ctx.paths.documents / item.data(Qt.ItemDataRole.UserRole)
        if path.is_file():
            self.preview.set_pdf(path.read_bytes(), path.name, path=path)

    def open_settings(self) -> None:
        from inspector.ui.paperwork.settings import PaperworkSettingsDialog

        PaperworkSettingsDialog(self.ctx, self).exec()

    def open_verify(self) -> None:
        from inspector.ui.paperwork.verify_dialog import VerifyDialog

        VerifyDialog(self.ctx, self).exec()
