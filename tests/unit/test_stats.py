"""Period statistics from SQL aggregates on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from followup_data import add_inspection, add_site

from inspector.services.core.errors import UserError
from inspector.services.followup import cases, stats
from inspector.services.followup import finish as followup_finish


def test_ratio_text():
    assert stats.ratio_text(963, 1032) == "963 / 1,032 = 93.31%"
    assert stats.ratio_text(0, 0) == "0 / 0 = —"


def test_quarter_statistics(ctx):
    a = add_site(ctx, "甲网吧", grid="一网格")
    b = add_site(ctx, "乙网吧", grid="二网格")
    bank = add_site(ctx, "城东银行", grid="一网格", kind="bank")
    add_inspection(ctx, a, date(2026, 10, 2), inspector="李明")  # 100
    i2 = add_inspection(
        ctx, b, date(2026, 11, 2), {"IC-03": "无标志", "IC-02": "未亮证"}, inspector="王芳"
    )
    add_inspection(ctx, bank, date(2026, 12, 2), inspector="王芳")  # 100
    add_inspection(ctx, a, date(2026, 9, 30), {"IC-03": "x"})  # previous quarter: left out
    opened = followup_finish.open_cases_for_inspection(ctx, i2)
    cases.correct_on_spot(ctx, opened[0], "当场整改")

    st = stats.period_stats(ctx, "2026Q4", today=date(2026, 12, 31))
    assert (st.inspections, st.routine, st.reinspections) == (3, 3, 0)
    assert st.overall.score == 290 and st.overall.max_score == 300
    cats = {r.label: r for r in st.by_category}
    assert cats["校园周边"].inspections == 2 and cats["校园周边"].rate == pytest.approx(95.0)
    assert cats["窗口行业"].rate == pytest.approx(100.0)
    grids = {r.label: r.rate for r in st.by_grid}
    assert grids == {"一网格": pytest.approx(100.0), "二网格": pytest.approx(90.0)}
    people = {r.label: r.inspections for r in st.by_inspector}
    assert people == {"李明": 1, "王芳": 2}
    assert {r.label for r in st.by_kind} == {"网吧", "银行网点"}
    assert (st.problems_found, st.problems_fixed) == (2, 1)
    assert st.fixed_text == "1 / 2 = 50.00%"
    assert {r.detail.split(" / ")[1] for r in st.top_failed} == {"IC-02", "IC-03"}
    assert all(r.count == 1 for r in st.top_failed)
    assert [(r.label, r.count) for r in st.overdue_by_grid] == [("二网格", 1)]
    with pytest.raises(UserError):
        stats.period_stats(ctx, "2026Q5")
