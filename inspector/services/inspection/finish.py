"""Finishing an inspection (hash and lock) and amending it afterwards.

A finished inspection's answer rows never change again. Its ``content_hash``
is the SHA-256 of a canonical JSON of the header, the frozen templates, the
answers, the distance measurements and the photos' hashes, so anyone can check
that the record is the one that was finished (:func:`verify_content_hash`).
A correction is an :class:`Amendment` row next to the original answer, with the
reason and the person, plus audit rows of kind "amendment"; reports show the
amended value marked as such, and the score is recomputed from it.

Both work inside the caller's write session (:func:`finish_in`,
:func:`amend_in`) and know nothing of rectification cases: the step that
finishes or amends and then opens, settles or withdraws cases is
:mod:`inspector.services.followup.finish`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from inspector.domain.scoring import UNANSWERED, AnswerValue
from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.value_checks import check_hard
from inspector.services.inspection.view import InspectionView, ItemRef, load_in, load_inspection
from inspector.store.models.inspection import Amendment, Inspection
from inspector.store.types import utcnow

HASHED_HEADER = (
    "id",
    "site_id",
    "site_name",
    "site_kind",
    "grid",
    "kind",
    "parent_inspection_id",
    "lead_inspector_name",
    "lead_inspector_id_no",
    "co_inspector_name",
    "co_inspector_id_no",
    "location_text",
    "lat",
    "lon",
    "measures_taken",
    "notes",
)


@dataclass
class FinishCheck:
    """What the UI warns about before finishing (finishing is still allowed)."""

    unanswered: list[ItemRef] = field(default_factory=list)  # required items without answer
    missing_photos: list[ItemRef] = field(default_factory=list)  # failed, photo expected, none
    missing_notes: list[ItemRef] = field(default_factory=list)  # failed, note required, none
    distance_warning: bool = False  # within the margin: measure a second time
    distance_unmeasured: bool = False  # the rule applies and nothing decides yet

    @property
    def ok(self) -> bool:
        return not (
            self.unanswered
            or self.missing_photos
            or self.missing_notes
            or self.distance_warning
            or self.distance_unmeasured
        )

    def messages(self) -> list[str]:
        out = [f"未填写：{r.item.code} {r.item.text.zh_CN}" for r in self.unanswered]
        out += [f"缺少照片：{r.item.code} {r.item.text.zh_CN}" for r in self.missing_photos]
        out += [f"缺少说明：{r.item.code} {r.item.text.zh_CN}" for r in self.missing_notes]
        if self.distance_warning:
            out.append("距离接近限值，请由第二名检查员复测并记录。")
        if self.distance_unmeasured:
            out.append("尚未按政策规定的方法记录与学校的距离。")
        return out


def check_view(view: InspectionView) -> FinishCheck:
    check = FinishCheck()
    for ref in view.items:
        status = view.status(ref.key)  # "hidden" when the item's condition does not hold
        if status == UNANSWERED and ref.item.required:
            check.unanswered.append(ref)
        if status == "fail" and ref.item.photo_on_fail:
            if not view.photos_for(ref.template_id, ref.code):
                check.missing_photos.append(ref)
        if status == "fail" and ref.item.note_on_fail and not view.note(ref.key).strip():
            check.missing_notes.append(ref)
    if view.distance is not None and view.distance.applies:
        check.distance_warning = view.distance.warning
        check.distance_unmeasured = view.distance.needs_measurement
    return check


def finish_check(ctx: AppContext, inspection_id: str) -> FinishCheck:
    """Unanswered required items, missing photos and distance warnings, for the UI to show."""
    return check_view(load_inspection(ctx, inspection_id))


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def canonical_record(view: InspectionView) -> dict[str, Any]:
    """The finished record as plain data (what the content hash covers)."""
    insp = view.inspection
    header = {name: _plain(getattr(insp, name)) for name in HASHED_HEADER}
    header["started_at"] = insp.started_at.isoformat()
    answers = [
        {
            "template": a.template_id,
            "item": a.item_code,
            "outcome": a.outcome,
            "count": a.count,
            "measurement": a.measurement,
            "text": a.text,
            "choice": a.choice,
            "note": a.note,
        }
        for a in sorted(view.answers.values(), key=lambda a: (a.template_id, a.item_code))
    ]
    return {
        "header": header,
        "templates": [
            {"id": r.template_id, "version": r.template_version, "hash": r.content_hash}
            for r, _t in view.templates
        ],
        "answers": answers,
        "measurements": sorted(
            (
                {
                    "item": f"{m.template_id}/{m.item_code}",
                    "method": m.method,
                    "distance_m": m.distance_m,
                    "start": m.start_point,
                    "end": m.end_point,
                    "tool": m.tool,
                    "gps_accuracy_m": m.gps_accuracy_m,
                    "school": m.school_name,
                }
                for m in view.measurements
            ),
            key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False),
        ),
        "photos": sorted(
            (
                {
                    "item": f"{p.template_id}/{p.item_code}",
                    "purpose": p.purpose,
                    "original_sha256": p.original_sha256,
                    "stored_sha256": p.stored_sha256,
                }
                for p in view.photos
            ),
            key=lambda d: json.dumps(d, sort_keys=True),
        ),
    }


def content_hash_of(view: InspectionView) -> str:
    data = json.dumps(
        canonical_record(view), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def finish_in(
    s: Session,
    ctx: AppContext,
    inspection_id: str,
    finished_at: datetime | None = None,
    view: InspectionView | None = None,
) -> tuple[Inspection, InspectionView]:
    """Hash, lock and mark finished inside the caller's write session.

    Returns the inspection and the view it was hashed and scored from (the only
    load of the record while finishing), so that what follows a finished
    inspection in the same transaction (its rectification cases,
    :mod:`inspector.services.followup.finish`) works from the same snapshot.
    Finishing itself knows nothing of cases: call
    :func:`inspector.services.followup.finish.finish`, which does both.

    ``finished_at`` (default: now) is the end of the visit as written on the
    record, e.g. when a paper record is entered later; it must lie between the
    start and now. The audit row always carries the real time of finishing.
    ``view``, if given, is the inspection already read in this session (it is
    not read again).
    """
    now = utcnow()
    if finished_at is not None and (finished_at.tzinfo is None or finished_at > now):
        raise UserError("完成时间无效：应带时区且不晚于现在。")
    insp = s.get(Inspection, inspection_id)
    if insp is None:
        raise UserError("找不到该检查记录。")
    if insp.status == "finished":
        raise UserError("该检查已经完成。")
    if finished_at is not None and finished_at < insp.started_at:
        raise UserError("完成时间不能早于检查开始时间。")
    if view is None:
        view = load_in(s, ctx, inspection_id)
    _require_evidence(view)
    digest = content_hash_of(view)
    insp.status = "finished"
    insp.finished_at = finished_at or now
    insp.content_hash = digest
    insp.score = view.score.score
    insp.max_score = view.score.max_score
    insp.deductions = view.score.deductions
    insp.red_line = view.score.red_line
    insp.result = view.score.result
    insp.touch(ctx.device_id)
    s.add(insp)
    audit.record(
        s,
        inspection_id=insp.id,
        entity="inspection",
        entity_id=insp.id,
        field="status",
        old="draft",
        new={"status": "finished", "content_hash": digest, "score": view.score.score,
             "result": view.score.result},
        actor=insp.lead_inspector_name,
        device=ctx.device_id,
        kind="finish",
    )  # fmt: skip
    return insp, view


def _require_evidence(view: InspectionView) -> None:
    """Refuse to finish while a failed item lacks the photo or note its template demands."""
    check = check_view(view)
    for ref in check.missing_photos:
        raise UserError(
            "检查项 {} “{}”不合格，模板要求附照片：请先拍照或添加照片再完成检查。",
            ref.code,
            ref.item.text,
        )
    for ref in check.missing_notes:
        raise UserError(
            "检查项 {} “{}”不合格，模板要求填写说明：请先写明发现的问题再完成检查。",
            ref.code,
            ref.item.text,
        )


def verify_content_hash(ctx: AppContext, inspection_id: str) -> bool:
    """True when the finished record still hashes to the stored value."""
    view = load_inspection(ctx, inspection_id)
    if view.inspection.status != "finished":
        return False
    return content_hash_of(view) == view.inspection.content_hash


_UNSET: Any = object()
VALUE_FIELDS = ("outcome", "count", "measurement", "text", "choice")


def _validate(ref: ItemRef, value: AnswerValue) -> None:
    item = ref.item
    if value.outcome not in (None, "pass", "fail", "na"):
        raise UserError("无效的结论 {!r}。", value.outcome)
    if value.outcome in ("pass", "fail") and item.answer != "pass_fail":
        raise UserError("检查项 {} 不是合格/不合格项。", item.code)
    if value.count is not None and (not isinstance(value.count, int) or value.count < 0):
        raise UserError("数量应为不小于 0 的整数。")
    if value.choice is not None and value.choice not in {c.code for c in item.choices}:
        raise UserError("检查项 {} 没有选项 {!r}。", item.code, value.choice)


def _amend_in(
    session: Session,
    ctx: AppContext,
    insp: Inspection,
    view: InspectionView,
    ref: ItemRef,
    new: dict[str, Any],
    reason: str,
    actor: str,
) -> Amendment:
    current = view.effective(ref.key) or AnswerValue()
    merged = {name: getattr(current, name) for name in VALUE_FIELDS}
    merged.update(new)
    _validate(ref, AnswerValue(**merged))
    am = Amendment(
        inspection_id=insp.id,
        template_id=ref.template_id,
        item_code=ref.code,
        reason=reason,
        actor=actor,
        created_by_device=ctx.device_id,
        **merged,
    )
    session.add(am)
    for name in VALUE_FIELDS:
        if merged[name] != getattr(current, name):
            audit.record(
                session,
                inspection_id=insp.id,
                entity="amendment",
                entity_id=am.id,
                field=f"{ref.template_id}/{ref.code}.{name}",
                old=getattr(current, name),
                new=merged[name],
                actor=actor,
                device=ctx.device_id,
                kind="amendment",
                reason=reason,
            )
    return am


@dataclass
class AmendResult:
    """One amendment made inside a write session, with the record before and after it."""

    amendment: Amendment
    inspection: Inspection
    before: InspectionView  # the answers in force before this amendment
    after: InspectionView  # rescored with the amendment in force
    key: tuple[str, str]  # the amended item
    reason: str
    actor: str

    @property
    def changed_keys(self) -> list[tuple[str, str]]:
        """The amended item, then the items it hides or shows again (conditions naming it)."""
        return [self.key, *sorted(self.before.hidden ^ self.after.hidden)]


def amend_in(
    s: Session,
    ctx: AppContext,
    inspection_id: str,
    template_id: str,
    item_code: str,
    *,
    reason: str,
    actor: str | None = None,
    outcome: Any = _UNSET,
    count: Any = _UNSET,
    measurement: Any = _UNSET,
    text: Any = _UNSET,
    choice: Any = _UNSET,
) -> AmendResult:
    """Correct one answer of a finished inspection inside the caller's write session.

    The original stays, the reason is kept. Only the values given change (the
    others carry over from the answer in force). The score and result are
    recomputed from the amended answers and the change of result is logged too.
    The item's case follows in :func:`inspector.services.followup.finish.amend`.
    """
    reason = (reason or "").strip()
    if not reason:
        raise UserError("更正必须说明理由。")
    given = {
        k: v
        for k, v in {
            "outcome": outcome,
            "count": count,
            "measurement": measurement,
            "text": text,
            "choice": choice,
        }.items()
        if v is not _UNSET
    }
    if not given:
        raise UserError("没有要更正的内容。")
    if "outcome" not in given and set(given) & {"count", "measurement", "text", "choice"}:
        given["outcome"] = None  # a value replaces an earlier N/A
    insp = s.get(Inspection, inspection_id)
    if insp is None:
        raise UserError("找不到该检查记录。")
    if insp.status != "finished":
        raise UserError("检查尚未完成，请直接修改答案。")
    view = load_in(s, ctx, inspection_id)
    ref = view.item(template_id, item_code)
    if ref is None:
        raise UserError("该检查中没有检查项 {}。", item_code)
    if ref.item.answer in ("count", "measurement"):
        check_hard(ref.item, given.get(ref.item.answer))  # the reason covers a surprise
    who = (actor or ctx.settings.inspector_name or insp.lead_inspector_name).strip()
    am = _amend_in(s, ctx, insp, view, ref, given, reason, who)
    s.flush()
    after_view = load_in(s, ctx, inspection_id)
    after = after_view.score
    for name in ("score", "deductions", "red_line", "result"):
        old, new = getattr(insp, name), getattr(after, name)
        if old != new:
            audit.record(
                s,
                inspection_id=insp.id,
                entity="inspection",
                entity_id=insp.id,
                field=name,
                old=old,
                new=new,
                actor=who,
                device=ctx.device_id,
                kind="amendment",
                reason=reason,
            )
            setattr(insp, name, new)
    insp.max_score = after.max_score
    insp.amendment_count = (insp.amendment_count or 0) + 1
    insp.touch(ctx.device_id)
    s.add(insp)
    return AmendResult(am, insp, view, after_view, ref.key, reason, who)
