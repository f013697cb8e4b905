"""Scoring: every answer kind, N/A handling, per-unit deductions, caps and red lines."""

from __future__ import annotations

import pytest

from inspector.domain.scoring import (
    NA,
    RESULT_BLACKLIST,
    RESULT_DEDUCTED,
    RESULT_PASS,
    AnswerValue,
    item_weight,
    score,
)
from inspector.domain.templates import Limit, parse_template

TEMPLATE = {
    "id": "t",
    "version": 1,
    "title": "测试",
    "category": "school_perimeter",
    "applies_to": ["internet_cafe"],
    "sections": [
        {
            "code": "s",
            "title": "节",
            "items": [
                {"code": "PF", "text": "亮证", "answer": "pass_fail", "severity": "deduct",
                 "points": 5},
                {"code": "RL", "text": "无有害内容", "answer": "pass_fail",
                 "severity": "red_line", "points": 10},
                {"code": "CA", "text": "吸烟人数", "answer": "count", "fail_above": 0,
                 "per_unit": True, "max_deduction": 5, "severity": "deduct", "points": 1},
                {"code": "CB", "text": "宣传画数量", "answer": "count", "fail_below": 3,
                 "per_unit": True, "severity": "deduct", "points": 1},
                {"code": "CR", "text": "未成年人", "answer": "count", "fail_above": 0,
                 "severity": "red_line", "points": 10},
                {"code": "ME", "text": "距离", "answer": "measurement", "unit": "m",
                 "limit": {"min": 200}, "severity": "red_line", "points": 10},
                {"code": "MX", "text": "排队时间", "answer": "measurement", "unit": "min",
                 "limit": {"max": 15}, "severity": "deduct", "points": 2},
                {"code": "CH", "text": "配合", "answer": "choice", "severity": "deduct",
                 "points": 2, "choices": [{"code": "good", "text": "好"},
                                          {"code": "poor", "text": "差", "fails": True}]},
                {"code": "AD", "text": "建议", "answer": "choice", "severity": "advisory",
                 "choices": [{"code": "y", "text": "是"}, {"code": "n", "text": "否",
                                                           "fails": True}]},
                {"code": "TX", "text": "说明", "answer": "text", "severity": "advisory",
                 "required": False},
            ],
        }
    ],
}  # fmt: skip

T = parse_template(TEMPLATE)
ITEMS = [(("t", i.code), i) for _s, i in T.items()]
FULL = 5 + 10 + 5 + 3 + 10 + 10 + 2 + 2  # weights; advisory and text weigh nothing


def k(code: str) -> tuple[str, str]:
    return ("t", code)


def run(**answers: AnswerValue):
    return score(ITEMS, {k(c): v for c, v in answers.items()})


def test_nothing_answered_keeps_full_maximum_and_passes():
    r = run()
    assert r.max_score == FULL and r.score == FULL and r.deductions == 0
    assert r.result == RESULT_PASS and not r.red_line
    assert r.rate == 1.0
    assert len(r.unanswered) == len(ITEMS)


def test_weights():
    by = {i.code: i for _k, i in ITEMS}
    assert item_weight(by["CA"]) == 5  # max_deduction
    assert item_weight(by["CB"]) == 3  # per unit × fail_below
    assert item_weight(by["AD"]) == 0 and item_weight(by["TX"]) == 0


def test_pass_fail_deducts_points():
    r = run(PF=AnswerValue(outcome="fail"))
    assert r.deductions == 5 and r.score == FULL - 5
    assert r.result == RESULT_DEDUCTED
    assert r.items[k("PF")].status == "fail"
    assert run(PF=AnswerValue(outcome="pass")).deductions == 0


def test_red_line_pass_fail_makes_blacklist_candidate():
    r = run(RL=AnswerValue(outcome="fail"))
    assert r.red_line and r.result == RESULT_BLACKLIST
    assert r.red_line_items == [k("RL")]
    assert r.deductions == 10


def test_count_per_unit_capped_by_max_deduction():
    assert run(CA=AnswerValue(count=0)).deductions == 0
    assert run(CA=AnswerValue(count=2)).deductions == 2
    assert run(CA=AnswerValue(count=9)).deductions == 5  # capped


def test_count_below_minimum_deducts_per_missing_unit():
    assert run(CB=AnswerValue(count=3)).deductions == 0
    assert run(CB=AnswerValue(count=1)).deductions == 2
    assert run(CB=AnswerValue(count=0)).deductions == 3


def test_count_red_line_without_per_unit():
    r = run(CR=AnswerValue(count=4))
    assert r.deductions == 10 and r.result == RESULT_BLACKLIST


def test_measurement_against_min_and_max_limits():
    assert run(ME=AnswerValue(measurement=200.0)).result == RESULT_PASS
    r = run(ME=AnswerValue(measurement=164.8))
    assert r.result == RESULT_BLACKLIST and r.items[k("ME")].status == "fail"
    assert run(MX=AnswerValue(measurement=15)).deductions == 0
    assert run(MX=AnswerValue(measurement=16.5)).deductions == 2


def test_limit_override_replaces_the_items_own():
    answers = {k("ME"): AnswerValue(measurement=150.0)}
    assert score(ITEMS, answers).red_line
    assert not score(ITEMS, answers, {k("ME"): Limit(min=100)}).red_line


def test_choice_fails_when_option_says_so():
    assert run(CH=AnswerValue(choice="good")).deductions == 0
    r = run(CH=AnswerValue(choice="poor"))
    assert r.deductions == 2 and r.items[k("CH")].status == "fail"


def test_advisory_failure_is_shown_but_deducts_nothing():
    r = run(AD=AnswerValue(choice="n"))
    assert r.items[k("AD")].status == "fail"
    assert r.deductions == 0 and r.result == RESULT_PASS


def test_text_never_fails():
    r = run(TX=AnswerValue(text="店主不在场"))
    assert r.items[k("TX")].status == "answered"
    assert r.deductions == 0 and r.max_score == FULL


@pytest.mark.parametrize("code", ["PF", "RL", "CA", "CB", "CR", "ME", "MX", "CH"])
def test_na_is_excluded_from_the_maximum_for_every_kind(code):
    weight = {"PF": 5, "RL": 10, "CA": 5, "CB": 3, "CR": 10, "ME": 10, "MX": 2, "CH": 2}[code]
    r = run(**{code: AnswerValue(outcome=NA)})
    assert r.items[k(code)].status == "na"
    assert r.max_score == FULL - weight
    assert r.score == FULL - weight and r.deductions == 0


def test_na_wins_over_a_stale_value():
    r = run(CB=AnswerValue(outcome=NA, count=0))
    assert r.items[k("CB")].status == "na" and r.deductions == 0


def test_rate_and_floor_at_zero():
    everything_failed = {
        "PF": AnswerValue(outcome="fail"),
        "RL": AnswerValue(outcome="fail"),
        "CA": AnswerValue(count=50),
        "CB": AnswerValue(count=0),
        "CR": AnswerValue(count=3),
        "ME": AnswerValue(measurement=10),
        "MX": AnswerValue(measurement=60),
        "CH": AnswerValue(choice="poor"),
    }
    r = run(**everything_failed)
    assert r.score == 0 and r.deductions == FULL and r.rate == 0
    half = run(PF=AnswerValue(outcome="fail"), RL=AnswerValue(outcome="pass"))
    assert half.rate == pytest.approx((FULL - 5) / FULL)


def test_all_na_has_no_rate():
    r = run(
        **{c: AnswerValue(outcome=NA) for c in ["PF", "RL", "CA", "CB", "CR", "ME", "MX", "CH"]}
    )
    assert r.max_score == 0 and r.rate is None
