"""Template problems, policy errors and sync rejections keep their zh_CN template and values.

``str()`` stays the Chinese sentence (CLI, logs); the GUI translates the template.
"""

from __future__ import annotations

import pytest

from inspector.domain.templates import TemplateError, parse_template
from inspector.domain.text import Message, message_of


def _broken() -> dict:
    return {
        "id": "demo",
        "version": 1,
        "title": {"zh_CN": "示例", "fr": "Exemple"},
        "category": "market",
        "applies_to": ["farmers_market"],
        "sections": [
            {
                "code": "S1",
                "title": "第一节",
                "items": [
                    {"code": "A1", "text": "  ", "answer": "pass_fail", "severity": "advisory"},
                    {"code": "A2", "text": "秤", "answer": "measurement", "severity": "deduct",
                     "points": 2, "limit": {"max": 5}},
                ],
            }
        ],
    }  # fmt: skip


def test_template_problems_keep_template_and_values_and_read_as_chinese():
    with pytest.raises(TemplateError) as err:
        parse_template(_broken(), "demo.yaml")
    by_where = {(p.where, str(p.message)): p for p in err.value.problems}
    assert set(by_where) == {
        ("", "标题 title 含未知语言 ['fr']（只支持 zh_CN、en）"),
        ("A1", "检查内容 text 为空"),
        ("A2", "测量项（measurement）需要单位 unit（如 m、min、%）"),
    }
    language = by_where[("", "标题 title 含未知语言 ['fr']（只支持 zh_CN、en）")].message
    assert isinstance(language, Message)
    assert language.template == "{} 含未知语言 {}（只支持 zh_CN、en）"
    what, langs = language.values
    assert isinstance(what, Message) and what.template == "标题 title" and langs == ["fr"]
    empty = by_where[("A1", "检查内容 text 为空")].message
    assert (empty.template, empty.values) == ("{} 为空", (Message("检查内容 text"),))
    assert isinstance(empty.values[0], Message)

    line = err.value.problems[1]
    assert str(line) == "demo.yaml [A1]: 检查内容 text 为空"
    assert line.sentence.template == "{} [{}]: {}"
    assert line.sentence.values == ("demo.yaml", "A1", empty)
    # the exception reads as before (CLI: "错误：…"), one line per problem, and keeps the parts
    text = message_of(err.value)
    assert isinstance(text, Message) and str(err.value) == text
    assert str(err.value).splitlines() == [str(p) for p in err.value.problems]
    assert text.values == tuple(p.sentence for p in err.value.problems)


def test_locations_read_as_before_and_translate_too():
    data = _broken()
    data["title"] = "示例"
    data["sections"][0]["items"] = [[], {"text": "无编号"}]
    with pytest.raises(TemplateError) as err:
        parse_template(data, "w.yaml")
    first, second = err.value.problems
    assert str(first) == "w.yaml [S1 第 1 项]: 检查项应为映射（code、text、answer …）"
    assert str(second) == "w.yaml [S1 第 2 项]: 检查项缺少 code"
    assert (first.where.template, first.where.values) == ("{} 第 {} 项", ("S1", 1))


def test_a_choice_text_problem_names_the_choice_in_a_translatable_value():
    data = _broken()
    data["title"] = "示例"
    data["sections"][0]["items"] = [
        {"code": "C1", "text": "门头", "answer": "choice", "severity": "advisory",
         "choices": [{"code": "ok", "text": ""}, {"code": "bad", "text": "破损"}]},
    ]  # fmt: skip
    with pytest.raises(TemplateError) as err:
        parse_template(data, "c.yaml")
    (problem,) = err.value.problems
    assert str(problem) == "c.yaml [C1]: 选项 ok 的文字 为空"
    (what,) = problem.message.values
    assert (what.template, what.values) == ("选项 {} 的文字", ("ok",))


def test_policy_errors_keep_their_parts_through_the_service_wrapper(tmp_path):
    from inspector.domain import list_rules, policy
    from inspector.services.core.errors import UserError
    from inspector.services.core.policy import load_policy_files

    with pytest.raises(policy.PolicyError) as err:
        policy.parse_policy({"site_kinds": {"internet_cafe": {"limit": 3}}}, "office.yaml")
    text = message_of(err.value)
    assert text == "office.yaml：site_kinds.internet_cafe 含未知字段 ['limit']"
    assert text.template == "{}：{}" and text.values[0] == "office.yaml"
    inner = text.values[1]
    assert (inner.template, inner.values) == (
        "{}.{} 含未知字段 {}",
        ("site_kinds", "internet_cafe", ["limit"]),
    )

    with pytest.raises(list_rules.PolicyError) as err:
        list_rules.parse_policy({"combination": "both"})
    text = message_of(err.value)
    assert text == "combination 应为 black_wins 或 neither，实际为 'both'"
    assert text.template == "combination 应为 {} 或 {}，实际为 {!r}"

    (tmp_path / "distance.yaml").write_text("deciding_method: by_car\n", "utf-8")
    with pytest.raises(UserError) as caught:
        load_policy_files(tmp_path)
    assert str(caught.value).endswith(
        "：deciding_method 应为 " + ", ".join(policy.METHODS) + " 之一，实为 'by_car'"
    )
    assert caught.value.template == "{}：{}"
    assert caught.value.values[1].template == "deciding_method 应为 {} 之一，实为 {!r}"


def test_sync_rejections_keep_their_parts():
    from inspector.sync.importer import read_package
    from inspector.sync.package import PackageRejected

    with pytest.raises(PackageRejected) as err:
        read_package(b"PK\x03\x04 not really a zip", "x.inspkg", devices={})
    text = message_of(err.value)
    assert text == "数据包不是完整的 zip 文件（可能在复制时被截断或损坏）。"
    assert isinstance(text, Message) and text.values == ()

    with pytest.raises(PackageRejected) as err:
        read_package(b"INSPENC1" + b"\x00" * 8, "y.inspkg", devices={})
    assert message_of(err.value).template == (
        "数据包是加密的，但本机没有办公室密钥（请先执行 office init）。"
    )
