"""Rectification cases: pure state rules, then the service on a real database."""

from __future__ import annotations

from datetime import date

from inspector.domain import cases as c


def test_overdue_is_computed_from_deadline_and_today():
    deadline = date(2026, 10, 10)
    assert c.effective_state(c.OPEN, deadline, date(2026, 10, 10)) == c.OPEN
    assert c.effective_state(c.OPEN, deadline, date(2026, 10, 11)) == c.OVERDUE
    assert c.effective_state(c.VERIFIED, deadline, date(2026, 12, 1)) == c.VERIFIED
    assert c.days_left(deadline, date(2026, 10, 8)) == 2


def test_due_soon():
    policy = c.CasePolicy()
    today = date(2026, 10, 8)
    assert c.is_due_soon(c.OPEN, date(2026, 10, 11), today, policy.due_soon_days)
    assert not c.is_due_soon(c.OPEN, date(2026, 10, 12), today, policy.due_soon_days)
    assert not c.is_due_soon(c.OPEN, date(2026, 10, 7), today, policy.due_soon_days)
    assert not c.is_due_soon(c.VERIFIED, date(2026, 10, 9), today, policy.due_soon_days)


def test_deadline_from_policy_or_item():
    policy = c.CasePolicy()
    found = date(2026, 10, 1)
    assert c.deadline_for(found, "deduct", policy) == date(2026, 10, 8)
    assert c.deadline_for(found, "red_line", policy) == date(2026, 10, 2)
    assert c.deadline_for(found, "deduct", policy, item_days=3) == date(2026, 10, 4)
    assert c.opens_case("deduct", True, policy)
    assert not c.opens_case("advisory", True, policy)
    assert not c.opens_case("red_line", False, policy)


def test_repeat_window():
    policy = c.CasePolicy(repeat_window_months=12)
    found = date(2026, 10, 15)
    assert c.is_repeat(found, [date(2025, 10, 15)], policy)
    assert not c.is_repeat(found, [date(2025, 10, 14)], policy)
    assert not c.is_repeat(found, [], policy)
    short = c.CasePolicy(repeat_window_months=3)
    assert not c.is_repeat(found, [date(2026, 7, 1)], short)
    assert c.months_back(date(2026, 3, 31), 1) == date(2026, 2, 28)


def test_reinspection_outcome_and_transitions():
    policy = c.CasePolicy()
    assert c.state_after_reinspection(True, "red_line", policy) == c.VERIFIED
    assert c.state_after_reinspection(False, "red_line", policy) == c.ESCALATED
    assert c.state_after_reinspection(False, "deduct", policy) == c.OVERDUE
    assert c.can_transition(c.OPEN, c.VERIFIED)
    assert not c.can_transition(c.VERIFIED, c.OPEN)
    assert not c.can_transition(c.OPEN, "bogus")
