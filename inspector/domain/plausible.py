"""Which numbers an inspector can have meant: hard ranges, plausible ranges, cross-checks.

Two ranges guard every count and measurement:

* the **hard range** is what no inspection can hold (a negative count, a share
  above 100 %, a school 100 km away). A value outside it is refused everywhere:
  in the walk, by the services, in a sync package. It depends only on the
  answer kind and the unit (:func:`hard_range`).
* the **plausible range** is what an inspection usually holds. A value outside
  it is not refused: the walk shows it beside the range and asks the inspector
  to confirm, and the confirmation is written into the answer's note and the
  audit log so that the office sees it. An item may give its own range
  (``plausible: {min: …, max: …}`` in the template); otherwise it is derived
  from the item's limit or count rule (:func:`plausible_range`), except for an
  item with a ``constraint``, whose accepted values the template already says.

A measured distance to a school is also compared with the straight line the
app computed from the coordinates (:func:`contradicts_computed`): a figure that
differs from it by more than :data:`CROSS_CHECK_FACTOR` times and by more than
:data:`CROSS_CHECK_MIN_M` metres is asked about the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from inspector.domain.template_model import Item
from inspector.domain.text import Message

COUNT_MAX = 99_999  # no count of posters, people or spots reaches this
# Hard ranges of measurements by unit; any other unit gets DEFAULT_HARD.
HARD_BY_UNIT: dict[str, tuple[float, float]] = {
    "m": (0.0, 100_000.0),  # a school 100 km away is not near the site
    "min": (0.0, 1_440.0),  # a waiting time of more than a day
    "%": (0.0, 100.0),
}
DEFAULT_HARD = (-1_000_000.0, 1_000_000.0)
# Plausible upper end of a measurement whose limit gives no scale (``limit: {min: 0}``).
PLAUSIBLE_BY_UNIT: dict[str, float] = {"m": 1_000.0}
PLAUSIBLE_FACTOR = 10  # derived plausible range: up to ten times the limit or threshold
COUNT_PLAUSIBLE_MAX = 100  # derived plausible range of a count reaches at least this
CROSS_CHECK_FACTOR = 3.0  # measured vs. computed distance: more than three times apart …
CROSS_CHECK_MIN_M = 100.0  # … and more than this many metres apart
CONFIRMED_PREFIX = "〔已核实〕"  # starts the note line of a confirmed value


@dataclass(frozen=True)
class Range:
    """Inclusive bounds; either may be open (None)."""

    min: float | None = None
    max: float | None = None

    def holds(self, value: float) -> bool:
        if self.min is not None and value < self.min:
            return False
        return not (self.max is not None and value > self.max)

    def text(self) -> str:
        """ "0–2000", "≥ 0", "≤ 15" (numbers without needless decimals)."""
        lo, hi = self.min, self.max
        if lo is not None and hi is not None:
            return f"{_num(lo)}–{_num(hi)}"
        if lo is not None:
            return f"≥ {_num(lo)}"
        if hi is not None:
            return f"≤ {_num(hi)}"
        return "—"


def hard_range_of(answer: str, unit: str = "") -> Range | None:
    """The hard range of an answer kind and unit (None for kinds without a number)."""
    if answer == "count":
        return Range(0, COUNT_MAX)
    if answer == "measurement":
        lo, hi = HARD_BY_UNIT.get(unit.strip(), DEFAULT_HARD)
        return Range(lo, hi)
    return None


def hard_range(item: Item) -> Range | None:
    return hard_range_of(item.answer, item.unit)


def plausible_range(item: Item) -> Range | None:
    """The item's own ``plausible`` range, else one derived from its limit or count rule."""
    hard = hard_range(item)
    if hard is None:
        return None
    own = item.plausible
    if own is not None:
        return Range(
            own.min if own.min is not None else hard.min,
            own.max if own.max is not None else hard.max,
        )
    if item.constraint:
        return hard  # the template's own constraint says what it accepts: nothing to derive
    if item.answer == "count":
        rule = item.count_rule
        thresholds = (
            [t for t in (rule.fail_above, rule.fail_below) if t is not None] if rule else []
        )
        top = max([COUNT_PLAUSIBLE_MAX, *(PLAUSIBLE_FACTOR * t for t in thresholds)])
        return Range(0, min(top, COUNT_MAX))
    bounds = [abs(b) for b in (item.limit.min, item.limit.max) if b] if item.limit else []
    assert hard.max is not None and hard.min is not None
    if not bounds:
        return Range(hard.min, min(hard.max, PLAUSIBLE_BY_UNIT.get(item.unit.strip(), hard.max)))
    reach = min(PLAUSIBLE_FACTOR * max(bounds), hard.max)
    return Range(max(hard.min, -reach), reach)


def out_of_hard_range(item: Item, value: float) -> Message | None:
    """A sentence when ``value`` lies outside the item's hard range, else None."""
    hard = hard_range(item)
    if hard is None or hard.holds(value):
        return None
    return hard_refusal(item.code, value, hard, item.unit)


def hard_refusal(code: str, value: float, hard: Range, unit: str = "") -> Message:
    return Message(
        "检查项 {} 的数值 {} 不可能成立（允许 {}），请核对后重新输入。",
        code,
        with_unit(_num(value), unit),
        with_unit(hard.text(), unit),
    )


def implausible(item: Item, value: float) -> Message | None:
    """A sentence when ``value`` is possible but outside the item's plausible range."""
    plausible = plausible_range(item)
    if plausible is None or plausible.holds(value):
        return None
    return Message(
        "检查项 {} 的数值 {} 远超出通常范围（{}）。",
        item.code,
        with_unit(_num(value), item.unit),
        with_unit(plausible.text(), item.unit),
    )


def with_unit(text: str, unit: str) -> str:
    return f"{text} {unit}" if unit else text


def contradicts_computed(measured_m: float, computed_m: float | None) -> bool:
    """True when a measured distance and the straight line from the coordinates disagree
    by more than the cross-check allows (never when nothing was computed)."""
    if computed_m is None:
        return False
    if abs(measured_m - computed_m) <= CROSS_CHECK_MIN_M:
        return False
    low, high = sorted((measured_m, computed_m))
    return high > CROSS_CHECK_FACTOR * max(low, 0.1)


def confirmation_line(what: Message) -> Message:
    """The line added to an answer's note when the inspector confirms a surprising value."""
    return Message(CONFIRMED_PREFIX + "{}检查员确认数值无误。", what)


def parse_plausible(
    add: Callable[[str, Message], None],
    number: Callable[[Any, str, str], float | None],
    d: dict[str, Any],
    code: str,
    answer: Any,
) -> tuple[float | None, float | None] | None:
    """Read and check an item's ``plausible: {min, max}`` (counts and measurements only)."""
    pd = d.get("plausible")
    if pd is None:
        return None
    if answer not in ("count", "measurement"):
        add(code, Message("plausible 只适用于计数项（count）和测量项（measurement）"))
        return None
    if not isinstance(pd, dict) or not ({"min", "max"} & set(pd)):
        add(code, Message("plausible 应写成 {min: …} 或 {max: …} 或两者"))
        return None
    for key in sorted(set(pd) - {"min", "max"}):
        add(code, Message("plausible 中有未知字段 {!r}（只支持 min、max）", key))
    lo = number(pd.get("min"), code, "plausible.min")
    hi = number(pd.get("max"), code, "plausible.max")
    if lo is not None and hi is not None and lo > hi:
        add(code, Message("plausible.min 大于 plausible.max"))
        return None
    unit = d.get("unit") if isinstance(d.get("unit"), str) else ""
    hard = hard_range_of(str(answer), unit or "")
    if hard is not None:
        for name, v in (("plausible.min", lo), ("plausible.max", hi)):
            if v is not None and not hard.holds(v):
                add(code, Message("{} {} 超出该单位可能的范围（{}）", name, _num(v), hard.text()))
    if lo is None and hi is None:
        return None
    return lo, hi


def _num(value: float) -> str:
    """A figure as typed: no exponent, no needless decimals."""
    return f"{value:.12g}" if abs(value) < 1e12 else f"{value:.0f}"
