"""The strict JSON reader used for everything read from a package before it is trusted."""

from __future__ import annotations

import pytest

from inspector.sync.strict_json import INT64_MAX, INT64_MIN, JSONRefused, loads, nesting_depth


def _reason(text, **limits) -> str:
    with pytest.raises(JSONRefused) as caught:
        loads(text, **{"max_bytes": 10_000, "max_depth": 8, **limits})
    return str(caught.value.args[0])


def test_accepts_plain_json_at_the_limits():
    doc = f'{{"a": [{INT64_MAX}, {INT64_MIN}, 1.5, "[[[[{{{{", null, true]}}'
    assert loads(doc, max_bytes=len(doc), max_depth=2) == {
        "a": [INT64_MAX, INT64_MIN, 1.5, "[[[[{{", None, True]
    }
    assert loads(b"\xef\xbb\xbf[1]", max_bytes=10, max_depth=1) == [1]


def test_refusals_name_the_reason():
    assert "超过上限 4 字节" in _reason("[1, 2]", max_bytes=4)
    assert "嵌套 3 层" in _reason("[[[1]]]", max_depth=2)
    assert "嵌套 100000 层" in _reason("[" * 100_000 + "]" * 100_000, max_bytes=10**6)
    assert "出现了两次" in _reason('{"a": 1, "a": 1}')
    assert "NaN" in _reason("[NaN]")
    assert "Infinity" in _reason("[-Infinity]")
    assert "64 位" in _reason(f"[{INT64_MAX + 1}]")
    assert "64 位" in _reason(f"[{INT64_MIN - 1}]")
    assert "64 位" in _reason("[" + "1" * 5000 + "]")
    assert "浮点数" in _reason("[1e400]")
    assert "UTF-8" in _reason(b'["\xff"]')
    assert "不是有效的 JSON" in _reason("[1,")


def test_brackets_inside_strings_do_not_count():
    assert nesting_depth('{"a": "[[[[\\"]]]]", "b": [1]}') == 2
