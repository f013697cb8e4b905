"""关于: version, data directory, and the licences of the components shipped with the app."""

from __future__ import annotations

import html
import platform
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspector import __version__
from inspector.resources import resource
from inspector.services.core.context import AppContext


def notices_text() -> str:
    """The third-party notices: the file written at build time, or made now from the metadata."""
    from inspector.notices import NOTICES_FILE
    from inspector.notices import notices_text as make_notices

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        bundled = Path(bundle) / NOTICES_FILE
        if bundled.is_file():
            return bundled.read_text(encoding="utf-8")
    return make_notices()


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("about_dialog")
        self.setMinimumSize(620, 520)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "inspector.png"))).pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.heading, 1)
        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setOpenExternalLinks(True)
        self.licences.setMaximumHeight(170)
        self.notices = QPlainTextEdit(notices_text())  # generated: see inspector.notices
        self.notices.setObjectName("third_party_notices")
        self.notices.setReadOnly(True)
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.open_dir = QPushButton()
        self.open_dir.clicked.connect(self._open_data_dir)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_dir, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.licences)
        lay.addWidget(self.notices, 1)
        lay.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("关于文明创建巡查助手"))
        self.open_dir.setText(self.tr("打开数据目录"))
        frozen = getattr(sys, "frozen", False)
        build = self.tr("安装版") if frozen else self.tr("源码运行")
        self.heading.setText(
            "<h2>"
            + html.escape(self.tr("文明创建巡查助手"))
            + f" {__version__}</h2><p>"
            + html.escape(self.tr("离线巡查检查、签名检查记录与限期整改通知书。"))
            + "</p><p>"
            + html.escape(self.tr("数据目录：")) + html.escape(str(self.ctx.paths.root))
            + "<br>"
            + html.escape(self.tr("数据库版本：")) + html.escape(self.ctx.opened.revision)
            + "<br>"
            + f"Qt {qVersion()} · Python {platform.python_version()} · {html.escape(build)}"
            + "</p>"
        )  # fmt: skip
        self.licences.setHtml(self.licence_html())

    def licence_html(self) -> str:
        notes = [
            self.tr(
                "本程序以 MIT 许可证发布。随附的 Qt 库以 LGPL-3.0 许可证动态链接使用，"
                "可替换为您自行编译的版本；Qt 源代码见 https://download.qt.io/。"
            ),
            self.tr(
                "PDF 使用的中文字体不随程序分发：程序使用本机已安装的字体（如 Windows 的宋体、"
                "微软雅黑，Debian/Ubuntu 的文泉驿微米黑 fonts-wqy-microhei，其许可证为 GPL 并附字体例外，"
                "嵌入 PDF 不受 GPL 约束）。"
            ),
            self.tr("图标来自 Font Awesome Free，经 qtawesome 使用。"),
            self.tr("下面列出随附的全部组件、版本、许可证及许可证全文（构建时自动生成）。"),
        ]
        body = "".join(f"<p>{html.escape(n)}</p>" for n in notes)
        return f"<h3>{html.escape(self.tr('随附组件及其许可证'))}</h3>{body}"

    def _open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.root)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
