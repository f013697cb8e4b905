"""Show a PDF inside the app (Qt's PDF module), so the inspector checks it before signing.

A signed file shown here (``set_pdf(..., path=...)``) can be printed: the 打印…
button, Ctrl+P and the context menu open Qt's print dialog on that very file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """A scrolling multi-page view of PDF bytes, with zoom buttons and a page count."""

    def __init__(self, parent: QWidget | None = None, ctx=None):
        super().__init__(parent)
        from inspector.ui.paperwork.print_support import PdfPrinting

        self.setObjectName("pdf_preview")
        self.path: Path | None = None  # the signed file shown, which Print prints
        self.printing = PdfPrinting(ctx, self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self.info = QLabel(self.tr("（尚无预览）"))
        fit = QPushButton(self.tr("适合宽度"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        whole = QPushButton(self.tr("整页"))
        whole.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("打印这份签名文书（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_current)
        self.print_preview_button = QPushButton(self.tr("打印预览…"))
        self.print_preview_button.clicked.connect(
            lambda: self.path is not None and self.printing.preview_file(self.path)
        )
        self._printable(False)
        self.printing.install_actions(self, lambda: self.path)
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.print_preview_button)
        bar.addWidget(fit)
        bar.addWidget(whole)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)

    def _printable(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.print_preview_button.setEnabled(on)

    def print_current(self) -> bool:
        """The print dialog for the file shown; False when nothing printable is shown."""
        return self.path is not None and self.printing.print_file(self.path)

    def set_pdf(self, data: bytes, title: str = "", path: Path | None = None) -> int:
        """Show ``data``; returns the page count (0 when Qt cannot read it).

        ``path`` is the file ``data`` was read from; only then can it be printed
        (an unsigned preview is not a document to hand out).
        """
        self.path = path
        self.document.close()
        self._bytes = QByteArray(data)
        buf = QBuffer(self._bytes, self)
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buf
        self.document.load(buf)
        pages = self.page_count()
        if pages:
            text = self.tr("%1  共 %2 页").replace("%1", title).replace("%2", str(pages))
        else:
            text = self.tr("无法显示此 PDF。")
        self.info.setText(text.strip())
        self._printable(bool(pages) and path is not None)
        return pages

    def page_count(self) -> int:
        return self.document.pageCount()

    def clear(self) -> None:
        self.path = None
        self._printable(False)
        self.document.close()
        self.info.setText(self.tr("（尚无预览）"))
