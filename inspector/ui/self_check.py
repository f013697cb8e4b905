"""The self-test's GUI step: Qt starts, the icons and translations load, every page builds.

Run by ``inspector --self-test`` (see :mod:`inspector.services.self_test`); in a
frozen build this proves the Qt plugins, qtawesome's fonts and the .qm files
were bundled. Without a display on Linux it uses the offscreen platform.
"""

from __future__ import annotations

import os
import sys

from inspector.services.context import AppContext


def gui_check(ctx: AppContext) -> str:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qtawesome as qta
    from PySide6.QtCore import qVersion

    from inspector.ui.application import ensure_app
    from inspector.ui.i18n import ENGLISH, apply_language
    from inspector.ui.main_window import MainWindow

    app = ensure_app()
    if qta.icon("fa5s.home").pixmap(32, 32).isNull():
        raise RuntimeError("qtawesome icon font did not load")
    apply_language(ENGLISH)
    if not app.translate("MainWindow", "文件") or _english_missing(app):
        raise RuntimeError("the English translation (inspector_en.qm) did not load")
    apply_language("zh_CN")
    window = MainWindow(ctx)
    try:
        for i in range(window.nav.count()):
            window.nav.setCurrentRow(i)
            app.processEvents()
        if window.grab().isNull():
            raise RuntimeError("the main window did not render")
        pages = window.nav.count()
    finally:
        window.hide()
        window.deleteLater()
        app.processEvents()
    return f"Qt {qVersion()} ({app.platformName()}), {pages} 个页面 pages"


def _english_missing(app) -> bool:
    from inspector.resources import resource

    if not resource("i18n", "inspector_en.qm").is_file():
        return False  # not compiled yet: nothing to check
    return app.translate("MainWindow", "文件") == "文件"
