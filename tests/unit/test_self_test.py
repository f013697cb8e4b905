"""``inspector --self-test``: every step reported, exit 0 only when all pass."""

from __future__ import annotations

import sqlite3

from pypdf import PdfReader

from inspector.services.self_test import run_self_test


def test_self_test_passes_in_a_given_data_dir(data_dir):
    lines: list[str] = []
    assert run_self_test(data_dir, out=lines.append) == 0
    oks = [line for line in lines if line.startswith("[OK]")]
    assert len(oks) == 5, lines
    assert not any(line.startswith("[FAIL]") for line in lines)
    assert (data_dir / "inspector.sqlite3").exists()
    signed = data_dir / "self-test" / "sample-signed.pdf"
    text = PdfReader(signed).pages[0].extract_text()
    assert "自检样张" in text


def test_self_test_fails_on_a_foreign_database(data_dir):
    conn = sqlite3.connect(data_dir / "inspector.sqlite3")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    lines: list[str] = []
    assert run_self_test(data_dir, out=lines.append) == 1
    assert any(line.startswith("[FAIL] 数据库") for line in lines), lines
    assert lines[-1].startswith("自检失败")


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
    proc = cli("--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "自检通过" in proc.stdout
