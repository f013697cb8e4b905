"""The shared core of every inspection write: checks, answer rows with audit, rescoring.

Used by :mod:`~inspector.services.inspection.walk` (start, header, answers) and
:mod:`~inspector.services.inspection.distance` (the 200 m rule); callers hold one write session.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from inspector.domain.conditions import evaluate, parse_expression
from inspector.domain.datum import DatumError, split_source, to_wgs84
from inspector.domain.distance import (
    FROM_BOUNDARY,
    CoordinateError,
    parse_coordinates,
    school_distances,
    validate_coordinates,
)
from inspector.domain.relevance import condition_value, constraint_holds
from inspector.domain.scoring import ScoreResult
from inspector.domain.text import message_of
from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.policy import distance_policy
from inspector.services.core.value_checks import check_hard
from inspector.services.inspection.view import InspectionView, ItemRef, load_in, rescore_view
from inspector.services.register.school_distance import school_points
from inspector.store.models.inspection import Answer, Inspection
from inspector.store.types import utcnow


def parse_coords(
    value: str | tuple[float, float] | None, source: str = ""
) -> tuple[float | None, float | None]:
    """Coordinates as text or a pair, in the datum ``source`` names, as WGS-84."""
    if value is None:
        return None, None
    try:
        if isinstance(value, str):
            parsed = parse_coordinates(value)
            if parsed is None:
                return None, None
        else:
            parsed = validate_coordinates(float(value[0]), float(value[1]))
        return to_wgs84(*parsed, split_source(source)[1])
    except (CoordinateError, DatumError) as exc:
        raise UserError(message_of(exc)) from None


def update_distance(session: Session, ctx: AppContext, insp: Inspection) -> None:
    """Recompute the straight line to the nearest school's campus boundary (draft only)."""
    policy = distance_policy(ctx)
    insp.distance_basis = policy.basis_for(insp.site_kind)
    near = []
    if insp.lat is not None and insp.lon is not None:
        near = school_distances(
            insp.lat, insp.lon, school_points(session), policy, insp.site_kind, first=1
        )
    if near:
        insp.computed_distance_m = near[0].distance_m
        insp.nearest_school_name = near[0].school_name
        insp.distance_limit_m = near[0].limit_m
        insp.distance_method = near[0].method
        insp.school_coord_source = near[0].school_source
    else:
        insp.computed_distance_m = None
        insp.nearest_school_name = ""
        insp.distance_limit_m = policy.limit_for(insp.site_kind)
        insp.distance_method = FROM_BOUNDARY
        insp.school_coord_source = ""


def draft_for_write(session: Session, inspection_id: str) -> Inspection:
    insp = session.get(Inspection, inspection_id)
    if insp is None:
        raise UserError("找不到该检查记录。")
    if insp.status != "draft":
        raise UserError("该检查已完成并锁定，不能再修改；如需更正请使用“更正”。")
    return insp


ANSWER_FIELDS = ("outcome", "count", "measurement", "text", "choice", "note")


def answer_row(ctx: AppContext, insp: Inspection, view: InspectionView, ref: ItemRef) -> Answer:
    """The answer row of an item (loaded with the view in this session), created if missing."""
    row = view.answers.get(ref.key)
    if row is None:
        row = Answer(
            inspection_id=insp.id,
            template_id=ref.template_id,
            item_code=ref.code,
            created_by_device=ctx.device_id,
        )
        view.answers[ref.key] = row
    return row


def write_answer(
    session: Session,
    ctx: AppContext,
    insp: Inspection,
    view: InspectionView,
    ref: ItemRef,
    values: dict[str, Any],
) -> Answer:
    check_value(view, ref, values)
    row = answer_row(ctx, insp, view, ref)
    changed = False
    for name, value in values.items():
        old = getattr(row, name)
        if old == value:
            continue
        audit.record(
            session,
            inspection_id=insp.id,
            entity="answer",
            entity_id=row.id,
            field=f"{ref.template_id}/{ref.code}.{name}",
            old=old,
            new=value,
            actor=insp.lead_inspector_name,
            device=ctx.device_id,
        )
        setattr(row, name, value)
        changed = True
    if changed:
        if set(values) - {"note"}:
            row.answered_at = utcnow()
        row.touch(ctx.device_id)
        session.add(row)
    return row


_NUMBER_FIELD = {"count": "count", "measurement": "measurement"}
_VALUE_FIELD = {"count": "count", "measurement": "measurement", "text": "text", "choice": "choice"}


def check_value(view: InspectionView, ref: ItemRef, values: dict[str, Any]) -> None:
    """Refuse a figure outside the item's hard range, or a value its constraint rejects."""
    check_hard(ref.item, values.get(_NUMBER_FIELD.get(ref.item.answer, "")))
    _check_constraint(view, ref, values)


def _check_constraint(view: InspectionView, ref: ItemRef, values: dict[str, Any]) -> None:
    """Refuse a value its item's ``constraint`` rejects, with the item's own message."""
    name = _VALUE_FIELD.get(ref.item.answer)
    if not ref.item.constraint or name not in values or values[name] is None:
        return

    def lookup(code: str) -> Any:
        other = view.item(ref.template_id, code)
        if other is None:
            return None
        return condition_value(other.item, view.effective(other.key))

    # As in XLSForm, a constraint holds only while its item is asked: the conditions are read
    # on the answers as they stand, earlier answers of the same batch included.
    for condition in (ref.section.relevant, ref.item.relevant):
        if condition and not evaluate(parse_expression(condition), lookup):
            return
    if constraint_holds(ref.item, values[name], lookup):
        return
    if ref.item.constraint_message is not None:
        raise UserError("{}：{}", ref.code, ref.item.constraint_message)
    raise UserError("{}：取值 {} 不符合要求（{}）。", ref.code, values[name], ref.item.constraint)


def rescore(
    session: Session, ctx: AppContext, insp: Inspection, view: InspectionView | None = None
) -> ScoreResult:
    """Store the score of the answers as they now are (reusing ``view``'s live rows if given)."""
    if view is None:
        session.flush()
        view = load_in(session, ctx, insp.id)
    else:
        rescore_view(view)
    result = view.score
    for key, row in view.answers.items():
        s = result.items.get(key)
        deduction = s.deduction if s else 0.0
        if row.deduction != deduction:
            row.deduction = deduction
            session.add(row)
    insp.score = result.score
    insp.max_score = result.max_score
    insp.deductions = result.deductions
    insp.red_line = result.red_line
    insp.result = result.result
    insp.distance_warning = bool(view.distance and view.distance.warning)
    insp.touch(ctx.device_id)
    session.add(insp)
    return result
