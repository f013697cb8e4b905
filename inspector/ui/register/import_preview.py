"""Import of sites or schools: choose a file, see every bad row, import the good ones on confirm."""

from __future__ import annotations

import contextvars
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.site_kinds import SCHOOL_KINDS
from inspector.domain.text import joined
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.kind_aliases import load_aliases, remember_aliases
from inspector.services.register.import_export import (
    ImportCancelled,
    Preview,
    apply_preview,
    parse_schools,
    parse_sites,
    remap_kinds,
)
from inspector.ui.register.site_dialog import kind_combo
from inspector.ui.shell.i18n import error_text, kind_text, local, service_text

FILE_FILTER = str(
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "表格文件 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)")
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


@dataclass
class _ImportState:
    """What the import thread reports to the dialog's polling timer."""

    done: int = 0
    finished: bool = False
    result: int = 0
    error: str = ""
    cancelled: bool = False


class ImportPreviewDialog(QDialog):
    """Shows a :class:`Preview`; the import button saves the good rows in one transaction.

    Kinds the sheet names that no kind or alias matches are listed with a choice of
    kind each: choosing one maps all its rows at once, and the choice is remembered
    in the office's alias table when the import is saved. Rows whose credit code
    fails its check can be let in, marked as unchecked.
    """

    def __init__(self, ctx: AppContext, preview: Preview, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview = preview
        self.imported = 0
        self.mapped: dict[str, str] = {}  # kind text -> code the clerk chose here
        self._set_title()
        self.resize(820, 560)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bad_table = _table([self.tr("行号"), self.tr("名称"), self.tr("问题")])
        self.good_table = _table(
            [self.tr("行号"), self.tr("名称"), self.tr("类型"), self.tr("地址")]
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.bad_table, "")
        self.tabs.addTab(self.good_table, "")

        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        if preview.unknown_columns:
            ignored = QLabel(
                self.tr("未识别、将忽略的列：%1").replace(
                    "%1", "、".join(service_text(c) for c in preview.unknown_columns)
                )
            )
            ignored.setWordWrap(True)
            lay.addWidget(ignored)
        self.kind_boxes: dict[str, QComboBox] = {}
        unknown = preview.unknown_kinds()
        if unknown:
            box = QGroupBox(self.tr("无法识别的场所类型：选择对应的类型，该类型的所有行一并导入"))
            form = QFormLayout(box)
            for text, rows in sorted(unknown.items()):
                combo = kind_combo(box)
                combo.insertItem(0, self.tr("（不导入）"), "")
                combo.setCurrentIndex(0)
                combo.currentIndexChanged.connect(lambda _i, t=text: self._map_kind(t))
                self.kind_boxes[text] = combo
                form.addRow(
                    self.tr("“%1”（%2 行）").replace("%1", text).replace("%2", str(len(rows))),
                    combo,
                )
            lay.addWidget(box)
        self.accept_unchecked = QCheckBox()
        self.accept_unchecked.toggled.connect(self._accept_unchecked)
        self.accept_unchecked.setVisible(bool(preview.held))
        lay.addWidget(self.accept_unchecked)
        lay.addWidget(self.tabs, 1)
        self.note = QLabel(self.tr("有误的行不会导入；请在表格中改正后再单独导入这些行。"))
        self.note.setStyleSheet("color: #b00020;")
        lay.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.hide()
        lay.addWidget(self.progress)
        lay.addWidget(self.buttons)
        self._worker: threading.Thread | None = None
        self._cancel = False
        self._state = _ImportState()
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)
        self._refresh()
        if not preview.bad:
            self.tabs.setCurrentIndex(1)

    def _set_title(self) -> None:
        what = self.tr("场所") if self.preview.kind == "sites" else self.tr("学校")
        self.setWindowTitle(self.tr("导入%1预览").replace("%1", what))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_state"):
            self._set_title()
            self._refresh()  # counts, tabs, kinds and problems in the new language
        super().changeEvent(event)

    def _refresh(self) -> None:
        """Show the preview as it now stands (after a kind was mapped or checks accepted)."""
        preview = self.preview
        good, bad = preview.good, preview.bad
        summary = self.tr("文件 %1：共 %2 行数据，%3 行可以导入，%4 行有误。")
        for i, value in enumerate((preview.path.name, len(preview.rows), len(good), len(bad)), 1):
            summary = summary.replace(f"%{i}", str(value))
        self.summary.setText(summary)
        _fill(
            self.bad_table,
            [
                [str(r.row), r.label or "", service_text(joined(r.problems + r.warnings))]
                for r in bad
            ],
        )
        _fill(
            self.good_table,
            [
                [str(r.row), r.record.name, self._kind(r.record.kind), r.record.address]
                for r in good
                if r.record is not None  # a good row always has one
            ],
        )
        self.tabs.setTabText(0, self.tr("有误的行（%1）").replace("%1", str(len(bad))))
        self.tabs.setTabText(1, self.tr("可导入的行（%1）").replace("%1", str(len(good))))
        self.accept_unchecked.setText(
            self.tr("统一社会信用代码校验位有误的 %1 行仍导入（标记为未核验）").replace(
                "%1", str(len(preview.held))
            )
        )
        self.note.setVisible(bool(bad))
        self.import_button.setText(self.tr("导入 %1 行").replace("%1", str(len(good))))
        self.import_button.setEnabled(bool(good) and self._worker is None)

    def _map_kind(self, text: str) -> None:
        code = self.kind_boxes[text].currentData() or ""
        if code:
            self.mapped[text] = code
        else:
            self.mapped.pop(text, None)
        remap_kinds(self.preview, {text: code})
        self._refresh()

    def _accept_unchecked(self, on: bool) -> None:
        self.preview.accept_unchecked = on
        self._refresh()

    def _kind(self, code: str) -> str:
        if self.preview.kind == "sites":
            return kind_text(code)
        return local(SCHOOL_KINDS[code]) if code in SCHOOL_KINDS else code

    def accept(self) -> None:
        """Import the good rows in a worker thread; the dialog closes when they are saved."""
        if self._worker is not None:
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, max(1, len(self.preview.good)))
        self.progress.show()
        state = self._state = _ImportState()

        def progress(done: int, _total: int) -> bool:
            state.done = done
            return not self._cancel

        def work() -> None:
            try:
                state.result = apply_preview(self.ctx, self.preview, progress)
            except ImportCancelled:
                state.cancelled = True
            except UserError as exc:
                state.error = error_text(exc)
            except Exception as exc:  # a disk or database failure: say so, keep the app
                state.error = QCoreApplication.translate(
                    "ImportPreviewDialog", "导入失败，没有导入任何数据：%1"
                ).replace("%1", str(exc))
            finally:
                state.finished = True

        # in this context: an operation around the dialog collects what the import commits
        run = contextvars.copy_context().run
        self._worker = threading.Thread(
            target=run, args=(work,), name="register-import", daemon=True
        )
        self._worker.start()
        self._timer.start()

    def _poll(self) -> None:
        state = self._state
        self.progress.setValue(state.done)
        if not state.finished:
            return
        self._timer.stop()
        self._worker = None
        if state.cancelled:  # rolled back: nothing was imported
            super().reject()
        elif state.error:
            self.progress.hide()
            self.import_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("导入失败"), state.error)
        else:
            self.imported = state.result
            if self.mapped:  # the next sheet needs no mapping: remember the clerk's choice
                try:
                    remember_aliases(self.ctx, self.mapped)
                except UserError as exc:
                    QMessageBox.warning(self, self.tr("无法保存类型对应"), error_text(exc))
            super().accept()

    def reject(self) -> None:
        if self._worker is not None:  # stop after the current row; nothing is kept
            self._cancel = True
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self._worker is not None:
            self._cancel = True
            event.ignore()
            return
        super().closeEvent(event)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", text)


def run_import(ctx: AppContext, kind: str, parent: QWidget, path: Path | None = None) -> int:
    """Ask for a file (unless given), show the preview, import on confirm; rows imported."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportPreviewDialog", "选择要导入的文件"),
            "",
            _tr(FILE_FILTER),
        )
        if not name:
            return 0
        path = Path(name)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        preview = parse_sites(path, load_aliases(ctx)) if kind == "sites" else parse_schools(path)
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportPreviewDialog", "无法导入"), error_text(exc)
        )
        return 0
    QApplication.restoreOverrideCursor()
    dialog = ImportPreviewDialog(ctx, preview, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.imported
    return 0
