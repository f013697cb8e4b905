"""Statistics for a period: inspections, score rates, problems found and fixed, overdue.

Every figure is one grouped SQL query over indexed columns; Python only folds
the few grouped rows (site kinds into categories, labels).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Integer, case, cast, func, or_
from sqlmodel import Session, col, select

from inspector.domain import cases as case_rules
from inspector.domain.collation import pinyin_key
from inspector.domain.periods import Period
from inspector.domain.relevance import INSTANCE_MARK, split_code
from inspector.domain.site_kinds import BY_CODE, CATEGORY_LABELS
from inspector.domain.text import N_, LocalText
from inspector.services.core.context import AppContext
from inspector.services.core.list_policy import today_local
from inspector.services.core.progress import Cancel, Progress, step
from inspector.services.followup.cases import past_deadline_condition
from inspector.services.followup.list_records import period_inspections
from inspector.services.followup.lists import parse_period_arg
from inspector.store.engine import read_session
from inspector.store.models import Answer, Inspection, RectificationCase, Site

TOP_ITEMS = 10


@dataclass(frozen=True)
class RateRow:
    label: str
    inspections: int
    score: float
    max_score: float
    label_en: str = ""  # for English documents and screens; "" means use ``label``

    @property
    def rate(self) -> float | None:
        return self.score * 100.0 / self.max_score if self.max_score else None


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int
    detail: str = ""
    label_en: str = ""


@dataclass
class PeriodStats:
    period: Period
    office: str = ""
    today: date | None = None
    inspections: int = 0
    routine: int = 0
    reinspections: int = 0
    overall: RateRow | None = None
    by_category: list[RateRow] = field(default_factory=list)
    by_grid: list[RateRow] = field(default_factory=list)
    by_kind: list[RateRow] = field(default_factory=list)
    by_inspector: list[RateRow] = field(default_factory=list)
    problems_found: int = 0
    problems_fixed: int = 0
    top_failed: list[CountRow] = field(default_factory=list)
    overdue_by_grid: list[CountRow] = field(default_factory=list)
    stalls_inspected: int = 0  # instances of repeated sections (market stalls) answered
    stalls_failed: int = 0  # of those, stalls with at least one failed item

    @property
    def fixed_text(self) -> str:
        return ratio_text(self.problems_fixed, self.problems_found)


def ratio_text(part: int, whole: int) -> str:
    """``963 / 1,032 = 93.31%`` (— when there is nothing to divide by)."""
    if not whole:
        return f"{part:,} / {whole:,} = —"
    return f"{part:,} / {whole:,} = {part * 100.0 / whole:.2f}%"


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1f}%"


def _in_period(period: Period) -> list:
    return period_inspections(period, routine_only=False)


def _rates(s: Session, period: Period, key) -> list[tuple[str, int, float, float]]:
    scored = col(Inspection.max_score) > 0
    q = (
        select(
            key,
            func.count(),
            func.coalesce(func.sum(case((scored, col(Inspection.score)), else_=0.0)), 0.0),
            func.coalesce(func.sum(case((scored, col(Inspection.max_score)), else_=0.0)), 0.0),
        )
        .where(*period_inspections(period))
        .group_by(key)
    )
    return [(k or "", n, float(sc), float(mx)) for k, n, sc, mx in s.exec(q)]


def _sorted_rates(rows: list[RateRow]) -> list[RateRow]:
    return sorted(rows, key=lambda r: (-(r.rate or 0.0), pinyin_key(r.label)))


STEPS = 7  # grouped queries in period_stats, for progress reports


def period_stats(
    ctx: AppContext,
    period_text: str,
    today: date | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> PeriodStats:
    """The period's figures; ``cancel()`` is checked between queries (raises WorkCancelled)."""
    period = parse_period_arg(period_text)
    today = today or today_local()
    out = PeriodStats(period=period, office=ctx.settings.office_name, today=today)
    with read_session(ctx.engine) as s:
        step(progress, cancel, 0, STEPS, N_("正在统计检查次数…"))
        n_all, n_re = s.exec(
            select(func.count(), func.sum(cast(Inspection.kind == "reinspection", Integer))).where(
                *_in_period(period)
            )
        ).one()
        out.inspections, out.reinspections = int(n_all or 0), int(n_re or 0)
        out.routine = out.inspections - out.reinspections
        step(progress, cancel, 1, STEPS, N_("正在统计各类别得分率…"))

        by_kind = _rates(s, period, Inspection.site_kind)
        cats: dict[str, list[float]] = {}
        for code, n, sc, mx in by_kind:
            kind = BY_CODE.get(code)
            zh, en = (kind.label.zh_CN, kind.label.en) if kind else (code, code)
            out.by_kind.append(RateRow(zh, n, sc, mx, en))
            cat = kind.category if kind else ""
            acc = cats.setdefault(cat, [0, 0.0, 0.0])
            acc[0] += n
            acc[1] += sc
            acc[2] += mx
        for cat, (cat_n, cat_sc, cat_mx) in cats.items():
            text = CATEGORY_LABELS.get(cat, LocalText("其他", "Other"))
            out.by_category.append(RateRow(text.zh_CN, int(cat_n), cat_sc, cat_mx, text.en))
        out.overall = RateRow(
            "合计",
            sum(r.inspections for r in out.by_kind),
            sum(r.score for r in out.by_kind),
            sum(r.max_score for r in out.by_kind),
            "Total",
        )
        out.by_category = _sorted_rates(out.by_category)
        out.by_kind = _sorted_rates(out.by_kind)
        step(progress, cancel, 2, STEPS, N_("正在统计各网格得分率…"))
        out.by_grid = _sorted_rates(
            [
                RateRow(k or "（未分网格）", n, sc, mx, k or "(no grid)")
                for k, n, sc, mx in _rates(s, period, Inspection.grid)
            ]
        )
        step(progress, cancel, 3, STEPS, N_("正在统计各检查员得分率…"))
        out.by_inspector = _sorted_rates(
            [
                RateRow(k or "（未填写）", n, sc, mx, k or "(not given)")
                for k, n, sc, mx in _rates(s, period, Inspection.lead_inspector_name)
            ]
        )

        step(progress, cancel, 4, STEPS, N_("正在统计问题整改情况…"))
        rc = RectificationCase
        fixed_state = col(rc.state).in_(sorted(case_rules.RECTIFIED_STATES))
        found, fixed = s.exec(
            select(func.count(), func.sum(case((fixed_state, 1), else_=0))).where(
                rc.found_on >= period.start,
                rc.found_on < period.end,
                rc.state != case_rules.WITHDRAWN,  # recorded in error: not a problem found
            )
        ).one()
        out.problems_found, out.problems_fixed = int(found or 0), int(fixed or 0)

        step(progress, cancel, 5, STEPS, N_("正在统计不合格最多的检查项…"))
        out.top_failed = _top_failed(s, ctx, period)
        out.stalls_inspected, out.stalls_failed = _stalls(s, period)
        step(progress, cancel, 6, STEPS, N_("正在统计逾期问题…"))
        q = (
            select(Site.grid, func.count())
            .select_from(rc)
            .join(Site, col(Site.id) == rc.site_id)
            .where(past_deadline_condition(today))
            .group_by(Site.grid)
            .order_by(func.count().desc(), Site.grid)
        )
        out.overdue_by_grid = [
            CountRow(g or "（未分网格）", int(n), "", g or "(no grid)") for g, n in s.exec(q)
        ]
    step(progress, None, STEPS, STEPS, N_("统计完成"))
    return out


def _top_failed(s: Session, ctx: AppContext, period: Period) -> list[CountRow]:
    """The items failed most often; a stall item counts once per failing stall (MK-S01#n)."""
    failed = or_(col(Answer.outcome) == "fail", col(Answer.deduction) > 0)
    stall = col(Answer.item_code).contains(INSTANCE_MARK)

    def grouped(*where: Any) -> Any:
        return (
            select(Answer.template_id, Answer.item_code, func.count())
            .select_from(Inspection)
            .join(Answer, col(Answer.inspection_id) == Inspection.id)
            .where(*period_inspections(period), failed, *where)
            .group_by(Answer.template_id, Answer.item_code)
        )

    top = grouped(~stall).order_by(func.count().desc(), Answer.item_code).limit(TOP_ITEMS)
    counts: dict[tuple[str, str], int] = {(t, c): int(n) for t, c, n in s.exec(top)}
    for t, c, n in s.exec(grouped(stall)):  # few rows: the stall items, folded per item
        key = (t, split_code(c)[0])
        counts[key] = counts.get(key, 0) + int(n)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))[:TOP_ITEMS]
    out: list[CountRow] = []
    for (template_id, code), n in ranked:
        template = ctx.catalog.get(template_id) if hasattr(ctx.catalog, "get") else None
        item = template.item(code) if template else None
        text = item.text.zh_CN if item else _case_text(s, code)
        en = item.text.en if item else ""
        out.append(CountRow(text or code, int(n), f"{template_id} / {code}", en))
    return out


def _stalls(s: Session, period: Period) -> tuple[int, int]:
    """(stalls inspected, stalls with a failure): answers stored as CODE#n, per instance."""
    failed = case((or_(col(Answer.outcome) == "fail", col(Answer.deduction) > 0), 1), else_=0)
    q = (
        select(col(Answer.inspection_id), col(Answer.template_id), col(Answer.item_code), failed)
        .select_from(Inspection)
        .join(Answer, col(Answer.inspection_id) == Inspection.id)
        .where(*period_inspections(period), col(Answer.item_code).contains(INSTANCE_MARK))
    )
    stalls: dict[tuple[str, str, int], bool] = {}
    for iid, tid, code, bad in s.exec(q):
        _base, n = split_code(code)
        if n:
            key = (iid, tid, n)
            stalls[key] = stalls.get(key, False) or bool(bad)
    return len(stalls), sum(stalls.values())


def _case_text(s: Session, code: str) -> str:
    q = select(RectificationCase.item_text).where(RectificationCase.item_code == code).limit(1)
    return s.exec(q).first() or ""
