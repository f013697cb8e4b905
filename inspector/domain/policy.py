"""The distance policy: which site kinds keep away from which schools, how far, measured how.

Parsed from plain data (the YAML in ``resources/policy/distance.yaml``, possibly
overlaid by the office's own file). Pure: reading files is the services' job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.domain.site_kinds import BY_CODE as SITE_KIND_CODES
from inspector.domain.site_kinds import SCHOOL_KINDS
from inspector.domain.text import LocalText, Message, message_of

STRAIGHT_LINE = "straight_line"
WALKING_FROM_ENTRANCE = "walking_from_entrance"
WALKING_TRAFFIC_RULES = "walking_traffic_rules"

METHODS: dict[str, LocalText] = {
    STRAIGHT_LINE: LocalText("直线距离", "Straight line"),
    WALKING_FROM_ENTRANCE: LocalText(
        "自学校出入口起的最短步行距离", "Shortest walk from the school entrance"
    ),
    WALKING_TRAFFIC_RULES: LocalText(
        "遵守交通规则的步行距离（场所任一出入口至学校任一出入口）",
        "Walk obeying traffic rules, any venue entrance to any school entrance",
    ),
}


class PolicyError(ValueError):
    """The policy data is wrong; the message says where and how (zh_CN)."""


@dataclass(frozen=True)
class SiteKindRule:
    kind: str
    enabled: bool
    limit_m: float | None = None  # None: the policy's limit
    method: str | None = None  # None: the policy's deciding method
    basis: str = ""  # the legal basis cited on the record
    national: bool = False  # the distance is national law; otherwise the office's rule


@dataclass(frozen=True)
class SchoolKindRule:
    kind: str
    enabled: bool
    limit_m: float | None = None  # None: the site kind's limit


@dataclass(frozen=True)
class DistancePolicy:
    limit_m: float = 200.0
    deciding_method: str = STRAIGHT_LINE
    margin_m: float = 20.0
    site_kinds: Mapping[str, SiteKindRule] = field(default_factory=dict)
    school_kinds: Mapping[str, SchoolKindRule] = field(default_factory=dict)
    source: str = ""
    office_rule: str = ""  # the name of the office's local rule, cited for non-national kinds

    def applies_to(self, site_kind: str) -> bool:
        rule = self.site_kinds.get(site_kind)
        return bool(rule and rule.enabled)

    def counts_school(self, school_kind: str) -> bool:
        rule = self.school_kinds.get(school_kind)
        return True if rule is None else rule.enabled

    def limit_for(self, site_kind: str, school_kind: str | None = None) -> float:
        """The limit in metres between a site of this kind and a school of that kind."""
        if school_kind is not None:
            srule = self.school_kinds.get(school_kind)
            if srule is not None and srule.limit_m is not None:
                return srule.limit_m
        rule = self.site_kinds.get(site_kind)
        if rule is not None and rule.limit_m is not None:
            return rule.limit_m
        return self.limit_m

    def method_for(self, site_kind: str) -> str:
        """The measuring method that decides for this site kind."""
        rule = self.site_kinds.get(site_kind)
        return rule.method if rule is not None and rule.method else self.deciding_method

    def basis_for(self, site_kind: str) -> str:
        """The legal basis to cite: the national text, or the law plus the office's rule
        by name for kinds whose distance no national rule fixes."""
        rule = self.site_kinds.get(site_kind)
        if rule is None:
            return ""
        if rule.national:
            return rule.basis
        local = self.office_rule.strip() or "本地规定（街道未填写规定名称）"
        distance = f"距离与测量方法依{local}"
        return f"{rule.basis}；{distance}" if rule.basis else distance

    def is_national(self, site_kind: str) -> bool:
        rule = self.site_kinds.get(site_kind)
        return bool(rule and rule.national)

    @property
    def enabled_site_kinds(self) -> list[str]:
        return [k for k, r in self.site_kinds.items() if r.enabled]


def _metres(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise PolicyError(Message("{} 应为非负的米数，实为 {!r}", where, value))
    return float(value)


def _rules(data: Any, where: str, known: Mapping[str, Any], cls: type) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PolicyError(Message("{} 应为映射（类型代码: 设置）", where))
    out = {}
    for code, rd in data.items():
        if code not in known:
            raise PolicyError(Message("{} 中有未知的类型 {!r}", where, code))
        rd = {} if rd is None else rd
        if isinstance(rd, bool):
            rd = {"enabled": rd}
        if not isinstance(rd, dict):
            raise PolicyError(Message("{}.{} 应为 {{enabled: …, limit_m: …}}", where, code))
        allowed = {"enabled", "limit_m"}
        if cls is SiteKindRule:
            allowed |= {"method", "basis", "national"}
        unknown = set(rd) - allowed
        if unknown:
            raise PolicyError(Message("{}.{} 含未知字段 {}", where, code, sorted(unknown)))
        limit = rd.get("limit_m")
        extra: dict[str, Any] = {}
        if cls is SiteKindRule:
            method = rd.get("method")
            if method is not None and method not in METHODS:
                raise PolicyError(
                    Message("{}.{}.method 应为 {} 之一", where, code, ", ".join(METHODS))
                )
            basis = rd.get("basis", "")
            if not isinstance(basis, str):
                raise PolicyError(Message("{}.{}.basis 应为文字", where, code))
            extra = {"method": method, "basis": basis.strip(), "national": bool(rd.get("national"))}
        out[code] = cls(
            code,
            bool(rd.get("enabled", True)),
            None if limit is None else _metres(limit, f"{where}.{code}.limit_m"),
            **extra,
        )
    return out


def merge_policy_data(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """The office's file over the shipped one: top-level keys replace, kind tables merge per kind."""
    merged = dict(base)
    for key, value in override.items():
        if key in ("site_kinds", "school_kinds") and isinstance(value, dict):
            table = dict(merged.get(key) or {})
            for code, rule in value.items():
                old = table.get(code)
                if isinstance(old, dict) and isinstance(rule, dict):
                    table[code] = {**old, **rule}
                else:
                    table[code] = rule
            merged[key] = table
        else:
            merged[key] = value
    return merged


def parse_policy(data: Any, source: str = "<data>") -> DistancePolicy:
    """Build a :class:`DistancePolicy` or raise :class:`PolicyError`."""
    if not isinstance(data, dict):
        raise PolicyError(Message("{}：距离政策应为映射（键: 值）", source))
    known = {
        "version", "limit_m", "deciding_method", "margin_m", "site_kinds", "school_kinds",
        "office_rule",
    }  # fmt: skip
    unknown = set(data) - known
    try:
        if unknown:
            raise PolicyError(Message("未知字段 {}", sorted(unknown)))
        method = data.get("deciding_method", STRAIGHT_LINE)
        if method not in METHODS:
            raise PolicyError(
                Message("deciding_method 应为 {} 之一，实为 {!r}", ", ".join(METHODS), method)
            )
        return DistancePolicy(
            limit_m=_metres(data.get("limit_m", 200), "limit_m"),
            deciding_method=method,
            margin_m=_metres(data.get("margin_m", 20), "margin_m"),
            site_kinds=_rules(data.get("site_kinds"), "site_kinds", SITE_KIND_CODES, SiteKindRule),
            school_kinds=_rules(
                data.get("school_kinds"), "school_kinds", SCHOOL_KINDS, SchoolKindRule
            ),
            source=source,
            office_rule=str(data.get("office_rule") or "").strip(),
        )
    except PolicyError as exc:
        raise PolicyError(Message("{}：{}", source, message_of(exc))) from None
