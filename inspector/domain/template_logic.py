"""Checking a template's logic: conditions (``relevant``), constraints and repeats.

:func:`item_logic` and :func:`section_logic` read the fields of one item or
section; :func:`check_logic` then checks the template as a whole: every
``${name}`` must name an item that comes *earlier* (so conditions can never
form a cycle; an item or section naming itself or its own items is reported
as a cycle), comparisons must fit the kinds of the items they name, and the
first item of a repeated section must be the text item that names the
instance (a stall's number or name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from inspector.domain.conditions import (
    ExpressionError,
    Operand,
    check_expression,
    parse_expression,
    references,
)
from inspector.domain.template_model import Item, Section
from inspector.domain.text import Message

Add = Callable[[str, str], None]


def _expression(add: Add, d: dict[str, Any], key: str, where: str) -> str:
    value = d.get(key)
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        add(where, Message("{} 应为文字表达式，实为 {!r}", key, value))
        return ""
    try:
        parse_expression(value)
    except ExpressionError as e:
        add(where, Message("{}：{}", key, e.message))
        return ""
    return value.strip()


def item_logic(add: Add, d: dict[str, Any], code: str) -> tuple[str, str]:
    """The item's ``relevant`` and ``constraint`` texts, each checked for syntax."""
    return _expression(add, d, "relevant", code), _expression(add, d, "constraint", code)


def section_logic(add: Add, d: dict[str, Any], code: str) -> str:
    """The section's ``relevant`` text, checked for syntax."""
    return _expression(add, d, "relevant", code)


def _operand(item: Item) -> Operand:
    return Operand(item.answer, tuple(c.code for c in item.choices))


def check_logic(sections: Sequence[Section]) -> list[tuple[str, str]]:
    """(where, sentence) for every reference or type problem of the template."""
    out: list[tuple[str, str]] = []
    position: dict[str, int] = {}
    section_of: dict[str, Section] = {}
    n = 0
    for s in sections:
        for i in s.items:
            position[i.code] = n
            section_of[i.code] = s
            n += 1
    visible: dict[str, Operand] = {}  # items before the current point, outside repeats
    for s in sections:
        own = {i.code for i in s.items}
        if s.relevant:
            expr = parse_expression(s.relevant)
            names = references(expr)
            for name in names:
                if name in own:
                    msg = Message(
                        "relevant：分节条件引用了本分节的检查项 ${{{}}}（循环引用）", name
                    )
                    out.append((s.code, msg))
            _refs(out, s.code, "relevant", expr, visible, position, section_of, own, None)
        if s.repeat and s.items and s.items[0].answer != "text":
            out.append(
                (
                    s.code,
                    Message(
                        "重复分节的第一项应为文字项（填写摊位号或名称），实为 {}", s.items[0].answer
                    ),
                )
            )
        inner: dict[str, Operand] = dict(visible)
        for item in s.items:
            for key in ("relevant", "constraint"):
                text = getattr(item, key)
                if not text:
                    continue
                expr = parse_expression(text)
                self_op = _operand(item) if key == "constraint" else None
                _refs(
                    out,
                    item.code,
                    key,
                    expr,
                    inner,
                    position,
                    section_of,
                    set(),
                    self_op,
                    item.code,
                )
            inner[item.code] = _operand(item)
        if not s.repeat:
            visible = inner
    return out


def _refs(
    out: list[tuple[str, str]],
    where: str,
    key: str,
    expr: Any,
    known: dict[str, Operand],
    position: dict[str, int],
    section_of: dict[str, Section],
    skip: set[str],
    self_op: Operand | None,
    self_code: str | None = None,
) -> None:
    ok = True
    for name in references(expr):
        if name in skip:
            ok = False
            continue
        if name == self_code:
            out.append((where, Message("{}：条件引用了本项自身 ${{{}}}（循环引用）", key, name)))
            ok = False
        elif name not in position:
            out.append((where, Message("{}：${{{}}} 不是本模板的检查项", key, name)))
            ok = False
        elif name not in known:
            if (
                section_of[name].repeat
                and self_code is not None
                and (position[name] < position.get(self_code, 0))
            ):
                msg = Message("{}：${{{}}} 在重复分节内，只能在该分节内引用", key, name)
            else:
                msg = Message("{}：引用了后面的检查项 ${{{}}}，只能引用前面的项", key, name)
            out.append((where, msg))
            ok = False
    if ok:
        for message in check_expression(expr, known, self_op):
            out.append((where, Message("{}：{}", key, message)))
