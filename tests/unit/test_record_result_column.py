"""The record's result column says what each answer is: a verdict or a recorded answer.

The documented market (``docs/examples/market_stalls_record.py``) has a text item
(the stall's name), advisory choices (live poultry area, stall kind) and deduct
items. Its record is printed and read back with pdftotext: rows that only record
an answer say 记录 (Recorded), never 合格; failed deduct items still say 不合格.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.services.checklists.xlsform_export import install_workbook
from inspector.services.core.context import open_context
from inspector.services.paperwork import documents

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def _walked_market(tmp_path: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "market_stalls_workbook.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    install_workbook(tmp_path / "market-stalls.xlsx", tmp_path / "office")
    spec = importlib.util.spec_from_file_location("msr", EXAMPLES / "market_stalls_record.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main(str(tmp_path / "data"), str(tmp_path / "office"))


def _rows(tmp_path: Path, iid: str, language: str) -> dict[str, list[str]]:
    """Each item row of the archive copy's first page, by code, as its words."""
    ctx = open_context(tmp_path / "data")
    try:
        ctx.settings.document_language = language
        pdf = documents.preview(ctx, "record", iid).data
    finally:
        ctx.close()
    path = tmp_path / f"record-{language}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        words = line.split()
        if words and words[0].startswith("MS-"):
            rows.setdefault(words[0], []).append(line)
    return rows


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("market")
    return tmp, _walked_market(tmp)


def test_text_and_advisory_rows_say_recorded_and_failed_deduct_rows_say_fail(market):
    tmp, iid = market
    rows = _rows(tmp, iid, "zh_CN")
    names = rows["MS-10"]  # text: the stall's name, three stalls
    assert len(names) == 3 and any("A01 张记蔬菜" in r for r in names), names
    for line in names + rows["MS-03"] + rows["MS-12"]:  # text, advisory choices
        assert "合格" not in line and "记录" in line, line
    assert "没有" in rows["MS-03"][0]  # the answer itself is still shown
    licence = rows["MS-11"]  # deduct pass/fail: B07's licence failed
    assert "不合格" in licence[1] and "-2" in licence[1], licence
    assert "合格" in licence[0] and "不合格" not in licence[0], licence
    assert "不合格" in rows["MS-13"][0] and "-2" in rows["MS-13"][0]  # deduct count, failed
    assert "合格" in rows["MS-01"][0] and "记录" not in rows["MS-01"][0]  # deduct count, passed


def test_the_english_record_says_recorded(market):
    tmp, iid = market
    rows = _rows(tmp, iid, "en")
    for line in rows["MS-10"] + rows["MS-03"] + rows["MS-12"]:
        assert "Recorded" in line and "Pass" not in line, line
    assert "Fail" in rows["MS-11"][1]


def test_amended_recorded_answers_still_say_recorded(tmp_path):
    """An amended record scores its rows again: a corrected stall kind or name is
    still only recorded, a licence corrected to pass says 合格."""
    from inspector.services.followup import finish as followup_finish

    iid = _walked_market(tmp_path)
    ctx = open_context(tmp_path / "data")
    try:
        tid = "market-stalls"
        followup_finish.amend(ctx, iid, tid, "MS-12#1", choice="meat", reason="复核：鲜肉摊")
        followup_finish.amend(ctx, iid, tid, "MS-10#1", text="A02 张记蔬菜", reason="摊位号抄错")
        followup_finish.amend(ctx, iid, tid, "MS-11#2", outcome="pass", reason="执照已悬挂")
    finally:
        ctx.close()
    rows = _rows(tmp_path, iid, "zh_CN")
    assert "A02 张记蔬菜" in rows["MS-10"][0] and "鲜肉水产" in rows["MS-12"][0]
    for line in (rows["MS-10"][0], rows["MS-12"][0]):
        assert "记录" in line and "合格" not in line, line
    assert "合格" in rows["MS-11"][1] and "不合格" not in rows["MS-11"][1], rows["MS-11"]
