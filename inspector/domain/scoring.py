"""Scoring an inspection: deductions per failed item, N/A excluded, red lines.

Pure functions over the template items and the answers given so far. The rules:

* An item's *weight* (its share of the maximum) is ``max_deduction`` when set,
  else ``points`` (for a per-unit count with ``fail_below``: ``points`` times the
  required number). Advisory items weigh nothing and deduct nothing.
* A failed item deducts ``points`` (per missing or surplus unit when
  ``per_unit``), capped by ``max_deduction``.
* N/A items are left out of the maximum; unanswered items count in the maximum
  and deduct nothing (the score shown while walking is "as far as checked").
* pass/fail fails on "fail"; a count fails by its count rule; a measurement
  fails outside its limit; a choice fails when the chosen option says so; text
  never fails.
* Items whose condition (``relevant``) does not hold are "hidden": they weigh
  and deduct nothing, whatever answer they keep.
* Any failed red-line item makes the result ``blacklist_candidate``; otherwise
  any deduction makes it ``deducted``; else ``pass``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from inspector.domain.templates import Item, Limit

PASS = "pass"
FAIL = "fail"
NA = "na"
UNANSWERED = "unanswered"
ANSWERED = "answered"  # text items, and advisory items without a verdict
HIDDEN = "hidden"  # the item's condition does not hold: not asked, not scored

RESULT_PASS = "pass"
RESULT_DEDUCTED = "deducted"
RESULT_BLACKLIST = "blacklist_candidate"
RESULTS = (RESULT_PASS, RESULT_DEDUCTED, RESULT_BLACKLIST)

ItemKey = tuple[str, str]  # (template_id, item_code)


@dataclass(frozen=True)
class AnswerValue:
    """What was recorded for one item; ``outcome`` "na" marks any item not applicable."""

    outcome: str | None = None  # pass | fail | na (pass/fail only for pass_fail items)
    count: int | None = None
    measurement: float | None = None
    text: str | None = None
    choice: str | None = None

    @property
    def is_na(self) -> bool:
        return self.outcome == NA

    def is_empty_for(self, item: Item) -> bool:
        """True when nothing that decides this item has been recorded yet."""
        if self.is_na:
            return False
        if item.answer == "pass_fail":
            return self.outcome not in (PASS, FAIL)
        if item.answer == "count":
            return self.count is None
        if item.answer == "measurement":
            return self.measurement is None
        if item.answer == "choice":
            return not self.choice
        return not (self.text or "").strip()


@dataclass(frozen=True)
class ItemScore:
    key: ItemKey
    status: str  # pass | fail | na | unanswered | answered
    weight: float
    deduction: float
    red_line: bool  # a failed red-line item

    @property
    def failed(self) -> bool:
        return self.status == FAIL


@dataclass(frozen=True)
class ScoreResult:
    score: float
    max_score: float
    deductions: float
    red_line: bool
    result: str
    items: dict[ItemKey, ItemScore] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        """Score as a fraction of the maximum (None when nothing can score)."""
        return self.score / self.max_score if self.max_score else None

    @property
    def failed(self) -> list[ItemKey]:
        return [k for k, s in self.items.items() if s.status == FAIL]

    @property
    def red_line_items(self) -> list[ItemKey]:
        return [k for k, s in self.items.items() if s.red_line]

    @property
    def unanswered(self) -> list[ItemKey]:
        return [k for k, s in self.items.items() if s.status == UNANSWERED]


def item_weight(item: Item) -> float:
    if item.severity == "advisory":
        return 0.0
    if item.max_deduction is not None:
        return float(item.max_deduction)
    if item.per_unit and item.count_rule and item.count_rule.fail_below:
        return float(item.points) * item.count_rule.fail_below
    return float(item.points)


def item_status(item: Item, value: AnswerValue | None, limit: Limit | None = None) -> str:
    """pass / fail / na / unanswered / answered for one item and its answer."""
    if value is None:
        return UNANSWERED
    if value.is_na:
        return NA
    if value.is_empty_for(item):
        return UNANSWERED
    if item.answer == "pass_fail":
        return value.outcome or UNANSWERED
    if item.answer == "count":
        rule = item.count_rule
        return FAIL if rule is not None and rule.fails(int(value.count or 0)) else PASS
    if item.answer == "measurement":
        lim = limit or item.limit
        measured = value.measurement
        assert measured is not None  # not empty (checked above)
        return FAIL if lim is not None and not lim.passes(float(measured)) else PASS
    if item.answer == "choice":
        by_code = {c.code: c for c in item.choices}
        chosen = by_code.get(value.choice or "")
        return FAIL if chosen is not None and chosen.fails else PASS
    return ANSWERED


def gives_verdict(item: Item) -> bool:
    """True when an answer to ``item`` is judged pass or fail and can lose points.

    A pass/fail item always is (the inspector's own verdict). Other kinds are
    when the item deducts (not advisory) and has a rule an answer can break: a
    count rule, a measurement limit, a choice marked as failing. Text items,
    advisory items and choices without a failing choice only record the answer.
    """
    if item.answer == "pass_fail":
        return True
    if item.severity == "advisory":
        return False
    if item.answer == "count":
        return item.count_rule is not None
    if item.answer == "measurement":
        return item.limit is not None
    if item.answer == "choice":
        return any(c.fails for c in item.choices)
    return False


def item_deduction(item: Item, status: str, value: AnswerValue | None) -> float:
    if status != FAIL or item.severity == "advisory":
        return 0.0
    amount = float(item.points)
    if item.per_unit and item.answer == "count" and item.count_rule and value is not None:
        amount = float(item.points) * item.count_rule.units(int(value.count or 0))
    if item.max_deduction is not None:
        amount = min(amount, float(item.max_deduction))
    return amount


def score_item(
    key: ItemKey, item: Item, value: AnswerValue | None, limit: Limit | None = None
) -> ItemScore:
    status = item_status(item, value, limit)
    weight = 0.0 if status == NA else item_weight(item)
    deduction = item_deduction(item, status, value)
    return ItemScore(key, status, weight, deduction, status == FAIL and item.is_red_line)


def score(
    items: Iterable[tuple[ItemKey, Item]],
    answers: Mapping[ItemKey, AnswerValue],
    limits: Mapping[ItemKey, Limit] | None = None,
    hidden: Iterable[ItemKey] = (),
) -> ScoreResult:
    """Score every item against its answer; ``limits`` replaces an item's own limit
    (the distance policy's limit for the 200 m item); ``hidden`` items (their
    condition does not hold) weigh and deduct nothing, whatever their answer."""
    limits = limits or {}
    hidden = set(hidden)
    scored: dict[ItemKey, ItemScore] = {}
    for key, item in items:
        if key in hidden:
            scored[key] = ItemScore(key, HIDDEN, 0.0, 0.0, False)
            continue
        scored[key] = score_item(key, item, answers.get(key), limits.get(key))
    return summarise(scored)


def summarise(scored: dict[ItemKey, ItemScore]) -> ScoreResult:
    """The score, maximum, deductions and result of items already scored one by one
    (what :func:`score` ends with; a save that rescored one item reuses it)."""
    max_score = sum(s.weight for s in scored.values())
    deductions = sum(s.deduction for s in scored.values())
    red = any(s.red_line for s in scored.values())
    if red:
        result = RESULT_BLACKLIST
    elif deductions > 0:
        result = RESULT_DEDUCTED
    else:
        result = RESULT_PASS
    return ScoreResult(
        score=round(max(0.0, max_score - deductions), 2),
        max_score=round(max_score, 2),
        deductions=round(deductions, 2),
        red_line=red,
        result=result,
        items=scored,
    )
