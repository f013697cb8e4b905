"""What an amended record prints: rows scored from the answers in force, and the history.

An amendment keeps the original answer and adds the corrected one; the
inspection's score and result are recomputed from the answers in force. The
record then prints every row from that same scoring (value, result and
deduction of the amended answer), so the rows add up to the total, and lists
each amendment (old → new, when, who, why) in a section of its own.
"""

from __future__ import annotations

from typing import Any

from inspector.domain.scoring import FAIL, NA, PASS, AnswerValue, ItemScore
from inspector.domain.templates import Item
from inspector.reports.labels import label
from inspector.reports.model import AmendmentLine
from inspector.services.core.context import AppContext

RESULT_OF_STATUS = {PASS: "合格", FAIL: "不合格", NA: "不适用"}


def scored_items(ctx: AppContext, b: Any) -> dict[tuple[str, str], ItemScore] | None:
    """Per-item scores of an amended inspection (from the answers in force), else None."""
    if not b.amendment_log:
        return None
    from inspector.services.inspection.view import load_inspection

    view = load_inspection(ctx, b.inspection.id)
    return dict(view.score.items) if view.score is not None else None


def row_result(score: ItemScore, fallback: str, lang: str) -> str:
    """The row's result from its score (the value's own label when the item is not pass/fail)."""
    text = RESULT_OF_STATUS.get(score.status)
    return label(text, lang) if text else fallback


def deduction_text(amount: float) -> str:
    return f"-{amount:g}" if amount else ""


def _value_text(item: Item | None, v: Any, lang: str) -> str:
    """An answer (original or amended) in a few words: result, count, measurement, choice."""
    if v is None:
        return label("未检查", lang)
    if v.outcome == NA or (
        v.outcome in RESULT_OF_STATUS and (item is None or item.answer == "pass_fail")
    ):
        return label(RESULT_OF_STATUS[v.outcome], lang)
    if v.count is not None:
        return str(v.count)
    if v.measurement is not None:
        unit = item.unit if item is not None else ""
        return f"{v.measurement:g}{(' ' + unit) if unit else ''}"
    if v.choice:
        for c in item.choices if item is not None else ():
            if c.code == v.choice:
                return c.text.get(lang)
        return v.choice
    return v.text or label("未检查", lang)


def history(b: Any, lang: str, when) -> tuple[AmendmentLine, ...]:
    """Every amendment, oldest first, with the value it replaced.

    ``when`` formats a UTC time as the documents print it (local time).
    """
    items: dict[tuple[str, str], Item] = {}
    for row, tpl in b.templates:
        for _section, item in tpl.items():
            items[(row.template_id, item.code)] = item
    before: dict[tuple[str, str], Any] = {}
    out: list[AmendmentLine] = []
    for a in b.amendment_log:
        key = (a.template_id, a.item_code)
        item = items.get(key)
        old = before.get(key, b.answers.get(key))
        out.append(
            AmendmentLine(
                item=f"{a.item_code} {item.text.get(lang)}" if item else a.item_code,
                old=_value_text(item, old, lang),
                new=_value_text(item, a, lang),
                at=when(a.at),
                actor=a.actor,
                reason=a.reason,
            )
        )
        before[key] = a
    return tuple(out)


def as_value(a: Any) -> AnswerValue:
    return AnswerValue(
        outcome=a.outcome, count=a.count, measurement=a.measurement, text=a.text, choice=a.choice
    )
