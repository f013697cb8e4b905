"""The missing-font warning reads in the user's language: on the command line under
``--lang en`` and in the GUI's service texts."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from sync_helpers import open_ctx

from inspector.domain.text import Message
from inspector.reports.fonts import register_cjk_font
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork.numbering import set_block

CJK = re.compile(r"[\u4e00-\u9fff\uff01-\uffef]")

# A child ``inspector`` whose font search finds nothing, as on a computer without a
# Chinese TrueType font (the folders searched are the system's own).
NO_FONTS = """
import sys
import inspector.reports.fonts as fonts
fonts.system_font_candidates = lambda: iter(())
from inspector.app import main
sys.exit(main(sys.argv[1:]))
"""


def _inspector(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", NO_FONTS, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=180,
        env={**os.environ, "INSPECTOR_KEY_PASSPHRASE": ""},
    )


def test_the_fallback_sentence_is_a_catalogued_message(tmp_path):
    status = register_cjk_font(str(tmp_path / "missing.ttf"), search_system=False)
    assert isinstance(status.message, Message)
    assert "STSong-Light" in status.message and "设置" in status.message


def test_report_without_a_font_warns_in_english_and_in_chinese(tmp_path):
    data = tmp_path / "data"
    ctx = open_ctx(data)
    try:
        ctx.settings.office_name = "苏仙区某街道文明创建办公室"
        ctx.settings.inspector_name = "周明远"
        ctx.save_settings()
        set_block(ctx, "苏仙巡〔2026〕", 1, 100)
        iid = add_sample_inspection(ctx, photos=0)
    finally:
        ctx.close()
    common = ("--data-dir", str(data), "report", iid, "--unsigned")
    en = _inspector("--lang", "en", *common, "-o", str(tmp_path / "en.pdf"), cwd=tmp_path)
    zh = _inspector("--lang", "zh_CN", *common, "-o", str(tmp_path / "zh.pdf"), cwd=tmp_path)
    assert en.returncode == 0 and zh.returncode == 0, en.stderr + zh.stderr
    assert "No Chinese TrueType font that can be embedded was found" in en.stderr, en.stderr
    assert "STSong-Light" in en.stderr and not CJK.search(en.stderr), en.stderr
    assert "未找到可嵌入的中文 TrueType 字体" in zh.stderr, zh.stderr
    assert (tmp_path / "en.pdf").read_bytes().startswith(b"%PDF")
