"""The start-up splash: up before the database layer is imported, gone once the window shows."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QMainWindow

from inspector.ui.application import Splash, show_splash


def test_the_splash_is_up_before_sqlalchemy_is_imported():
    code = (
        "import sys\n"
        "from inspector.ui.application import show_splash\n"
        "s = show_splash('zh_CN')\n"
        "print(s.isVisible(), s.windowHandle().isExposed(), 'sqlalchemy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.split() == ["True", "True", "False"]


def test_the_splash_speaks_the_language_and_closes_on_finish(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    for lang in ("en", "zh_CN"):
        splash = show_splash(lang, demo=True)
        assert isinstance(splash, Splash) and splash.isVisible()
        picture = splash.pixmap().toImage()
        assert not picture.isNull() and picture.width() == 460
        # the picture differs by language (its text is drawn into it)
        if lang == "en":
            english = picture
        else:
            assert picture != english
        window.show()
        splash.finish()
        qtbot.waitUntil(lambda s=splash: not s.isVisible())
