"""The first-run wizard: who works here, the signing certificate, the PDF font, how to start.

Shown at start when no inspector name is set (never with ``--demo``). Every
page saves what it asked for when the user moves on, so cancelling half-way
keeps what was entered; the settings dialog changes it all later.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QProcess
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import error_text, service_text

FONT_PACKAGE = "fonts-wqy-microhei"


def needs_first_run(ctx: AppContext, demo: bool = False) -> bool:
    return not demo and not ctx.settings.inspector_name.strip()


def demo_command() -> tuple[str, list[str]]:
    """How to start this program on the demo data, from source or from a build."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "inspector.app", "--demo"]


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b71c1c;")
    return label


class _Page(QWizardPage):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx

    def retranslateUi(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class IdentityPage(_Page):
    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        s = ctx.settings
        self.office = QLineEdit(s.office_name)
        self.inspector = QLineEdit(s.inspector_name)
        self.id_no = QLineEdit(s.inspector_id_no)
        self.grid = QLineEdit(s.grid)
        self.community = QLineEdit(s.community)
        self.registerField("inspector_name*", self.inspector)
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(5)]
        for label, edit in zip(
            self.labels,
            (self.office, self.inspector, self.id_no, self.grid, self.community),
            strict=True,
        ):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("欢迎使用文明创建巡查助手"))
        self.setSubTitle(self.tr("先填写单位和检查员信息，它们会出现在检查记录和整改通知书上。"))
        for label, text in zip(
            self.labels,
            (self.tr("单位名称(&O)"), self.tr("检查员姓名(&M)"), self.tr("执法证号(&I)"),
             self.tr("网格(&G)"), self.tr("社区(&C)")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.office.setPlaceholderText(self.tr("如：某街道文明创建办公室"))
        self.id_no.setPlaceholderText(self.tr("执法证号或身份证号"))
        self.grid.setPlaceholderText(self.tr("如：青石社区第1网格"))

    def validatePage(self) -> bool:
        s = self.ctx.settings
        s.office_name = self.office.text().strip()
        s.inspector_name = self.inspector.text().strip()
        s.inspector_id_no = self.id_no.text().strip()
        s.grid = self.grid.text().strip()
        s.community = self.community.text().strip()
        self.ctx.save_settings()
        return True


class CertificatePage(_Page):
    """Create a self-signed certificate, import an office PKCS#12 file, or decide later."""

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.keys = self._keys_module()
        self.create_new = QRadioButton()
        self.import_p12 = QRadioButton()
        self.later = QRadioButton()
        self.group = QButtonGroup(self)
        for b in (self.create_new, self.import_p12, self.later):
            self.group.addButton(b)
        self.passphrase = _password_edit()
        self.repeat = _password_edit()
        self.p12_path = QLineEdit()
        self.p12_password = _password_edit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.existing = QLabel()
        self.existing.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = _error_label()
        p12_row = QHBoxLayout()
        p12_row.addWidget(self.p12_path, 1)
        p12_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        self.form.addRow(self.form_labels[0], p12_row)
        self.form.addRow(self.form_labels[1], self.p12_password)
        self.form.addRow(self.form_labels[2], self.passphrase)
        self.form.addRow(self.form_labels[3], self.repeat)
        self.form_labels[0].setBuddy(self.p12_path)
        self.form_labels[1].setBuddy(self.p12_password)
        self.form_labels[2].setBuddy(self.passphrase)
        self.form_labels[3].setBuddy(self.repeat)
        lay = QVBoxLayout(self)
        lay.addWidget(self.existing)
        lay.addWidget(self.create_new)
        lay.addWidget(self.import_p12)
        lay.addWidget(self.later)
        lay.addLayout(self.form)
        lay.addWidget(self.note)
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self._update())
        chain: tuple[QWidget, ...] = (
            self.create_new, self.import_p12, self.later, self.p12_path, self.browse,
            self.p12_password, self.passphrase, self.repeat,
        )  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)  # the order on the screen
        self.retranslateUi()

    @staticmethod
    def _keys_module():
        try:
            from inspector.services.paperwork import keys
        except ImportError:  # the paperwork capability is not installed
            return None
        return keys

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("签名证书"))
        self.setSubTitle(
            self.tr("检查记录和整改通知书用您的证书做数字签名，办公室据此核验文书未被改动。")
        )
        self.create_new.setText(self.tr("生成新的签名证书（自签名）(&S)"))
        self.import_p12.setText(self.tr("导入单位签发的证书文件（PKCS#12：.p12/.pfx）(&P)"))
        self.later.setText(self.tr("以后再说（第一次签名时再生成）(&L)"))
        self.browse.setText(self.tr("选择…"))
        texts = (
            self.tr("证书文件"),
            self.tr("证书文件密码"),
            self.tr("密钥口令"),
            self.tr("再次输入口令"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.note.setText(
            self.tr(
                "口令保护保存在本机的私钥；每次签名时需要输入。请牢记，忘记后只能重新生成证书。"
            )
            if self.keys is not None
            else self.tr("此版本未包含签名功能：证书可在以后的版本中生成。")
        )
        self._update()

    def initializePage(self) -> None:
        info = self.keys.key_info(self.ctx) if self.keys is not None else None
        if info is not None:
            self.existing.setText(
                self.tr("已有签名证书：%1（指纹 %2…）").replace("%1", info.subject)
                .replace("%2", info.fingerprint[:16])
            )  # fmt: skip
            self.later.setChecked(True)
        else:
            self.existing.clear()
            (self.create_new if self.keys is not None else self.later).setChecked(True)
        for b in (self.create_new, self.import_p12):
            b.setEnabled(self.keys is not None)
        self._update()

    def _update(self) -> None:
        importing = self.import_p12.isChecked()
        needs_passphrase = self.create_new.isChecked() or importing
        for w in (self.p12_path, self.p12_password, self.browse):
            w.setEnabled(importing)
        for w in (self.passphrase, self.repeat):
            w.setEnabled(needs_passphrase)
        self.error.clear()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择证书文件"), "", self.tr("PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)")
        )
        if path:
            self.p12_path.setText(path)

    def validatePage(self) -> bool:
        if self.later.isChecked() or self.keys is None:
            return True
        passphrase = self.passphrase.text()
        if len(passphrase) < 6:
            self.error.setText(self.tr("口令至少需要 6 个字符。"))
            return False
        if passphrase != self.repeat.text():
            self.error.setText(self.tr("两次输入的口令不一致。"))
            return False
        try:
            if self.create_new.isChecked():
                info = self.keys.create_self_signed(self.ctx, passphrase)
            else:
                if not self.p12_path.text().strip():
                    self.error.setText(self.tr("请选择证书文件。"))
                    return False
                info = self.keys.import_pkcs12(
                    self.ctx,
                    Path(self.p12_path.text().strip()),
                    self.p12_password.text(),
                    passphrase,
                )
        except UserError as exc:
            self.error.setText(error_text(exc))
            return False
        self.existing.setText(
            self.tr("已有签名证书：%1（指纹 %2…）").replace("%1", info.subject)
            .replace("%2", info.fingerprint[:16])
        )  # fmt: skip
        self.later.setChecked(True)  # going back and forth does not make a second key
        return True


class FontPage(_Page):
    """Checks that PDFs can embed a Chinese font; says what to install when not."""

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.result = QLabel()
        self.result.setObjectName("font_result")
        self.result.setWordWrap(True)
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_font)
        self.recheck = QPushButton()
        self.recheck.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.recheck)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.result)
        lay.addLayout(row)
        lay.addStretch(1)
        self.embedded: bool | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("中文字体"))
        self.setSubTitle(
            self.tr("PDF 文书需要一款可嵌入的中文 TrueType 字体，以便在任何电脑上显示一致。")
        )
        self.choose.setText(self.tr("选择字体文件…"))
        self.recheck.setText(self.tr("重新检查"))
        if self.embedded is not None:
            self._show()

    def initializePage(self) -> None:
        self.check()

    def check(self) -> bool:
        try:
            from inspector.reports.fonts import register_cjk_font
        except ImportError:
            self.embedded, self._message, self._path = True, "", None
            self._show()
            return True
        status = register_cjk_font(self.ctx.settings.font_path or None)
        self.embedded, self._message, self._path = status.embedded, status.message, status.path
        self._show()
        return status.embedded

    def _show(self) -> None:
        if self.embedded:
            self.result.setText(
                self.tr("✔ 已找到中文字体：%1").replace("%1", self._path or self.tr("（内置）"))
            )
            return
        self.result.setText(
            self.tr(
                "✘ 没有找到可嵌入的中文字体。PDF 仍可生成，但打开它的电脑必须装有中文字体。\n\n"
                "请安装一款中文 TrueType 字体后点“重新检查”：\n"
                "• Debian / Ubuntu：sudo apt install %1\n"
                "• Windows 和 macOS 自带可用字体（宋体、微软雅黑、华文黑体）；\n"
                "或点“选择字体文件…”指定一个 .ttf / .ttc 文件。"
            ).replace("%1", FONT_PACKAGE)
        )

    def _choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择中文字体"), "", self.tr("TrueType 字体 (*.ttf *.ttc);;所有文件 (*)")
        )
        if path:
            self.use_font(path)

    def use_font(self, path: str) -> bool:
        self.ctx.settings.font_path = path
        self.ctx.save_settings()
        return self.check()


class StartPage(_Page):
    """How to begin: straight away, with the office's bundle, or on the demo data."""

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.start = QRadioButton()
        self.bundle = QRadioButton()
        self.demo = QRadioButton()
        self.group = QButtonGroup(self)
        for b in (self.start, self.bundle, self.demo):
            self.group.addButton(b)
        self.start.setChecked(True)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._choose_bundle)
        self.outcome = QLabel()
        self.outcome.setObjectName("bundle_outcome")
        self.outcome.setWordWrap(True)
        self.error = _error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(self.start)
        lay.addWidget(self.bundle)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.import_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.outcome)
        lay.addWidget(self.error)
        lay.addWidget(self.demo)
        lay.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self._update())
        QWidget.setTabOrder(self.bundle, self.import_button)
        QWidget.setTabOrder(self.import_button, self.demo)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("开始使用"))
        self.setSubTitle(self.tr("设置已保存。以后可在“设置”中修改。"))
        self.start.setText(self.tr("直接开始使用(&S)"))
        self.bundle.setText(self.tr("导入单位下发的配置包（场所登记、模板、文书编号）(&U)"))
        self.demo.setText(self.tr("先看看演示数据（另开一个窗口，不影响您的数据）(&D)"))
        self.import_button.setText(self.tr("选择配置包…"))
        self._update()

    def _update(self) -> None:
        self.import_button.setEnabled(self.bundle.isChecked())

    def _choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择配置包"), "", self.tr("所有文件 (*)")
        )
        if path:
            self.import_bundle(Path(path))

    def confirm_fingerprint(self, office: str, fingerprint: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("核对办公室密钥"),
            self.tr("第一次导入“%1”的配置包。请与办公室核对密钥指纹：\n\n%2\n\n指纹一致吗？")
            .replace("%1", office)
            .replace("%2", fingerprint),
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_bundle(self, path: Path) -> bool:
        self.error.clear()
        try:
            from inspector.services.sync import bundle as sync_bundle
        except ImportError:
            self.error.setText(self.tr("此版本不支持导入配置包。"))
            return False
        try:
            try:
                result = sync_bundle.import_office_bundle(self.ctx, path)
            except sync_bundle.UntrustedOffice as exc:
                if exc.changed or not self.confirm_fingerprint(exc.office_name, exc.fingerprint):
                    raise
                result = sync_bundle.import_office_bundle(self.ctx, path, exc.fingerprint)
        except UserError as exc:
            self.error.setText(error_text(exc))
            return False
        self.outcome.setText(
            self.tr("已导入“%1”的配置包：新增 %2 条、更新 %3 条记录。")
            .replace("%1", result.office_name)
            .replace("%2", str(result.inserted))
            .replace("%3", str(result.updated))
        )
        if result.problems:  # the bundle's templates and policy were kept out
            self.error.setText(service_text(result.kept_message))
        return True


class FirstRunWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.identity = IdentityPage(ctx)
        self.certificate = CertificatePage(ctx)
        self.font_page = FontPage(ctx)
        self.start = StartPage(ctx)
        self.pages = (self.identity, self.certificate, self.font_page, self.start)
        for page in self.pages:
            self.addPage(page)
            for button in page.findChildren(QPushButton):
                button.setAutoDefault(False)  # Enter always means Next (or Finish)
        self.step_label = QLabel()
        self.step_label.setObjectName("wizard_step")
        self.setSideWidget(self.step_label)
        self.currentIdChanged.connect(lambda _id: self._show_step())
        self.retranslateUi()

    def step(self) -> int:
        """The current page's place, 1 to 4 (0 before the wizard starts)."""
        page = self.currentPage()
        return self.pages.index(page) + 1 if page in self.pages else 0

    def _show_step(self) -> None:
        text = self.tr("第 %1 步，共 %2 步").replace("%1", str(self.step()))
        text = text.replace("%2", str(len(self.pages)))
        self.step_label.setText(text)
        self.setWindowTitle(self.tr("首次使用设置") + " · " + text)

    def retranslateUi(self) -> None:
        # Our own texts, so no button shares an accelerator with a field of a page.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self._show_step()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def accept(self) -> None:
        if self.start.demo.isChecked():
            program, args = demo_command()
            QProcess.startDetached(program, args)
        super().accept()
