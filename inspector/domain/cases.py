"""Rectification cases (整改): states, deadlines, overdue and repeat offences.

A case is stored with one of the *stored* states below. "Overdue" is
*computed*: an open case whose deadline lies before today's local date is
overdue even though nobody wrote that down, and a case is never overdue before
its deadline has passed. Everything here is pure; callers
pass today's date in local time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from inspector.domain.text import LocalText

OPEN = "open"
RECTIFIED_ON_SITE = "rectified_on_site"
VERIFIED = "verified"
OVERDUE = "overdue"
ESCALATED = "escalated"
# An amendment found the failure was recorded in error: there was nothing to put right.
WITHDRAWN = "withdrawn"

STATES = (OPEN, RECTIFIED_ON_SITE, VERIFIED, OVERDUE, ESCALATED, WITHDRAWN)
CLOSED_STATES = frozenset({RECTIFIED_ON_SITE, VERIFIED, WITHDRAWN})
UNRESOLVED_STATES = frozenset({OPEN, OVERDUE, ESCALATED})
# Closed cases that were real problems (put right); a withdrawn case never was one.
RECTIFIED_STATES = frozenset({RECTIFIED_ON_SITE, VERIFIED})

STATE_LABELS: dict[str, LocalText] = {
    OPEN: LocalText("待整改", "Open"),
    RECTIFIED_ON_SITE: LocalText("当场整改", "Corrected on the spot"),
    VERIFIED: LocalText("复查合格", "Verified at re-inspection"),
    OVERDUE: LocalText("逾期未改", "Overdue"),
    ESCALATED: LocalText("移交执法", "Referred to law enforcement"),
    WITHDRAWN: LocalText("更正撤销", "Withdrawn by amendment"),
}


@dataclass(frozen=True)
class CasePolicy:
    """How cases are opened and followed up (the ``cases`` part of the lists policy)."""

    deadline_days: dict[str, int] = field(
        default_factory=lambda: {"red_line": 1, "deduct": 7, "advisory": 15}
    )
    open_for: tuple[str, ...] = ("red_line", "deduct")  # severities that open a case
    due_soon_days: int = 3
    repeat_window_months: int = 12
    # What a failed re-inspection does to a case, per severity.
    on_reinspection_fail: dict[str, str] = field(
        default_factory=lambda: {"red_line": ESCALATED, "deduct": OVERDUE, "advisory": OVERDUE}
    )


def effective_state(stored: str, deadline: date | None, today: date) -> str:
    """The state a person should see today, from the calendar.

    An open case past its deadline is overdue; a case stored as overdue whose
    deadline has not passed (written so by an earlier version on a re-inspection
    before the deadline) is still open.
    """
    if deadline is None or stored not in (OPEN, OVERDUE):
        return stored
    return OVERDUE if deadline < today else OPEN


def is_overdue(stored: str, deadline: date | None, today: date) -> bool:
    """Unresolved with its deadline passed: what the lists and statistics count."""
    return stored in UNRESOLVED_STATES and deadline is not None and deadline < today


def is_unresolved(stored: str) -> bool:
    return stored in UNRESOLVED_STATES


def days_left(deadline: date, today: date) -> int:
    """Days until the deadline (0 on the day itself, negative when past)."""
    return (deadline - today).days


def is_due_soon(stored: str, deadline: date | None, today: date, within_days: int) -> bool:
    """Open, not yet overdue, and due within ``within_days`` days from today."""
    if stored != OPEN or deadline is None:
        return False
    return 0 <= days_left(deadline, today) <= within_days


def deadline_for(
    found_on: date, severity: str, policy: CasePolicy, item_days: int | None = None
) -> date:
    """The rectification deadline: the item's own days if set, else the policy's per severity."""
    days = item_days if item_days is not None else policy.deadline_days.get(severity, 7)
    return found_on + timedelta(days=max(0, int(days)))


def opens_case(severity: str, failed: bool, policy: CasePolicy) -> bool:
    return failed and severity in policy.open_for


def months_back(day: date, months: int) -> date:
    """The same day ``months`` months earlier (clamped to the month's last day)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    next_first = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last = (next_first - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))


def repeat_window_start(found_on: date, policy: CasePolicy) -> date:
    return months_back(found_on, policy.repeat_window_months)


def is_repeat(found_on: date, earlier_findings: Iterable[date], policy: CasePolicy) -> bool:
    """True when the same item failed at the same site within the window before ``found_on``."""
    start = repeat_window_start(found_on, policy)
    return any(start <= d <= found_on for d in earlier_findings)


def state_after_reinspection(
    passed: bool,
    severity: str,
    policy: CasePolicy,
    checked_on: date | None = None,
    deadline: date | None = None,
    escalate_at_once: bool = False,
    stored: str = OPEN,
) -> str:
    """What a re-inspection does to an unresolved case.

    Passing verifies it (late when ``checked_on`` is past the deadline). Failing
    *before or on* the deadline leaves the case as it was (the finding is added,
    the deadline kept), except a red-line item whose template says it escalates
    at once. Failing *after* the deadline follows the policy for the severity
    (overdue or referred to law enforcement).
    """
    if passed:
        return VERIFIED
    if escalate_at_once and severity == "red_line":
        return ESCALATED
    if checked_on is not None and deadline is not None and checked_on <= deadline:
        return stored
    return policy.on_reinspection_fail.get(severity, OVERDUE)


def verified_late_by(deadline: date, recheck_on: date | None) -> int:
    """Days a verification came after the deadline (0 when on time or not re-checked)."""
    if recheck_on is None:
        return 0
    return max(0, (recheck_on - deadline).days)


def withdrawable(stored: str) -> bool:
    """May an amendment that clears the failure withdraw the case? Open or overdue ones only:
    a closed case stays closed, and a referral to law enforcement is undone by a person."""
    return stored in (OPEN, OVERDUE)


def can_transition(current: str, new: str) -> bool:
    """Closed cases stay closed; unresolved ones may move to any other state."""
    if current in CLOSED_STATES:
        return False
    return new in STATES and new != current
