"""The office's list of inspector certificates that devices sent, waiting to be trusted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.sync import service as sync
from inspector.ui.shell.i18n import error_text


def _grouped(fingerprint: str) -> str:
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


class PendingCertsBox(QGroupBox):
    """Certificates held pending: each is trusted only once an office user accepts it here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pending_certs")
        self.setTitle(self.tr("待确认的检查人员证书"))
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "设备送来的证书在这里确认后才会被信任，并随配置包发给各设备。"
                "请先与持有人核对证书指纹。"
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        headers = [self.tr("持有人"), self.tr("指纹（SHA-256）"), self.tr("设备"), self.tr("到期")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.accept_button = QPushButton(self.tr("信任所选证书…"))
        self.accept_button.clicked.connect(self._accept_selected)
        row.addWidget(self.accept_button)
        lay.addLayout(row)
        self.certs: list = []
        self.refresh()

    def refresh(self) -> None:
        self.certs = sync.pending_certificates(self.ctx)
        self.table.setRowCount(len(self.certs))
        devices = {d.device_id: d.name for d in sync.list_devices(self.ctx)}
        for i, c in enumerate(self.certs):
            values = [
                c.subject,
                _grouped(c.fingerprint),
                devices.get(c.device_id) or c.device_id[:8],
                c.not_after.astimezone().strftime("%Y-%m-%d"),
            ]
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.setVisible(bool(self.certs))
        self.accept_button.setEnabled(bool(self.certs))

    def confirm(self, text: str) -> bool:
        """Ask the office user (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("信任证书"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _accept_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.certs):
            return
        self.accept(self.certs[row].fingerprint)

    def accept(self, fingerprint: str) -> bool:
        """Show subject, fingerprint and device, and trust the certificate when confirmed."""
        cert = next((c for c in self.certs if c.fingerprint == fingerprint), None)
        if cert is None:
            return False
        text = (
            self.tr("持有人：%1\n指纹：%2\n设备：%3\n\n确认信任这张证书吗？")
            .replace("%1", cert.subject)
            .replace("%2", _grouped(cert.fingerprint))
            .replace("%3", cert.device_id)
        )
        if not self.confirm(text):
            return False
        try:
            sync.accept_certificate(self.ctx, cert.fingerprint)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("信任证书"), error_text(exc))
            return False
        self.refresh()
        return True
