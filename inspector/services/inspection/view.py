"""Reading one inspection whole: header, frozen templates, answers, photos, score.

:func:`load_inspection` returns an :class:`InspectionView`, a read-only snapshot
the UI, the reports and the CLI work from. Writes go through
:mod:`inspector.services.inspection.walk`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sqlmodel import Session, col, select

from inspector.domain.distance import DistanceVerdict, Measurement, evaluate_distance
from inspector.domain.policy import DistancePolicy
from inspector.domain.relevance import hidden_keys, instance_code, split_code
from inspector.domain.scoring import AnswerValue, ItemKey, ScoreResult, score
from inspector.domain.templates import Item, Limit, Section, Template, parse_template
from inspector.domain.text import LocalText
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.policy import distance_policy
from inspector.store.engine import read_session
from inspector.store.models import Site
from inspector.store.models.inspection import (
    Amendment,
    Answer,
    DistanceMeasurement,
    Inspection,
    InspectionTemplate,
    Photo,
)

DISTANCE_RULE = "distance_to_school"


@lru_cache(maxsize=128)
def _parse_frozen(content_hash: str, content: str) -> Template:
    return parse_template(json.loads(content), source=f"frozen:{content_hash[:12]}")


def frozen_template(row: InspectionTemplate) -> Template:
    """The template exactly as it was frozen into the inspection."""
    return _parse_frozen(row.content_hash, row.content)


@dataclass(frozen=True)
class ItemRef:
    """One checklist item of an inspection, in walking order."""

    template_id: str
    template_title: LocalText
    section: Section
    item: Item
    index: int  # 0-based position over all items of the inspection
    instance: int = 0  # the instance of a repeated section (a stall), 1-based; 0 outside

    @property
    def key(self) -> ItemKey:
        return (self.template_id, instance_code(self.item.code, self.instance))

    @property
    def code(self) -> str:
        """The code answers are stored under (``MK-S01#2`` in the second stall)."""
        return instance_code(self.item.code, self.instance)

    @property
    def is_distance(self) -> bool:
        return self.item.rule == DISTANCE_RULE


def repeat_instances(codes: Iterable[ItemKey]) -> dict[tuple[str, str], set[int]]:
    """The instances recorded per (template id, item code) of repeated items."""
    out: dict[tuple[str, str], set[int]] = {}
    for tid, stored in codes:
        base, n = split_code(stored)
        if n:
            out.setdefault((tid, base), set()).add(n)
    return out


def walk_items(
    templates: list[tuple[InspectionTemplate, Template]],
    site_kind: str,
    stored_codes: Iterable[ItemKey] = (),
) -> list[ItemRef]:
    """The items in walking order; a repeated section once per recorded instance."""
    found = repeat_instances(stored_codes)
    out: list[ItemRef] = []
    for _row, t in templates:
        pairs = t.items(site_kind)
        for section in t.sections:
            items = [i for s, i in pairs if s is section]
            if not section.repeat:
                for i in items:
                    out.append(ItemRef(t.id, t.title, section, i, len(out)))
                continue
            numbers = set().union(*(found.get((t.id, i.code), set()) for i in section.items))
            for inst in sorted(numbers):
                for i in items:
                    out.append(ItemRef(t.id, t.title, section, i, len(out), inst))
    return out


def stall_finding(view: InspectionView, template_id: str, stored_code: str, note: str) -> str:
    """A case's finding: the note, preceded by the stall (repeat instance) it was found at."""
    ref = view.item(template_id, stored_code)
    label = instance_label(view, ref) if ref is not None else ""
    if ref is None or not label:
        return note or ""
    where = f"{ref.section.title.zh_CN} {label}"
    return f"{where}：{note}" if note else where


def instance_label(view: InspectionView, ref: ItemRef) -> str:
    """The stall number or name of a repeat instance (its first, text item), or ""."""
    if not ref.instance:
        return ""
    first = ref.section.items[0]
    a = view.answers.get((ref.template_id, instance_code(first.code, ref.instance)))
    return (a.text or "").strip() if a else ""


def answer_value(a: Answer | Amendment | None) -> AnswerValue | None:
    if a is None:
        return None
    return AnswerValue(a.outcome, a.count, a.measurement, a.text, a.choice)


def distance_limits(
    items: list[ItemRef], insp: Inspection, policy: DistancePolicy
) -> dict[ItemKey, Limit]:
    """The policy's limit replaces the template's own for distance items."""
    if not policy.applies_to(insp.site_kind):
        return {}
    limit = insp.distance_limit_m or policy.limit_for(insp.site_kind)
    return {r.key: Limit(min=limit) for r in items if r.is_distance}


def item_limit(ref: ItemRef, insp: Inspection, policy: DistancePolicy) -> Limit | None:
    """The limit :func:`distance_limits` gives one item (None: the template's own)."""
    return distance_limits([ref], insp, policy).get(ref.key) if ref.is_distance else None


@dataclass
class InspectionView:
    inspection: Inspection
    site: Site | None
    templates: list[tuple[InspectionTemplate, Template]]
    items: list[ItemRef]
    answers: dict[ItemKey, Answer]
    amendments: dict[ItemKey, list[Amendment]]  # oldest first
    photos: list[Photo]
    measurements: list[DistanceMeasurement]
    score: ScoreResult  # by the effective (amended) answers
    distance: DistanceVerdict | None  # None when no item carries the distance rule
    policy: DistancePolicy = field(repr=False, default=None)  # type: ignore[assignment]
    hidden: set[ItemKey] = field(default_factory=set)  # items whose condition does not hold

    @property
    def locked(self) -> bool:
        return self.inspection.status == "finished"

    def is_hidden(self, key: ItemKey) -> bool:
        """True when the item's condition does not hold (not asked, not scored)."""
        return key in self.hidden

    def item(self, template_id: str, item_code: str) -> ItemRef | None:
        """The item stored under ``item_code``; ``CODE#n`` with n one past the last
        instance of a repeated section is the first item of a new instance."""
        for r in self.items:
            if r.key == (template_id, item_code):
                return r
        base, n = split_code(item_code)
        if not n:
            return None
        for _row, t in self.templates:
            if t.id != template_id:
                continue
            for section in t.sections:
                if section.repeat and section.items and section.items[0].code == base:
                    if n == self.instances(template_id, section.code) + 1:
                        return ItemRef(t.id, t.title, section, section.items[0], len(self.items), n)
        return None

    def instances(self, template_id: str, section_code: str) -> int:
        """How many instances (stalls) of a repeated section are recorded."""
        return max(
            (r.instance for r in self.items
             if r.template_id == template_id and r.section.code == section_code),
            default=0,
        )  # fmt: skip

    def original(self, key: ItemKey) -> AnswerValue | None:
        """The answer as recorded before finishing."""
        return answer_value(self.answers.get(key))

    def effective(self, key: ItemKey) -> AnswerValue | None:
        """The answer in force: the latest amendment if there is one, else the original."""
        amended = self.amendments.get(key)
        return answer_value(amended[-1]) if amended else self.original(key)

    def note(self, key: ItemKey) -> str:
        a = self.answers.get(key)
        return a.note if a else ""

    def photos_for(self, template_id: str | None, item_code: str | None) -> list[Photo]:
        return [p for p in self.photos if p.template_id == template_id and p.item_code == item_code]

    def status(self, key: ItemKey) -> str:
        s = self.score.items.get(key)
        return s.status if s else "unanswered"

    def sections_progress(self) -> list[tuple[str, str, int, int]]:
        """(template id, section title, answered, total) per section, in order."""
        out: dict[tuple[str, str], list[int]] = {}
        for r in self.items:
            k = (r.template_id, r.section.title.zh_CN)
            counts = out.setdefault(k, [0, 0])
            counts[1] += 1
            if self.status(r.key) != "unanswered":
                counts[0] += 1
        return [(t, s, a, n) for (t, s), (a, n) in out.items()]


def _load(
    session: Session, ctx: AppContext, inspection_id: str, scored: bool = True
) -> InspectionView:
    insp = session.get(Inspection, inspection_id)
    if insp is None:
        raise UserError("找不到检查记录 {}", inspection_id)
    site = session.get(Site, insp.site_id)
    rows = session.exec(
        select(InspectionTemplate)
        .where(InspectionTemplate.inspection_id == inspection_id)
        .order_by(col(InspectionTemplate.position))
    ).all()
    templates = [(r, frozen_template(r)) for r in rows]
    answers = {
        (a.template_id, a.item_code): a
        for a in session.exec(select(Answer).where(Answer.inspection_id == inspection_id))
    }
    items = walk_items(templates, insp.site_kind, answers)
    amendments: dict[ItemKey, list[Amendment]] = {}
    for am in session.exec(
        select(Amendment)
        .where(Amendment.inspection_id == inspection_id)
        .order_by(col(Amendment.at))
    ):
        amendments.setdefault((am.template_id, am.item_code), []).append(am)
    photos = list(
        session.exec(
            select(Photo)
            .where(Photo.inspection_id == inspection_id)
            .order_by(col(Photo.created_at))
        )
    )
    measurements = list(
        session.exec(
            select(DistanceMeasurement)
            .where(DistanceMeasurement.inspection_id == inspection_id)
            .order_by(col(DistanceMeasurement.measured_at))
        )
    )
    policy = distance_policy(ctx)
    view = InspectionView(
        insp, site, templates, items, answers, amendments, photos, measurements,
        score=None, distance=None, policy=policy,  # type: ignore[arg-type]
    )  # fmt: skip
    return rescore_view(view) if scored else view


def rescore_view(
    view: InspectionView, override: dict[ItemKey, AnswerValue] | None = None
) -> InspectionView:
    """Recompute the score and the distance verdict from the view's rows as they are now
    (``override``: answers about to be stored, in place of the rows' for those items)."""
    insp, items, policy = view.inspection, view.items, view.policy
    effective = {r.key: v for r in items if (v := view.effective(r.key)) is not None}
    if override:
        effective.update(override)
    view.hidden = hidden_keys(items, effective)
    view.score = score(
        ((r.key, r.item) for r in items),
        effective,
        distance_limits(items, insp, policy),
        view.hidden,
    )
    view.distance = None
    if any(r.is_distance for r in items):
        view.distance = evaluate_distance(
            policy,
            insp.site_kind,
            [Measurement(m.method, m.distance_m) for m in view.measurements],
            insp.computed_distance_m,
            insp.distance_limit_m,
        )
    return view


def load_in(
    session: Session, ctx: AppContext, inspection_id: str, scored: bool = True
) -> InspectionView:
    """:func:`load_inspection` inside an open session (for services that then write).

    ``scored=False`` skips the score (``view.score`` is None) for callers that
    change answers and call :func:`rescore_view` afterwards.
    """
    return _load(session, ctx, inspection_id, scored)


def load_inspection(ctx: AppContext, inspection_id: str) -> InspectionView:
    """Everything about one inspection; raises UserError for an unknown id."""
    with read_session(ctx.engine) as s:
        return _load(s, ctx, inspection_id)
