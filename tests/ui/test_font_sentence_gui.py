"""The GUI shows the font sentences (missing font, unusable font file) in its language."""

from __future__ import annotations

import re

from inspector.reports.fonts import register_cjk_font
from inspector.ui.shell.i18n import apply_language, service_text

CJK = re.compile(r"[\u4e00-\u9fff\uff01-\uffef]")


def test_font_sentences_follow_the_interface_language(qapp, tmp_path):
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"hello, not a font")
    missing = register_cjk_font(str(tmp_path / "missing.ttf"), search_system=False)
    unusable = register_cjk_font(str(bogus), search_system=False)
    apply_language("en")
    try:
        shown = [service_text(missing.message), service_text(unusable.message)]
    finally:
        apply_language("zh_CN")
    assert shown[0].startswith("The font in the settings, "), shown
    assert "the file does not exist" in shown[0] and "STSong-Light" in shown[0], shown
    assert "No Chinese TrueType font that can be embedded was found" in shown[1], shown
    assert "not a TrueType/OpenType font" in shown[1], shown
    assert not any(CJK.search(text) for text in shown), shown
    assert service_text(missing.message) == str(missing.message)  # zh_CN as it is
    assert "未找到可嵌入的中文 TrueType 字体" in service_text(unusable.message)


def test_documents_page_warns_in_english_without_a_font(qtbot, ctx, monkeypatch):
    """The preview on a computer without a Chinese TrueType font: the page's warning is
    the catalogue's English sentence."""
    from inspector.reports import fonts
    from inspector.services.demo.document_samples import add_sample_inspection
    from inspector.ui.paperwork.documents_page import DocumentsPage

    monkeypatch.setattr(fonts, "system_font_candidates", lambda: iter(()))
    monkeypatch.setattr(fonts, "_cache", {})
    iid = add_sample_inspection(ctx, photos=0)
    apply_language("en")
    try:
        page = DocumentsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.select_inspection(iid)
        assert page.show_preview("record")
        shown = page.message.text()
    finally:
        apply_language("zh_CN")
    assert "No Chinese TrueType font that can be embedded was found" in shown, shown
    assert not CJK.search(shown), shown
