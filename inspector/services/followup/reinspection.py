"""Re-inspection (复查): carry forward only the failed items, then settle their cases.

A re-inspection is an :class:`Inspection` with ``kind="reinspection"`` and
``parent_inspection_id`` pointing at the visit that found the problems. Its
frozen templates are *synthetic*: the original frozen templates cut down to the
items that still have unresolved cases, so the ordinary walk-through shows and
scores only those. When it is finished, :func:`settle_cases_in` (called by
:mod:`inspector.services.followup.finish` in the finishing transaction, with the
view finishing read) verifies the cases that now pass and moves the others to
overdue or escalated per policy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_
from sqlmodel import Session, col, select

from inspector.domain import cases as rules
from inspector.domain.relevance import instance_code, split_code
from inspector.domain.templates import Item, content_hash
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.list_policy import local_date
from inspector.services.followup.case_opening import answer_failed, frozen_templates, templates_of
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.view import InspectionView
from inspector.store.engine import read_session, write_session
from inspector.store.models import (
    Answer,
    CaseCarry,
    Inspection,
    InspectionTemplate,
    Photo,
    RectificationCase,
    Site,
)
from inspector.store.types import utcnow


def _cut_template(data: dict, codes: set[str]) -> dict:
    """The template data with only the items named in ``codes`` (empty sections dropped).

    Conditions are dropped: the carried items are asked whatever the earlier
    answers were, and the items a condition names are usually not carried. A
    stall's item (``MK-S01#3``) keeps its repeated section with the stall's
    name item first, so the re-inspection shows the stall it was found at.
    """
    out = dict(data)
    bases = {split_code(c)[0] for c in codes}
    sections = []
    for section in data.get("sections", []):
        all_items = section.get("items", [])
        keep = [i for i in all_items if i.get("code") in bases]
        if keep and section.get("repeat") and all_items and all_items[0] not in keep:
            keep = [all_items[0], *keep]
        items = [{k: v for k, v in i.items() if k != "relevant"} for i in keep]
        if items:
            sections.append(
                {k: v for k, v in section.items() if k != "relevant"} | {"items": items}
            )
    out["sections"] = sections
    title = dict(out.get("title") or {})
    if "zh_CN" in title:
        title["zh_CN"] = f"复查：{title['zh_CN']}"
    out["title"] = title
    return out


def start_reinspection(
    ctx: AppContext,
    site_id: str,
    case_ids: list[str] | None = None,
    lead_inspector_name: str | None = None,
    co_inspector_name: str = "",
) -> str:
    """Start a re-inspection of the site's unresolved cases; returns the new inspection id."""
    with write_session(ctx.engine) as s:
        site = s.get(Site, site_id)
        if site is None:
            raise UserError("找不到这个场所。")
        q = select(RectificationCase).where(
            RectificationCase.site_id == site_id,
            col(RectificationCase.state).in_(sorted(rules.UNRESOLVED_STATES)),
        )
        if case_ids:
            q = q.where(col(RectificationCase.id).in_(case_ids))
        cases = list(s.exec(q.order_by(col(RectificationCase.found_on))))
        if not cases:
            raise UserError("该场所没有待复查的整改事项。")
        busy = [c for c in cases if c.reinspection_id and _is_draft(s, c.reinspection_id)]
        if busy:
            raise UserError("这些整改事项已有一次未完成的复查，请先完成或删除那次复查。")
        insp = _new_inspection(
            s, ctx, site, cases[-1].inspection_id, lead_inspector_name, co_inspector_name
        )
        _freeze_cut_templates(s, ctx, insp.id, cases)
        _copy_stall_names(s, ctx, insp.id, cases)
        for case in cases:
            case.reinspection_id = insp.id  # the latest; CaseCarry keeps every one
            case.touch(ctx.device_id)
            s.add(case)
            s.add(
                CaseCarry(case_id=case.id, reinspection_id=insp.id, created_by_device=ctx.device_id)
            )
        return insp.id


def _copy_stall_names(
    s: Session, ctx: AppContext, inspection_id: str, cases: list[RectificationCase]
) -> None:
    """A carried stall item brings its stall's number or name (the instance's first answer)."""
    done: set[tuple[str, str]] = set()
    for case in cases:
        base, n = split_code(case.item_code)
        if not n:
            continue
        row = s.exec(
            select(InspectionTemplate).where(
                InspectionTemplate.inspection_id == case.inspection_id,
                InspectionTemplate.template_id == case.template_id,
            )
        ).first()
        sections = json.loads(row.content).get("sections", []) if row is not None else []
        firsts = [sd["items"][0]["code"] for sd in sections
                  if sd.get("repeat") and any(i.get("code") == base for i in sd["items"])]  # fmt: skip
        if not firsts or (case.template_id, instance_code(firsts[0], n)) in done:
            continue
        code = instance_code(firsts[0], n)
        done.add((case.template_id, code))
        name = s.exec(
            select(Answer.text).where(
                Answer.inspection_id == case.inspection_id,
                Answer.template_id == case.template_id,
                Answer.item_code == code,
            )
        ).first()
        s.add(Answer(inspection_id=inspection_id, template_id=case.template_id, item_code=code,
                     text=name or f"#{n}", answered_at=utcnow(),
                     created_by_device=ctx.device_id))  # fmt: skip


def _is_draft(s: Session, inspection_id: str) -> bool:
    other = s.get(Inspection, inspection_id)
    return other is not None and other.status == "draft"


def _new_inspection(
    s: Session, ctx: AppContext, site: Site, parent_id: str, lead: str | None, co: str
) -> Inspection:
    # Header fields the inspections capability may add (site name, kind and grid at the
    # visit) are filled when the model has them.
    extra = {"site_name": site.name, "site_kind": site.kind, "grid": site.grid}
    insp = Inspection(
        site_id=site.id,
        status="draft",
        kind="reinspection",
        parent_inspection_id=parent_id,
        lead_inspector_name=lead if lead is not None else ctx.settings.inspector_name,
        lead_inspector_id_no=ctx.settings.inspector_id_no if lead is None else "",
        co_inspector_name=co,
        location_text=site.address,
        created_by_device=ctx.device_id,
    )
    for name, value in extra.items():
        if name in Inspection.model_fields:
            setattr(insp, name, value)
    s.add(insp)
    s.flush()
    return insp


def _freeze_cut_templates(
    s: Session, ctx: AppContext, inspection_id: str, cases: list[RectificationCase]
) -> None:
    wanted: dict[str, set[str]] = {}
    source: dict[str, InspectionTemplate] = {}
    for case in cases:
        wanted.setdefault(case.template_id, set()).add(case.item_code)
        row = s.exec(
            select(InspectionTemplate).where(
                InspectionTemplate.inspection_id == case.inspection_id,
                InspectionTemplate.template_id == case.template_id,
            )
        ).first()
        if row is not None:
            source[case.template_id] = row  # the latest visit's version wins
    for position, (template_id, codes) in enumerate(sorted(wanted.items())):
        row = source.get(template_id)
        if row is None:
            raise UserError("找不到原检查所用的检查表 {}，无法生成复查表。", template_id)
        data = _cut_template(json.loads(row.content), codes)
        s.add(
            InspectionTemplate(
                inspection_id=inspection_id,
                template_id=template_id,
                template_version=row.template_version,
                content_hash=content_hash(data),
                content=json.dumps(data, ensure_ascii=False),
                position=position,
                created_by_device=ctx.device_id,
            )
        )


@dataclass(frozen=True)
class CarriedItem:
    """One item carried forward, with what the first visit found (shown beside the new answer)."""

    case_id: str
    template_id: str
    item_code: str
    item_text: str
    severity: str
    finding: str
    original_note: str
    original_photos: tuple[str, ...]  # file names under <data>/photos
    found_on: date
    deadline: date
    state: str


def carried_items(ctx: AppContext, reinspection_id: str) -> list[CarriedItem]:
    """The cases this re-inspection carried, with what the first visit found.

    A case carried again into a later re-inspection still belongs here: the
    :class:`CaseCarry` rows keep every carry; the case's own ``reinspection_id``
    (its latest) covers carries made before those rows existed.
    """
    out: list[CarriedItem] = []
    with read_session(ctx.engine) as s:
        carried_ids = select(CaseCarry.case_id).where(CaseCarry.reinspection_id == reinspection_id)
        cases = s.exec(
            select(RectificationCase)
            .where(
                or_(
                    col(RectificationCase.reinspection_id) == reinspection_id,
                    col(RectificationCase.id).in_(carried_ids),
                )
            )
            .order_by(RectificationCase.template_id, RectificationCase.item_code)
        ).all()
        for c in cases:
            answer = s.exec(
                select(Answer).where(
                    Answer.inspection_id == c.inspection_id,
                    Answer.template_id == c.template_id,
                    Answer.item_code == c.item_code,
                )
            ).first()
            # the visit's photos, then those of earlier re-inspections that still found it
            visits = [c.inspection_id] + [
                r
                for r in s.exec(select(CaseCarry.reinspection_id).where(CaseCarry.case_id == c.id))
                if r != reinspection_id
            ]
            photos = s.exec(
                select(Photo.file_name)
                .where(col(Photo.inspection_id).in_(visits), Photo.item_code == c.item_code)
                .order_by(col(Photo.created_at))
            ).all()
            out.append(
                CarriedItem(
                    case_id=c.id,
                    template_id=c.template_id,
                    item_code=c.item_code,
                    item_text=c.item_text,
                    severity=c.severity,
                    finding=c.finding,
                    original_note=answer.note if answer else "",
                    original_photos=tuple(photos),
                    found_on=c.found_on,
                    deadline=c.deadline,
                    state=c.state,
                )
            )
    return out


def settle_cases_in(
    s: Session, ctx: AppContext, view: InspectionView, policy: rules.CasePolicy
) -> list[str]:
    """Settle the carried cases by the calendar (see :func:`rules.state_after_reinspection`).

    A pass verifies the case (noting when it came after the deadline). A fail on
    or before the deadline adds the re-inspection's finding and photos to the
    case and keeps it open with its deadline; only a red-line item whose
    template says ``escalate_on_recheck`` is referred at once, with that reason.
    A fail after the deadline makes it overdue or referred, per policy.

    ``view`` is the finished re-inspection as finishing read it: its answers and
    frozen templates are not read again.
    """
    insp = view.inspection
    settled: list[str] = []
    cases = s.exec(
        select(RectificationCase).where(RectificationCase.reinspection_id == insp.id)
    ).all()
    checked_on = local_date(insp.finished_at or insp.started_at)
    templates = templates_of(view)
    for case in cases:
        if case.state in rules.CLOSED_STATES:
            continue
        answer = view.answers.get((case.template_id, case.item_code))
        if answer is None or (
            answer.outcome is None and answer.count is None and answer.measurement is None
        ):
            continue  # not re-checked this time
        template = templates.get(case.template_id)
        item = template.item(case.item_code) if template else None
        failed = answer_failed(item, answer)
        at_once = bool(item and item.escalate_on_recheck)
        new_state = rules.state_after_reinspection(
            not failed, case.severity, policy, checked_on, case.deadline, at_once, case.state
        )
        case.recheck_on = checked_on
        if new_state == rules.VERIFIED:
            case.closed_at = utcnow()
            late = rules.verified_late_by(case.deadline, checked_on)
            note = answer.note or "复查合格"
            case.closing_note = f"{note}（逾期 {late} 天后整改）" if late else note
        else:
            case.finding = _with_recheck_finding(s, case, insp, checked_on, answer.note)
        if new_state == rules.ESCALATED and case.state != rules.ESCALATED:
            case.escalated_at = utcnow()
            case.escalation_note = (
                "红线项复查仍不合格，检查表规定立即移交执法"
                if at_once and checked_on <= case.deadline
                else "整改期限已过，复查仍不合格，按规定移交执法"
            )
        case.state = new_state
        case.touch(ctx.device_id)
        s.add(case)
        settled.append(case.id)
    if settled:
        from inspector.services.followup.list_removals import log_removal_if_cleared

        log_removal_if_cleared(s, insp.site_id, checked_on)
    return settled


def _with_recheck_finding(
    s: Session, case: RectificationCase, insp: Inspection, checked_on: date, note: str
) -> str:
    """The case's finding with one line for a failing re-check (its note and photo count)."""
    photos = s.exec(
        select(Photo.file_name).where(
            Photo.inspection_id == insp.id, Photo.item_code == case.item_code
        )
    ).all()
    line = f"{checked_on:%Y-%m-%d} 复查仍不合格"
    if note:
        line += f"：{note}"
    if photos:
        line += f"（照片 {len(photos)} 张）"
    if line in case.finding:
        return case.finding
    return f"{case.finding}\n{line}" if case.finding else line


def case_photos(ctx: AppContext, case_id: str) -> list[tuple[date, str]]:
    """Every photo of a case: the visit that found it, then each re-inspection that carried it.

    Pairs of (the visit's local date, file name under ``<data>/photos``).
    """
    with read_session(ctx.engine) as s:
        case = s.get(RectificationCase, case_id)
        if case is None:
            raise UserError("找不到这条整改事项。")
        visits = [case.inspection_id]
        visits += list(
            s.exec(select(CaseCarry.reinspection_id).where(CaseCarry.case_id == case_id))
        )
        if case.reinspection_id and case.reinspection_id not in visits:
            visits.append(case.reinspection_id)
        out: list[tuple[date, str]] = []
        for visit_id in visits:
            visit = s.get(Inspection, visit_id)
            if visit is None:
                continue
            day = local_date(visit.finished_at or visit.started_at)
            names = s.exec(
                select(Photo.file_name).where(
                    Photo.inspection_id == visit_id, Photo.item_code == case.item_code
                )
            ).all()
            out += [(day, n) for n in names]
    return sorted(out)


# --- answering and finishing without the walk-through (CLI, demo, tests) -------------


def record_answer(
    ctx: AppContext,
    reinspection_id: str,
    template_id: str,
    item_code: str,
    outcome: str,
    note: str = "",
) -> None:
    """Record pass or fail for a carried item (the GUI uses the ordinary walk-through)."""
    if outcome not in ("pass", "fail"):
        raise UserError("复查结果只能是合格（pass）或不合格（fail）。")
    with read_session(ctx.engine) as s:
        insp = s.get(Inspection, reinspection_id)
        if insp is None or insp.kind != "reinspection":
            raise UserError("找不到这次复查。")
        if insp.status != "draft":
            raise UserError("这次复查已经完成，不能再修改。")
        template = frozen_templates(s, reinspection_id).get(template_id)
    item = template.item(item_code) if template else None
    if item is None:
        raise UserError("这次复查中没有检查项 {}。", item_code)
    values = verdict_values(item, outcome)
    if note:
        values["note"] = note
    inspections.answer_many(ctx, reinspection_id, [(template_id, item_code, values)])


def verdict_values(item: Item, outcome: str) -> dict[str, object]:
    """The answer that gives a carried item the verdict ``outcome`` under its own rules.

    A re-inspection asks "corrected or not"; for a count, measurement or choice
    item that verdict is stored as a value the scoring agrees with (the limit
    itself for a pass, one unit past it for a fail), so the record, its score and
    the cases never disagree.
    """
    passed = outcome == "pass"
    if item.answer == "pass_fail":
        return {"outcome": outcome}
    if item.answer == "count" and item.count_rule is not None:
        rule = item.count_rule
        if rule.fail_above is not None:
            return {"count": rule.fail_above if passed else rule.fail_above + 1}
        assert rule.fail_below is not None
        return {"count": rule.fail_below if passed else max(rule.fail_below - 1, 0)}
    if item.answer == "measurement" and item.limit is not None:
        lo, hi = item.limit.min, item.limit.max
        if lo is not None:
            return {"measurement": lo if passed else lo - 1}
        assert hi is not None
        return {"measurement": hi if passed else hi + 1}
    if item.answer == "choice":
        wanted = [c for c in item.choices if c.fails != passed]
        if wanted:
            return {"choice": wanted[0].code}
    raise UserError("检查项 {} 无法以合格/不合格记录，请在检查界面中作答。", item.code)
