"""Chinese line breaking: no line starts with closing punctuation or ends with an opening
one; codes and document numbers stay whole. Checked on every line pdftotext -layout
extracts, for a long-text sample and (slow) for every kind of demo document."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from line_faults import faults
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus import SimpleDocTemplate

from inspector.reports.fonts import register_cjk_font
from inspector.reports.linebreak import Paragraph, break_allowed, split_plain

WIDTHS_MM = (37, 53, 71, 97, 130, 150)
CODES = ("91431003MA4L0XXXX1", "JY14310030012345", "苏仙巡〔2026〕0017", "临F0E2A1-0001")
SAMPLE = (
    "经查，你单位（统一社会信用代码 91431003MA4L0XXXX1，食品经营许可证 JY14310030012345）"
    "在《校园周边门店共性检查》中，“证照齐全、亮证经营”一项不合格；依据现场检查记录"
    "苏仙巡〔2026〕0017，责令改正。临时编号临F0E2A1-0001的文书同时作废。"
    "负责人称：“已经申请换证，请予宽限。”检查人员答复：（一）证照须在店内醒目位置公示；"
    "（二）过期证照须立即停用，并于七日内补办；（三）逾期未改正的，移送执法部门处理。"
) * 3


def _sample_pdf(path: Path, cls) -> None:
    font = register_cjk_font(None)
    flowables = []
    for size in (9, 10.5):
        for w in WIDTHS_MM:
            style = ParagraphStyle(
                "s", fontName=font.name, fontSize=size, leading=size * 1.5,
                rightIndent=(150 - w) * mm, wordWrap="CJK",
            )  # fmt: skip
            flowables.append(cls(SAMPLE, style))
            flowables.append(cls(f"<b>{SAMPLE[:120]}</b>{SAMPLE[120:]}", style))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm).build(
        flowables
    )


def test_rules_on_a_string():
    text = "证号（JY14310030012345），编号苏仙巡〔2026〕0017。"
    ok = break_allowed(text)
    assert not ok[text.index("（") + 1]  # nothing ends with （
    assert not ok[text.index("，")] and not ok[text.index("。")]
    for token in ("JY14310030012345", "苏仙巡〔2026〕0017"):
        start = text.index(token)
        assert not any(ok[start + 1 : start + len(token)])


def test_long_text_sample_has_no_faults(tmp_path):
    ours, theirs = tmp_path / "ours.pdf", tmp_path / "reportlab.pdf"
    _sample_pdf(ours, Paragraph)
    _sample_pdf(theirs, PlainParagraph)
    assert faults(ours, CODES) == []
    assert len(faults(theirs, CODES)) > 5  # the same sample without the rules: faulty
    compact = re.sub(r"\s", "", subprocess.run(
        ["pdftotext", str(ours), "-"], capture_output=True, text=True).stdout)  # fmt: skip
    # nothing was lost on the way: 2 sizes x widths x 2 paragraphs x 3 repeats
    assert compact.count("91431003MA4L0XXXX1") == 2 * len(WIDTHS_MM) * 2 * 3


def test_a_unit_wider_than_the_line_is_still_cut():
    lines = split_plain("91431003MA4L0XXXX1", [20], "Helvetica", 10)
    assert len(lines) > 1 and "".join(t for _s, t in lines) == "91431003MA4L0XXXX1"


@pytest.mark.slow
def test_every_demo_document_has_no_faults(tmp_path, demo_copy, monkeypatch, capsys):
    """The documents come from the commands themselves, run in this process (a child
    process per document proved nothing more about the text and cost its start-up)."""
    from inspector.cli import build_parser, run

    demo = demo_copy(tmp_path / "DEMO")  # the session's full demo (tests/conftest.py)
    out = tmp_path / "out"
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", "")

    def cli(*args: str) -> None:
        done = run(build_parser().parse_args(["--data-dir", str(demo), *args]))
        assert done == 0, capsys.readouterr().err

    con = sqlite3.connect(demo / "inspector.sqlite3")
    ids = [r[0] for r in con.execute(
        "select id from inspection where status = 'finished' and result != 'pass' "
        "order by started_at limit 3")]  # fmt: skip
    tokens = {r[0] for r in con.execute("select credit_code from site where credit_code != ''")}
    tokens |= {r[0] for r in con.execute("select number from licence where number != ''")}
    for k, iid in enumerate(ids):
        cli("report", iid, "-o", str(out / f"record{k}.pdf"), "--unsigned")
        cli("notice", iid, "-o", str(out / f"notice{k}.pdf"), "--unsigned")
    cli("lists", "--period", "2026Q4", "-o", str(out / "lists"), "--no-sign")
    cli("stats", "--quarter", "2026Q4", "-o", str(out / "stats.pdf"))
    con.close()
    pdfs = sorted(out.rglob("*.pdf"))
    assert len(pdfs) >= 8
    found = {}
    for pdf in pdfs:
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        numbers = set(re.findall(r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+", text))
        found[pdf.name] = faults(pdf, tuple(tokens | numbers))
    assert all(not f for f in found.values()), found
