"""Every shipped count and measurement item's wording agrees with its limit.

The text and the guidance are what the inspector reads; the limit is what the
app judges by.  A number stated in the wording ("不少于 3 幅", "填 0") must be
one the limit treats the same way, and a count item asks for what was found.
"""

from __future__ import annotations

import re

import pytest

from inspector.domain.template_model import Item
from inspector.services.core.templates import SHIPPED_DIR, load_file

_AT_LEAST = re.compile(r"(?:不少于|不低于|至少)\s*(\d+(?:\.\d+)?)")
_AT_MOST = re.compile(r"(?:不超过|不多于|不高于|至多)\s*(\d+(?:\.\d+)?)")
_ZERO_ALLOWED = re.compile(r"填\s*0|应为\s*0|没有.{0,6}0")
_NOT_FOUND = re.compile(r"未发现|没有发现|无.{0,4}的件数")


def _items() -> list[tuple[str, Item]]:
    found: list[tuple[str, Item]] = []
    for path in sorted(SHIPPED_DIR.glob("*.yaml")):
        loaded = load_file(path)
        template = loaded[0] if isinstance(loaded, tuple) else loaded
        for section in template.sections:
            for item in section.items:
                if item.answer in ("count", "measurement"):
                    found.append((f"{template.id}:{item.code}", item))
    return found


ITEMS = _items()


def _fails(item: Item, value: float) -> bool:
    if item.answer == "count":
        assert item.count_rule is not None
        return item.count_rule.fails(int(value))
    assert item.limit is not None
    return not item.limit.passes(value)


def _wording(item: Item) -> str:
    text = item.text.zh_CN
    return text + "\n" + (item.guidance.zh_CN if item.guidance else "")


def test_the_shipped_templates_have_count_and_measurement_items():
    assert len(ITEMS) > 30


@pytest.mark.parametrize("key,item", ITEMS, ids=[k for k, _ in ITEMS])
def test_a_stated_minimum_or_maximum_is_the_limit(key, item):
    words = _wording(item)
    for m in _AT_LEAST.finditer(words):
        n = float(m.group(1))
        # the stated minimum passes, one unit below it fails
        assert not _fails(item, n), f"{key}: 「{m.group(0)}」 but {n:g} fails"
        assert _fails(item, n - 1), f"{key}: 「{m.group(0)}」 but {n - 1:g} passes"
    for m in _AT_MOST.finditer(words):
        n = float(m.group(1))
        assert not _fails(item, n), f"{key}: 「{m.group(0)}」 but {n:g} fails"
        assert _fails(item, n + 1), f"{key}: 「{m.group(0)}」 but {n + 1:g} passes"


@pytest.mark.parametrize("key,item", ITEMS, ids=[k for k, _ in ITEMS])
def test_a_hint_that_allows_zero_is_not_failed_by_zero(key, item):
    if _ZERO_ALLOWED.search(_wording(item)):
        assert not _fails(item, 0), f"{key}: the hint allows 0 but 0 fails"


@pytest.mark.parametrize("key,item", ITEMS, ids=[k for k, _ in ITEMS])
def test_a_count_asks_for_the_number_found(key, item):
    if item.answer == "count":
        assert not _NOT_FOUND.search(item.text.zh_CN), f"{key}: 「{item.text.zh_CN}」"
        assert not re.search(r"\bnot found\b|\bno \w+ found\b", item.text.en, re.I), key


@pytest.mark.parametrize("key,item", ITEMS, ids=[k for k, _ in ITEMS])
def test_a_count_of_faults_fails_above_zero_and_a_count_of_good_things_has_a_floor(key, item):
    if item.answer != "count":
        return
    rule = item.count_rule
    assert rule is not None and (rule.fail_above is not None or rule.fail_below is not None)
    if rule.fail_below is not None:
        # a floor is always told to the inspector, in the text or the hint
        stated = [float(m.group(1)) for m in _AT_LEAST.finditer(_wording(item))]
        assert rule.fail_below in stated, key
