"""Messages for the user keep their zh_CN template and values (the GUI translates them)."""

from __future__ import annotations

import pickle

import pytest

from inspector.domain.text import Message, joined, message_of
from inspector.services.core.errors import UserError


def test_user_error_keeps_template_and_values_and_reads_as_the_chinese_sentence():
    exc = UserError("检查记录 {} 的得分率为 {:.1f}%。", "ab12", 87.25)
    assert str(exc) == "检查记录 ab12 的得分率为 87.2%。"
    assert exc.template == "检查记录 {} 的得分率为 {:.1f}%。"
    assert exc.values == ("ab12", 87.25)


def test_without_values_the_message_is_used_as_it_is():
    exc = UserError("模板字段 {enabled: …} 写法有误。")  # literal braces, no .format
    assert str(exc) == "模板字段 {enabled: …} 写法有误。"
    assert exc.values == ()


def test_a_message_lends_its_parts_to_a_user_error():
    inner = Message("纬度 {} 超出范围（-90 至 90）", 95.0)
    wrapped = UserError(message_of(ValueError(inner)))
    assert str(wrapped) == "纬度 95.0 超出范围（-90 至 90）"
    assert (wrapped.template, wrapped.values) == ("纬度 {} 超出范围（-90 至 90）", (95.0,))
    assert message_of(KeyError("x")) == "'x'"  # any other exception: its text


def test_messages_nest_and_join():
    parts = [Message("名称不能为空"), Message("第 {} 个证照缺少种类", 2)]
    exc = UserError("{}。", joined(parts))
    assert str(exc) == "名称不能为空；第 2 个证照缺少种类。"
    (value,) = exc.values
    assert value.template == "{}；{}" and value.values == tuple(parts)
    assert joined([]) == ""


@pytest.mark.parametrize("thing", [Message("第 {} 行：{}", 3, "x"), UserError("第 {} 行", 3)])
def test_messages_and_errors_survive_pickling(thing):
    back = pickle.loads(pickle.dumps(thing))
    assert str(back) == str(thing)
    assert (back.template, back.values) == (thing.template, thing.values)
