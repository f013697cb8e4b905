"""The CJK font finder: a real system font, a bad path, and the CID fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.reports.fonts import register_cjk_font, system_font_candidates, truetype_outlines


def _system_font() -> Path:
    found = next(iter(system_font_candidates()), None)
    if found is None:
        pytest.skip("no CJK TrueType font installed")
    return found


def test_system_font_is_truetype_and_registered():
    path = _system_font()
    assert truetype_outlines(path) == "truetype"
    status = register_cjk_font()
    assert status.embedded
    assert status.path is not None
    from reportlab.pdfbase import pdfmetrics

    assert status.name in pdfmetrics.getRegisteredFontNames()


def test_explicit_path_wins(tmp_path):
    path = _system_font()
    status = register_cjk_font(str(path))
    assert status.path == str(path)
    assert status.embedded


def test_bad_path_falls_back_to_system_with_note(tmp_path):
    _system_font()
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"hello, not a font")
    status = register_cjk_font(str(bogus))
    assert status.embedded
    assert str(bogus) in status.message


def test_cff_font_refused(tmp_path):
    otf = tmp_path / "cff.otf"
    otf.write_bytes(b"OTTO" + b"\x00" * 60)
    assert truetype_outlines(otf) == "cff"


def test_no_font_falls_back_to_cid_with_warning(tmp_path):
    status = register_cjk_font(str(tmp_path / "missing.ttf"), search_system=False)
    assert not status.embedded
    assert status.name == "STSong-Light"
    assert "STSong-Light" in status.message
    assert "设置" in status.message
