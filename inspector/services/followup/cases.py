"""Rectification cases: changed one at a time (closed on the spot, deadline, referred) and listed.

Cases are opened when an inspection is finished
(:mod:`inspector.services.followup.case_opening`, called by
:mod:`inspector.services.followup.finish`) and settled by re-inspections
(:mod:`inspector.services.followup.reinspection`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import and_, case, func, literal, or_, tuple_
from sqlmodel import Session, col, select

from inspector.domain import cases as rules
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.list_policy import load_list_policy, today_local
from inspector.store.atomic import copy_durably
from inspector.store.engine import read_session, write_session
from inspector.store.models import RectificationCase, Site
from inspector.store.types import utcnow

# --- changing one case ---------------------------------------------------------------


def _case_for_change(s: Session, case_id: str) -> RectificationCase:
    case = s.get(RectificationCase, case_id)
    if case is None:
        raise UserError("找不到这条整改事项。")
    if case.state in rules.CLOSED_STATES:
        raise UserError("这条整改事项已经办结，不能再修改。")
    return case


def correct_on_spot(
    ctx: AppContext, case_id: str, note: str, photo: Path | None = None
) -> RectificationCase:
    """The party put it right while the inspectors were there: close the case at once."""
    if not note.strip():
        raise UserError("请写明当场整改的情况。")
    stored = ""
    if photo is not None:
        if not Path(photo).is_file():
            raise UserError("找不到照片文件 {}。", photo)
        stored = f"cases/{case_id}{Path(photo).suffix.lower()}"
        target = ctx.paths.photos / stored
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_durably(photo, target)
    with write_session(ctx.engine) as s:
        case = _case_for_change(s, case_id)
        case.state = rules.RECTIFIED_ON_SITE
        case.closing_note = note.strip()
        case.closing_photo = stored
        case.closed_at = utcnow()
        case.touch(ctx.device_id)
        s.add(case)
    return case


def set_deadline(ctx: AppContext, case_id: str, deadline: date) -> RectificationCase:
    with write_session(ctx.engine) as s:
        case = _case_for_change(s, case_id)
        if deadline < case.found_on:
            raise UserError("整改期限不能早于发现问题的日期。")
        case.deadline = deadline
        case.touch(ctx.device_id)
        s.add(case)
    return case


def escalate(ctx: AppContext, case_id: str, note: str) -> RectificationCase:
    """Refer the case to law enforcement (移交执法)."""
    if not note.strip():
        raise UserError("请写明移交执法的理由或接收部门。")
    with write_session(ctx.engine) as s:
        case = _case_for_change(s, case_id)
        case.state = rules.ESCALATED
        case.escalated_at = utcnow()
        case.escalation_note = note.strip()
        case.touch(ctx.device_id)
        s.add(case)
    return case


# --- listing -------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilter:
    view: str = "attention"  # attention (due soon + overdue) | overdue | open | all
    grid: str = ""
    site_id: str = ""


@dataclass(frozen=True)
class CaseRow:
    id: str
    site_id: str
    site_name: str
    address: str
    grid: str
    item_text: str
    severity: str
    finding: str
    found_on: date
    deadline: date
    state: str  # effective state (an open case past its deadline reads "overdue")
    days_left: int
    repeat: bool
    item_en: str = ""  # the item's English text from the loaded templates, "" when none
    note: str = ""  # why it was referred (escalation note), else how it was closed

    def item_in(self, language: str) -> str:
        return self.item_en if language.startswith("en") and self.item_en else self.item_text

    @property
    def state_label(self) -> str:
        return rules.STATE_LABELS[self.state].zh_CN


def overdue_condition(today: date):
    """SQL: the case reads "overdue" today: open (or stored overdue) with its deadline passed.

    The stored state alone never makes a case overdue: state follows the calendar.
    """
    rc = RectificationCase
    return and_(col(rc.state).in_([rules.OPEN, rules.OVERDUE]), col(rc.deadline) < today)


def past_deadline_condition(today: date):
    """SQL: unresolved with its deadline passed (overdue, or referred after it): what the
    list rule "问题逾期未整改" and the statistics count."""
    rc = RectificationCase
    return and_(col(rc.state).in_(sorted(rules.UNRESOLVED_STATES)), col(rc.deadline) < today)


def _where(flt: CaseFilter, today: date, due_soon_days: int) -> list:
    rc = RectificationCase
    cond: list = []
    if flt.view == "overdue":
        cond.append(overdue_condition(today))
    elif flt.view == "attention":
        soon = today + timedelta(days=due_soon_days)
        cond.append(
            or_(
                col(rc.state) == rules.ESCALATED,
                and_(col(rc.state).in_([rules.OPEN, rules.OVERDUE]), col(rc.deadline) <= soon),
            )
        )
    elif flt.view == "open":
        cond.append(col(rc.state).in_(sorted(rules.UNRESOLVED_STATES)))
    if flt.grid:
        cond.append(RectificationCase.grid == flt.grid)
    if flt.site_id:
        cond.append(rc.site_id == flt.site_id)
    return cond


def _closed_rank():
    """SQL: 0 for a case still to act on (open, overdue, referred), 1 for a closed one."""
    return case((col(RectificationCase.state).in_(sorted(rules.UNRESOLVED_STATES)), 0), else_=1)


class CaseQuery:
    """Counts and pages of cases for one filter, most urgent first.

    The order is: cases still to act on before closed ones, then by deadline
    (the most overdue first), then grid. :meth:`fetch_after` pages by key (the
    last row's rank, deadline, grid and id) along the ``(deadline, grid, id)``
    index, so every page costs about the same however far down the list it is.
    """

    def __init__(self, ctx: AppContext, flt: CaseFilter | None = None, today: date | None = None):
        self.ctx = ctx
        self.filter = flt or CaseFilter()
        self.today = today or today_local()
        self.due_soon_days = load_list_policy(ctx).cases.due_soon_days

    def count(self) -> int:
        q = select(func.count()).select_from(RectificationCase)
        q = q.where(*_where(self.filter, self.today, self.due_soon_days))
        with read_session(self.ctx.engine) as s:
            return int(s.exec(q).one())

    def _select(self):
        rc = RectificationCase
        return (
            select(  # type: ignore[call-overload]  # sqlmodel types select() up to 4 columns
                rc.id,
                rc.site_id,
                Site.name,
                Site.address,
                rc.grid,
                rc.item_text,
                rc.severity,
                rc.finding,
                rc.found_on,
                rc.deadline,
                rc.state,
                rc.repeat,
                rc.template_id,
                rc.item_code,
                rc.escalation_note,
                rc.closing_note,
            )
            .select_from(rc)
            .join(Site, Site.id == rc.site_id)
            .where(*_where(self.filter, self.today, self.due_soon_days))
            .order_by(_closed_rank(), rc.deadline, rc.grid, rc.id)
        )

    def fetch(self, offset: int, limit: int) -> list[CaseRow]:
        return self._rows(self._select().offset(offset).limit(limit))

    def fetch_after(self, last: CaseRow | None, limit: int) -> list[CaseRow]:
        q = self._select()
        if last is not None:
            rc = RectificationCase
            rank = 0 if last.state in rules.UNRESOLVED_STATES else 1
            key = tuple_(_closed_rank(), rc.deadline, rc.grid, rc.id)
            after = (literal(rank), literal(last.deadline), literal(last.grid), literal(last.id))
            q = q.where(key > tuple_(*after))
        return self._rows(q.limit(limit))

    def _rows(self, q) -> list[CaseRow]:
        with read_session(self.ctx.engine) as s:
            rows = s.exec(q).all()
        return [
            CaseRow(
                id=r[0],
                site_id=r[1],
                site_name=r[2],
                address=r[3],
                grid=r[4],
                item_text=r[5],
                severity=r[6],
                finding=r[7],
                found_on=r[8],
                deadline=r[9],
                state=rules.effective_state(r[10], r[9], self.today),
                days_left=rules.days_left(r[9], self.today),
                repeat=bool(r[11]),
                item_en=self._item_en(r[12], r[13]),
                note=(r[14] if r[10] == rules.ESCALATED else r[15]) or "",
            )
            for r in rows
        ]

    def _item_en(self, template_id: str, code: str) -> str:
        get = getattr(self.ctx.catalog, "get", None)
        template = get(template_id) if get is not None else None
        item = template.item(code) if template is not None else None
        return item.text.en if item is not None else ""


def list_cases(ctx: AppContext, flt: CaseFilter | None = None, limit: int = 1000) -> list[CaseRow]:
    return CaseQuery(ctx, flt).fetch(0, limit)


def cases_of_site(
    ctx: AppContext, site_id: str, unresolved_only: bool = True
) -> list[RectificationCase]:
    q = select(RectificationCase).where(RectificationCase.site_id == site_id)
    if unresolved_only:
        q = q.where(col(RectificationCase.state).in_(sorted(rules.UNRESOLVED_STATES)))
    with read_session(ctx.engine) as s:
        return list(s.exec(q.order_by(col(RectificationCase.deadline))))
