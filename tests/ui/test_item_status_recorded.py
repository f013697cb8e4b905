"""The walk screen judges an item as the record prints it: an answer that no rule can fail
(an advisory choice, an advisory count within its rule) is 已填写, never 合格."""

from __future__ import annotations

from inspector.domain.scoring import AnswerValue
from inspector.services.core.templates import SHIPPED_DIR, load_file
from inspector.ui.inspection.item_view import ItemView


def _item_view(qtbot, file: str, code: str) -> ItemView:
    template = load_file(SHIPPED_DIR / file)
    for section in template.sections:
        for item in section.items:
            if item.code == code:
                view = ItemView(template.id, section, item)
                qtbot.addWidget(view)
                return view
    raise AssertionError(f"{code} not in {file}")


def test_an_advisory_choice_is_recorded_not_passed(qtbot):
    view = _item_view(qtbot, "market.yaml", "MK-26")
    assert view.item.severity == "advisory" and view.item.answer == "choice"
    view.load_answer(AnswerValue(choice=view.item.choices[0].code))
    assert view.status_label.text() == "已填写"


def test_a_pass_fail_item_still_says_pass_and_fail(qtbot):
    view = _item_view(qtbot, "market.yaml", "MK-04")
    assert view.item.answer == "pass_fail"
    view.load_answer(AnswerValue(outcome="pass"))
    assert view.status_label.text() == "合格"
    view.load_answer(AnswerValue(outcome="fail"))
    assert view.status_label.text() == "不合格"


def test_an_advisory_count_within_its_rule_shows_no_verdict(qtbot):
    view = _item_view(qtbot, "school-food-shop.yaml", "FS-06")
    item = view.item
    assert item.severity == "advisory" and item.answer == "count" and item.count_rule
    view.load_answer(AnswerValue(count=0))
    assert view.status_label.text() == "已填写"
    assert view.answer._verdict() is None
