"""The Qt application: its names, icon and translations, and the restore offer at start.

The start itself (the main window first, the data opened behind it) is
:mod:`inspector.ui.shell.startup`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from inspector.resources import resource

if TYPE_CHECKING:  # the database layer is imported after the main window is up
    from PySide6.QtWidgets import QMessageBox  # imported when the offer is made

    from inspector.services.core.context import AppContext

ORG = "CivilizedCity"
APP = "Inspector"


def ensure_app(fit_screens: bool = True) -> QApplication:
    """The application, made if there is none yet. ``fit_screens``: install the event filter
    that fits every window and dialog to its screen when shown (:mod:`.screen_fit`); the
    start installs it itself once the main window is on screen."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG)
        QCoreApplication.setApplicationName(APP)
        app = QApplication(sys.argv[:1])
        if fit_screens:
            from inspector.ui.shell.screen_fit import install

            install(app)
    return app  # type: ignore[return-value]


def set_identity(app: QApplication) -> None:
    """The window icon and the desktop file name (packaging/inspector.desktop)."""
    app.setWindowIcon(QIcon(str(resource("icons", "inspector.png"))))
    app.setDesktopFileName("inspector")


def install_translator(app: QApplication, language: str | None) -> str:
    """Install the UI translation for ``language`` ("" or None: the system's); see ui.shell.i18n."""
    from inspector.ui.shell.i18n import apply_language

    return apply_language(language)


def offer_restore(damaged, reopen, language: str | None = None) -> AppContext | None:
    """The database failed its check at start: say so and offer the last good backup.

    ``damaged`` is the :class:`~inspector.services.core.errors.DamagedDatabase` raised by
    ``open_context``; ``reopen()`` opens it again after the restore. Returns the
    open context, or None when the user quits (or nothing could be restored).
    """
    from PySide6.QtWidgets import QMessageBox

    from inspector.services.core.backups import restore_damaged
    from inspector.services.core.errors import UserError
    from inspector.store.lock import DataDirLock
    from inspector.store.paths import DataPaths
    from inspector.ui.shell.i18n import error_text

    ensure_app()
    install_translator(QApplication.instance(), language)  # type: ignore[arg-type]
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
