"""A cited document number in running text keeps only its own short prefix whole.

The internet cafés' legal basis cites 文化部文市函〔2003〕560号. A document
number (苏仙巡〔2026〕0017) is one word on paper, prefix and all; but prose
before a citation is not its prefix: breaking "国务院法制办公室就文化部文市函"
must stay possible, or the record's basis cell shows a line cut short at
"国务院法制办公" with "室就文化部文市函〔2003〕560号" forced onto the next.
"""

from __future__ import annotations

import itertools

import yaml
from reportlab.lib.units import mm

from inspector.reports.fonts import register_cjk_font
from inspector.reports.linebreak import break_allowed, split_plain
from inspector.reports.styles import BODY_WIDTH
from inspector.resources import resources_dir


def _cafe_basis() -> str:
    policy = yaml.safe_load((resources_dir() / "policy" / "distance.yaml").read_text("utf-8"))
    return policy["site_kinds"]["internet_cafe"]["basis"]


def test_prose_before_a_citation_may_break_and_numbers_stay_whole():
    basis = _cafe_basis()
    ok = break_allowed(basis)
    for word in ("室就文化部", "就文化部文市函"):  # ordinary prose, 5 and more characters before 〔
        i = basis.index(word) + 1
        assert ok[i], word
    for text, number in (
        ("依据现场检查记录苏仙巡〔2026〕0017，责令改正。", "苏仙巡〔2026〕0017"),
        ("见湘文执罚〔2026〕12号决定。", "湘文执罚〔2026〕12"),
        ("国务院法制办公室就文化部文市函〔2003〕560号请示的答复", "文市函〔2003〕560"),
    ):
        ok = break_allowed(text)
        start = text.index(number)
        assert not any(ok[start + 1 : start + len(number)]), number


def test_the_basis_fills_the_record_cell_line_by_line():
    font = register_cjk_font(None)
    cell = BODY_WIDTH / 2 - 24 * mm - 6  # key_value_table's value column less its padding
    lines = [line for _extra, line in split_plain(_cafe_basis(), [cell], font.name, 9)]
    assert "".join(lines) == _cafe_basis()
    for line, following in itertools.pairwise(lines):
        assert not (line.endswith("办公") and following.startswith("室")), lines
