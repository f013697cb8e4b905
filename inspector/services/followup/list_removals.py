"""Leaving the black list (移出黑榜) after verified rectification, logged for the next issue.

A site leaves the black list once every case it has is settled: automatically when
a re-inspection verifies the last open case, or by hand with a reason. Each
removal is logged with its date and reason and printed in the next issue.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from inspector.domain import cases as case_rules
from inspector.domain.list_rules import BLACK
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.list_policy import today_local
from inspector.store.engine import read_session, write_session
from inspector.store.models import ListEntry, ListIssue, ListRemoval, RectificationCase


def _latest_black_issue(s: Session, site_id: str) -> str | None:
    q = (
        select(ListIssue.id)
        .join(ListEntry, col(ListEntry.issue_id) == ListIssue.id)
        .where(
            ListEntry.site_id == site_id,
            ListEntry.colour == BLACK,
            col(ListEntry.excluded).is_(False),
            ListIssue.status == "published",
        )
        .order_by(col(ListIssue.published_at).desc())
    )
    return s.exec(q.limit(1)).first()


def _unresolved_count(s: Session, site_id: str) -> int:
    q = select(RectificationCase.id).where(
        RectificationCase.site_id == site_id,
        col(RectificationCase.state).in_(sorted(case_rules.UNRESOLVED_STATES)),
    )
    return len(s.exec(q).all())


def log_removal_if_cleared(
    s: Session, site_id: str, day: date, reason: str = "整改经复查合格"
) -> ListRemoval | None:
    """Log the site's removal from the black list once nothing is left unresolved."""
    issue_id = _latest_black_issue(s, site_id)
    if issue_id is None or _unresolved_count(s, site_id):
        return None
    done = s.exec(
        select(ListRemoval).where(
            ListRemoval.site_id == site_id, ListRemoval.from_issue_id == issue_id
        )
    ).first()
    if done is not None:
        return None
    removal = ListRemoval(site_id=site_id, removed_on=day, reason=reason, from_issue_id=issue_id)
    s.add(removal)
    return removal


def remove_from_black_list(
    ctx: AppContext, site_id: str, reason: str, day: date | None = None
) -> ListRemoval:
    """Remove a site by hand; allowed only once every case of the site is settled."""
    if not reason.strip():
        raise UserError("请写明移出黑榜的理由。")
    with write_session(ctx.engine) as s:
        if _latest_black_issue(s, site_id) is None:
            raise UserError("该场所不在已发布的黑榜上。")
        if _unresolved_count(s, site_id):
            raise UserError("该场所仍有未整改完毕的问题，复查合格后才能移出黑榜。")
        removal = log_removal_if_cleared(s, site_id, day or today_local(), reason.strip())
        if removal is None:
            raise UserError("该场所的移出已经登记过。")
        return removal


def removals(ctx: AppContext) -> list[ListRemoval]:
    with read_session(ctx.engine) as s:
        return list(s.exec(select(ListRemoval).order_by(col(ListRemoval.removed_on).desc())))
