"""Start the Qt application: translations, icons, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.resources import resource
from inspector.services.context import AppContext

ORG = "CivilizedCity"
APP = "Inspector"


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
        app = QApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def install_translator(app: QApplication, language: str | None) -> QTranslator | None:
    """Load the UI translation. Source strings are zh_CN; English comes from ``en.qm``."""
    lang = language or QLocale.system().name()
    if lang.startswith("zh") or not lang:
        return None
    translator = QTranslator(app)
    if translator.load(str(resource("i18n", "inspector_en.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def run_gui(
    ctx: AppContext | None,
    *,
    language: str | None = None,
    demo: bool = False,
    startup_error: str | None = None,
) -> int:
    app = ensure_app()
    lang = language or (ctx.settings.language if ctx else "") or None
    install_translator(app, lang)
    if ctx is None:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "无法启动"), startup_error or ""
        )
        return 2
    from inspector.ui.main_window import MainWindow

    window = MainWindow(ctx, demo=demo)
    window.show()
    code = app.exec()
    ctx.close()
    return code
