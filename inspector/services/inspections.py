"""The inspection walk-through: start, header, answers, distance measurements.

Every call is one unit of work (:func:`write_session`): the change, its audit
rows (old value, new value, time, lead inspector, device) and the recomputed
score commit together, or nothing does. There is no Save button because there
is nothing left unsaved. A finished inspection refuses every write here; a
correction after finishing is an amendment (:mod:`inspection_finish`).

Reading is :func:`inspector.services.inspection_view.load_inspection`; finishing
and amending are in :mod:`inspector.services.inspection_finish`; photos in
:mod:`inspector.services.photos`; lists in :mod:`inspector.services.inspections_query`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from inspector.domain.distance import (
    CoordinateError,
    parse_coordinates,
    school_distances,
    validate_coordinates,
)
from inspector.domain.policy import METHODS
from inspector.domain.scoring import NA, ScoreResult
from inspector.domain.templates import Template
from inspector.services import audit
from inspector.services.context import AppContext
from inspector.services.errors import UserError
from inspector.services.inspection_view import InspectionView, ItemRef, load_in
from inspector.services.policy import distance_policy
from inspector.services.school_distance import school_points
from inspector.store.engine import write_session
from inspector.store.models import Site
from inspector.store.models.inspection import (
    Answer,
    DistanceMeasurement,
    Inspection,
    InspectionTemplate,
)
from inspector.store.types import utcnow

OUTCOMES = ("pass", "fail", "na")
HEADER_FIELDS = (
    "lead_inspector_name",
    "lead_inspector_id_no",
    "co_inspector_name",
    "co_inspector_id_no",
    "location_text",
    "started_at",
    "measures_taken",
    "notes",
)


@dataclass(frozen=True)
class Person:
    name: str
    id_no: str = ""


@dataclass(frozen=True)
class AnswerResult:
    """What the UI needs after one answer: the stored row and the new live score."""

    answer: Answer
    score: ScoreResult
    distance_warning: bool = False


# --- start --------------------------------------------------------------------------------


def propose_templates(ctx: AppContext, site_kind: str) -> list[Template]:
    """Templates that apply to a site of this kind (shared lists first); the UI pre-ticks all."""
    return ctx.catalog.for_site_kind(site_kind)


def _coords(value: str | tuple[float, float] | None) -> tuple[float | None, float | None]:
    if value is None:
        return None, None
    try:
        if isinstance(value, str):
            parsed = parse_coordinates(value)
            return (None, None) if parsed is None else parsed
        return validate_coordinates(float(value[0]), float(value[1]))
    except CoordinateError as exc:
        raise UserError(str(exc)) from None


def _update_distance(session: Session, ctx: AppContext, insp: Inspection) -> None:
    """Recompute the straight line to the nearest school from the inspection's coordinates."""
    policy = distance_policy(ctx)
    if insp.lat is None or insp.lon is None:
        insp.computed_distance_m = None
        insp.nearest_school_name = ""
        insp.distance_limit_m = policy.limit_for(insp.site_kind)
        return
    near = school_distances(insp.lat, insp.lon, school_points(session), policy, insp.site_kind)
    if near:
        insp.computed_distance_m = near[0].distance_m
        insp.nearest_school_name = near[0].school_name
        insp.distance_limit_m = near[0].limit_m
    else:
        insp.computed_distance_m = None
        insp.nearest_school_name = ""
        insp.distance_limit_m = policy.limit_for(insp.site_kind)


def _start_in(
    session: Session,
    ctx: AppContext,
    site: Site,
    template_ids: Sequence[str],
    lead: Person | None,
    co: Person | None,
    started_at: datetime | None,
    location_text: str | None,
    coordinates: str | tuple[float, float] | None,
) -> Inspection:
    if not template_ids:
        raise UserError("请至少选择一张检查表。")
    templates: list[Template] = []
    for tid in dict.fromkeys(template_ids):
        t = ctx.catalog.get(tid)
        if t is None:
            raise UserError(f"找不到检查表 {tid}，请检查模板文件夹。")
        templates.append(t)
    lead = lead or Person(ctx.settings.inspector_name, ctx.settings.inspector_id_no)
    co = co or Person("")
    if started_at is not None and started_at.tzinfo is None:
        raise UserError("检查时间缺少时区。")
    if coordinates is None:
        lat, lon = site.lat, site.lon
    else:
        lat, lon = _coords(coordinates)
    insp = Inspection(
        site_id=site.id,
        site_name=site.name,
        site_kind=site.kind,
        grid=site.grid,
        started_at=started_at or utcnow(),
        lead_inspector_name=lead.name.strip(),
        lead_inspector_id_no=lead.id_no.strip(),
        co_inspector_name=co.name.strip(),
        co_inspector_id_no=co.id_no.strip(),
        location_text=(site.address if location_text is None else location_text).strip(),
        lat=lat,
        lon=lon,
        created_by_device=ctx.device_id,
    )
    _update_distance(session, ctx, insp)
    session.add(insp)
    session.flush()
    for pos, t in enumerate(templates):
        session.add(
            InspectionTemplate(
                inspection_id=insp.id,
                template_id=t.id,
                template_version=t.version,
                content_hash=t.content_hash,
                content=json.dumps(t.data, ensure_ascii=False, sort_keys=True),
                position=pos,
                created_by_device=ctx.device_id,
            )
        )
    audit.record(
        session,
        inspection_id=insp.id,
        entity="inspection",
        entity_id=insp.id,
        field="created",
        old=None,
        new={"site": site.name, "templates": [f"{t.id}@{t.version}" for t in templates]},
        actor=insp.lead_inspector_name,
        device=ctx.device_id,
    )
    session.flush()
    # Distance items of a kind the policy does not restrict are not applicable: say so.
    policy = distance_policy(ctx)
    if not policy.applies_to(site.kind):
        view = load_in(session, ctx, insp.id)
        for ref in view.items:
            if ref.is_distance:
                note = "本地距离政策未对此类场所作距离要求。"
                _write(session, ctx, insp, view, ref, {"outcome": NA, "note": note})
    _rescore(session, ctx, insp)
    return insp


def start_inspection(
    ctx: AppContext,
    site_id: str,
    template_ids: Sequence[str],
    *,
    lead: Person | None = None,
    co: Person | None = None,
    started_at: datetime | None = None,
    location_text: str | None = None,
    coordinates: str | tuple[float, float] | None = None,
) -> Inspection:
    """Begin a draft inspection of a registered site with the chosen templates (frozen now).

    ``lead`` defaults to the inspector in the settings; ``location_text`` and
    ``coordinates`` default to the site's address and coordinates.
    """
    with write_session(ctx.engine) as s:
        site = s.get(Site, site_id)
        if site is None:
            raise UserError("找不到该场所，可能已被删除。")
        return _start_in(
            s, ctx, site, template_ids, lead, co, started_at, location_text, coordinates
        )


def start_for_new_site(
    ctx: AppContext, site_data: Any, template_ids: Sequence[str], **header: Any
) -> Inspection:
    """Create the site on the spot (a :class:`register.SiteData`) and start, in one transaction."""
    from inspector.services.register import save_site_in

    with write_session(ctx.engine) as s:
        site = save_site_in(s, ctx.device_id, site_data)
        s.flush()
        return _start_in(
            s,
            ctx,
            site,
            template_ids,
            header.get("lead"),
            header.get("co"),
            header.get("started_at"),
            header.get("location_text"),
            header.get("coordinates"),
        )


# --- header -------------------------------------------------------------------------------


def _draft(session: Session, inspection_id: str) -> Inspection:
    insp = session.get(Inspection, inspection_id)
    if insp is None:
        raise UserError("找不到该检查记录。")
    if insp.status != "draft":
        raise UserError("该检查已完成并锁定，不能再修改；如需更正请使用“更正”。")
    return insp


def set_header(ctx: AppContext, inspection_id: str, **changes: Any) -> Inspection:
    """Change header fields; ``coordinates`` takes "25.79, 113.04" text, a (lat, lon) pair or None.

    Fields: lead_inspector_name, lead_inspector_id_no, co_inspector_name,
    co_inspector_id_no, location_text, started_at (aware datetime),
    measures_taken, notes, coordinates.
    """
    unknown = set(changes) - set(HEADER_FIELDS) - {"coordinates"}
    if unknown:
        raise ValueError(f"unknown header fields {sorted(unknown)}")
    with write_session(ctx.engine) as s:
        insp = _draft(s, inspection_id)
        new_values = dict(changes)
        if "coordinates" in new_values:
            lat, lon = _coords(new_values.pop("coordinates"))
            new_values["lat"], new_values["lon"] = lat, lon
        started = new_values.get("started_at")
        if started is not None and (not isinstance(started, datetime) or started.tzinfo is None):
            raise UserError("检查时间无效。")
        changed = False
        for name, value in new_values.items():
            if isinstance(value, str):
                value = value.strip()
            old = getattr(insp, name)
            if old == value:
                continue
            audit.record(
                s,
                inspection_id=insp.id,
                entity="inspection",
                entity_id=insp.id,
                field=name,
                old=old,
                new=value,
                actor=insp.lead_inspector_name if name != "lead_inspector_name" else value,
                device=ctx.device_id,
            )
            setattr(insp, name, value)
            changed = True
        if changed:
            if "lat" in new_values:
                _update_distance(s, ctx, insp)
                _rescore(s, ctx, insp)
            insp.touch(ctx.device_id)
            s.add(insp)
        return insp


# --- answers ------------------------------------------------------------------------------

ANSWER_FIELDS = ("outcome", "count", "measurement", "text", "choice", "note")


def _answer_row(session: Session, ctx: AppContext, insp: Inspection, ref: ItemRef) -> Answer:
    row = session.exec(
        select(Answer).where(
            Answer.inspection_id == insp.id,
            Answer.template_id == ref.template_id,
            Answer.item_code == ref.item.code,
        )
    ).first()
    if row is None:
        row = Answer(
            inspection_id=insp.id,
            template_id=ref.template_id,
            item_code=ref.item.code,
            created_by_device=ctx.device_id,
        )
        session.add(row)
    return row


def _write(
    session: Session,
    ctx: AppContext,
    insp: Inspection,
    view: InspectionView,
    ref: ItemRef,
    values: dict[str, Any],
) -> Answer:
    row = _answer_row(session, ctx, insp, ref)
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
            field=f"{ref.template_id}/{ref.item.code}.{name}",
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


def _rescore(session: Session, ctx: AppContext, insp: Inspection) -> ScoreResult:
    session.flush()
    view = load_in(session, ctx, insp.id)
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


def _answer(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, values: dict[str, Any],
    kinds: tuple[str, ...] | None,
) -> AnswerResult:  # fmt: skip
    with write_session(ctx.engine) as s:
        insp = _draft(s, inspection_id)
        view = load_in(s, ctx, inspection_id)
        ref = view.item(template_id, item_code)
        if ref is None:
            raise UserError(f"该检查中没有检查项 {item_code}。")
        if kinds is not None and ref.item.answer not in kinds:
            raise UserError(f"检查项 {item_code} 不是这种答题方式（应为 {ref.item.answer}）。")
        choice = values.get("choice")
        if choice is not None and choice not in {c.code for c in ref.item.choices}:
            raise UserError(f"检查项 {item_code} 没有选项 {choice!r}。")
        row = _write(s, ctx, insp, view, ref, values)
        result = _rescore(s, ctx, insp)
        return AnswerResult(row, result, insp.distance_warning)


def set_outcome(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, outcome: str | None
) -> AnswerResult:
    """ "pass" / "fail" for a pass/fail item; "na" (not applicable) for any item; None clears."""
    if outcome not in (*OUTCOMES, None):
        raise UserError(f"无效的结论 {outcome!r}。")
    kinds = None if outcome in ("na", None) else ("pass_fail",)
    return _answer(ctx, inspection_id, template_id, item_code, {"outcome": outcome}, kinds)


def set_count(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, count: int | None
) -> AnswerResult:
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
        raise UserError("数量应为不小于 0 的整数。")
    values = {"count": count, "outcome": None}
    return _answer(ctx, inspection_id, template_id, item_code, values, ("count",))


def set_measurement(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, value: float | None
) -> AnswerResult:
    if value is not None:
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise UserError("测量值应为数字。") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise UserError("测量值应为有限的数字。")
    values = {"measurement": value, "outcome": None}
    return _answer(ctx, inspection_id, template_id, item_code, values, ("measurement",))


def set_text(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, text: str | None
) -> AnswerResult:
    values = {"text": text.strip() if text else None, "outcome": None}
    return _answer(ctx, inspection_id, template_id, item_code, values, ("text",))


def set_choice(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, choice: str | None
) -> AnswerResult:
    values = {"choice": choice, "outcome": None}
    return _answer(ctx, inspection_id, template_id, item_code, values, ("choice",))


def set_note(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, note: str
) -> AnswerResult:
    return _answer(ctx, inspection_id, template_id, item_code, {"note": note.strip()}, None)


# --- the 200 m rule -----------------------------------------------------------------------


def record_distance(
    ctx: AppContext,
    inspection_id: str,
    template_id: str,
    item_code: str,
    *,
    method: str,
    distance_m: float,
    school_id: str | None = None,
    school_name: str = "",
    start_point: str = "",
    end_point: str = "",
    tool: str = "",
    gps_accuracy_m: float | None = None,
    measured_by: str | None = None,
    note: str = "",
) -> DistanceMeasurement:
    """Record one measured distance; the item's answer becomes the shortest distance by
    the deciding method (a red-line failure under the limit)."""
    if method not in METHODS:
        raise UserError(f"未知的测量方法 {method!r}。")
    try:
        distance_m = round(float(distance_m), 1)
    except (TypeError, ValueError):
        raise UserError("距离应为米数。") from None
    if not (0 <= distance_m < 100_000):
        raise UserError("距离应为 0 到 100000 米之间的数。")
    if gps_accuracy_m is not None and gps_accuracy_m < 0:
        raise UserError("GPS 精度不能为负数。")
    with write_session(ctx.engine) as s:
        insp = _draft(s, inspection_id)
        view = load_in(s, ctx, inspection_id)
        ref = view.item(template_id, item_code)
        if ref is None or not ref.is_distance:
            raise UserError(f"检查项 {item_code} 不是距离检查项。")
        m = DistanceMeasurement(
            inspection_id=insp.id,
            template_id=template_id,
            item_code=item_code,
            method=method,
            distance_m=distance_m,
            school_id=school_id,
            school_name=school_name.strip(),
            start_point=start_point.strip(),
            end_point=end_point.strip(),
            tool=tool.strip(),
            gps_accuracy_m=gps_accuracy_m,
            measured_by=(measured_by if measured_by is not None else insp.lead_inspector_name),
            note=note.strip(),
            created_by_device=ctx.device_id,
        )
        s.add(m)
        audit.record(
            s,
            inspection_id=insp.id,
            entity="distance_measurement",
            entity_id=m.id,
            field="created",
            old=None,
            new={"method": method, "distance_m": distance_m, "start": m.start_point,
                 "end": m.end_point, "tool": m.tool, "gps_accuracy_m": gps_accuracy_m},
            actor=insp.lead_inspector_name,
            device=ctx.device_id,
        )  # fmt: skip
        _apply_distance(s, ctx, insp, ref)
        return m


def remove_distance(ctx: AppContext, measurement_id: str) -> None:
    with write_session(ctx.engine) as s:
        m = s.get(DistanceMeasurement, measurement_id)
        if m is None:
            raise UserError("找不到该测量记录。")
        insp = _draft(s, m.inspection_id)
        audit.record(
            s,
            inspection_id=insp.id,
            entity="distance_measurement",
            entity_id=m.id,
            field="deleted",
            old={"method": m.method, "distance_m": m.distance_m},
            new=None,
            actor=insp.lead_inspector_name,
            device=ctx.device_id,
        )
        s.delete(m)
        s.flush()
        view = load_in(s, ctx, insp.id)
        ref = view.item(m.template_id, m.item_code)
        if ref is not None:
            _apply_distance(s, ctx, insp, ref)


def _apply_distance(session: Session, ctx: AppContext, insp: Inspection, ref: ItemRef) -> None:
    session.flush()
    view = load_in(session, ctx, insp.id)
    verdict = view.distance
    if verdict is not None and verdict.deciding_distance_m is not None:
        _write(
            session,
            ctx,
            insp,
            view,
            ref,
            {"measurement": verdict.deciding_distance_m, "outcome": None},
        )
    _rescore(session, ctx, insp)
