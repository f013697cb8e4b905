"""Rectification cases: opened when an inspection is finished, closed, listed, escalated.

The finish flow calls :func:`open_cases_for_inspection`. For a routine
inspection it opens one case per failed item whose severity the policy names
(deadline from the item or the policy, repeat flag from earlier cases); for a
re-inspection it settles the cases it carried forward (see
:mod:`inspector.services.reinspection`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import and_, case, func, literal, or_, tuple_
from sqlmodel import Session, col, select

from inspector.domain import cases as rules
from inspector.domain.templates import Item, Template, TemplateError, parse_template
from inspector.services.context import AppContext
from inspector.services.errors import UserError
from inspector.services.inspection_view import load_in, stall_finding
from inspector.services.list_policy import load_list_policy, local_date, today_local
from inspector.store.atomic import copy_durably
from inspector.store.engine import read_session, write_session
from inspector.store.models import Answer, Inspection, InspectionTemplate, RectificationCase, Site
from inspector.store.types import utcnow

FAILED = "fail"


def frozen_templates(s: Session, inspection_id: str) -> dict[str, Template]:
    """The templates an inspection used, as they were frozen when it began."""
    out: dict[str, Template] = {}
    rows = s.exec(
        select(InspectionTemplate).where(InspectionTemplate.inspection_id == inspection_id)
    )
    for row in rows:
        try:
            out[row.template_id] = parse_template(json.loads(row.content), row.template_id)
        except (ValueError, TemplateError):
            continue
    return out


def answer_failed(item: Item | None, answer: Answer) -> bool:
    """Did this answer fail its item? Uses the scoring rules when they are installed."""
    if answer.outcome == FAILED or answer.deduction > 0:
        return True
    if item is None or answer.outcome == "na":
        return False
    try:  # inspector.domain.scoring belongs to the walk-through capability
        from inspector.domain.scoring import FAIL, AnswerValue, item_status
    except ImportError:  # pragma: no cover - until scoring is installed
        return False
    value = AnswerValue(
        outcome=answer.outcome,
        count=answer.count,
        measurement=answer.measurement,
        text=answer.text,
        choice=answer.choice,
    )
    return item_status(item, value) == FAIL


def answers_of(s: Session, inspection_id: str) -> list[Answer]:
    return list(s.exec(select(Answer).where(Answer.inspection_id == inspection_id)))


def open_cases_for_inspection(ctx: AppContext, inspection_id: str) -> list[str]:
    """Open (or, for a re-inspection, settle) the cases of a finished inspection.

    Idempotent: calling it twice opens nothing new. Returns the ids of the
    cases opened or settled.
    """
    with write_session(ctx.engine) as s:
        insp = s.get(Inspection, inspection_id)
        if insp is None:
            raise UserError("找不到这次检查。")
        return open_cases_in(s, ctx, insp)


def open_cases_in(s: Session, ctx: AppContext, insp: Inspection) -> list[str]:
    """The same inside an open write session (to open cases in the finishing transaction)."""
    if insp.status != "finished":
        raise UserError("检查尚未完成，不能据此立案整改。")
    policy = load_list_policy(ctx).cases
    s.flush()
    if insp.kind == "reinspection":
        from inspector.services.reinspection import settle_cases_in

        return settle_cases_in(s, ctx, insp, policy)
    return _open_cases_in(s, ctx, insp, policy)


def _open_cases_in(
    s: Session, ctx: AppContext, insp: Inspection, policy: rules.CasePolicy
) -> list[str]:
    templates = frozen_templates(s, insp.id)
    found_on = local_date(insp.finished_at or insp.started_at)
    grid = getattr(insp, "grid", "") or ""
    if not grid:
        site = s.get(Site, insp.site_id)
        grid = site.grid if site else ""
    existing = {
        (c.template_id, c.item_code)
        for c in s.exec(select(RectificationCase).where(RectificationCase.inspection_id == insp.id))
    }
    opened: list[str] = []
    view = load_in(s, ctx, insp.id)
    for answer in answers_of(s, insp.id):
        key = (answer.template_id, answer.item_code)
        if key in existing or view.is_hidden(key):
            continue
        template = templates.get(answer.template_id)
        item = template.item(answer.item_code) if template else None
        if not answer_failed(item, answer):
            continue
        case = _new_case(
            s, ctx, insp, policy, answer.template_id, answer.item_code, item,
            finding=stall_finding(view, answer.template_id, answer.item_code, answer.note),
            grid=grid, found_on=found_on,
        )  # fmt: skip
        if case is not None:
            opened.append(case.id)
    return opened


def _new_case(
    s: Session,
    ctx: AppContext,
    insp: Inspection,
    policy: rules.CasePolicy,
    template_id: str,
    item_code: str,
    item: Item | None,
    *,
    finding: str,
    grid: str,
    found_on: date,
    deadline_from: date | None = None,
) -> RectificationCase | None:
    """The case of one failed item, if the policy opens cases for its severity."""
    severity = item.severity if item else "deduct"
    if not rules.opens_case(severity, True, policy):
        return None
    case = RectificationCase(
        inspection_id=insp.id,
        site_id=insp.site_id,
        grid=grid,
        template_id=template_id,
        item_code=item_code,
        item_text=item.text.zh_CN if item else item_code,
        severity=severity,
        finding=finding,
        found_on=found_on,
        deadline=rules.deadline_for(
            deadline_from or found_on, severity, policy, item.rectify_days if item else None
        ),
        repeat=_is_repeat(s, insp.site_id, item_code, found_on, insp.id, policy),
        created_by_device=ctx.device_id,
    )
    s.add(case)
    return case


def follow_amendment_in(
    s: Session,
    ctx: AppContext,
    insp: Inspection,
    view,
    key: tuple[str, str],
    reason: str,
    actor: str,
) -> str | None:
    """Bring the item's case in line with an amended answer of a routine inspection.

    Finishing opened the cases the answers called for as recorded; the amended
    answer is now in force:

    * it fails and the item has no case from this inspection: the case opens as
      finishing would have opened it, found on the inspection's day, the
      deadline counted from today (the party learns of it now), the item's note
      or else the amendment's reason as the finding;
    * it no longer fails and the item's case is open or overdue: the case is
      withdrawn (更正撤销), closed now with the reason. A case already closed or
      referred to law enforcement is left as it is.

    Nothing changes for a re-inspection (it settles carried cases). Returns the
    id of the case opened or withdrawn.
    """
    from inspector.domain.scoring import FAIL

    if insp.kind == "reinspection":
        return None
    template_id, item_code = key
    had = _item_case_in(s, insp.id, template_id, item_code)
    if view.status(key) != FAIL:
        if had is None or not rules.withdrawable(had.state):
            return None
        had.state = rules.WITHDRAWN
        had.closed_at = utcnow()
        had.closing_note = f"更正：{reason}（{actor}）" if actor else f"更正：{reason}"
        had.touch(ctx.device_id)
        s.add(had)
        return had.id
    if had is not None:
        return None
    ref = view.item(template_id, item_code)
    grid = getattr(insp, "grid", "") or (view.site.grid if view.site else "")
    found_on = local_date(insp.finished_at or insp.started_at)
    case = _new_case(
        s, ctx, insp, load_list_policy(ctx).cases, template_id, item_code,
        ref.item if ref else None,
        finding=view.note(key) or reason, grid=grid, found_on=found_on,
        deadline_from=max(found_on, today_local()),
    )  # fmt: skip
    return case.id if case is not None else None


def _item_case_in(
    s: Session, inspection_id: str, template_id: str, item_code: str
) -> RectificationCase | None:
    return s.exec(
        select(RectificationCase).where(
            RectificationCase.inspection_id == inspection_id,
            RectificationCase.template_id == template_id,
            RectificationCase.item_code == item_code,
        )
    ).first()


def item_case(ctx: AppContext, inspection_id: str, template_id: str, item_code: str):
    """(stored state, deadline) of the item's case from this inspection, or None."""
    with read_session(ctx.engine) as s:
        case = _item_case_in(s, inspection_id, template_id, item_code)
        return (case.state, case.deadline) if case is not None else None


def _is_repeat(
    s: Session, site_id: str, item_code: str, found_on: date, inspection_id: str, policy
) -> bool:
    start = rules.repeat_window_start(found_on, policy)
    q = select(col(RectificationCase.found_on)).where(
        RectificationCase.site_id == site_id,
        RectificationCase.item_code == item_code,
        RectificationCase.inspection_id != inspection_id,
        RectificationCase.found_on >= start,
        RectificationCase.found_on <= found_on,
        RectificationCase.state != rules.WITHDRAWN,  # recorded in error: no earlier offence
    )
    return rules.is_repeat(found_on, list(s.exec(q.limit(1))), policy)


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
