"""Red and black list (红黑榜) eligibility, as pure functions over a site's record.

The services gather one :class:`SiteRecord` per site for a period with SQL
aggregates; the rules below decide, each on its own, whether the record puts
the site on the black list or earns it the red list, and :func:`classify`
combines them. The thresholds come from the policy file (``lists.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from inspector.domain.cases import ESCALATED, OVERDUE, CasePolicy
from inspector.domain.text import Message

RED = "red"
BLACK = "black"

BLACK_WINS = "black_wins"  # a site eligible for both lists goes on the black list only
NEITHER = "neither"  # a site eligible for both lists goes on neither


class PolicyError(ValueError):
    """The policy file has a value the rules cannot use."""


@dataclass(frozen=True)
class BlackRules:
    red_line: bool = True
    overdue_rectification: bool = True
    repeat_offence: bool = True
    score_below: float | None = 60.0  # score rate in percent; None turns the rule off


@dataclass(frozen=True)
class RedRules:
    min_inspections: int = 2
    min_score: float = 90.0  # every inspection in the period at or above this rate
    no_open_cases: bool = True
    no_red_line: bool = True


@dataclass(frozen=True)
class ListPolicy:
    black: BlackRules = field(default_factory=BlackRules)
    red: RedRules = field(default_factory=RedRules)
    combination: str = BLACK_WINS
    cases: CasePolicy = field(default_factory=CasePolicy)


@dataclass(frozen=True)
class SiteRecord:
    """What a site did in the period, in numbers (the inputs of every rule)."""

    site_id: str
    inspections: int = 0
    min_score_rate: float | None = None  # lowest score / max score x 100 in the period
    red_line_failures: int = 0
    overdue_cases: int = 0  # cases overdue or escalated as of the drafting day
    repeat_offences: int = 0  # cases flagged repeat, found in the period
    open_cases: int = 0  # unresolved cases as of the drafting day


@dataclass(frozen=True)
class Reason:
    code: str  # red_line | overdue | repeat | score_below | clean_record
    text: str  # a sentence in plain words (zh_CN)
    en: str = ""  # the same sentence in English, for English documents

    def to_data(self) -> dict[str, str]:
        data = {"code": self.code, "text": self.text}
        if self.en:
            data["en"] = self.en
        return data


@dataclass(frozen=True)
class Verdict:
    colour: str | None  # RED, BLACK or None
    reasons: tuple[Reason, ...] = ()
    also_eligible: tuple[Reason, ...] = ()  # the other list's reasons, when combination decided


# --- black list rules ------------------------------------------------------------


def rule_red_line(r: SiteRecord, p: BlackRules) -> Reason | None:
    if p.red_line and r.red_line_failures > 0:
        n = r.red_line_failures
        return Reason("red_line", f"检查中发现红线问题 {n} 次", f"Red-line problems found: {n}")
    return None


def rule_overdue(r: SiteRecord, p: BlackRules) -> Reason | None:
    if p.overdue_rectification and r.overdue_cases > 0:
        n = r.overdue_cases
        return Reason(
            "overdue", f"{n} 项问题逾期未整改", f"Problems not corrected by the deadline: {n}"
        )
    return None


def rule_repeat(r: SiteRecord, p: BlackRules) -> Reason | None:
    if p.repeat_offence and r.repeat_offences > 0:
        n = r.repeat_offences
        return Reason(
            "repeat", f"同一问题反复出现 {n} 项", f"Problems found again after correction: {n}"
        )
    return None


def rule_score_below(r: SiteRecord, p: BlackRules) -> Reason | None:
    if p.score_below is None or r.min_score_rate is None:
        return None
    if r.min_score_rate < p.score_below:
        rate, limit = r.min_score_rate, p.score_below
        return Reason(
            "score_below",
            f"检查得分率 {rate:.1f}% 低于 {limit:g}%",
            f"Inspection score rate {rate:.1f}% is below {limit:g}%",
        )
    return None


BLACK_RULES: tuple[Callable[[SiteRecord, BlackRules], Reason | None], ...] = (
    rule_red_line,
    rule_overdue,
    rule_repeat,
    rule_score_below,
)


def black_reasons(record: SiteRecord, policy: ListPolicy) -> list[Reason]:
    found = (rule(record, policy.black) for rule in BLACK_RULES)
    return [reason for reason in found if reason is not None]


# --- red list rule ---------------------------------------------------------------


def rule_clean_record(r: SiteRecord, p: RedRules) -> Reason | None:
    """Enough inspections, all at or above the threshold, nothing unresolved."""
    if r.inspections < p.min_inspections or r.min_score_rate is None:
        return None
    if r.min_score_rate < p.min_score:
        return None
    if p.no_open_cases and r.open_cases > 0:
        return None
    if p.no_red_line and r.red_line_failures > 0:
        return None
    return Reason(
        "clean_record",
        f"本期检查 {r.inspections} 次，得分率均不低于 {p.min_score:g}%，无未整改问题",
        f"Inspected {r.inspections} times this period, every score rate at least "
        f"{p.min_score:g}%, nothing left to correct",
    )


def red_reasons(record: SiteRecord, policy: ListPolicy) -> list[Reason]:
    reason = rule_clean_record(record, policy.red)
    return [reason] if reason else []


# --- combination -----------------------------------------------------------------


def classify(record: SiteRecord, policy: ListPolicy) -> Verdict:
    """The list the site belongs on for the period, with the reasons the rules found."""
    black = black_reasons(record, policy)
    red = red_reasons(record, policy)
    if black and red:
        if policy.combination == NEITHER:
            return Verdict(None, (), tuple(black + red))
        return Verdict(BLACK, tuple(black), tuple(red))
    if black:
        return Verdict(BLACK, tuple(black))
    if red:
        return Verdict(RED, tuple(red))
    return Verdict(None)


# --- policy from data ------------------------------------------------------------


def _num(value: Any, where: str, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PolicyError(Message("策略项 {} 应为数字，实际为 {!r}", where, value))
    return float(value)


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise PolicyError(Message("策略项 {} 应为 true 或 false，实际为 {!r}", where, value))
    return value


def parse_policy(data: Any) -> ListPolicy:
    """A :class:`ListPolicy` from the parsed YAML (missing keys keep their defaults)."""
    if data is None:
        return ListPolicy()
    if not isinstance(data, dict):
        raise PolicyError(Message("策略文件的顶层应为键值表"))
    b = data.get("black") or {}
    r = data.get("red") or {}
    c = data.get("cases") or {}
    dflt_b, dflt_r, dflt_c = BlackRules(), RedRules(), CasePolicy()
    black = BlackRules(
        red_line=_flag(b.get("red_line", dflt_b.red_line), "black.red_line"),
        overdue_rectification=_flag(
            b.get("overdue_rectification", dflt_b.overdue_rectification),
            "black.overdue_rectification",
        ),
        repeat_offence=_flag(
            b.get("repeat_offence", dflt_b.repeat_offence), "black.repeat_offence"
        ),
        score_below=_num(b.get("score_below", dflt_b.score_below), "black.score_below", True),
    )
    red = RedRules(
        min_inspections=int(
            _num(r.get("min_inspections", dflt_r.min_inspections), "red.min_inspections") or 0
        ),
        min_score=float(_num(r.get("min_score", dflt_r.min_score), "red.min_score") or 0.0),
        no_open_cases=_flag(r.get("no_open_cases", dflt_r.no_open_cases), "red.no_open_cases"),
        no_red_line=_flag(r.get("no_red_line", dflt_r.no_red_line), "red.no_red_line"),
    )
    combination = data.get("combination", BLACK_WINS)
    if combination not in (BLACK_WINS, NEITHER):
        raise PolicyError(
            Message("combination 应为 {} 或 {}，实际为 {!r}", BLACK_WINS, NEITHER, combination)
        )
    deadline_days = dict(dflt_c.deadline_days)
    for sev, days in (c.get("deadline_days") or {}).items():
        deadline_days[str(sev)] = int(_num(days, f"cases.deadline_days.{sev}") or 0)
    on_fail = dict(dflt_c.on_reinspection_fail)
    for sev, state in (c.get("on_reinspection_fail") or {}).items():
        if state not in (OVERDUE, ESCALATED):
            raise PolicyError(
                Message("cases.on_reinspection_fail.{} 应为 overdue 或 escalated", sev)
            )
        on_fail[str(sev)] = state
    cases = CasePolicy(
        deadline_days=deadline_days,
        open_for=tuple(c.get("open_for", dflt_c.open_for)),
        due_soon_days=int(
            _num(c.get("due_soon_days", dflt_c.due_soon_days), "cases.due_soon_days") or 0
        ),
        repeat_window_months=int(
            _num(
                c.get("repeat_window_months", dflt_c.repeat_window_months),
                "cases.repeat_window_months",
            )
            or 0
        ),
        on_reinspection_fail=on_fail,
    )
    return ListPolicy(black=black, red=red, combination=combination, cases=cases)
