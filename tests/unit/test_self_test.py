"""``inspector --self-test``: every step reported, exit 0 only when all pass."""

from __future__ import annotations

import re
import sqlite3

import pytest
from pypdf import PdfReader

from inspector.cli import language
from inspector.services.demo import self_test_pdf
from inspector.services.demo.self_test import run_self_test

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uffef]")


@pytest.fixture
def english_cli():
    """The command line's language set to English for one test, then back to zh_CN."""
    language.use_language("en")
    yield
    language.use_language("zh_CN")


def test_self_test_passes_in_a_given_data_dir(data_dir, tmp_path):
    lines: list[str] = []
    work = tmp_path / "work"
    assert run_self_test(data_dir, out=lines.append, work_dir=work) == 0
    oks = [line for line in lines if line.startswith("[OK]")]
    assert len(oks) == 7, (
        lines
    )  # database, templates, evidence, font, system libraries, sign, verify
    assert not any(line.startswith("[FAIL]") for line in lines)
    assert (data_dir / "inspector.sqlite3").exists()
    assert not (data_dir / "documents").exists() or not list((data_dir / "documents").iterdir())
    (signed,) = (work / "sample-data" / "documents").glob("record-*.pdf")
    text = PdfReader(signed).pages[0].extract_text()
    assert "现场检查记录" in text


def test_extra_steps_run_and_count(data_dir):
    lines: list[str] = []

    def broken(ctx) -> str:
        raise RuntimeError("no display")

    steps = (("界面", lambda ctx: f"db {ctx.paths.root.name}"), ("坏", broken))
    assert run_self_test(data_dir, out=lines.append, extra_steps=steps) == 1
    assert any(line.startswith("[OK]   界面: db data") for line in lines), lines
    assert any(line.startswith("[FAIL] 坏: RuntimeError: no display") for line in lines)


def test_plain_sample_signature_detects_tampering(tmp_path):
    sample = self_test_pdf._signed_plain(tmp_path)
    assert "完整、有效、受信任" in self_test_pdf._verify_plain(sample)
    assert "自检样张" in PdfReader(sample.path).pages[0].extract_text()
    raw = bytearray(sample.path.read_bytes())
    at = raw.index(b"/Title")  # inside the signed byte range
    raw[at + 1] = ord("X")
    sample.path.write_bytes(bytes(raw))
    with pytest.raises(RuntimeError, match="intact=False"):
        self_test_pdf._verify_plain(sample)


def test_self_test_fails_on_a_foreign_database(data_dir):
    conn = sqlite3.connect(data_dir / "inspector.sqlite3")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    lines: list[str] = []
    assert run_self_test(data_dir, out=lines.append) == 1
    assert any(line.startswith("[FAIL] 数据库") for line in lines), lines
    assert lines[-1] == "自检失败：1 项未通过"


def test_the_lines_follow_the_say_they_are_given(data_dir, english_cli, monkeypatch):
    """With the command line's English ``say`` every line is English (a failing run, so
    that the failure's own sentences are checked too): only the data directory's path and
    a Chinese file name of the user's could carry Chinese."""
    from inspector.cli.language import say
    from inspector.services.demo import self_test

    (data_dir / "inspector.sqlite3").write_bytes(b"not a database")
    for step in ("_sign_sample", "_verify_sample"):  # the real process test signs; fast here
        monkeypatch.setattr(self_test, step, lambda *_a: "not run here")
    lines: list[str] = []
    steps = (("界面", lambda ctx: "ok"),)
    assert run_self_test(data_dir, out=lines.append, extra_steps=steps, say=say) == 1
    assert lines[0].startswith("Inspector ") and " self-test — " in lines[0]
    assert lines[1] == f"Data directory: {data_dir}"
    assert any(line.startswith("[FAIL] database: ") for line in lines), lines
    assert lines[-1] == "self-test FAILED: 1 step(s)"
    assert not [line for line in lines[2:] if CJK.search(line)], lines


def test_plain_sample_sentences_in_english(tmp_path, english_cli):
    from inspector.cli.language import say

    sample = self_test_pdf._signed_plain(tmp_path, say=say)
    line = self_test_pdf._verify_plain(sample, say)
    assert line.startswith("intact, valid, trusted; 1 page(s); font embedded"), line


def test_self_test_fails_on_a_broken_office_template(ctx, data_dir, tmp_path):
    office = tmp_path / "office-templates"
    office.mkdir()
    (office / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    ctx.settings.template_dir = str(office)
    ctx.save_settings()
    ctx.close()
    lines: list[str] = []
    assert run_self_test(data_dir, out=lines.append) == 1
    assert any(line.startswith("[FAIL] 模板") and "broken.yaml" in line for line in lines), lines


def test_cli_self_test_from_source(cli):
    proc = cli("--lang", "zh_CN", "--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1] == "自检通过"
    assert "[FAIL]" not in proc.stdout
