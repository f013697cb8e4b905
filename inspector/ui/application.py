"""Start the Qt application: translations, icons, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
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


def install_translator(app: QApplication, language: str | None) -> str:
    """Install the UI translation for ``language`` ("" or None: the system's); see ui.i18n."""
    from inspector.ui.i18n import apply_language

    return apply_language(language)


def run_gui(
    ctx: AppContext | None,
    *,
    language: str | None = None,
    demo: bool = False,
    startup_error: str | None = None,
) -> int:
    app = ensure_app()
    app.setWindowIcon(QIcon(str(resource("icons", "inspector.png"))))
    app.setDesktopFileName("inspector")  # matches packaging/inspector.desktop
    lang = language or (ctx.settings.language if ctx else "") or None
    install_translator(app, lang)
    if ctx is None:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "无法启动"), startup_error or ""
        )
        return 2
    from inspector.ui.first_run import FirstRunWizard, needs_first_run
    from inspector.ui.main_window import MainWindow

    if needs_first_run(ctx, demo):
        FirstRunWizard(ctx).exec()  # cancelling is fine: the settings dialog asks again
    window = MainWindow(ctx, demo=demo)
    window.show()
    code = app.exec()
    ctx.close()
    return code
