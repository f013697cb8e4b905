"""Assemble the printable view models (:mod:`inspector.reports.model`) from the database.

Reads the store models directly (inspection, frozen templates, answers,
photos, site, licences, hand signatures), so it does not depend on how the
walk-through services are shaped. Optional tables of other capabilities
(distance measurements, amendments) are used when they exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

import inspector.store.models as models
from inspector.domain.scoring import AnswerValue, gives_verdict
from inspector.domain.site_kinds import BY_CODE as SITE_KINDS
from inspector.domain.templates import Item, Limit, Template, TemplateError, parse_template
from inspector.domain.text import N_
from inspector.reports.labels import fmt, is_english, label
from inspector.reports.model import (
    DistanceBlock,
    ItemRow,
    Person,
    PhotoRef,
    RecordDoc,
    SignatureRef,
)
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.inspection.distance_record import distance_facts, estimate_suffix
from inspector.services.inspection.record_hash import fallback_hash, record_hash  # noqa: F401  (re-exported)
from inspector.services.inspection.view import ItemRef
from inspector.services.paperwork import amended_record
from inspector.services.paperwork.record_rows import (
    RECORDED,
    photo_caption,
    record_sections,
)
from inspector.store.engine import read_session
from inspector.store.models import (
    Answer,
    HandSignature,
    Inspection,
    InspectionTemplate,
    Licence,
    Photo,
    Site,
)

OUTCOME_LABELS = {"pass": "合格", "fail": "不合格", "na": "不适用", None: "未检查"}
RESULT_LABELS = {  # N_: the documents page shows them in the interface language
    "pass": N_("合格"),
    "deducted": N_("扣分"),
    "blacklist_candidate": N_("不合格（红线问题，列入黑榜候选）"),
}
SEVERITY_LABELS = {"red_line": "红线", "deduct": "扣分", "advisory": "提示"}
ROLE_LABELS = {
    "lead": "检查人员（主办）",
    "co": "检查人员（协办）",
    "party": "被检查方",
    "witness": "见证人",
}
METHOD_LABELS = {
    "straight_line": "直线距离",
    "walking_from_entrance": "自学校出入口步行距离",
    "walking_traffic_rules": "按交通规则步行距离",
}


@dataclass
class Bundle:
    """Everything about one inspection that the documents print."""

    inspection: Inspection
    site: Site
    licences: list[Licence]
    templates: list[tuple[InspectionTemplate, Template]]
    answers: dict[tuple[str, str], Answer]
    photos: list[Photo]
    signatures: dict[str, HandSignature]
    distances: list[Any] = field(default_factory=list)
    amendments: dict[tuple[str, str], Any] = field(default_factory=dict)
    amendment_log: list[Any] = field(default_factory=list)  # every amendment, oldest first
    service: Any = None  # the notice's time of service (NoticeService), once entered


LOCAL_FORMAT = "%Y年%m月%d日 %H:%M"


def local(dt_value: datetime | None, pattern: str = LOCAL_FORMAT, lang: str = "zh_CN") -> str:
    if is_english(lang) and pattern == LOCAL_FORMAT:
        pattern = "%Y-%m-%d %H:%M"
    return dt_value.astimezone().strftime(pattern) if dt_value else ""


def cn_date(d: date, lang: str = "zh_CN") -> str:
    if is_english(lang):
        return d.isoformat()
    return f"{d.year}年{d.month}月{d.day}日"


def load_bundle(ctx: AppContext, inspection_id: str) -> Bundle:
    with read_session(ctx.engine) as s:
        insp = s.get(Inspection, inspection_id)
        if insp is None:
            raise UserError("找不到检查记录 {}。", inspection_id)
        site = s.get(Site, insp.site_id)
        if site is None:
            raise UserError("检查记录 {} 的场所已不存在。", inspection_id)
        licences = list(s.exec(select(Licence).where(Licence.site_id == site.id)))
        rows = s.exec(
            select(InspectionTemplate)
            .where(InspectionTemplate.inspection_id == inspection_id)
            .order_by(col(InspectionTemplate.position))
        )
        templates = []
        for row in rows:
            try:
                templates.append((row, parse_template(json.loads(row.content), row.template_id)))
            except (ValueError, TemplateError) as exc:
                raise UserError("检查表 {} 的存档内容无法读取：{}", row.template_id, exc) from None
        answers = {
            (a.template_id, a.item_code): a
            for a in s.exec(select(Answer).where(Answer.inspection_id == inspection_id))
        }
        photos = list(
            s.exec(
                select(Photo)
                .where(Photo.inspection_id == inspection_id)
                .order_by(col(Photo.created_at))
            )
        )
        sigs = {
            h.role: h
            for h in s.exec(
                select(HandSignature).where(HandSignature.inspection_id == inspection_id)
            )
        }
        bundle = Bundle(insp, site, licences, templates, answers, photos, sigs)
        measurement = getattr(models, "DistanceMeasurement", None)
        if measurement is not None:
            bundle.distances = list(
                s.exec(select(measurement).where(measurement.inspection_id == inspection_id))
            )
        amendment = getattr(models, "Amendment", None)
        if amendment is not None:
            for a in s.exec(
                select(amendment)
                .where(amendment.inspection_id == inspection_id)
                .order_by(amendment.at)
            ):
                bundle.amendments[(a.template_id, a.item_code)] = a  # the latest wins
                bundle.amendment_log.append(a)
        service = getattr(models, "NoticeService", None)
        if service is not None:
            bundle.service = s.exec(
                select(service).where(service.inspection_id == inspection_id)
            ).first()
    return bundle


@dataclass(frozen=True)
class Effective:
    """An answer as the documents show it (after any amendment)."""

    outcome: str | None
    count: int | None
    measurement: float | None
    text: str | None
    choice: str | None
    amended: str


def effective(b: Bundle, template_id: str, item: Item, lang: str = "zh_CN") -> Effective | None:
    a = b.answers.get((template_id, item.code))
    am = b.amendments.get((template_id, item.code))
    if am is not None:
        src = am
    elif a is not None:
        src = a
    else:
        return None
    return Effective(
        outcome=src.outcome,
        count=src.count,
        measurement=src.measurement,
        text=src.text,
        choice=src.choice,
        amended=fmt("已更正：{}", lang, am.reason) if am is not None else "",
    )


def in_force(item: Item, insp: Any) -> Item:
    """The item with the limit the inspection was judged by: a distance item takes the
    distance the policy set for the site's kind when the inspection started (an office's
    local distance replaces the template's default), as the score did."""
    limit = getattr(insp, "distance_limit_m", None)
    if item.rule != "distance_to_school" or limit is None:
        return item
    return replace(item, limit=Limit(min=limit))


def failed(item: Item, e: Effective | None) -> bool:
    if e is None or e.outcome == "na":
        return False
    if e.outcome == "fail":
        return True
    if e.outcome == "pass":
        return False
    if item.answer == "count" and e.count is not None and item.count_rule is not None:
        return item.count_rule.fails(e.count)
    if item.answer == "measurement" and e.measurement is not None and item.limit is not None:
        return not item.limit.passes(e.measurement)
    if item.answer == "choice" and e.choice:
        return any(c.code == e.choice and c.fails for c in item.choices)
    return False


def value_text(item: Item, e: Effective | None, lang: str = "zh_CN") -> str:
    if e is None:
        return ""
    unit = {"m": label("米", lang)}.get(item.unit, item.unit)
    if item.answer == "count" and e.count is not None:
        return f"{e.count}{(' ' + unit) if unit else ''}"
    if item.answer == "measurement" and e.measurement is not None:
        return f"{e.measurement:g}{(' ' + unit) if unit else ''}"
    if item.answer == "text":
        return e.text or ""
    if item.answer == "choice" and e.choice:
        for c in item.choices:
            if c.code == e.choice:
                return c.text.get(lang)
        return e.choice
    return ""


def result_text(item: Item, e: Effective | None, lang: str = "zh_CN") -> str:
    """The result column: 不合格 for any failed answer; else 合格 only where the item gives
    a verdict (:func:`gives_verdict`), 记录 where it only records the answer."""
    if e is None:
        return label("未检查", lang)
    if e.outcome in OUTCOME_LABELS and e.outcome is not None:
        return label(OUTCOME_LABELS[e.outcome], lang)
    if failed(item, e):
        return label("不合格", lang)
    has_value = any(v is not None for v in (e.count, e.measurement, e.text, e.choice))
    if not has_value:
        return label("未检查", lang)
    return label("合格" if gives_verdict(item) else RECORDED, lang)


def _deduction(b: Bundle, template_id: str, code: str) -> str:
    a = b.answers.get((template_id, code))
    return f"-{a.deduction:g}" if a is not None and a.deduction else ""


def _distance_blocks(b: Bundle, lang: str) -> list[DistanceBlock]:
    out = []
    insp = b.inspection
    computed = getattr(insp, "computed_distance_m", None)
    metre = label("米", lang)
    computed_text = f"{computed:.1f} {metre}" if computed is not None else ""
    facts = distance_facts(insp, lang)
    for tpl_row, tpl in b.templates:
        for _section, item in tpl.items():
            if item.rule != "distance_to_school":
                continue
            item = in_force(item, insp)
            e = effective(b, tpl_row.template_id, item, lang)
            limit = item.limit.min if item.limit and item.limit.min is not None else 200
            measured = [
                d
                for d in b.distances
                if d.template_id == tpl_row.template_id and d.item_code == item.code
            ]
            is_failed = failed(item, e)
            verdict = label(
                "不合格（距离不足）" if is_failed else ("合格" if e else "未测量"), lang
            )
            verdict += estimate_suffix(insp, lang)
            title = f"{item.code} {item.text.get(lang)}"
            if not measured:
                if e is None:
                    continue
                out.append(
                    DistanceBlock(
                        item=title,
                        method="",
                        measured=value_text(item, e, lang) or "—",
                        limit=f"{limit:g} {metre}",
                        verdict=verdict,
                        school=getattr(insp, "nearest_school_name", "") or "",
                        computed=computed_text,
                        failed=is_failed,
                        **facts,
                    )
                )
                continue
            for d in measured:
                acc = getattr(d, "gps_accuracy_m", None)
                out.append(
                    DistanceBlock(
                        item=title,
                        method=label(METHOD_LABELS.get(d.method, d.method), lang),
                        measured=f"{d.distance_m:.1f} {metre}",
                        limit=f"{limit:g} {metre}",
                        verdict=verdict,
                        school=d.school_name,
                        start_point=d.start_point,
                        end_point=d.end_point,
                        tool=d.tool,
                        gps_accuracy=f"±{acc:g} {metre}" if acc is not None else "",
                        computed=computed_text,
                        measured_by=d.measured_by,
                        failed=is_failed,
                        **facts,
                    )
                )
    return out


def _signature_refs(
    ctx: AppContext, b: Bundle, content_hash: str, lang: str
) -> tuple[SignatureRef, ...]:
    insp = b.inspection
    sigs = b.signatures

    def png(h: HandSignature | None) -> Path | None:
        return ctx.paths.signatures / h.file_name if h is not None and h.file_name else None

    def stale(h: HandSignature) -> bool:
        return bool(h.content_hash) and h.content_hash != content_hash

    out = []
    for role, default_name in (("lead", insp.lead_inspector_name), ("co", insp.co_inspector_name)):
        h = sigs.get(role)
        if h is None and not default_name:
            continue
        out.append(
            SignatureRef(
                role=role,
                label=label(ROLE_LABELS[role], lang),
                name=h.name if h is not None else default_name,
                png=png(h),
                signed_at=local(h.signed_at, lang=lang) if h is not None else "",
                stale=h is not None and stale(h),
            )
        )
    party = label(ROLE_LABELS["party"], lang)
    out.append(party_signature(ctx, b, content_hash, lang) or SignatureRef("party", party))
    return tuple(out)


def party_signature(
    ctx: AppContext, b: Bundle, content_hash: str, lang: str = "zh_CN"
) -> SignatureRef | None:
    h = b.signatures.get("party")
    if h is None:
        return None
    witness = b.signatures.get("witness")
    return SignatureRef(
        role="party",
        label=label(ROLE_LABELS["party"], lang),
        name=h.name,
        role_text=h.role_text,
        png=ctx.paths.signatures / h.file_name if h.file_name else None,
        signed_at=local(h.signed_at, lang=lang),
        refused=h.refused,
        refusal_reason=h.refusal_reason,
        witness_name=h.witness_name or (witness.name if witness else ""),
        witness_png=ctx.paths.signatures / witness.file_name
        if witness and witness.file_name
        else None,
        stale=bool(h.content_hash) and h.content_hash != content_hash,
    )


def inspectors(insp: Inspection) -> tuple[Person, ...]:
    return tuple(
        Person(n, i)
        for n, i in (
            (insp.lead_inspector_name, insp.lead_inspector_id_no),
            (insp.co_inspector_name, insp.co_inspector_id_no),
        )
        if n
    )


def _licence_text(lic: Licence, lang: str, on: date | None = None) -> str:
    """The licence as printed; one that expired before ``on`` (the visit day) is flagged."""
    text = lic.kind + (f" {lic.number}" if lic.number else "")
    if not lic.valid_until:
        return text
    if on is not None and lic.valid_until < on:
        return text + fmt("（已过期：有效期至 {}）", lang, cn_date(lic.valid_until, lang))
    return text + fmt("（有效期至 {}）", lang, cn_date(lic.valid_until, lang))


def finished_text(started: datetime | None, finished: datetime | None, lang: str) -> str:
    """The end of the visit: the time alone on the start's day, else with its date."""
    if finished is None:
        return label("（未完成）", lang)
    if started is not None and started.astimezone().date() == finished.astimezone().date():
        return local(finished, "%H:%M")
    return local(finished, lang=lang)


def site_name(b: Bundle) -> str:
    """The site's name as it was at the visit (when the walk-through kept it), else today's."""
    return getattr(b.inspection, "site_name", "") or b.site.name


def record_view(ctx: AppContext, b: Bundle, number: str) -> RecordDoc:
    insp, site = b.inspection, b.site
    lang = ctx.settings.document_language
    digest = record_hash(b)

    def stored(ref: ItemRef) -> Item:  # the item under its stored code (TS-01#2 in stall 2)
        return replace(ref.item, code=ref.code)

    def value_of(ref: ItemRef) -> AnswerValue | None:
        e = effective(b, ref.template_id, stored(ref), lang)
        return (
            None if e is None else AnswerValue(e.outcome, e.count, e.measurement, e.text, e.choice)
        )

    scores = amended_record.scored_items(ctx, b)  # amended: rows from the answers in force

    def row_of(ref: ItemRef) -> ItemRow:
        item, e = in_force(ref.item, insp), effective(b, ref.template_id, stored(ref), lang)
        a = b.answers.get(ref.key)
        result, deduction = result_text(item, e, lang), _deduction(b, ref.template_id, ref.code)
        is_failed = failed(item, e)
        sc = scores.get(ref.key) if scores else None
        if sc is not None and (gives_verdict(item) or sc.status != "pass"):
            result = amended_record.row_result(sc, result, lang)
            deduction = amended_record.deduction_text(sc.deduction)
            is_failed = sc.status == "fail"
        return ItemRow(
            code=item.code,
            text=item.text.get(lang),
            result=result,
            value=value_text(item, e, lang),
            note=a.note if a is not None else "",
            deduction=deduction,
            failed=is_failed,
            red_line=item.is_red_line,
            amended=e.amended if e else "",
        )

    sections = record_sections(b.templates, site.kind, b.answers, value_of, row_of, lang)
    kind = SITE_KINDS.get(site.kind)
    score = label("未评分", lang)
    if insp.score is not None:
        score = f"{insp.score:g}" + (f" / {insp.max_score:g}" if insp.max_score else "")
        if insp.deductions:
            score += fmt("（扣 {} 分）", lang, f"{insp.deductions:g}")
    photos = tuple(
        PhotoRef(ctx.paths.photos / p.file_name, photo_caption(b, p, lang)) for p in b.photos
    )
    visit_day = insp.started_at.astimezone().date() if insp.started_at else None
    return RecordDoc(
        record_id=insp.id,
        number=number,
        office=ctx.settings.office_name,
        site_name=site_name(b),
        site_kind=kind.label.get(lang) if kind else site.kind,
        site_address=site.address,
        responsible_person=site.responsible_person,
        phone=site.phone,
        credit_code=site.credit_code,
        licences=tuple(_licence_text(lic, lang, visit_day) for lic in b.licences),
        started_at=local(insp.started_at, lang=lang),
        finished_at=finished_text(insp.started_at, insp.finished_at, lang),
        place=insp.location_text or site.address,
        inspectors=inspectors(insp),
        checklists=tuple(
            t.title.get(lang) + fmt("（第 {} 版）", lang, t.version) for _r, t in b.templates
        ),
        sections=tuple(sections),
        score=score,
        result=label(RESULT_LABELS.get(insp.result, insp.result or "未评定"), lang),
        red_line=insp.red_line,
        measures_taken=insp.measures_taken,
        notes=insp.notes,
        content_hash=digest,
        generated_at=local(datetime.now().astimezone(), "%Y-%m-%d %H:%M"),
        distance=tuple(_distance_blocks(b, lang)),
        photos=photos,
        signatures=_signature_refs(ctx, b, digest, lang),
        language=lang,
        amendments=amended_record.history(b, lang, lambda t: local(t, lang=lang)),
    )
