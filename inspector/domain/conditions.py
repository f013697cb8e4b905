"""Conditions and constraints of checklist items, read by a grammar (never ``eval``).

The language is the part of XLSForm's expressions a checklist needs:
references to earlier answers as ``${code}``, the item's own value as ``.``,
numbers, quoted strings, the comparisons ``= != < <= > >=``, ``and``, ``or``,
``not(...)``, ``selected(${code}, 'option')`` and parentheses. The grammar is
a lark LALR grammar; :func:`parse_expression` turns a text into a small tree
of tuples, :func:`check_expression` checks it against the kinds of the items
it names, and :func:`evaluate` computes it over the answers given so far.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError, UnexpectedInput

from inspector.domain.text import Message

_GRAMMAR = r"""
?start: or_expr
?or_expr: and_expr (_OR and_expr)*
?and_expr: unary (_AND unary)*
?unary: _NOT "(" or_expr ")"   -> not_expr
      | comparison
      | selected
      | "(" or_expr ")"
selected: _SELECTED "(" REF "," STRING ")"
comparison: value COMP value
?value: REF      -> ref
      | DOT      -> dot
      | NUMBER   -> number
      | STRING   -> string
_OR: "or"
_AND: "and"
_NOT: "not"
_SELECTED: "selected"
REF: /\$\{[A-Za-z_][A-Za-z0-9_.\-]*\}/
DOT: "."
NUMBER: /-?\d+(\.\d+)?/
STRING: /'[^']*'/ | /"[^"]*"/
COMP: "<=" | ">=" | "!=" | "=" | "<" | ">"
%import common.WS
%ignore WS
"""

# The tree: ("or", a, b, ...), ("and", a, b, ...), ("not", e), ("cmp", op, left, right),
# ("selected", name, code), ("ref", name), ("dot",), ("num", float), ("str", text).
Expr = tuple[Any, ...]

NUMBER_KINDS = ("count", "measurement")
TEXT_KINDS = ("pass_fail", "choice", "text")
PASS_FAIL_VALUES = ("pass", "fail", "na")


class ExpressionError(ValueError):
    """A condition or constraint that cannot be read; ``message`` is a zh_CN Message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class _ToTuples(Transformer):
    def or_expr(self, items: list[Expr]) -> Expr:
        return ("or", *items)

    def and_expr(self, items: list[Expr]) -> Expr:
        return ("and", *items)

    def not_expr(self, items: list[Expr]) -> Expr:
        return ("not", items[0])

    def comparison(self, items: list[Any]) -> Expr:
        left, op, right = items
        return ("cmp", str(op), left, right)

    def selected(self, items: list[Token]) -> Expr:
        return ("selected", str(items[0])[2:-1], str(items[1])[1:-1])

    def ref(self, items: list[Token]) -> Expr:
        return ("ref", str(items[0])[2:-1])

    def dot(self, items: list[Token]) -> Expr:
        return ("dot",)

    def number(self, items: list[Token]) -> Expr:
        return ("num", float(items[0]))

    def string(self, items: list[Token]) -> Expr:
        return ("str", str(items[0])[1:-1])


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(_GRAMMAR, parser="lalr", maybe_placeholders=False)


@lru_cache(maxsize=1024)
def parse_expression(text: str) -> Expr:
    """The tree of ``text``; raises :class:`ExpressionError` with a sentence."""
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as e:
        col = getattr(e, "column", "?")
        raise ExpressionError(
            Message("表达式第 {} 个字符处无法理解：{}", col, text.strip())
        ) from None
    except LarkError:
        raise ExpressionError(Message("表达式无法理解：{}", text.strip())) from None
    out = _ToTuples().transform(tree)
    if out[0] in ("ref", "dot", "num", "str"):
        raise ExpressionError(Message("表达式应为比较或 selected(…)，不是单独的值：{}", text))
    return out


def references(expr: Expr) -> list[str]:
    """The item codes an expression names, in order of appearance."""
    tag = expr[0]
    if tag == "ref":
        return [expr[1]]
    if tag == "selected":
        return [expr[1]]
    if tag == "cmp":
        return references(expr[2]) + references(expr[3])
    if tag in ("or", "and", "not"):
        return [n for e in expr[1:] for n in references(e)]
    return []


@dataclass(frozen=True)
class Operand:
    """What an expression may know about a named item (or about ``.``)."""

    kind: str  # an answer kind
    choices: tuple[str, ...] = ()


def _value_type(node: Expr, names: Mapping[str, Operand], self_kind: Operand | None) -> Any:
    tag = node[0]
    if tag == "num":
        return "number"
    if tag == "str":
        return "string"
    op = self_kind if tag == "dot" else names.get(node[1])
    if op is None:
        return None
    return op


def check_expression(
    expr: Expr, names: Mapping[str, Operand], self_kind: Operand | None = None
) -> list[str]:
    """Type errors of ``expr`` (names must already be known; unknown names are skipped)."""
    problems: list[str] = []
    _check(expr, names, self_kind, problems)
    return problems


def _check(
    expr: Expr, names: Mapping[str, Operand], self_kind: Operand | None, out: list[str]
) -> None:
    tag = expr[0]
    if tag in ("or", "and", "not"):
        for e in expr[1:]:
            _check(e, names, self_kind, out)
        return
    if tag == "selected":
        op = names.get(expr[1])
        if op is not None and op.kind != "choice":
            out.append(Message("selected() 只能用于选择项，${{{}}} 是 {}", expr[1], op.kind))
        elif op is not None and expr[2] not in op.choices:
            out.append(Message("${{{}}} 没有选项 {!r}", expr[1], expr[2]))
        return
    if tag != "cmp":
        return
    if self_kind is None and "dot" in (expr[2][0], expr[3][0]):
        out.append(Message("“.”（本项的值）只能用于 constraint，不能用于 relevant"))
        return
    op_name, left, right = expr[1], expr[2], expr[3]
    lt = _value_type(left, names, self_kind)
    rt = _value_type(right, names, self_kind)
    if lt is None or rt is None:
        return
    for side, lit in ((lt, rt), (rt, lt)):
        if not isinstance(side, Operand):
            continue
        item_type = "number" if side.kind in NUMBER_KINDS else "string"
        other = (
            lit if isinstance(lit, str) else ("number" if lit.kind in NUMBER_KINDS else "string")
        )
        if item_type != other:
            out.append(
                Message(
                    "类型不符：{} 项不能与{}比较",
                    side.kind,
                    "数字" if other == "number" else "文字",
                )
            )
            return
        if item_type == "string" and op_name not in ("=", "!="):
            out.append(Message("类型不符：{} 项只能用 = 或 != 比较", side.kind))
            return
    literal = right if isinstance(lt, Operand) else left
    item_op = lt if isinstance(lt, Operand) else rt
    if isinstance(item_op, Operand) and literal[0] == "str":
        allowed = PASS_FAIL_VALUES if item_op.kind == "pass_fail" else item_op.choices
        if item_op.kind in ("pass_fail", "choice") and literal[1] not in allowed:
            out.append(Message("取值 {!r} 不是 {} 之一", literal[1], ", ".join(allowed)))


def evaluate(expr: Expr, lookup: Callable[[str], Any], self_value: Any = None) -> bool:
    """True or False for ``expr``; a comparison with an unanswered item is False."""
    tag = expr[0]
    if tag == "or":
        return any(evaluate(e, lookup, self_value) for e in expr[1:])
    if tag == "and":
        return all(evaluate(e, lookup, self_value) for e in expr[1:])
    if tag == "not":
        return not evaluate(expr[1], lookup, self_value)
    if tag == "selected":
        return lookup(expr[1]) == expr[2]
    if tag == "cmp":
        left = _value(expr[2], lookup, self_value)
        right = _value(expr[3], lookup, self_value)
        if left is None or right is None:
            return False
        return _compare(expr[1], left, right)
    raise ValueError(f"not a condition: {expr!r}")


def _value(node: Expr, lookup: Callable[[str], Any], self_value: Any) -> Any:
    tag = node[0]
    if tag in ("num", "str"):
        return node[1]
    if tag == "dot":
        return self_value
    return lookup(node[1])


def _compare(op: str, a: Any, b: Any) -> bool:
    if isinstance(a, int | float) != isinstance(b, int | float):
        return False
    if op == "=":
        return bool(a == b)
    if op == "!=":
        return bool(a != b)
    if op == "<":
        return bool(a < b)
    if op == "<=":
        return bool(a <= b)
    if op == ">":
        return bool(a > b)
    return bool(a >= b)
