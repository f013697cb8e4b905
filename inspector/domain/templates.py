"""Checklist templates: the data model, validation, and a content hash.

A template is a YAML document (see ``docs/templates.md``). This module turns the
parsed data into frozen dataclasses and reports every problem it finds with the
file, the item and a sentence saying what is wrong. Reading files is in
:mod:`inspector.services.core.templates`; this module only sees Python data.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from inspector.domain.plausible import parse_plausible
from inspector.domain.site_kinds import BY_CODE as SITE_KIND_CODES
from inspector.domain.site_kinds import CATEGORY_LABELS
from inspector.domain.template_logic import check_logic, item_logic, section_logic
from inspector.domain.template_model import Choice, CountRule, Item, Limit, Section
from inspector.domain.text import LocalText, Message

__all__ = [
    "Choice",
    "CountRule",
    "Item",
    "Limit",
    "Problem",
    "Section",
    "Template",
    "TemplateError",
    "content_hash",
    "parse_template",
]

ANSWER_KINDS = ("pass_fail", "count", "measurement", "text", "choice")
SEVERITIES = ("red_line", "deduct", "advisory")
RULES = ("distance_to_school",)
ALL_KINDS = "*"
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: LocalText
    category: str
    applies_to: tuple[str, ...]  # site kind codes, or ("*",)
    sections: tuple[Section, ...]
    description: LocalText | None = None
    legal_basis: LocalText | None = None  # the basis of items that name none themselves
    source: str = ""  # the file it came from, for messages
    data: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.data)

    def items(self, site_kind: str | None = None) -> list[tuple[Section, Item]]:
        return [(s, i) for s in self.sections for i in s.items if i.applies(site_kind)]

    def item(self, code: str) -> Item | None:
        """The item of ``code``; a repeat instance's stored code (``MK-S01#2``) finds MK-S01."""
        base, mark, n = code.rpartition("#")
        if mark and base and n.isdigit():
            code = base
        for s in self.sections:
            for i in s.items:
                if i.code == code:
                    return i
        return None

    def applies(self, site_kind: str) -> bool:
        return ALL_KINDS in self.applies_to or site_kind in self.applies_to


@dataclass(frozen=True)
class Problem:
    source: str
    where: str  # "" for the whole template, else a section or item code
    message: str  # a Message (zh_CN template and values) the GUI translates

    @property
    def sentence(self) -> Message:
        """The line "file [where]: what is wrong", a Message (``str()``: the zh_CN line)."""
        if self.where:
            return Message("{} [{}]: {}", self.source, self.where, self.message)
        return Message("{}: {}", self.source, self.message)

    def __str__(self) -> str:
        return str(self.sentence)


class TemplateError(Exception):
    def __init__(self, problems: list[Problem]):  # message: one line per problem (a Message)
        super().__init__(
            Message("\n".join(["{}"] * len(problems)), *(p.sentence for p in problems))
        )
        self.problems = problems


def content_hash(data: dict[str, Any]) -> str:
    """SHA-256 of the template's canonical JSON form."""
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _Checker:
    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.source, where, message))

    def text(self, value: Any, where: str, what: str, required: bool = True) -> LocalText | None:
        if value is None:
            if required:
                self.add(where, Message("缺少{}", what))
            return None
        if isinstance(value, str):
            if not value.strip():
                self.add(where, Message("{} 为空", what))
                return None
            return LocalText(value.strip())
        if isinstance(value, dict):
            zh = value.get("zh_CN")
            en = value.get("en", "")
            unknown = set(value) - {"zh_CN", "en"}
            if unknown:
                self.add(
                    where, Message("{} 含未知语言 {}（只支持 zh_CN、en）", what, sorted(unknown))
                )
            if not isinstance(zh, str) or not zh.strip():
                self.add(where, Message("{} 缺少中文（zh_CN）", what))
                return None
            if not isinstance(en, str):
                self.add(where, Message("{} 的英文（en）应为文字", what))
                en = ""
            return LocalText(zh.strip(), en.strip())
        self.add(where, Message("{} 应为文字或 {{zh_CN, en}}", what))
        return None

    def number(self, value: Any, where: str, what: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(where, Message("{} 应为数字，实为 {!r}", what, value))
            return None
        return float(value)

    def flag(self, d: dict[str, Any], key: str, where: str, default: bool) -> bool:
        value = d.get(key, default)
        if not isinstance(value, bool):
            self.add(where, Message("{} 应为 true 或 false，实为 {!r}", key, value))
            return default
        return value

    def kinds(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(where, Message("applies_to 应为场所类型代码的列表"))
            return ()
        out = []
        for k in value:
            if k != ALL_KINDS and k not in SITE_KIND_CODES:
                self.add(where, Message("未知的场所类型 {!r}", k))
            else:
                out.append(k)
        return tuple(out)


def parse_template(data: Any, source: str = "<data>") -> Template:
    """Build a :class:`Template` from parsed YAML/JSON data or raise :class:`TemplateError`."""
    c = _Checker(source)
    if not isinstance(data, dict):
        raise TemplateError(
            [Problem(source, "", Message("模板应为一个映射（键: 值），不是列表或文字"))]
        )
    known = {
        "id",
        "version",
        "title",
        "category",
        "applies_to",
        "sections",
        "description",
        "legal_basis",
    }
    for key in sorted(set(data) - known):
        c.add("", Message("未知字段 {!r}", key))
    tid = data.get("id")
    if not isinstance(tid, str) or not tid.strip():
        c.add("", Message("缺少模板编号 id"))
        tid = ""
    elif not _ID_RE.fullmatch(tid.strip()):
        c.add("", Message("模板编号 id {!r} 只能含英文字母、数字、“-”“_”“.”", tid))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        c.add("", Message("version 应为正整数，实为 {!r}", version))
        version = 0
    title = c.text(data.get("title"), "", Message("标题 title"))
    description = c.text(data.get("description"), "", Message("说明 description"), required=False)
    legal_basis = c.text(data.get("legal_basis"), "", Message("依据 legal_basis"), required=False)
    category = data.get("category")
    if category not in CATEGORY_LABELS:
        c.add("", Message("category 应为 {} 之一，实为 {!r}", sorted(CATEGORY_LABELS), category))
    applies_to = c.kinds(data.get("applies_to"), "")
    if not applies_to:
        c.add("", Message('applies_to 为空：请写明适用的场所类型，或用 "*" 表示全部'))
    sections_data = data.get("sections")
    sections: list[Section] = []
    if not isinstance(sections_data, list) or not sections_data:
        c.add("", Message("sections 应为至少含一个分节的列表"))
        sections_data = []
    seen_items: set[str] = set()
    seen_sections: set[str] = set()
    for si, sd in enumerate(sections_data, start=1):
        where = Message("分节 {}", si)
        if not isinstance(sd, dict):
            c.add(where, Message("分节应为映射"))
            continue
        scode = sd.get("code")
        if not isinstance(scode, str) or not scode.strip():
            c.add(where, Message("分节缺少 code"))
            scode = f"#{si}"
        elif scode in seen_sections:
            c.add(scode, Message("分节 code 重复"))
        seen_sections.add(scode)
        for key in sorted(set(sd) - {"code", "title", "items", "relevant", "repeat"}):
            c.add(scode, Message("未知字段 {!r}", key))
        stitle = c.text(sd.get("title"), scode, Message("分节标题"))
        items_data = sd.get("items")
        if not isinstance(items_data, list) or not items_data:
            c.add(scode, Message("分节没有检查项（items）"))
            items_data = []
        items = []
        for ii, idata in enumerate(items_data, start=1):
            item = _parse_item(c, idata, Message("{} 第 {} 项", scode, ii), seen_items, applies_to)
            if item is not None:
                items.append(item)
        relevant = section_logic(c.add, sd, scode)
        repeat = c.flag(sd, "repeat", scode, False)
        sections.append(Section(scode, stitle or LocalText(scode), tuple(items), relevant, repeat))
    if not c.problems:
        for place, sentence in check_logic(sections):
            c.add(place, sentence)
    if c.problems:
        raise TemplateError(c.problems)
    assert title is not None and isinstance(category, str)  # checked above
    return Template(
        id=tid.strip(),
        version=version,
        title=title,
        category=category,
        applies_to=applies_to,
        sections=tuple(sections),
        description=description,
        legal_basis=legal_basis,
        source=source,
        data=data,
    )


_ITEM_KEYS = {
    "code",
    "text",
    "answer",
    "severity",
    "points",
    "per_unit",
    "max_deduction",
    "fail_above",
    "fail_below",
    "unit",
    "limit",
    "choices",
    "photo_on_fail",
    "required",
    "applies_to",
    "guidance",
    "rule",
    "rectify_days",
    "relevant",
    "constraint",
    "constraint_message",
    "note_on_fail",
    "escalate_on_recheck",
    "correction",
    "legal_basis",
    "referral",
    "plausible",
}


def _parse_item(
    c: _Checker, d: Any, where: str, seen: set[str], template_kinds: tuple[str, ...]
) -> Item | None:
    if not isinstance(d, dict):
        c.add(where, Message("检查项应为映射（code、text、answer …）"))
        return None
    code = d.get("code")
    if not isinstance(code, str) or not code.strip():
        c.add(where, Message("检查项缺少 code"))
        return None
    code = code.strip()
    if "#" in code:
        c.add(code, Message("检查项 code 不能含“#”"))
    if code in seen:
        c.add(code, Message("检查项 code 重复（同一模板内每项的 code 必须唯一）"))
    seen.add(code)
    for key in sorted(set(d) - _ITEM_KEYS):
        c.add(code, Message("未知字段 {!r}", key))
    text = c.text(d.get("text"), code, Message("检查内容 text"))
    answer = d.get("answer")
    if answer not in ANSWER_KINDS:
        c.add(code, Message("answer 应为 {} 之一，实为 {!r}", ", ".join(ANSWER_KINDS), answer))
    severity = d.get("severity")
    if severity not in SEVERITIES:
        c.add(code, Message("severity 应为 {} 之一，实为 {!r}", ", ".join(SEVERITIES), severity))
    points = c.number(d.get("points"), code, "points")
    if points is None:
        points = 0.0
        if severity == "deduct" and "points" not in d:
            c.add(code, Message("扣分项（deduct）必须给出 points"))
    elif points < 0:
        c.add(code, Message("points 不能为负数"))
    max_deduction = c.number(d.get("max_deduction"), code, "max_deduction")
    if max_deduction is not None and max_deduction < 0:
        c.add(code, Message("max_deduction 不能为负数"))
    per_unit = c.flag(d, "per_unit", code, False)
    unit = d.get("unit", "")
    if unit is None:
        unit = ""
    if not isinstance(unit, str):
        c.add(code, Message("unit 应为文字，实为 {!r}", unit))
        unit = ""
    count_rule = _count_rule(c, d, code, answer, per_unit)
    limit = _limit(c, d, code, answer, unit)
    plausible = parse_plausible(c.add, c.number, d, code, answer)
    choices = _choices(c, d, code, answer, severity)
    if answer == "text" and severity == "red_line":
        c.add(code, Message("文字项（text）无法判定合格与否，不能是红线项"))
    rule = d.get("rule")
    if rule is not None and rule not in RULES:
        c.add(code, Message("未知的 rule {!r}（可用：{}）", rule, ", ".join(RULES)))
    if rule == "distance_to_school":
        if answer != "measurement":
            c.add(code, Message("distance_to_school 规则需要测量项（measurement）"))
        elif unit != "m" or limit is None or limit.min is None:
            c.add(code, Message("distance_to_school 规则需要 unit: m 和 limit: {min: 米数}"))
    rectify_days = d.get("rectify_days")
    if rectify_days is not None and (
        isinstance(rectify_days, bool) or not isinstance(rectify_days, int) or rectify_days < 0
    ):
        c.add(code, Message("rectify_days 应为非负整数（天数），实为 {!r}", rectify_days))
        rectify_days = None
    guidance = c.text(d.get("guidance"), code, Message("指引 guidance"), required=False)
    correction = c.text(d.get("correction"), code, Message("整改要求 correction"), required=False)
    legal_basis = c.text(d.get("legal_basis"), code, Message("依据 legal_basis"), required=False)
    referral = c.flag(d, "referral", code, False)
    applies_to = c.kinds(d.get("applies_to"), code)
    if ALL_KINDS not in template_kinds:
        outside = [k for k in applies_to if k not in template_kinds]
        if outside:
            c.add(code, Message("applies_to 中的 {} 不在模板的适用场所类型内", outside))
    photo_on_fail = c.flag(d, "photo_on_fail", code, False)
    required = c.flag(d, "required", code, True)
    note_on_fail = c.flag(d, "note_on_fail", code, False)
    relevant, constraint = item_logic(c.add, d, code)
    constraint_message = c.text(
        d.get("constraint_message"), code, Message("提示 constraint_message"), required=False
    )
    escalate = c.flag(d, "escalate_on_recheck", code, False)
    if escalate and severity != "red_line":
        c.add(code, Message("escalate_on_recheck 只能用于红线项（severity: red_line）"))
    if text is None or answer not in ANSWER_KINDS or severity not in SEVERITIES:
        return None
    return Item(
        code=code,
        text=text,
        answer=answer,
        severity=severity,
        points=points,
        per_unit=per_unit,
        max_deduction=max_deduction,
        count_rule=count_rule,
        unit=unit,
        limit=limit,
        choices=choices,
        photo_on_fail=photo_on_fail,
        required=required,
        applies_to=applies_to,
        guidance=guidance,
        rule=rule,
        rectify_days=rectify_days,
        relevant=relevant,
        constraint=constraint,
        constraint_message=constraint_message,
        note_on_fail=note_on_fail,
        escalate_on_recheck=escalate and severity == "red_line",
        correction=correction,
        legal_basis=legal_basis,
        referral=referral,
        plausible=Limit(*plausible) if plausible else None,
    )


def _count_rule(
    c: _Checker, d: dict[str, Any], code: str, answer: Any, per_unit: bool
) -> CountRule | None:
    above = d.get("fail_above")
    below = d.get("fail_below")
    if answer != "count":
        for name in ("fail_above", "fail_below"):
            if name in d:
                c.add(code, Message("{} 只适用于计数项（count）", name))
        if per_unit:
            c.add(code, Message("per_unit 只适用于计数项（count）"))
        return None
    ok = True
    for name, v in (("fail_above", above), ("fail_below", below)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
            c.add(code, Message("{} 应为非负整数，实为 {!r}", name, v))
            ok = False
    if above is None and below is None:
        c.add(code, Message("计数项（count）需要 fail_above 或 fail_below 说明何时不合格"))
        return None
    if not ok:
        return None
    if above is not None and below is not None and below > above:
        c.add(code, Message("fail_below 大于 fail_above：任何数量都不合格"))
    return CountRule(above, below)


def _limit(c: _Checker, d: dict[str, Any], code: str, answer: Any, unit: str) -> Limit | None:
    ld = d.get("limit")
    if answer != "measurement":
        if ld is not None:
            c.add(code, Message("limit 只适用于测量项（measurement）"))
        return None
    if not unit:
        c.add(code, Message("测量项（measurement）需要单位 unit（如 m、min、%）"))
    if not isinstance(ld, dict) or not ({"min", "max"} & set(ld)):
        c.add(code, Message("测量项（measurement）需要 limit: {min: …} 或 {max: …}"))
        return None
    for key in sorted(set(ld) - {"min", "max"}):
        c.add(code, Message("limit 中有未知字段 {!r}（只支持 min、max）", key))
    lo = c.number(ld.get("min"), code, "limit.min")
    hi = c.number(ld.get("max"), code, "limit.max")
    if lo is not None and hi is not None and lo > hi:
        c.add(code, Message("limit.min 大于 limit.max"))
    if lo is None and hi is None:
        return None
    return Limit(lo, hi)


def _choices(
    c: _Checker, d: dict[str, Any], code: str, answer: Any, severity: Any
) -> tuple[Choice, ...]:
    cd = d.get("choices")
    if answer != "choice":
        if cd is not None:
            c.add(code, Message("choices 只适用于选择项（choice）"))
        return ()
    if not isinstance(cd, list) or len(cd) < 2:
        c.add(code, Message("选择项（choice）至少需要两个 choices"))
        return ()
    out: list[Choice] = []
    codes: set[str] = set()
    for n, ch in enumerate(cd, start=1):
        if not isinstance(ch, dict) or not isinstance(ch.get("code"), str):
            c.add(code, Message("第 {} 个选项需要 code 和 text", n))
            continue
        for key in sorted(set(ch) - {"code", "text", "fails"}):
            c.add(code, Message("选项 {} 有未知字段 {!r}", ch["code"], key))
        if ch["code"] in codes:
            c.add(code, Message("选项 code {!r} 重复", ch["code"]))
        codes.add(ch["code"])
        t = c.text(ch.get("text"), code, Message("选项 {} 的文字", ch["code"]))
        fails = c.flag(ch, "fails", code, False)
        out.append(Choice(ch["code"], t or LocalText(ch["code"]), fails))
    if severity in ("red_line", "deduct") and out and not any(ch.fails for ch in out):
        c.add(code, Message("扣分或红线的选择项至少要有一个 fails: true 的选项"))
    return tuple(out)
