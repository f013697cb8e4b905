"""Show a PDF inside the app (Qt's PDF module), so the inspector checks it before signing."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """A scrolling multi-page view of PDF bytes, with zoom buttons and a page count."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdf_preview")
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
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(fit)
        bar.addWidget(whole)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)

    def set_pdf(self, data: bytes, title: str = "") -> int:
        """Show ``data``; returns the page count (0 when Qt cannot read it)."""
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
        return pages

    def page_count(self) -> int:
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        self.info.setText(self.tr("（尚无预览）"))
