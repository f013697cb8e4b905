"""The rectification notice's view model: failed items, deadlines from the policy file.

Default days per severity come from ``rectification.yaml`` (the office policy
folder's, else the shipped one); an item's ``rectify_days`` wins; the
inspector may still change each item's days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from inspector.domain.scoring import AnswerValue
from inspector.domain.text import LocalText
from inspector.reports.labels import fmt, label
from inspector.reports.model import NoticeDoc, NoticeItem
from inspector.resources import resource
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.inspection.view import ItemRef
from inspector.services.paperwork import notice_service
from inspector.services.paperwork.record_rows import asked_refs, instance_title
from inspector.services.paperwork.views import (
    SEVERITY_LABELS,
    Bundle,
    cn_date,
    effective,
    failed,
    in_force,
    inspectors,
    local,
    party_signature,
    record_hash,
    result_text,
    site_name,
    value_text,
)
from inspector.store.engine import read_session
from inspector.store.types import utcnow

DEFAULT_DAYS = {"red_line": 1, "deduct": 7, "advisory": 15}


SHIPPED_PREFIX = LocalText("按检查标准整改到位：", "Correct to the checklist standard: ")


@dataclass(frozen=True)
class Policy:
    deadline_days: dict[str, int]
    consequence: LocalText
    correction_prefix: LocalText


def _joined(text: str) -> str:
    """Chinese wrapped over several YAML lines, joined without the line breaks."""
    return "".join(line.strip() for line in text.splitlines())


def _policy_text(value: object, default: LocalText, path: Path, key: str) -> LocalText:
    """A policy wording: plain Chinese text, or ``{zh_CN: ..., en: ...}`` like the templates."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return LocalText(_joined(value))
    if isinstance(value, dict) and isinstance(value.get("zh_CN"), str):
        en_value = value.get("en")
        en = en_value if isinstance(en_value, str) else ""
        return LocalText(_joined(value["zh_CN"]), re.sub(r"\s+", " ", en).lstrip())
    raise UserError("整改策略文件 {} 中的 {} 应为文字或 {{zh_CN, en}}。", path, key)


def rectification_policy(ctx: AppContext) -> Policy:
    """The notice policy: the office's file when the policy folder has one, else the shipped one."""
    path = resource("policy", "rectification.yaml")
    if ctx.settings.policy_dir:
        office = Path(ctx.settings.policy_dir) / "rectification.yaml"
        if office.is_file():
            path = office
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UserError("整改策略文件 {} 无法读取：{}", path, exc) from None
    days = dict(DEFAULT_DAYS)
    for key, value in (data.get("deadline_days") or {}).items():
        if key in days and isinstance(value, int) and value >= 0:
            days[key] = value
    return Policy(
        deadline_days=days,
        consequence=_policy_text(data.get("consequence"), LocalText(""), path, "consequence"),
        correction_prefix=_policy_text(
            data.get("correction_prefix"), SHIPPED_PREFIX, path, "correction_prefix"
        ),
    )


@dataclass(frozen=True)
class NoticeLine:
    """A failed item the notice lists; ``days`` is the default the inspector may change."""

    key: str  # the item code
    text: str
    severity: str
    days: int
    problem: str
    rule: str
    correction: str
    text_en: str = ""  # the item's English text, for an English interface
    basis: str = ""  # the legal basis (the item's, else its template's)
    referral: bool = False  # cannot be cured by a deadline: referred for enforcement

    def text_in(self, language: str) -> str:
        return self.text_en if language.startswith("en") and self.text_en else self.text


def notice_lines(ctx: AppContext, b: Bundle) -> list[NoticeLine]:
    policy = rectification_policy(ctx)
    lang = ctx.settings.document_language
    out = []
    titles = {tpl.id: tpl for _row, tpl in b.templates}

    def answer_of(ref: ItemRef) -> Any:  # looked up under the stored code (MK-S01#2)
        return effective(b, ref.template_id, replace(ref.item, code=ref.code), lang)

    def value_of(ref: ItemRef) -> AnswerValue | None:
        e = answer_of(ref)
        return (
            None if e is None else AnswerValue(e.outcome, e.count, e.measurement, e.text, e.choice)
        )

    for ref in asked_refs(b.templates, b.site.kind, b.answers, value_of):  # hidden items: none
        tpl, item, e = titles[ref.template_id], in_force(ref.item, b.inspection), answer_of(ref)
        if not failed(item, e):
            continue
        a = b.answers.get(ref.key)
        where = instance_title(ref, b.answers, lang)  # the stall, for a repeated section
        text = fmt("{}：{}", lang, where, item.text.get(lang)) if where else item.text.get(lang)
        found = fmt("{}：{}", lang, text, result_text(item, e, lang))
        value = value_text(item, e, lang)
        if value:
            found += fmt("（{}）", lang, value)
        if a is not None and a.note:
            found += fmt("。{}", lang, a.note)
        days = (
            item.rectify_days
            if item.rectify_days is not None
            else policy.deadline_days[item.severity]
        )
        if item.correction is not None:
            correction = item.correction.get(lang)
        else:  # a template without correction data: the policy's wording
            correction = policy.correction_prefix.get(lang) + text
        basis = item.legal_basis or tpl.legal_basis
        out.append(
            NoticeLine(
                key=ref.code,
                text=item.text.zh_CN,
                severity=item.severity,
                days=days,
                problem=found,
                rule=fmt("《{}》第 {} 项：{}", lang, tpl.title.get(lang), item.code, text),
                correction=correction,
                text_en=item.text.en,
                basis=basis.get(lang) if basis is not None else "",
                referral=item.referral or item.rule == "distance_to_school",
            )
        )
    return out


def notice_view(
    ctx: AppContext,
    b: Bundle,
    number: str,
    record_number: str,
    days: dict[str, int] | None = None,
) -> NoticeDoc:
    lines = notice_lines(ctx, b)
    if not lines:
        raise UserError("这次检查没有不合格项，无需开具限期整改通知书。")
    lang = ctx.settings.document_language
    insp, site = b.inspection, b.site
    digest = record_hash(b)
    with read_session(ctx.engine) as s:  # every version keeps the notice's own date
        issued = notice_service.issue_date(s, insp.id) or utcnow().astimezone().date()
    # deadlines count from the day of the visit, not from when the notice is printed
    visit = insp.started_at or insp.finished_at or datetime.now().astimezone()
    start = visit.astimezone().date()
    items = []
    for line in lines:
        n = (days or {}).get(line.key, line.days)
        if n < 0:
            raise UserError("第 {} 项的整改期限不能为负数。", line.key)
        items.append(
            NoticeItem(
                code=line.key,
                problem=line.problem,
                rule=line.rule,
                correction=line.correction,
                deadline=cn_date(start + timedelta(days=n), lang),
                days=n,
                severity=label(SEVERITY_LABELS.get(line.severity, line.severity), lang),
                basis=line.basis,
                referral=line.referral,
            )
        )
    return NoticeDoc(
        record_id=insp.id,
        number=number,
        record_number=record_number,
        office=ctx.settings.office_name,
        party=site_name(b),
        party_address=site.address,
        responsible_person=site.responsible_person,
        credit_code=site.credit_code,
        inspected_at=local(insp.started_at, lang=lang),
        place=insp.location_text or site.address,
        inspectors=inspectors(insp),
        items=tuple(items),
        consequence=rectification_policy(ctx).consequence.get(lang),
        issue_date=cn_date(issued, lang),
        content_hash=digest,
        generated_at=local(datetime.now().astimezone(), "%Y-%m-%d %H:%M"),
        party_signature=party_signature(ctx, b, digest, lang),
        language=lang,
        served_at=notice_service.served_text(b.service, lang),
        server=b.service.server_name if b.service is not None else "",
    )
