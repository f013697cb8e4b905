"""Which items of an inspection are asked: conditions over the answers, and repeats.

An item is *hidden* when its own ``relevant`` or its section's does not hold
for the answers given so far. Hidden items are not scored, not required and
not printed; their answers stay recorded and count again once the condition
holds. A repeated section (a market's stalls) is answered once per instance;
instance ``n`` of item ``code`` is stored under the code ``code#n``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from inspector.domain.conditions import evaluate, parse_expression
from inspector.domain.scoring import AnswerValue, ItemKey
from inspector.domain.template_model import Item, Section

INSTANCE_MARK = "#"


def instance_code(code: str, instance: int) -> str:
    """The stored code of ``code`` in repeat instance ``instance`` (0: not repeated)."""
    return f"{code}{INSTANCE_MARK}{instance}" if instance else code


def split_code(stored: str) -> tuple[str, int]:
    """(item code, instance) of a stored code; instance 0 outside repeats."""
    base, mark, n = stored.rpartition(INSTANCE_MARK)
    if mark and n.isdigit() and base:
        return base, int(n)
    return stored, 0


class Slot(Protocol):
    """One item as walked: an item of a template, in an instance of its section."""

    @property
    def template_id(self) -> str: ...

    @property
    def section(self) -> Section: ...

    @property
    def item(self) -> Item: ...

    @property
    def instance(self) -> int: ...

    @property
    def key(self) -> ItemKey: ...


def condition_value(item: Item, value: AnswerValue | None) -> Any:
    """What ``${code}`` stands for: the outcome, count, measurement, choice or text."""
    if value is None:
        return None
    if item.answer == "pass_fail":
        return value.outcome
    if value.is_na:
        return None
    if item.answer == "count":
        return value.count
    if item.answer == "measurement":
        return value.measurement
    if item.answer == "choice":
        return value.choice or None
    return (value.text or "").strip() or None


def hidden_keys(slots: Iterable[Slot], answers: Mapping[ItemKey, AnswerValue]) -> set[ItemKey]:
    """The keys of the items whose condition (or whose section's) does not hold."""
    plain: dict[tuple[str, str], Any] = {}
    inside: dict[tuple[str, str, int, str], Any] = {}
    sections: dict[tuple[str, str, int], bool] = {}
    hidden: set[ItemKey] = set()
    for slot in slots:
        tid, sec, n = slot.template_id, slot.section, slot.instance

        def lookup(name: str, tid: str = tid, sec: Section = sec, n: int = n) -> Any:
            if n and (tid, sec.code, n, name) in inside:
                return inside[(tid, sec.code, n, name)]
            return plain.get((tid, name))

        skey = (tid, sec.code, n)
        if skey not in sections:
            sections[skey] = not sec.relevant or evaluate(parse_expression(sec.relevant), lookup)
        shown = sections[skey] and (
            not slot.item.relevant or evaluate(parse_expression(slot.item.relevant), lookup)
        )
        value = condition_value(slot.item, answers.get(slot.key)) if shown else None
        if n:
            inside[(tid, sec.code, n, slot.item.code)] = value
        else:
            plain[(tid, slot.item.code)] = value
        if not shown:
            hidden.add(slot.key)
    return hidden


def constraint_holds(
    item: Item, value: Any, lookup: Callable[[str], Any] = lambda _name: None
) -> bool:
    """True when ``item`` has no constraint, the value is empty, or the constraint holds."""
    if not item.constraint or value is None:
        return True
    return evaluate(parse_expression(item.constraint), lookup, value)
