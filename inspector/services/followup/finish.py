"""What follows a finished inspection: the one step above finishing and the cases.

Finishing an inspection (:mod:`inspector.services.inspection.finish`) hashes
and locks the record and knows nothing of rectification cases; cases
(:mod:`inspector.services.followup.case_opening`) and re-inspections
(:mod:`inspector.services.followup.reinspection`) know nothing of finishing. This module
joins them, in one transaction: it finishes the record, then, with the
inspection view finishing already read (the record is read once), opens the
cases of a routine inspection or settles the cases a re-inspection carried. An
amendment of a finished record is followed the same way: the amended item's
case opens or is withdrawn with the amendment.

Every caller that finishes or amends (the walk window, the CLI, the demo, the
benches and the tests) goes through here, so a finished inspection never exists
without its cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.list_policy import load_list_policy
from inspector.services.followup.case_opening import follow_amendment_in, open_cases_in
from inspector.services.followup.reinspection import settle_cases_in
from inspector.services.inspection import finish as inspection_finish
from inspector.services.inspection.finish import FinishCheck
from inspector.services.inspection.view import InspectionView, load_in
from inspector.store.engine import read_session, write_session
from inspector.store.models.inspection import Amendment, Inspection


@dataclass(frozen=True)
class Finished:
    """A finished inspection, the view it was finished from, and the cases it moved."""

    inspection: Inspection
    view: InspectionView  # as hashed and scored when finishing (now locked)
    case_ids: list[str]  # opened (routine) or settled (re-inspection)


def follow_in(s: Session, ctx: AppContext, view: InspectionView) -> list[str]:
    """Open (routine) or settle (re-inspection) the cases of the finished ``view``.

    Runs inside the caller's write session and reads nothing of the inspection
    again; returns the ids of the cases opened or settled.
    """
    if view.inspection.status != "finished":
        raise UserError("检查尚未完成，不能据此立案整改。")
    policy = load_list_policy(ctx).cases
    s.flush()
    if view.inspection.kind == "reinspection":
        return settle_cases_in(s, ctx, view, policy)
    return open_cases_in(s, ctx, view, policy)


def finish_full(
    ctx: AppContext,
    inspection_id: str,
    finished_at: datetime | None = None,
    *,
    warn: bool = False,
) -> Finished | FinishCheck:
    """Finish the inspection and open or settle its cases, in one transaction.

    With ``warn`` the record is first checked (:func:`inspection_finish.check_view`:
    unanswered items, missing photos or notes, the distance) on the same read:
    when anything is missing nothing is written and the :class:`FinishCheck` is
    returned for the user to see; finishing anyway is a second call without
    ``warn``. ``finished_at`` is as for
    :func:`inspector.services.inspection.finish.finish_in`.
    """
    with write_session(ctx.engine) as s:
        view = None
        if warn:
            view = load_in(s, ctx, inspection_id)
            check = inspection_finish.check_view(view)
            if not view.locked and not check.ok:
                return check
        insp, view = inspection_finish.finish_in(s, ctx, inspection_id, finished_at, view)
        return Finished(insp, view, follow_in(s, ctx, view))


def _finished(outcome: Finished | FinishCheck) -> Finished:
    assert isinstance(outcome, Finished)  # finish_full without warn always finishes
    return outcome


def finish(ctx: AppContext, inspection_id: str, finished_at: datetime | None = None) -> Inspection:
    """Finish the inspection and open or settle its cases; returns the inspection."""
    return _finished(finish_full(ctx, inspection_id, finished_at)).inspection


def open_cases_for_inspection(ctx: AppContext, inspection_id: str) -> list[str]:
    """Open (or, for a re-inspection, settle) the cases of an already finished inspection.

    Finishing does this itself; this is for records finished elsewhere (the
    demo's back-dated visits, records written directly in tests). Idempotent:
    calling it twice opens nothing new. Returns the ids of the cases opened or
    settled.
    """
    with write_session(ctx.engine) as s:
        if s.get(Inspection, inspection_id) is None:
            raise UserError("找不到这次检查。")
        return follow_in(s, ctx, load_in(s, ctx, inspection_id))


def finish_reinspection(ctx: AppContext, reinspection_id: str) -> list[str]:
    """Finish a re-inspection (if still a draft) and settle its cases (CLI, demo, tests)."""
    with read_session(ctx.engine) as s:
        insp = s.get(Inspection, reinspection_id)
        if insp is None or insp.kind != "reinspection":
            raise UserError("找不到这次复查。")
        status = insp.status
    if status == "draft":
        return _finished(finish_full(ctx, reinspection_id)).case_ids
    return open_cases_for_inspection(ctx, reinspection_id)


def amend(
    ctx: AppContext,
    inspection_id: str,
    template_id: str,
    item_code: str,
    *,
    reason: str,
    actor: str | None = None,
    **answer: Any,
) -> Amendment:
    """Correct one answer of a finished inspection, and bring its cases in line.

    ``answer`` holds the fields to correct (outcome, count, measurement, text,
    choice), as for :func:`inspector.services.inspection.finish.amend_in`. In the same transaction the
    amended item's case of a routine inspection opens or is withdrawn, and so
    are those of the items the amended answer hides or shows again.
    """
    with write_session(ctx.engine) as s:
        done = inspection_finish.amend_in(
            s, ctx, inspection_id, template_id, item_code, reason=reason, actor=actor, **answer
        )
        for key in done.changed_keys:
            follow_amendment_in(s, ctx, done.inspection, done.after, key, done.reason, done.actor)
        return done.amendment
