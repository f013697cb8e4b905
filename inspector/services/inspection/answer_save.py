"""Saving one answer: checked, written with its audit rows and the new score, in one transaction.

:func:`save_answer` is what every single-answer call of
:mod:`~inspector.services.inspection.walk` (``set_outcome``, ``set_count`` …) ends in.
It opens one transaction (``BEGIN IMMEDIATE``) on the saves' own connection
(:mod:`~inspector.services.inspection.answer_cache`) and then takes one of two roads:

* **kept view** (:func:`_fast`): the inspection as the previous save of it left it
  is still what the database holds (no other connection committed since). The
  item is found and checked on that view, just that item is scored again
  (every item when a condition reads this one), and three plain SQL
  statements (:mod:`~inspector.services.inspection.row_sql`) store it: the
  answer row (insert or update), the audit rows (one per changed field), the
  inspection's score and version. Nothing is read.
* **read** (:func:`answer_in`): the first save of an inspection, after any other
  write, or for what the kept view does not cover (a new stall, a confirmed
  surprising figure, an item cleared that was never answered): the inspection is read once
  (``view.load_in``) and written through the ORM, as every other write is.

Either way the answer, its audit rows and the score commit together or not at
all, the same refusals are raised before anything is written, and the tables
written are the same (so :mod:`~inspector.services.core.changes` reports the
same kinds). The kept objects are changed only once the commit succeeded; a
failed save forgets every kept view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from inspector.domain.scoring import AnswerValue, ScoreResult, score_item, summarise
from inspector.domain.text import Message
from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.value_checks import (
    record_confirmation,
    refuse_unconfirmed,
    surprise,
    with_confirmation,
)
from inspector.services.inspection.answer_cache import ViewCache, cache_for, kept
from inspector.services.inspection.row_sql import insert_rows, update_row, update_rows
from inspector.services.inspection.view import (
    InspectionView,
    ItemRef,
    item_limit,
    load_in,
    rescore_view,
    walk_items,
)
from inspector.services.inspection.writes import check_value, draft_for_write, rescore, write_answer
from inspector.store.engine import write_session
from inspector.store.models.inspection import Answer, AuditEntry, Inspection
from inspector.store.types import new_id, utcnow

VALUE_FIELDS = ("outcome", "count", "measurement", "text", "choice")


@dataclass(frozen=True)
class AnswerResult:
    """What the UI needs after one answer: the stored row, the new live score, and the
    inspection as the save read and rescored it (so the UI need not read it again)."""

    answer: Answer
    score: ScoreResult
    distance_warning: bool = False
    view: InspectionView | None = None


class _Stale(Exception):
    """A kept row was not where the kept view said: read the inspection instead."""


def check_answer(
    view: InspectionView, ref: ItemRef | None, item_code: str, values: dict[str, Any],
    kinds: tuple[str, ...] | None, confirmed: bool,
) -> tuple[ItemRef, float | int | None, Message | None]:  # fmt: skip
    """Every refusal of one answer, before anything is written: the item, its answer kind,
    the choice, the hard range and constraint, an unconfirmed surprising figure.

    Returns the item, the figure (counts and measurements) and why it surprises (or None).
    """
    if ref is None:
        raise UserError("该检查中没有检查项 {}。", item_code)
    if kinds is not None and ref.item.answer not in kinds:
        raise UserError("检查项 {} 不是这种答题方式（应为 {}）。", item_code, ref.item.answer)
    choice = values.get("choice")
    if choice is not None and choice not in {c.code for c in ref.item.choices}:
        raise UserError("检查项 {} 没有选项 {!r}。", item_code, choice)
    number = values.get(ref.item.answer) if ref.item.answer in ("count", "measurement") else None
    check_value(view, ref, values)  # impossible or against the template: refused first
    why = surprise(ref.item, number)
    refuse_unconfirmed(ref.item, number, why, confirmed)
    return ref, number, why


def answer_in(
    s: Session, ctx: AppContext, inspection_id: str, template_id: str, item_code: str,
    values: dict[str, Any], kinds: tuple[str, ...] | None, confirmed: bool = False,
) -> AnswerResult:  # fmt: skip
    """One answer in an open session, reading the inspection once (``view.load_in``)."""
    insp = draft_for_write(s, inspection_id)
    view = load_in(s, ctx, inspection_id, scored=False)
    ref, number, why = check_answer(
        view, view.item(template_id, item_code), item_code, values, kinds, confirmed
    )
    row = write_answer(s, ctx, insp, view, ref, values)
    if number is not None and (note := with_confirmation(row.note, why)) != row.note:
        write_answer(s, ctx, insp, view, ref, {"note": note})
    if why is not None and number is not None:
        record_confirmation(
            s, inspection_id=insp.id, entity="answer", entity_id=row.id,
            field=f"{ref.template_id}/{ref.code}.confirmed", why=why,
            value=float(number), actor=insp.lead_inspector_name, device=ctx.device_id,
        )  # fmt: skip
    if ref.index >= len(view.items):  # the first answer of a new stall: its items join the walk
        view.items = walk_items(view.templates, insp.site_kind, view.answers)
    result = rescore(s, ctx, insp, view)
    return AnswerResult(row, result, insp.distance_warning, view)


def save_answer(
    ctx: AppContext, inspection_id: str, template_id: str, item_code: str,
    values: dict[str, Any], kinds: tuple[str, ...] | None, confirmed: bool = False,
) -> AnswerResult:  # fmt: skip
    """One answer; a count or measurement outside its plausible range needs ``confirmed``
    (:class:`~inspector.services.core.value_checks.ImplausibleValue` otherwise), and a confirmed
    one is written into the answer's note and the audit log."""
    args = (ctx, inspection_id, template_id, item_code, values, kinds, confirmed)
    cache = cache_for(ctx.engine)
    if cache is None:
        with write_session(ctx.engine) as s:
            return answer_in(s, *args)
    with cache.lock:
        try:
            return _save(cache, *args, kept_view=True)
        except _Stale:
            return _save(cache, *args, kept_view=False)


def _save(
    cache: ViewCache, ctx: AppContext, inspection_id: str, template_id: str, item_code: str,
    values: dict[str, Any], kinds: tuple[str, ...] | None, confirmed: bool, *, kept_view: bool,
) -> AnswerResult:  # fmt: skip
    conn = cache.connection()
    if conn.in_transaction():  # never expected: a transaction left behind is not joined
        cache.close_connection()
        conn = cache.connection()
    tx = conn.begin()  # BEGIN IMMEDIATE: nobody else commits until this does
    try:
        cache.check(conn)
        entry = cache.get(inspection_id) if kept_view else None
        fast = None
        if entry is not None:
            ref = entry.refs.get((template_id, item_code))
            conditioning = ref is not None and (ref.template_id, ref.item.code) in entry.conditioned
            fast = _fast(conn, ctx, entry.view, ref, conditioning, item_code, values, kinds,
                         confirmed)  # fmt: skip
        if fast is None:
            with Session(bind=conn, expire_on_commit=False) as s:
                result = answer_in(s, ctx, inspection_id, template_id, item_code, values, kinds,
                                   confirmed)  # fmt: skip
                s.flush()
                view = result.view
                assert view is not None
                # an item answered with nothing makes no row: keep only the stored ones
                view.answers = {k: a for k, a in view.answers.items() if a in s}
        tx.commit()
    except UserError:
        _rollback(cache, tx)  # refused before anything was written: what is kept still holds
        raise
    except BaseException:
        cache.forget()
        _rollback(cache, tx)
        raise
    if fast is not None and entry is not None:
        result = fast()  # the kept objects take the committed values
        assert result.view is not None
        cache.keep(inspection_id, replace(entry, view=result.view))
    else:
        assert result.view is not None
        cache.keep(inspection_id, kept(result.view))
    return result


def _rollback(cache: ViewCache, tx: Any) -> None:
    try:
        tx.rollback()  # also closes out a transaction a failed COMMIT left inactive
    except Exception:  # a connection that cannot roll back is not used again
        cache.close_connection()


def _fast(
    conn: Connection, ctx: AppContext, view: InspectionView, ref: ItemRef | None,
    conditioning: bool, item_code: str, values: dict[str, Any],
    kinds: tuple[str, ...] | None, confirmed: bool,
) -> Callable[[], AnswerResult] | None:  # fmt: skip
    """The answer written on the kept view; returns what makes the kept objects match the
    database once committed, or None for what only a read covers (nothing written then)."""
    insp = view.inspection
    if ref is None or insp.status != "draft" or view.amendments:
        return None  # unknown item or a new stall, a finished record: read and say so
    ref, number, why = check_answer(view, ref, item_code, values, kinds, confirmed)
    row = view.answers.get(ref.key)
    note = row.note if row is not None else ""
    if why is not None or (number is not None and with_confirmation(note, why) != note):
        return None  # a confirmed figure (its audit entry, its note line) or a line to take out
    now = utcnow()
    old = {n: getattr(row, n) for n in (*VALUE_FIELDS, "note")} if row else _EMPTY
    changed = {n: v for n, v in values.items() if old[n] != v}
    after = {**old, **changed}
    value = AnswerValue(*(after[n] for n in VALUE_FIELDS))

    # the score: this item again, or every item when a condition reads this one
    hidden = view.hidden
    if conditioning:
        scored = rescore_view(replace(view, answers=dict(view.answers)), {ref.key: value})
        result, hidden, distance = scored.score, scored.hidden, scored.distance
    else:  # what is shown or hidden stays as it is
        items = dict(view.score.items)
        if ref.key not in hidden:
            limit = item_limit(ref, insp, view.policy)
            items[ref.key] = score_item(ref.key, ref.item, value, limit)
        result, distance = summarise(items), view.distance
    deduction = result.items[ref.key].deduction if ref.key in result.items else 0.0

    # the answer row
    row_set: dict[str, Any] = {}
    if changed:
        row_set.update(changed)
        if set(values) - {"note"}:
            row_set["answered_at"] = now
        row_set["updated_at"] = now
    if row is None:
        if not changed:
            return None  # nothing recorded for an unanswered item: the read path, as always
        row = Answer(
            inspection_id=insp.id, template_id=ref.template_id, item_code=ref.code,
            created_by_device=ctx.device_id, deduction=deduction, **row_set,
        )  # fmt: skip
        row.touch(ctx.device_id)  # made and touched in one step, as write_answer does
        insert_rows(conn, _ANSWER, [_columns(row)])
        make_transient_to_detached(row)
        row_set = {}
    else:
        if changed:
            row_set["row_version"] = row.row_version + 1
            if not row.created_by_device:
                row_set["created_by_device"] = ctx.device_id
        if row.deduction != deduction:
            row_set["deduction"] = deduction
        if row_set and update_row(conn, _ANSWER, row_set, row.id) != 1:
            raise _Stale()
    others = [  # items a condition showed or hid score differently now
        (a, s.deduction)
        for k, a in (view.answers.items() if conditioning else ())
        if k != ref.key and (s := result.items.get(k)) is not None and a.deduction != s.deduction
    ]
    if others:
        update_rows(conn, _ANSWER, "deduction", [(a.id, d) for a, d in others])

    # its audit rows, one per changed field
    if changed:
        insert_rows(conn, _AUDIT, [
            {"id": new_id(), "at": utcnow(), "inspection_id": insp.id, "entity": "answer",
             "entity_id": row.id, "field": f"{ref.template_id}/{ref.code}.{name}",
             "old_value": audit.encode(old[name]), "new_value": audit.encode(new),
             "actor": insp.lead_inspector_name, "device": ctx.device_id,
             "kind": "edit", "reason": ""}
            for name, new in changed.items()
        ])  # fmt: skip

    # the inspection's score and version; as an ORM flush does, only the columns whose value
    # changes are set (an indexed column set to its own value still rewrites its index entry)
    scored_now = {
        "score": result.score, "max_score": result.max_score, "deductions": result.deductions,
        "red_line": result.red_line, "result": result.result,
        "distance_warning": bool(distance and distance.warning),
    }  # fmt: skip
    insp_set = {k: v for k, v in scored_now.items() if getattr(insp, k) != v}
    insp_set["updated_at"] = utcnow()
    insp_set["row_version"] = insp.row_version + 1
    if not insp.created_by_device:
        insp_set["created_by_device"] = ctx.device_id
    if update_row(conn, _INSPECTION, insp_set, insp.id, "\"status\" = 'draft'") != 1:
        raise _Stale()

    answers = view.answers if ref.key in view.answers else {**view.answers, ref.key: row}
    new_view = replace(view, answers=dict(answers), score=result, hidden=hidden, distance=distance)

    def committed() -> AnswerResult:
        for name, v in row_set.items():
            set_committed_value(row, name, v)
        for a, d in others:
            set_committed_value(a, "deduction", d)
        for name, v in insp_set.items():
            set_committed_value(insp, name, v)
        return AnswerResult(row, result, insp.distance_warning, new_view)

    return committed


_EMPTY: dict[str, Any] = {n: None for n in VALUE_FIELDS} | {"note": ""}
_ANSWER = Answer.__table__  # type: ignore[attr-defined]
_AUDIT = AuditEntry.__table__  # type: ignore[attr-defined]
_INSPECTION = Inspection.__table__  # type: ignore[attr-defined]


def _columns(row: Answer) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in _ANSWER.columns}
