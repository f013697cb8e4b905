"""Printing a signed PDF from the app: Qt's print dialog and print preview.

The file that is printed is the signed PDF itself: QtPdf's ``QPdfDocument``
renders each page at the printer's resolution onto the ``QPrinter`` (A4, the
printer's own duplex and copies from the dialog); nothing is laid out again.
Every print writes an audit line (``services.paperwork.printing.log_print``). When the
machine has no printer the user is told so and offered "另存为 PDF", which saves
a copy of the signed file unchanged.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import error_text


def has_printer() -> bool:
    """Whether the system offers at least one printer (a CUPS queue, a Windows printer)."""
    return bool(QPrinterInfo.availablePrinters())


MAX_DPI = 600  # pages are rendered at the printer's resolution, up to this


def new_printer(name: str = "") -> QPrinter:
    """A high-resolution A4 printer, the named one or the system default."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    if printer.resolution() > MAX_DPI:  # a 1200 dpi A4 page is a 560 MB image
        printer.setResolution(MAX_DPI)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setDocName("Inspector")
    return printer


def render_to(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` onto ``printer`` at its resolution; returns pages."""
    pages = document.pageCount()
    if pages == 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(index)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(round(size.width() * scale), round(size.height() * scale))
            image = document.render(index, pixels)
            x = target.x() + (target.width() - pixels.width()) // 2
            y = target.y() + (target.height() - pixels.height()) // 2
            painter.drawImage(x, y, image)
    finally:
        painter.end()
    return pages


class PdfPrinting(QObject):
    """Print, print preview and the no-printer fallback for one window's signed files."""

    def __init__(self, ctx: AppContext | None, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.last_message = ""

    def _load(self, path: Path) -> QPdfDocument | None:
        document = QPdfDocument(self)
        document.load(str(path))
        if document.pageCount() == 0:
            self._warn(self.tr("无法读取 %1，不能打印。").replace("%1", str(path)))
            return None
        return document

    def _warn(self, text: str) -> None:
        self.last_message = text
        QMessageBox.warning(self.widget, self.tr("打印"), text)

    def print_file(self, path: Path, printer: QPrinter | None = None) -> bool:
        """The print dialog for ``path`` (or print straight to ``printer``); True once sent."""
        if printer is None and not has_printer():
            return self.offer_save_as_pdf(path)
        document = self._load(path)
        if document is None:
            return False
        if printer is None:
            printer = new_printer()
            printer.setFromTo(1, document.pageCount())
            dialog = QPrintDialog(printer, self.widget)
            dialog.setWindowTitle(self.tr("打印 %1").replace("%1", path.name))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        printer.setDocName(path.stem)
        if render_to(document, printer) == 0:
            self._warn(self.tr("打印机没有接受打印任务。"))
            return False
        self._log(path, printer)
        return True

    def preview_file(self, path: Path) -> bool:
        """Qt's print preview of the signed file; printing from it is logged like any print."""
        document = self._load(path)
        if document is None:
            return False
        printer = new_printer()
        dialog = QPrintPreviewDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("打印预览 %1").replace("%1", path.name))
        dialog.paintRequested.connect(lambda p: render_to(document, p))
        if dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted and has_printer():
            self._log(path, printer)
            return True
        return False

    def offer_save_as_pdf(self, path: Path, target: Path | None = None) -> bool:
        """No printer: say so, and offer to save the signed file as a PDF elsewhere."""
        self.last_message = self.tr(
            "本机没有安装打印机，无法打印。可以把文书另存为 PDF，拿到有打印机的电脑上打印。"
        )
        if target is None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("打印"), self.last_message)
            save = box.addButton(self.tr("另存为 PDF…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not save:
                return False
            name, _ = QFileDialog.getSaveFileName(
                self.widget,
                self.tr("另存为 PDF"),
                str(Path.home() / path.name),
                self.tr("PDF 文件 (*.pdf)"),
            )
            if not name:
                return False
            target = Path(name)
        try:
            shutil.copyfile(path, target)  # the signed bytes, unchanged
        except OSError as exc:
            self._warn(
                self.tr("无法保存 %1：%2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or "")
            )
            return False
        return True

    def install_actions(self, widget: QWidget, current) -> None:
        """Ctrl+P and a context menu (打印… / 打印预览…) on ``widget``; ``current()`` gives
        the file to print or None."""
        from PySide6.QtGui import QAction, QKeySequence

        act = QAction(self.tr("打印…"), widget)
        act.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(lambda: (p := current()) is not None and self.print_file(p))
        prev = QAction(self.tr("打印预览…"), widget)
        prev.triggered.connect(lambda: (p := current()) is not None and self.preview_file(p))
        widget.addAction(act)
        widget.addAction(prev)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _log(self, path: Path, printer: QPrinter) -> None:
        if self.ctx is None:
            return
        from inspector.services.paperwork.printing import describe, log_print

        try:
            target = describe(self.ctx, path)
            name = printer.printerName() or printer.outputFileName() or "?"
            log_print(self.ctx, target, name, printer.copyCount(), how="qt")
        except UserError as exc:
            self._warn(error_text(exc))
