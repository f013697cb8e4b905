"""The rows of the on-site record: items as asked, stall by stall, hidden items left out.

Items whose condition (``relevant``) does not hold are not printed; a
repeated section (a market's stalls) is printed once per stall, titled with
the stall's number or name (the answer to its first item).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from inspector.domain.relevance import hidden_keys, instance_code
from inspector.domain.scoring import AnswerValue, ItemKey
from inspector.domain.templates import Template
from inspector.reports.labels import fmt, label
from inspector.reports.model import ItemRow, SectionRows
from inspector.services.inspection.view import ItemRef, walk_items

RECORDED = "记录"  # an answer kept as it was given, with no verdict (text, advisory, no rule)


def record_sections(
    templates: list[tuple[Any, Template]],
    site_kind: str,
    answers: Mapping[ItemKey, Any],
    value_of: Callable[[ItemRef], AnswerValue | None],
    row_of: Callable[[ItemRef], ItemRow],
    lang: str,
) -> list[SectionRows]:
    """One block of rows per section (per stall for repeated sections), in walking order.

    ``answers`` are the stored answer rows by (template id, stored code);
    ``value_of`` gives an item's answer in force, ``row_of`` its printed row.
    """
    titles = {tpl.id: tpl.title.get(lang) for _row, tpl in templates}
    blocks: dict[tuple[str, str, int], tuple[str, list[ItemRow]]] = {}
    for r in asked_refs(templates, site_kind, answers, value_of):
        section = instance_title(r, answers, lang) or r.section.title.get(lang)
        title = f"{titles.get(r.template_id, r.template_id)} · {section}"
        blocks.setdefault((r.template_id, r.section.code, r.instance), (title, []))[1].append(
            row_of(r)
        )
    return [SectionRows(title, tuple(rows)) for title, rows in blocks.values() if rows]


def asked_refs(
    templates: list[tuple[Any, Template]],
    site_kind: str,
    answers: Mapping[ItemKey, Any],
    value_of: Callable[[ItemRef], AnswerValue | None],
) -> list[ItemRef]:
    """The items as walked (stall by stall) whose conditions hold, in walking order."""
    refs = walk_items(templates, site_kind, answers)
    values = {r.key: v for r in refs if (v := value_of(r)) is not None}
    return _shown(refs, hidden_keys(refs, values))


def instance_title(ref: ItemRef, answers: Mapping[ItemKey, Any], lang: str) -> str:
    """ "摊位 B07" for an item of a repeated section's instance, "" otherwise."""
    if not ref.instance:
        return ""
    first = answers.get((ref.template_id, instance_code(ref.section.items[0].code, ref.instance)))
    name = (getattr(first, "text", None) or "").strip() or f"#{ref.instance}"
    return f"{ref.section.title.get(lang)} {name}"


def _shown(refs: Iterable[ItemRef], hidden: set[ItemKey]) -> list[ItemRef]:
    return [r for r in refs if r.key not in hidden]


PURPOSE_LABELS = {"distance": "距离测量", "header": "现场", "correction": "整改"}


def photo_caption(b: Any, p: Any, lang: str = "zh_CN") -> str:
    """A photo's caption: the item's code and text it shows, then the inspector's caption."""
    if p.item_code:
        named = p.item_code
        for _row, tpl in b.templates:
            item = tpl.item(p.item_code)
            if item is not None:
                named = f"{item.code} {item.text.get(lang)}"
                break
        return fmt("{}：{}", lang, named, p.caption) if p.caption else named
    return p.caption or label(PURPOSE_LABELS.get(p.purpose, "现场照片"), lang)
