"""The inspection walk-through: start, header, answers, distance measurements.

Every call is one unit of work (:func:`write_session`): the change, its audit
rows (old value, new value, time, lead inspector, device) and the recomputed
score commit together, or nothing does. There is no Save button because there
is nothing left unsaved. A finished inspection refuses every write here; a
correction after finishing is an amendment (:mod:`~inspector.services.followup.finish`).

Reading is :func:`inspector.services.inspection.view.load_inspection`; finishing
and amending go through :mod:`inspector.services.followup.finish` (which opens
or settles the cases too); photos in
:mod:`inspector.services.inspection.photos`; lists in :mod:`inspector.services.inspection.query`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from inspector.domain.datum import source as source_of
from inspector.domain.scoring import NA, ScoreResult
from inspector.domain.templates import Template
from inspector.domain.text import Message, joined
from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.policy import distance_policy
from inspector.services.core.value_checks import (
    length_problems,
)
from inspector.services.inspection.answer_save import AnswerResult, save_answer
from inspector.services.inspection.view import load_in
from inspector.services.inspection.writes import (
    ANSWER_FIELDS,
    draft_for_write,
    parse_coords,
    rescore,
    update_distance,
    write_answer,
)
from inspector.store.engine import write_session
from inspector.store.models import Site
from inspector.store.models.inspection import (
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

# The header's text fields as a length refusal names them.
HEADER_LABELS = {
    "lead_inspector_name": Message("主检查员"),
    "lead_inspector_id_no": Message("主检查员证件号"),
    "co_inspector_name": Message("协检员"),
    "co_inspector_id_no": Message("协检员证件号"),
    "location_text": Message("检查地点"),
}


@dataclass(frozen=True)
class Person:
    name: str
    id_no: str = ""


# --- start --------------------------------------------------------------------------------


def propose_templates(ctx: AppContext, site_kind: str) -> list[Template]:
    """Templates that apply to a site of this kind (shared lists first); the UI pre-ticks all."""
    return ctx.catalog.for_site_kind(site_kind)


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
    coord_source: str | None = None,
) -> Inspection:
    if not template_ids:
        raise UserError("请至少选择一张检查表。")
    templates: list[Template] = []
    for tid in dict.fromkeys(template_ids):
        t = ctx.catalog.get(tid)
        if t is None:
            raise UserError("找不到检查表 {}，请检查模板文件夹。", tid)
        templates.append(t)
    lead = lead or Person(ctx.settings.inspector_name, ctx.settings.inspector_id_no)
    co = co or Person("")
    if started_at is not None and started_at.tzinfo is None:
        raise UserError("检查时间缺少时区。")
    if coordinates is None:
        lat, lon = site.lat, site.lon
        source = site.coord_source
    else:
        source = coord_source or source_of("typed")
        lat, lon = parse_coords(coordinates, source)
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
        coord_source=source if lat is not None else "",
        created_by_device=ctx.device_id,
    )
    too_long = length_problems(
        Inspection, {f: getattr(insp, f) for f in HEADER_LABELS}, HEADER_LABELS
    )
    if too_long:  # the inspectors' names and numbers as typed in the start dialog or settings
        raise UserError("{}。", joined(too_long))
    update_distance(session, ctx, insp)
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
                write_answer(session, ctx, insp, view, ref, {"outcome": NA, "note": note})
    rescore(session, ctx, insp)
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
    coord_source: str | None = None,
) -> Inspection:
    """Begin a draft inspection of a registered site with the chosen templates (frozen now).

    ``lead`` defaults to the inspector in the settings; ``location_text`` and
    ``coordinates`` default to the site's address and coordinates. ``coord_source``
    (``origin:datum``, see :mod:`inspector.domain.datum`) says which map typed
    coordinates came from; GCJ-02 and BD-09 are converted to WGS-84.
    """
    with write_session(ctx.engine) as s:
        site = s.get(Site, site_id)
        if site is None:
            raise UserError("找不到该场所，可能已被删除。")
        return _start_in(
            s, ctx, site, template_ids, lead, co, started_at, location_text, coordinates,
            coord_source,
        )  # fmt: skip


def start_for_new_site(
    ctx: AppContext, site_data: Any, template_ids: Sequence[str], **header: Any
) -> Inspection:
    """Create the site on the spot (a :class:`register.SiteData`) and start, in one transaction."""
    from inspector.services.register.entries import save_site_in

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
            header.get("coord_source"),
        )


# --- header -------------------------------------------------------------------------------


def set_header(ctx: AppContext, inspection_id: str, **changes: Any) -> Inspection:
    """Change header fields; ``coordinates`` takes "25.79, 113.04" text, a (lat, lon) pair or None.

    Fields: lead_inspector_name, lead_inspector_id_no, co_inspector_name,
    co_inspector_id_no, location_text, started_at (aware datetime),
    measures_taken, notes, coordinates.
    """
    unknown = set(changes) - set(HEADER_FIELDS) - {"coordinates", "coord_source"}
    if unknown:
        raise ValueError(f"unknown header fields {sorted(unknown)}")
    with write_session(ctx.engine) as s:
        insp = draft_for_write(s, inspection_id)
        new_values = dict(changes)
        source = new_values.pop("coord_source", None) or source_of("typed")
        if "coordinates" in new_values:
            lat, lon = parse_coords(new_values.pop("coordinates"), source)
            new_values["lat"], new_values["lon"] = lat, lon
            new_values["coord_source"] = source if lat is not None else ""
        too_long = length_problems(Inspection, new_values, HEADER_LABELS)
        if too_long:
            raise UserError("{}。", joined(too_long))
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
            if "lat" in new_values or "coord_source" in new_values:
                update_distance(s, ctx, insp)
                rescore(s, ctx, insp)
            insp.touch(ctx.device_id)
            s.add(insp)
        return insp


# --- answers ------------------------------------------------------------------------------


def _answer(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, values: dict[str, Any],
    kinds: tuple[str, ...] | None, confirmed: bool = False,
) -> AnswerResult:  # fmt: skip
    """One answer (:func:`~inspector.services.inspection.answer_save.save_answer`); a count or
    measurement outside its plausible range needs ``confirmed``."""
    return save_answer(ctx, inspection_id, template_id, item_code, values, kinds, confirmed)


def set_outcome(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, outcome: str | None
) -> AnswerResult:
    """ "pass" / "fail" for a pass/fail item; "na" (not applicable) for any item; None clears."""
    if outcome not in (*OUTCOMES, None):
        raise UserError("无效的结论 {!r}。", outcome)
    kinds = None if outcome in ("na", None) else ("pass_fail",)
    return _answer(ctx, inspection_id, template_id, item_code, {"outcome": outcome}, kinds)


def set_count(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, count: int | None,
    *, confirmed: bool = False,
) -> AnswerResult:  # fmt: skip
    """A count; one outside the item's plausible range needs ``confirmed=True``."""
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 0):
        raise UserError("数量应为不小于 0 的整数。")
    values = {"count": count, "outcome": None}
    return _answer(ctx, inspection_id, template_id, item_code, values, ("count",), confirmed)


def set_measurement(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str, value: float | None,
    *, confirmed: bool = False,
) -> AnswerResult:  # fmt: skip
    """A measurement; one outside the item's plausible range needs ``confirmed=True``."""
    if value is not None:
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise UserError("测量值应为数字。") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise UserError("测量值应为有限的数字。")
    values = {"measurement": value, "outcome": None}
    kinds = ("measurement",)
    return _answer(ctx, inspection_id, template_id, item_code, values, kinds, confirmed)


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


def answer_many(
    ctx: AppContext,
    inspection_id: str,
    answers: Sequence[tuple[str, str, dict[str, Any]]],
) -> ScoreResult:
    """Several answers in one transaction (templates pre-filled, demo data, imports).

    Each entry is ``(template_id, item_code, values)`` with values among
    outcome, count, measurement, text, choice, note; every changed field is
    logged as with the single-answer calls, and the score is computed once.
    """
    with write_session(ctx.engine) as s:
        insp = draft_for_write(s, inspection_id)
        view = load_in(s, ctx, inspection_id, scored=False)
        for template_id, item_code, values in answers:
            ref = view.item(template_id, item_code)
            if ref is None:
                raise UserError("该检查中没有检查项 {}。", item_code)
            unknown = set(values) - set(ANSWER_FIELDS)
            if unknown:
                raise ValueError(f"unknown answer fields {sorted(unknown)}")
            choice = values.get("choice")
            if choice is not None and choice not in {c.code for c in ref.item.choices}:
                raise UserError("检查项 {} 没有选项 {!r}。", item_code, choice)
            outcome = values.get("outcome")
            if outcome in ("pass", "fail") and ref.item.answer != "pass_fail":
                raise UserError("检查项 {} 不是合格/不合格项。", item_code)
            write_answer(s, ctx, insp, view, ref, values)
        return rescore(s, ctx, insp, view)


# The 200 m rule lives in its own module; its calls are part of this API too.
from inspector.services.inspection.distance import record_distance, remove_distance  # noqa: E402

__all__ = [
    "AnswerResult",
    "Person",
    "answer_many",
    "propose_templates",
    "record_distance",
    "remove_distance",
    "set_choice",
    "set_count",
    "set_header",
    "set_measurement",
    "set_note",
    "set_outcome",
    "set_text",
    "start_for_new_site",
    "start_inspection",
]
