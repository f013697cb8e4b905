"""The checklist template's parts as frozen dataclasses: items, sections, choices, limits.

Built by :func:`inspector.domain.templates.parse_template`; the template itself
(:class:`~inspector.domain.templates.Template`) and its validation live there.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.domain.text import LocalText


@dataclass(frozen=True)
class Choice:
    code: str
    text: LocalText
    fails: bool = False


@dataclass(frozen=True)
class Limit:
    """A measurement passes when ``min <= value <= max`` (either bound optional)."""

    min: float | None = None
    max: float | None = None

    def passes(self, value: float) -> bool:
        if self.min is not None and value < self.min:
            return False
        return not (self.max is not None and value > self.max)


@dataclass(frozen=True)
class CountRule:
    """A count fails when it is above ``fail_above`` or below ``fail_below``."""

    fail_above: int | None = None
    fail_below: int | None = None

    def fails(self, count: int) -> bool:
        if self.fail_above is not None and count > self.fail_above:
            return True
        return self.fail_below is not None and count < self.fail_below

    def units(self, count: int) -> int:
        """How many units the count misses by (for per-unit deductions)."""
        if self.fail_above is not None and count > self.fail_above:
            return count - self.fail_above
        if self.fail_below is not None and count < self.fail_below:
            return self.fail_below - count
        return 0


@dataclass(frozen=True)
class Item:
    code: str
    text: LocalText
    answer: str  # one of ANSWER_KINDS
    severity: str  # one of SEVERITIES
    points: float = 0.0  # weight of the item and the deduction when it fails
    per_unit: bool = False  # deduct ``points`` per unit a count misses by
    max_deduction: float | None = None
    count_rule: CountRule | None = None
    unit: str = ""
    limit: Limit | None = None
    choices: tuple[Choice, ...] = ()
    photo_on_fail: bool = False
    required: bool = True
    applies_to: tuple[str, ...] = ()  # empty: the template's applicability
    guidance: LocalText | None = None
    rule: str | None = None  # special handling, e.g. "distance_to_school"
    rectify_days: int | None = None
    escalate_on_recheck: bool = False  # red line still failing at a re-check: refer at once
    relevant: str = ""  # a condition over earlier answers (see inspector.domain.conditions)
    constraint: str = ""  # a condition the value itself must meet ("." is the value)
    constraint_message: LocalText | None = None
    note_on_fail: bool = False  # a note is required when the item fails
    correction: LocalText | None = None  # what the party must do (the notice's 整改要求)
    legal_basis: LocalText | None = None  # the law, regulation or local rule; else the template's
    referral: bool = False  # a failure no deadline can cure: referred, not given days
    plausible: Limit | None = None  # usual values; outside them the walk asks to confirm

    @property
    def is_red_line(self) -> bool:
        return self.severity == "red_line"

    @property
    def can_fail(self) -> bool:
        """Whether some answer fails this item (and so a notice may have to list it)."""
        if self.answer == "pass_fail":
            return True
        if self.answer == "count":
            return self.count_rule is not None
        if self.answer == "measurement":
            return self.limit is not None
        if self.answer == "choice":
            return any(c.fails for c in self.choices)
        return False  # free text records, it does not judge

    def applies(self, site_kind: str | None) -> bool:
        return not self.applies_to or site_kind is None or site_kind in self.applies_to


@dataclass(frozen=True)
class Section:
    code: str
    title: LocalText
    items: tuple[Item, ...]
    relevant: str = ""  # the whole section is asked only when this holds
    repeat: bool = False  # answered once per instance (a market stall by stall)
