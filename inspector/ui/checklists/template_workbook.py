"""Importing a checklist from an XLSForm workbook, and exporting one, from the templates page.

The import dialog shows what ``inspector templates import`` prints: the
template section by section with its conditions, or every problem as
"sheet, row, column: sentence"; only a valid workbook can be written into
the office template folder, and then all of it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.templates import Template
from inspector.services.checklists.xlsform import WorkbookError
from inspector.services.checklists.xlsform_export import (
    export_workbook,
    install_workbook,
    preview_workbook,
)
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import current_language, error_text, local, service_text

WORKBOOK_FILTER = "Excel (*.xlsx);;CSV (survey.csv)"
ANSWER_KINDS = {  # as the templates page names them
    "pass_fail": str(QT_TRANSLATE_NOOP("TemplatesPage", "合格/不合格")),
    "count": str(QT_TRANSLATE_NOOP("TemplatesPage", "计数")),
    "measurement": str(QT_TRANSLATE_NOOP("TemplatesPage", "测量")),
    "text": str(QT_TRANSLATE_NOOP("TemplatesPage", "文字")),
    "choice": str(QT_TRANSLATE_NOOP("TemplatesPage", "选择")),
}


def answer_kind(code: str) -> str:
    """An answer kind in the interface language (an unknown code reads as it is)."""
    source = ANSWER_KINDS.get(code)
    return QCoreApplication.translate("TemplatesPage", source) if source else code


class WorkbookImportDialog(QDialog):
    """The preview of a workbook, or its problems; "导入" writes it into the office folder."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workbook_import")
        self.resize(820, 560)
        self.ctx, self.path = ctx, Path(path)
        self.template: Template | None = None
        self.failure: WorkbookError | UserError | None = None  # why it cannot be imported
        self.installed_path: Path | None = None
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setObjectName("workbook_problems")
        lay.addWidget(self.problems, 1)
        self.preview = QTreeWidget()
        self.preview.setObjectName("workbook_preview")
        self.preview.setHeaderLabels(
            [self.tr("编号"), self.tr("检查内容"), self.tr("答案类型"), self.tr("条件与约束")]
        )
        self.preview.setColumnWidth(0, 140)
        self.preview.setColumnWidth(1, 320)
        lay.addWidget(self.preview, 3)
        buttons = QDialogButtonBox()
        self.install_button = buttons.addButton(
            self.tr("导入到本单位模板文件夹"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.install_button.setObjectName("workbook_install")
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.install)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._read()
        self.retranslateUi()

    def _read(self) -> None:
        """Read the workbook once: its template, or why it cannot be imported."""
        try:
            self.template, _text = preview_workbook(self.path)
        except (WorkbookError, UserError) as exc:
            self.failure = exc
            self.summary.setStyleSheet("color: #b3261e;")
            self.preview.hide()
            self.install_button.setEnabled(False)
            return
        self.problems.hide()
        self.install_button.setEnabled(bool(self.ctx.settings.template_dir))

    def retranslateUi(self) -> None:
        """Title, summary and the preview or the problems in the interface language."""
        self.setWindowTitle(self.tr("从工作簿导入检查表：{name}").format(name=self.path.name))
        if isinstance(self.failure, WorkbookError):
            self._show_problems([service_text(p.sentence) for p in self.failure.problems])
        elif self.failure is not None:
            self._show_problems([error_text(self.failure)])
        elif self.template is not None:
            self._show_template(self.template)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _show_template(self, t: Template) -> None:
        folder = self.ctx.settings.template_dir
        items = sum(len(s.items) for s in t.sections)
        self.summary.setText(
            self.tr("有效：{title}（{id} 第 {version} 版，{sections} 节，{items} 项）。").format(
                title=local(t.title),
                id=t.id,
                version=t.version,
                sections=len(t.sections),
                items=items,
            )
            + ("" if folder else self._no_folder())
        )
        self.preview.clear()
        sep = self.tr("；")
        for s in t.sections:
            head = QTreeWidgetItem(
                [
                    s.code,
                    local(s.title) + (self.tr("（逐个填写）") if s.repeat else ""),
                    "",
                    s.relevant,
                ]
            )
            self.preview.addTopLevelItem(head)
            for i in s.items:
                logic = sep.join(x for x in (i.relevant, i.constraint) if x)
                row = [i.code, local(i.text), answer_kind(i.answer), logic]
                head.addChild(QTreeWidgetItem(row))
            head.setExpanded(True)

    def _no_folder(self) -> str:
        """The second sentence of the summary (English sentences need a space between)."""
        space = " " if current_language() == "en" else ""
        return space + self.tr("尚未设置本单位模板文件夹：请先在“设置”中选择，再导入。")

    def _show_problems(self, lines: list[str]) -> None:
        self.summary.setText(
            self.tr("工作簿有 {n} 个问题，未导入任何内容。请按“工作表，行，列”改正后再试：").format(
                n=len(lines)
            )
        )
        self.problems.clear()
        self.problems.addItems(lines)

    def install(self) -> None:
        """Write the template into the office folder and reload the catalog."""
        if self.template is None or not self.ctx.settings.template_dir:
            return
        try:
            done = install_workbook(self.path, Path(self.ctx.settings.template_dir))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能导入"), error_text(exc))
            return
        self.installed_path = done.path
        self.ctx.reload_catalog()
        self.accept()


def import_workbook(page: QWidget, ctx: AppContext, path: Path | None = None) -> bool:
    """Ask for a workbook (unless given), show its preview, import it when confirmed."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            page,
            QCoreApplication.translate("TemplatesPage", "选择 XLSForm 工作簿"),
            "",
            WORKBOOK_FILTER,
        )
        if not name:
            return False
        path = Path(name)
    dialog = WorkbookImportDialog(ctx, path, page)
    accepted = bool(dialog.exec())
    dialog.deleteLater()
    return accepted


def export_template(page: QWidget, template: Template, path: Path | None = None) -> Path | None:
    """Write ``template`` as a workbook (asking where unless ``path`` is given)."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("TemplatesPage", "导出为工作簿"),
            f"{template.id}.xlsx",
            "Excel (*.xlsx)",
        )
        if not name:
            return None
        path = Path(name)
    try:
        return export_workbook(template, path)
    except OSError as exc:
        title = QCoreApplication.translate("TemplatesPage", "未能导出")
        QMessageBox.warning(page, title, str(exc.strerror or exc))
        return None
