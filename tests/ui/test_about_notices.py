"""The About dialog shows the generated third-party notices."""

from __future__ import annotations

import sys

from inspector.ui.shell.about_dialog import AboutDialog, notices_text


def test_about_shows_every_component(qtbot, ctx):
    about = AboutDialog(ctx)
    qtbot.addWidget(about)
    shown = about.notices.toPlainText()
    assert "certifi" in shown and "MPL-2.0" in shown and "PySide6_Essentials" in shown


def test_frozen_build_reads_the_bundled_file(tmp_path, monkeypatch):
    (tmp_path / "THIRD-PARTY-NOTICES.txt").write_text("bundled notices\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert notices_text() == "bundled notices\n"
