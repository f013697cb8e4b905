"""The template format: a valid file parses, every kind of broken file is reported clearly."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from inspector.domain.templates import TemplateError, content_hash, parse_template
from inspector.services.core.templates import load_file, load_paths


def valid() -> dict[str, Any]:
    return {
        "id": "test-list",
        "version": 2,
        "title": {"zh_CN": "测试检查表", "en": "Test list"},
        "category": "school_perimeter",
        "applies_to": ["internet_cafe", "game_hall"],
        "sections": [
            {
                "code": "main",
                "title": "主要项目",
                "items": [
                    {
                        "code": "T-01",
                        "text": {"zh_CN": "亮证经营", "en": "Licence displayed"},
                        "answer": "pass_fail",
                        "severity": "deduct",
                        "points": 2,
                        "photo_on_fail": True,
                        "rectify_days": 3,
                    },
                    {
                        "code": "T-02",
                        "text": "公益广告数量",
                        "answer": "count",
                        "fail_below": 3,
                        "per_unit": True,
                        "max_deduction": 3,
                        "severity": "deduct",
                        "points": 1,
                    },
                    {
                        "code": "T-03",
                        "text": "距学校距离",
                        "answer": "measurement",
                        "unit": "m",
                        "limit": {"min": 200},
                        "rule": "distance_to_school",
                        "severity": "red_line",
                        "points": 10,
                        "applies_to": ["internet_cafe"],
                        "guidance": {"zh_CN": "两人复测。", "en": "Measure twice."},
                    },
                    {
                        "code": "T-04",
                        "text": "配合情况",
                        "answer": "choice",
                        "severity": "deduct",
                        "points": 1,
                        "choices": [
                            {"code": "good", "text": "配合"},
                            {"code": "poor", "text": "不配合", "fails": True},
                        ],
                    },
                    {
                        "code": "T-05",
                        "text": "其他",
                        "answer": "text",
                        "severity": "advisory",
                        "required": False,
                    },
                ],
            }
        ],
    }


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    if isinstance(data, str | bytes):
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def item(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(i for s in data["sections"] for i in s["items"] if i["code"] == code)


def test_valid_template_parses_every_field(tmp_path):
    t = load_file(write(tmp_path, "good.yaml", valid()))
    assert (t.id, t.version, t.title.zh_CN, t.title.en) == (
        "test-list",
        2,
        "测试检查表",
        "Test list",
    )
    assert t.source == "good.yaml"
    assert [i.code for _, i in t.items()] == ["T-01", "T-02", "T-03", "T-04", "T-05"]
    licence, posters, distance, manner, other = (i for _, i in t.items())
    assert licence.photo_on_fail and licence.rectify_days == 3 and licence.points == 2
    assert posters.per_unit and posters.count_rule.fails(2) and not posters.count_rule.fails(3)
    assert posters.count_rule.units(1) == 2 and posters.max_deduction == 3
    assert distance.is_red_line and distance.rule == "distance_to_school"
    assert distance.unit == "m" and not distance.limit.passes(164.8) and distance.limit.passes(200)
    assert distance.guidance.en == "Measure twice."
    assert [c.fails for c in manner.choices] == [False, True]
    assert other.required is False and other.answer == "text"
    # item applicability narrows the template's
    assert [i.code for _, i in t.items("game_hall")] == ["T-01", "T-02", "T-04", "T-05"]
    assert t.applies("game_hall") and not t.applies("bank")


# Each case: file name, a change to the valid template, the place and a part of the message.
def _set(path: str, value: Any):
    def change(d: dict[str, Any]) -> dict[str, Any]:
        code, _, key = path.partition(".")
        target = d if code == "" else item(d, code)
        if value is _DELETE:
            target.pop(key)
        else:
            target[key] = value
        return d

    return change


_DELETE = object()


def _duplicate_code(d):
    item(d, "T-02")["code"] = "T-01"
    return d


BROKEN = [
    ("no-id.yaml", _set(".id", _DELETE), "", "缺少模板编号 id"),
    ("bad-id.yaml", _set(".id", "网吧 检查"), "", "只能含英文字母"),
    ("version-text.yaml", _set(".version", "1"), "", "version 应为正整数，实为 '1'"),
    ("category.yaml", _set(".category", "shops"), "", "category 应为"),
    ("answer-kind.yaml", _set("T-01.answer", "yes_no"), "T-01", "answer 应为 pass_fail"),
    ("severity.yaml", _set("T-01.severity", "fatal"), "T-01", "severity 应为"),
    ("no-points.yaml", _set("T-01.points", _DELETE), "T-01", "扣分项（deduct）必须给出 points"),
    ("points-text.yaml", _set("T-01.points", "五"), "T-01", "points 应为数字，实为 '五'"),
    ("no-unit.yaml", _set("T-03.unit", _DELETE), "T-03", "测量项（measurement）需要单位 unit"),
    ("no-limit.yaml", _set("T-03.limit", _DELETE), "T-03", "需要 limit: {min: …} 或 {max: …}"),
    ("limit-order.yaml", _set("T-03.limit", {"min": 9, "max": 1}), "T-03", "limit.min 大于"),
    (
        "no-fail-rule.yaml",
        _set("T-02.fail_below", _DELETE),
        "T-02",
        "需要 fail_above 或 fail_below",
    ),
    ("negative.yaml", _set("T-02.fail_below", -1), "T-02", "fail_below 应为非负整数"),
    ("dup-code.yaml", _duplicate_code, "T-01", "检查项 code 重复"),
    ("kind.yaml", _set(".applies_to", ["internet_cafe", "cyber_cafe"]), "", "未知的场所类型"),
    ("item-kind.yaml", _set("T-03.applies_to", ["bank"]), "T-03", "不在模板的适用场所类型内"),
    (
        "one-choice.yaml",
        _set("T-04.choices", [{"code": "a", "text": "甲"}]),
        "T-04",
        "至少需要两个",
    ),
    (
        "no-failing-choice.yaml",
        _set("T-04.choices", [{"code": "a", "text": "甲"}, {"code": "b", "text": "乙"}]),
        "T-04",
        "至少要有一个 fails: true",
    ),
    (
        "photo-flag.yaml",
        _set("T-01.photo_on_fail", "yes"),
        "T-01",
        "photo_on_fail 应为 true 或 false",
    ),
    ("typo.yaml", _set("T-01.guidence", "看清楚"), "T-01", "未知字段 'guidence'"),
    ("text-red.yaml", _set("T-05.severity", "red_line"), "T-05", "不能是红线项"),
    ("rule.yaml", _set("T-03.limit", {"max": 500}), "T-03", "distance_to_school 规则需要"),
    ("per-unit.yaml", _set("T-01.per_unit", True), "T-01", "per_unit 只适用于计数项"),
    ("no-zh.yaml", _set("T-01.text", {"en": "Licence"}), "T-01", "检查内容 text 缺少中文"),
    ("no-text.yaml", _set("T-02.text", _DELETE), "T-02", "缺少检查内容 text"),
    ("days.yaml", _set("T-01.rectify_days", "三天"), "T-01", "rectify_days 应为非负整数"),
]


@pytest.mark.parametrize(("name", "change", "where", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_template_names_file_item_and_problem(tmp_path, name, change, where, message):
    path = write(tmp_path, name, change(copy.deepcopy(valid())))
    with pytest.raises(TemplateError) as err:
        load_file(path)
    matches = [p for p in err.value.problems if message in p.message]
    assert matches, [str(p) for p in err.value.problems]
    problem = matches[0]
    assert problem.source == name
    assert problem.where == where
    shown = str(problem)
    assert shown.startswith(name) and message in shown
    if where:
        assert f"[{where}]" in shown


def test_bad_yaml_syntax_names_the_line(tmp_path):
    text = "id: t\nversion: 1\ntitle: 标题\n  category: market\n"
    with pytest.raises(TemplateError) as err:
        load_file(write(tmp_path, "syntax.yaml", text))
    (problem,) = err.value.problems
    assert problem.source == "syntax.yaml"
    assert problem.where.startswith("第 4 行")
    assert "YAML 格式错误" in problem.message and "缩进" in problem.message


def test_key_written_twice_is_refused(tmp_path):
    text = yaml.safe_dump(valid(), allow_unicode=True, sort_keys=False)
    text = text.replace("  - code: T-02\n", "  - code: T-02\n    code: T-09\n")
    with pytest.raises(TemplateError) as err:
        load_file(write(tmp_path, "twice.yaml", text))
    (problem,) = err.value.problems
    assert problem.source == "twice.yaml"
    assert "重复的键 'code'" in problem.message and problem.where.startswith("第 ")


def test_empty_list_and_non_utf8_files(tmp_path):
    cases = {
        "empty.yaml": ("", "文件为空"),
        "list.yaml": ("- a\n- b\n", "模板应为一个映射"),
        "gbk.yaml": ("id: 网吧\n".encode("gbk"), "不是 UTF-8 编码"),
    }
    for name, (content, message) in cases.items():
        with pytest.raises(TemplateError) as err:
            load_file(write(tmp_path, name, content))
        assert [p.source for p in err.value.problems] == [name]
        assert message in err.value.problems[0].message


def test_every_problem_in_a_file_is_reported_at_once(tmp_path):
    d = valid()
    item(d, "T-01")["answer"] = "maybe"
    item(d, "T-02").pop("fail_below")
    item(d, "T-03").pop("unit")
    del d["category"]
    with pytest.raises(TemplateError) as err:
        load_file(write(tmp_path, "many.yaml", d))
    places = {p.where for p in err.value.problems}
    assert places == {"", "T-01", "T-02", "T-03"}
    assert all(p.source == "many.yaml" for p in err.value.problems)
    assert str(err.value).count("many.yaml") == len(err.value.problems) >= 4


def test_load_paths_collects_problems_of_every_file(tmp_path):
    write(tmp_path, "a-good.yaml", valid())
    write(tmp_path, "b-bad.yaml", _set("T-01.answer", "x")(valid()))
    copy_of_good = valid()
    write(tmp_path, "c-same.yaml", copy_of_good)
    report = load_paths([tmp_path, tmp_path / "missing.yaml"])
    assert [t.source for t in report.templates] == ["a-good.yaml"]
    shown = [str(p) for p in report.problems]
    assert any(s.startswith("b-bad.yaml [T-01]") for s in shown)
    assert any(s.startswith("c-same.yaml") and "重复" in s for s in shown)
    assert any("missing.yaml" in s and "不存在" in s for s in shown)


def test_content_hash_is_stable_and_follows_content(tmp_path):
    first = load_file(write(tmp_path, "one.yaml", valid()))
    reordered = dict(reversed(list(valid().items())))
    second = load_file(write(tmp_path, "two.yaml", reordered))
    assert first.content_hash == second.content_hash == content_hash(valid())
    assert len(first.content_hash) == 64
    changed = valid()
    item(changed, "T-01")["points"] = 3
    assert parse_template(changed).content_hash != first.content_hash
