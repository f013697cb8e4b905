"""The 200 m rule in an inspection: recording measured distances.

The distance item's answer is the shortest distance measured by the policy's
deciding method; the straight line from the coordinates is a cross-check kept
on the inspection. Figures within the margin of the limit raise a warning until
a second measurement by the deciding method is recorded.
"""

from __future__ import annotations

from sqlmodel import Session

from inspector.domain.plausible import contradicts_computed, plausible_range
from inspector.domain.policy import METHODS
from inspector.domain.text import Message, joined
from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.value_checks import (
    ImplausibleValue,
    length_problems,
    record_confirmation,
    surprise,
    with_confirmation,
)
from inspector.services.inspection.view import ItemRef, load_in
from inspector.services.inspection.writes import draft_for_write, rescore, write_answer
from inspector.store.engine import write_session
from inspector.store.models.inspection import DistanceMeasurement, Inspection

MEASUREMENT_LABELS = {"start_point": Message("起点"), "end_point": Message("终点"),
                      "tool": Message("测量工具")}  # fmt: skip
GPS_ACCURACY_MAX_M = 10_000  # a fix worse than this locates a town, not a shop


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
    confirmed: bool = False,
) -> DistanceMeasurement:
    """Record one measured distance; the item's answer becomes the shortest distance by
    the deciding method (a red-line failure under the limit).

    A distance far outside the item's plausible range, or far from the straight line
    computed from the coordinates, raises :class:`ImplausibleValue` unless ``confirmed``;
    a confirmed one is said in the measurement's and the answer's note and the audit log.
    """
    if method not in METHODS:
        raise UserError("未知的测量方法 {!r}。", method)
    try:
        distance_m = round(float(distance_m), 1)
    except (TypeError, ValueError):
        raise UserError("距离应为米数。") from None
    if not (0 <= distance_m < 100_000):
        raise UserError("距离应为 0 到 100000 米之间的数。")
    if gps_accuracy_m is not None and gps_accuracy_m < 0:
        raise UserError("GPS 精度不能为负数。")
    if gps_accuracy_m is not None and gps_accuracy_m > GPS_ACCURACY_MAX_M:
        raise UserError("GPS 精度 {:g} 米不可能用于测距（最多 {} 米），未保存。", gps_accuracy_m,
                        GPS_ACCURACY_MAX_M)  # fmt: skip
    texts = {"start_point": start_point, "end_point": end_point, "tool": tool}
    if too_long := length_problems(DistanceMeasurement, texts, MEASUREMENT_LABELS):
        raise UserError("{}。", joined(too_long))
    with write_session(ctx.engine) as s:
        insp = draft_for_write(s, inspection_id)
        view = load_in(s, ctx, inspection_id)
        ref = view.item(template_id, item_code)
        if ref is None or not ref.is_distance:
            raise UserError("检查项 {} 不是距离检查项。", item_code)
        why = _distance_surprise(ref.item, distance_m, insp.computed_distance_m)
        if why is not None and not confirmed:
            raise ImplausibleValue(
                why, value=distance_m, unit="m", computed_m=insp.computed_distance_m,
                expected=plausible_range(ref.item),
            )  # fmt: skip
        if why is not None:
            note = with_confirmation(note, why)
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
        if why is not None:
            record_confirmation(
                s, inspection_id=insp.id, entity="distance_measurement", entity_id=m.id,
                field="distance_m", why=why, value=distance_m, actor=insp.lead_inspector_name,
                device=ctx.device_id,
            )  # fmt: skip
        apply_distance(s, ctx, insp, ref, confirmed=why)
        return m


def _distance_surprise(item, distance_m: float, computed_m: float | None) -> Message | None:
    """Why a measured distance needs a confirmation: it contradicts the straight line from
    the coordinates; or, with nothing computed, it lies far outside the item's plausible
    range (a figure the coordinates agree with is never asked about)."""
    if computed_m is None:
        return surprise(item, distance_m)
    if contradicts_computed(distance_m, computed_m):
        return Message(
            "实测距离 {:.1f} 米与按坐标计算的直线距离 {:.1f} 米相差悬殊。", distance_m, computed_m
        )
    return None


def remove_distance(ctx: AppContext, measurement_id: str) -> None:
    with write_session(ctx.engine) as s:
        m = s.get(DistanceMeasurement, measurement_id)
        if m is None:
            raise UserError("找不到该测量记录。")
        insp = draft_for_write(s, m.inspection_id)
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
            apply_distance(s, ctx, insp, ref, removed=True)


def apply_distance(
    session: Session, ctx: AppContext, insp: Inspection, ref: ItemRef, removed: bool = False,
    confirmed: Message | None = None,
) -> None:  # fmt: skip
    """Set the item's answer to the deciding distance (cleared when its last one was removed);
    ``confirmed``: the surprise the inspector confirmed, added to the answer's note."""
    session.flush()
    view = load_in(session, ctx, insp.id)
    verdict = view.distance
    decided = verdict.deciding_distance_m if verdict is not None else None
    if decided is not None or removed:
        write_answer(session, ctx, insp, view, ref, {"measurement": decided, "outcome": None})
    if confirmed is not None:
        row = view.answers.get(ref.key)
        note = with_confirmation(row.note if row else "", confirmed)
        if row is None or note != row.note:
            write_answer(session, ctx, insp, view, ref, {"note": note})
    rescore(session, ctx, insp, view)
