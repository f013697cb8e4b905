"""A bounded, strict JSON reader for text that has not been authenticated yet.

Package manifests are read before their signature can be checked, and record
lines come from a device that may write only some rows: both are parsed here,
never with a bare ``json.loads``. The text must fit a size cap; nesting deeper
than a depth cap is refused before the parser sees it (a few thousand nested
arrays would otherwise end in a ``RecursionError``); duplicate keys, ``NaN``,
``Infinity``, numbers too large for a float and integers outside SQLite's
64-bit range are refused. Every refusal is a :class:`JSONRefused` whose only
argument is a translatable :class:`~inspector.domain.text.Message` naming the
reason (the caller says where: which file, which line).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from inspector.domain.text import Message

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


class JSONRefused(ValueError):
    """The text is not the JSON this program accepts; ``args[0]`` is the reason (a Message)."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise JSONRefused(Message("键 “{}” 出现了两次", key[:80]))
        out[key] = value
    return out


def _constant(name: str) -> Any:
    raise JSONRefused(Message("含有 JSON 不允许的值 {}", name))


def _integer(text: str) -> int:
    digits = text.lstrip("-")
    if len(digits) > 19:
        raise JSONRefused(Message("整数 {}… 超出 64 位整数的范围", text[:20]))
    value = int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise JSONRefused(Message("整数 {} 超出 64 位整数的范围", text))
    return value


def _float(text: str) -> float:
    if len(text) > 64:
        raise JSONRefused(Message("数字 {}… 过长", text[:20]))
    value = float(text)
    if not math.isfinite(value):
        raise JSONRefused(Message("数字 {} 超出浮点数的范围", text[:40]))
    return value


def nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in ``text`` (brackets inside strings do not count)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    depth = deepest = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def loads(data: bytes | str, *, max_bytes: int, max_depth: int) -> Any:
    """Parse ``data`` strictly within the limits; raise :class:`JSONRefused` with the reason."""
    size = len(data.encode("utf-8") if isinstance(data, str) else data)
    if size > max_bytes:
        raise JSONRefused(Message("长度 {} 字节，超过上限 {} 字节", size, max_bytes))
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise JSONRefused(Message("不是 UTF-8 文本")) from None
    else:
        text = data
    text = text.removeprefix("\ufeff")
    depth = nesting_depth(text)
    if depth > max_depth:
        raise JSONRefused(Message("嵌套 {} 层，超过上限 {} 层", depth, max_depth))
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_constant,
            parse_int=_integer,
            parse_float=_float,
        )
    except JSONRefused:
        raise
    except (ValueError, RecursionError):
        raise JSONRefused(Message("不是有效的 JSON")) from None
