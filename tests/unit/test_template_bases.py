"""Every shipped item that can fail says what to do and why: its own ``correction`` and a
``legal_basis`` made of the bases listed in ``resources/legal_bases.yaml`` (the article
numbers checked in the domain notes; other duties by the name of their rules)."""

from __future__ import annotations

import pytest
import yaml

from inspector.domain.template_model import Item
from inspector.resources import resource
from inspector.services.core.templates import SHIPPED_DIR, load_file


def _allowed() -> dict[str, str]:
    data = yaml.safe_load(resource("legal_bases.yaml").read_text("utf-8"))
    return {b["zh_CN"]: b["en"] for b in data["bases"]}


def _items() -> list[tuple[str, Item]]:
    found = []
    for path in sorted(SHIPPED_DIR.glob("*.yaml")):
        loaded = load_file(path)
        template = loaded[0] if isinstance(loaded, tuple) else loaded
        for section in template.sections:
            for item in section.items:
                found.append((f"{template.id}:{item.code}", item))
    return found


ITEMS = _items()
FAILING = [(key, item) for key, item in ITEMS if item.can_fail]


def test_most_shipped_items_can_fail_and_the_rest_only_record():
    assert len(FAILING) > 100
    for key, item in ITEMS:
        if not item.can_fail:
            assert item.answer in ("text", "choice"), key


@pytest.mark.parametrize(("key", "item"), FAILING, ids=[k for k, _ in FAILING])
def test_a_failing_item_says_what_to_correct(key, item):
    assert item.correction is not None, f"{key} has no correction"
    assert item.correction.zh_CN.strip() and item.correction.en.strip()
    assert item.correction.zh_CN != item.text.zh_CN  # what to do, not the item again


@pytest.mark.parametrize(("key", "item"), FAILING, ids=[k for k, _ in FAILING])
def test_a_failing_item_cites_only_listed_bases(key, item):
    allowed = _allowed()
    assert item.legal_basis is not None, f"{key} has no legal basis"
    parts = item.legal_basis.zh_CN.split("；")
    unknown = [p for p in parts if p not in allowed]
    assert not unknown, f"{key} cites {unknown}, not in resources/legal_bases.yaml"
    assert item.legal_basis.en == "; ".join(allowed[p] for p in parts), key


def test_the_list_holds_only_checked_article_numbers():
    """Article numbers only for the instruments and articles the domain notes checked."""
    checked = {
        "《互联网上网服务营业场所管理条例》第九条",
        "《互联网上网服务营业场所管理条例》第二十一条",
        "《中华人民共和国未成年人保护法》第五十八条",
        "《中华人民共和国未成年人保护法》第五十九条",
        "《中小学幼儿园安全管理办法》第五十二条",
    }
    for zh in _allowed():
        assert "第" not in zh or zh in checked, zh
