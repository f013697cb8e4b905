"""Each red/black list rule on its own, their combination, and the policy file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inspector.domain.list_rules import (
    BLACK,
    NEITHER,
    RED,
    BlackRules,
    ListPolicy,
    PolicyError,
    RedRules,
    SiteRecord,
    black_reasons,
    classify,
    parse_policy,
    rule_clean_record,
    rule_overdue,
    rule_red_line,
    rule_repeat,
    rule_score_below,
)
from inspector.domain.periods import PeriodError, parse_period, previous, quarter_of
from inspector.resources import resource

CLEAN = SiteRecord("s", inspections=3, min_score_rate=95.0)


def test_red_line_rule():
    assert rule_red_line(CLEAN, BlackRules()) is None
    r = rule_red_line(SiteRecord("s", 1, 80.0, red_line_failures=2), BlackRules())
    assert r is not None and r.code == "red_line" and "2" in r.text
    assert rule_red_line(SiteRecord("s", red_line_failures=1), BlackRules(red_line=False)) is None


def test_overdue_rule():
    assert rule_overdue(SiteRecord("s", overdue_cases=1), BlackRules()).code == "overdue"
    assert rule_overdue(CLEAN, BlackRules()) is None
    off = BlackRules(overdue_rectification=False)
    assert rule_overdue(SiteRecord("s", overdue_cases=1), off) is None


def test_repeat_rule():
    assert rule_repeat(SiteRecord("s", repeat_offences=1), BlackRules()).code == "repeat"
    assert rule_repeat(SiteRecord("s", repeat_offences=1), BlackRules(repeat_offence=False)) is None
    assert rule_repeat(CLEAN, BlackRules()) is None


def test_score_rule_threshold_is_strict_and_can_be_off():
    rules = BlackRules(score_below=60)
    assert rule_score_below(SiteRecord("s", 1, 59.9), rules).code == "score_below"
    assert rule_score_below(SiteRecord("s", 1, 60.0), rules) is None
    assert rule_score_below(SiteRecord("s", 0, None), rules) is None  # not inspected
    assert rule_score_below(SiteRecord("s", 1, 10.0), BlackRules(score_below=None)) is None


def test_clean_record_rule():
    rules = RedRules(min_inspections=2, min_score=90)
    assert rule_clean_record(CLEAN, rules).code == "clean_record"
    assert rule_clean_record(SiteRecord("s", 1, 99.0), rules) is None  # too few inspections
    assert rule_clean_record(SiteRecord("s", 2, 89.9), rules) is None  # one below threshold
    assert rule_clean_record(SiteRecord("s", 2, 95.0, open_cases=1), rules) is None
    lenient = RedRules(min_inspections=2, min_score=90, no_open_cases=False)
    assert rule_clean_record(SiteRecord("s", 2, 95.0, open_cases=1), lenient) is not None
    assert rule_clean_record(SiteRecord("s", 2, 95.0, red_line_failures=1), rules) is None


def test_combination_black_wins_and_neither():
    policy = ListPolicy(red=RedRules(no_open_cases=False, no_red_line=False))
    both = SiteRecord("s", inspections=2, min_score_rate=95.0, red_line_failures=1)
    v = classify(both, policy)
    assert v.colour == BLACK
    assert [r.code for r in v.reasons] == ["red_line"]
    assert [r.code for r in v.also_eligible] == ["clean_record"]
    neither = ListPolicy(red=policy.red, combination=NEITHER)
    v2 = classify(both, neither)
    assert v2.colour is None and len(v2.also_eligible) == 2


def test_combination_collects_every_black_reason_in_rule_order():
    rec = SiteRecord("s", 1, 40.0, red_line_failures=1, overdue_cases=2, repeat_offences=1)
    assert [r.code for r in black_reasons(rec, ListPolicy())] == [
        "red_line",
        "overdue",
        "repeat",
        "score_below",
    ]
    assert classify(rec, ListPolicy()).colour == BLACK
    assert classify(CLEAN, ListPolicy()).colour == RED
    assert classify(SiteRecord("s", 1, 75.0), ListPolicy()).colour is None


def test_shipped_policy_parses_and_matches_defaults():
    data = yaml.safe_load(Path(resource("policy", "lists.yaml")).read_text(encoding="utf-8"))
    policy = parse_policy(data)
    assert policy == ListPolicy()


def test_policy_overrides_and_errors():
    p = parse_policy({"black": {"score_below": None}, "red": {"min_inspections": 3}})
    assert p.black.score_below is None and p.red.min_inspections == 3
    p2 = parse_policy({"cases": {"deadline_days": {"deduct": 10}, "repeat_window_months": 6}})
    assert p2.cases.deadline_days["deduct"] == 10 and p2.cases.repeat_window_months == 6
    with pytest.raises(PolicyError, match=r"black\.red_line"):
        parse_policy({"black": {"red_line": "yes"}})
    with pytest.raises(PolicyError, match="combination"):
        parse_policy({"combination": "red_wins"})
    with pytest.raises(PolicyError, match="on_reinspection_fail"):
        parse_policy({"cases": {"on_reinspection_fail": {"deduct": "verified"}}})


def test_periods():
    m = parse_period("2026-10")
    assert (m.start.isoformat(), m.end.isoformat(), m.label) == (
        "2026-10-01",
        "2026-11-01",
        "2026年10月",
    )
    q = parse_period("2026q4")
    assert (q.key, q.start.month, q.end.year, q.label) == ("2026Q4", 10, 2027, "2026年第四季度")
    assert previous(parse_period("2026-01")).key == "2025-12"
    assert previous(q).key == "2026Q3"
    assert quarter_of(m.start).key == "2026Q4"
    with pytest.raises(PeriodError):
        parse_period("2026-13")
    with pytest.raises(PeriodError):
        parse_period("Oct 2026")
