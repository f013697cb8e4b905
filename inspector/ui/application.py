"""Start the Qt application: translations, icons, the main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from inspector import __version__
from inspector.resources import resource

if TYPE_CHECKING:  # the database layer is imported after the splash screen is up
    from inspector.services.context import AppContext

ORG = "CivilizedCity"
APP = "Inspector"


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
        app = QApplication(sys.argv[:1])
        from inspector.ui.screen_fit import install

        install(app)  # every window and dialog fits the available screen when shown
    return app  # type: ignore[return-value]


def install_translator(app: QApplication, language: str | None) -> str:
    """Install the UI translation for ``language`` ("" or None: the system's); see ui.i18n."""
    from inspector.ui.i18n import apply_language

    return apply_language(language)


class Splash(QLabel):
    """A frameless start-up picture. (QSplashScreen is not used: its show() can wait up to a
    second for the window system to report the window exposed, which defeats the point.)"""

    def __init__(self, picture: QPixmap):
        super().__init__()
        self.setObjectName("splash")
        self.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setPixmap(picture)
        self.setFixedSize(picture.size())

    def finish(self) -> None:
        """Close (once the main window is up)."""
        self.close()
        self.deleteLater()


def show_splash(language: str | None = None, *, demo: bool = False) -> Splash:
    """The start-up picture, shown before the database layer is imported and opened.

    Importing SQLAlchemy and opening (perhaps migrating) the database take most of
    the start; the splash says at once that the program is on its way. Its text is
    in ``language`` or the system's (the settings are not read yet).
    """
    app = ensure_app()
    app.setWindowIcon(QIcon(str(resource("icons", "inspector.png"))))
    install_translator(app, language)
    width, height = 460, 200
    picture = QPixmap(width, height)
    picture.fill(QColor("#f4f7fb"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawPixmap(QRect(28, 52, 96, 96), QPixmap(str(resource("icons", "inspector.png"))))
    painter.setPen(QColor("#1f3b57"))
    title = QFont(app.font())
    title.setPointSizeF(max(title.pointSizeF() * 1.6, 15.0))
    title.setBold(True)
    painter.setFont(title)
    painter.drawText(QRect(140, 60, width - 156, 40), Qt.AlignmentFlag.AlignLeft,
                     QCoreApplication.translate("app", "文明创建巡查助手"))  # fmt: skip
    painter.setPen(QColor("#3c6e9f"))
    painter.setFont(app.font())
    doing = (
        QCoreApplication.translate("app", "正在准备演示数据…")
        if demo
        else QCoreApplication.translate("app", "正在打开数据…")
    )
    painter.drawText(QRect(140, 104, width - 156, 30), Qt.AlignmentFlag.AlignLeft, doing)
    painter.setPen(QColor("#7a8a99"))
    painter.drawText(QRect(16, height - 30, width - 32, 20), Qt.AlignmentFlag.AlignRight,
                     QCoreApplication.translate("app", "版本 %1").replace("%1", __version__))  # fmt: skip
    painter.setPen(QColor("#c9d6e3"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.end()
    splash = Splash(picture)
    screen = app.primaryScreen()
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    app.processEvents()  # paint it now: the next steps keep the event loop busy
    return splash


def run_gui(
    ctx: AppContext | None,
    *,
    language: str | None = None,
    demo: bool = False,
    startup_error: str | None = None,
    splash: Splash | None = None,
) -> int:
    app = ensure_app()
    from inspector.ui.crash_dialog import install_crash_handling

    install_crash_handling()  # Qt's messages to the log; an unexpected error shows a dialog
    app.setWindowIcon(QIcon(str(resource("icons", "inspector.png"))))
    app.setDesktopFileName("inspector")  # matches packaging/inspector.desktop
    lang = language or (ctx.settings.language if ctx else "") or None
    install_translator(app, lang)
    if ctx is None:
        if splash is not None:
            splash.close()
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "无法启动"), startup_error or ""
        )
        return 2
    from inspector.ui.first_run import FirstRunWizard, needs_first_run
    from inspector.ui.main_window import MainWindow

    if needs_first_run(ctx, demo):
        if splash is not None:
            splash.close()
            splash = None
        FirstRunWizard(ctx).exec()  # cancelling is fine: the settings dialog asks again
    window = MainWindow(ctx, demo=demo)
    window.show()
    if splash is not None:
        splash.finish()
    code = app.exec()
    ctx.close()
    return code


def offer_restore(damaged, reopen, language: str | None = None, splash: Splash | None = None):
    """The database failed its check at start: say so and offer the last good backup.

    ``damaged`` is the :class:`~inspector.services.errors.DamagedDatabase` raised by
    ``open_context``; ``reopen()`` opens it again after the restore. Returns the
    open context, or None when the user quits (or nothing could be restored).
    """
    from inspector.services.backups import restore_damaged
    from inspector.services.errors import UserError
    from inspector.store.lock import DataDirLock
    from inspector.store.paths import DataPaths
    from inspector.ui.i18n import error_text

    ensure_app()
    install_translator(QApplication.instance(), language)  # type: ignore[arg-type]
    if splash is not None:
        splash.close()
    box = QMessageBox()
    box.setObjectName("damaged_database")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "数据库已损坏"))
    box.setText(error_text(damaged))
    restore = None
    if damaged.backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "app", "恢复备份 %1？损坏的数据库会另存在数据目录中，不会删除。"
            ).replace("%1", damaged.backup.name)
        )
        restore = box.addButton(
            QCoreApplication.translate("app", "恢复这份备份"), QMessageBox.ButtonRole.AcceptRole
        )
    quit_button = box.addButton(
        QCoreApplication.translate("app", "退出"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    _offer_box.append(box)  # tests answer it
    box.exec()
    _offer_box.clear()
    if restore is None or box.clickedButton() is not restore:
        return None
    lock = DataDirLock(DataPaths(damaged.data_dir).root, "巡查助手图形界面")
    try:
        restore_damaged(DataPaths(damaged.data_dir), damaged.backup, lock)
        return reopen()
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "恢复失败"), error_text(exc))
        return None
    finally:
        lock.release()


_offer_box: list[QMessageBox] = []
