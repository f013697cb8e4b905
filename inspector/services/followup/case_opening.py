"""Opening rectification cases from a finished inspection, and following amendments.

:mod:`inspector.services.followup.finish` calls :func:`open_cases_in` in the
finishing transaction with the inspection view finishing already read: one case
per failed item whose severity the policy names (deadline from the item or the
policy, repeat flag from earlier cases). A re-inspection settles the cases it
carried instead (:mod:`inspector.services.followup.reinspection`). An amended answer
brings its item's case in line (:func:`follow_amendment_in`). Changing and
listing cases is :mod:`inspector.services.followup.cases`.
"""

from __future__ import annotations

import json
from datetime import date

from sqlmodel import Session, col, select

from inspector.domain import cases as rules
from inspector.domain.templates import Item, Template, TemplateError, parse_template
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.list_policy import load_list_policy, local_date, today_local
from inspector.services.inspection.view import InspectionView, stall_finding
from inspector.store.engine import read_session
from inspector.store.models import Answer, Inspection, InspectionTemplate, RectificationCase
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


def templates_of(view: InspectionView) -> dict[str, Template]:
    """The frozen templates of an inspection already read, by template id."""
    return {row.template_id: t for row, t in view.templates}


def open_cases_in(
    s: Session, ctx: AppContext, view: InspectionView, policy: rules.CasePolicy | None = None
) -> list[str]:
    """Open the cases of a finished routine inspection inside an open write session.

    ``view`` is the inspection as finishing read it (answers, frozen templates,
    which items were hidden); nothing is read again. Idempotent: an item that
    already has a case from this inspection gets no second one. Returns the ids
    of the cases opened.
    """
    insp = view.inspection
    if insp.status != "finished":
        raise UserError("检查尚未完成，不能据此立案整改。")
    if policy is None:
        policy = load_list_policy(ctx).cases
    s.flush()
    templates = templates_of(view)
    found_on = local_date(insp.finished_at or insp.started_at)
    grid = getattr(insp, "grid", "") or (view.site.grid if view.site else "")
    existing = {
        (c.template_id, c.item_code)
        for c in s.exec(select(RectificationCase).where(RectificationCase.inspection_id == insp.id))
    }
    opened: list[str] = []
    for answer in list(view.answers.values()):
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
    view: InspectionView,
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
