"""Demo inspections: sixty finished visits over the last ten weeks' working days, a few drafts.

Built through the same services the app uses (start, answers, distance
measurements, photos, finish), so the demo's audit log, scores and hashes are
real. Sites near schools fail the distance rule by themselves; other visits
follow a seeded mix of clean passes, small and larger deductions and red-line
findings.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PIL import Image, ImageDraw
from sqlmodel import col, select

from inspector.domain.conditions import parse_expression, references
from inspector.domain.plausible import plausible_range
from inspector.domain.relevance import constraint_holds, hidden_keys
from inspector.domain.scoring import AnswerValue
from inspector.domain.templates import Item
from inspector.services.core.context import AppContext
from inspector.services.core.policy import distance_policy
from inspector.services.followup.finish import finish
from inspector.services.inspection import walk as svc
from inspector.services.inspection.finish import check_view
from inspector.services.inspection.photos import add_photo
from inspector.services.inspection.view import ItemRef, load_inspection
from inspector.store.engine import read_session
from inspector.store.models import Site
from inspector.store.types import fixed_clock, utcnow

SEED = 2017_3
INSPECTORS = [
    ("周明远", "湘执4310030001"),
    ("李华", "湘执4310030002"),
    ("王静", "湘执4310030003"),
    ("陈志强", "湘执4310030004"),
]
PROFILES = ("clean", "minor", "deducted", "red_line")
WEIGHTS = (35, 30, 25, 10)
FAIL_NOTES = ("现场发现问题，已口头要求整改。", "负责人在场，已当面指出。", "已拍照留存。")
MAX_PHOTOS = 30  # generated pictures for failed items that expect one


def _photo(rng: random.Random, label: str) -> bytes:
    """A small made-up "photo": coloured blocks and a label (no real pictures in the demo)."""
    img = Image.new("RGB", (800, 600), tuple(rng.randint(90, 200) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = rng.randint(0, 700), rng.randint(0, 500)
        draw.rectangle((x, y, x + rng.randint(40, 200), y + rng.randint(30, 150)),
                       fill=tuple(rng.randint(0, 255) for _ in range(3)))  # fmt: skip
    draw.text((20, 560), label, fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def _value(item: Item, fail: bool, rng: random.Random) -> dict:
    """Answer values that pass or fail this item."""
    if item.answer == "pass_fail":
        return {"outcome": "fail" if fail else "pass"}
    if item.answer == "count":
        rule = item.count_rule
        if rule is None:
            return {"count": 0}
        if rule.fail_above is not None:
            return {"count": rule.fail_above + (rng.randint(1, 3) if fail else 0)}
        low = rule.fail_below or 0
        return {"count": rng.randint(0, max(0, low - 1)) if fail else low + rng.randint(0, 3)}
    if item.answer == "measurement":
        lim = item.limit
        if lim is None:
            return {"measurement": 1.0}
        if lim.min is not None:
            base = lim.min
            value = base * (rng.uniform(0.5, 0.9) if fail else rng.uniform(1.05, 2))
        else:
            base = lim.max or 1.0
            value = base * (rng.uniform(1.1, 2) if fail else rng.uniform(0.3, 0.95))
        usual = plausible_range(item)  # a share stays at most 100 %
        if usual is not None and usual.max is not None:
            value = min(value, usual.max)
        return {"measurement": round(value, 1)}
    if item.answer == "choice":
        failing = [c for c in item.choices if c.fails]
        passing = [c for c in item.choices if not c.fails]
        pool = failing if fail and failing else passing
        return {"choice": rng.choice(pool).code}
    return {
        "text": rng.choice(("无其他情况。", "店内秩序良好。", "负责人不在场，由店员陪同检查。"))
    }


def _plan(refs: list[ItemRef], profile: str, rng: random.Random) -> dict[tuple[str, str], bool]:
    """Which items fail, for a profile."""
    deduct = [r for r in refs if r.item.severity == "deduct"]
    red = [r for r in refs if r.item.severity == "red_line" and not r.is_distance]
    fails: set[tuple[str, str]] = set()
    if profile == "minor" and deduct:
        fails.add(rng.choice(deduct).key)
    elif profile == "deducted":
        fails.update(r.key for r in deduct if rng.random() < 0.3)
        if not fails and deduct:
            fails.add(rng.choice(deduct).key)
    elif profile == "red_line":
        if red:
            fails.add(rng.choice(red).key)
        fails.update(r.key for r in deduct if rng.random() < 0.15)
    return {r.key: r.key in fails for r in refs}


def _walk(
    ctx: AppContext, iid: str, rng: random.Random, profile: str, photos: list[int], upto: float
) -> None:
    view = load_inspection(ctx, iid)
    refs = [r for r in view.items if not r.is_distance and view.effective(r.key) is None]
    refs = refs[: round(len(refs) * upto)]
    plan = _plan(refs, profile, rng)
    answers = []
    for r in refs:
        if not r.item.required and r.item.answer == "text" and rng.random() < 0.6:
            continue
        if rng.random() < 0.03 and r.item.severity != "red_line":
            answers.append((r.template_id, r.item.code, {"outcome": "na"}))
            continue
        values = _value(r.item, plan[r.key], rng)
        if plan[r.key]:
            values["note"] = rng.choice(FAIL_NOTES)
        answers.append((r.template_id, r.item.code, values))
    svc.answer_many(ctx, iid, _fit_conditions(refs, answers, plan, rng))
    for r in refs:
        if plan[r.key] and r.item.photo_on_fail and photos[0] < MAX_PHOTOS:
            add_photo(ctx, iid, _photo(rng, r.item.code), template_id=r.template_id,
                      item_code=r.item.code, caption="演示照片", original_name="demo.jpg")  # fmt: skip
            photos[0] += 1


def _fit_conditions(refs: list[ItemRef], answers: list, plan: dict, rng: random.Random) -> list:
    """Answers as an inspector gives them: a question a condition refers to ("minors
    present?") is mostly answered with its last option, hidden items are left out, and
    a value its constraint refuses becomes a failing one."""
    named = {
        n for r in refs if r.item.relevant for n in references(parse_expression(r.item.relevant))
    }
    by_key = {r.key: r for r in refs}
    for _tid, code, values in answers:
        item = by_key[(_tid, code)].item
        if code in named and item.answer == "choice" and "choice" in values:
            values["choice"] = item.choices[-1 if rng.random() < 0.8 else 0].code
    planned = {(t, c): AnswerValue(v.get("outcome"), v.get("count"), v.get("measurement"),
                                   v.get("text"), v.get("choice")) for t, c, v in answers}  # fmt: skip
    hidden = hidden_keys(refs, planned)
    out = []
    for tid, code, values in answers:
        ref = by_key[(tid, code)]
        if ref.key in hidden:
            plan[ref.key] = False
            continue
        field = {"count": "count", "measurement": "measurement"}.get(ref.item.answer)
        if field and not constraint_holds(ref.item, values.get(field)):
            values = {**_value(ref.item, True, rng), "note": rng.choice(FAIL_NOTES)}
            plan[ref.key] = True
        out.append((tid, code, values))
    return out


def _measure(ctx: AppContext, iid: str, rng: random.Random) -> None:
    view = load_inspection(ctx, iid)
    policy = distance_policy(ctx)
    insp = view.inspection
    for ref in view.items:
        if not ref.is_distance or view.effective(ref.key) is not None:
            continue
        if insp.computed_distance_m is None or not policy.applies_to(insp.site_kind):
            svc.set_outcome(ctx, iid, ref.template_id, ref.item.code, "na")
            continue
        times = 2 if abs(insp.computed_distance_m - (insp.distance_limit_m or 200)) < 40 else 1
        for i in range(times):
            svc.record_distance(
                ctx, iid, ref.template_id, ref.item.code,
                method=policy.method_for(insp.site_kind),
                distance_m=max(1.0, insp.computed_distance_m + rng.uniform(-4, 4)),
                school_name=insp.nearest_school_name,
                start_point="场所正门", end_point=f"{insp.nearest_school_name}最近的校门",
                tool="激光测距仪" if i == 0 else "测距轮", gps_accuracy_m=round(rng.uniform(2, 8), 1),
                measured_by=insp.lead_inspector_name if i == 0 else insp.co_inspector_name,
            )  # fmt: skip


def _complete_evidence(ctx: AppContext, iid: str, rng: random.Random) -> None:
    """The photos and notes finishing requires for failed items, as an inspector adds them."""
    check = check_view(load_inspection(ctx, iid))
    for r in check.missing_photos:
        add_photo(ctx, iid, _photo(rng, r.code), template_id=r.template_id,
                  item_code=r.code, caption="演示照片", original_name="demo.jpg")  # fmt: skip
    for r in check.missing_notes:
        svc.set_note(ctx, iid, r.template_id, r.code, rng.choice(FAIL_NOTES))


WEEKS = 10
DAY_START, DAY_END = (8, 30), (16, 30)  # local working hours for a visit's start


def visit_days(today: date, weeks: int = WEEKS) -> list[date]:
    """The working days (Monday to Friday) of the ``weeks`` weeks before today."""
    first = today - timedelta(weeks=weeks)
    days = (first + timedelta(days=i) for i in range((today - first).days))
    return [d for d in days if d.weekday() < 5]


def schedule(today: date, count: int, rng: random.Random) -> list[datetime]:
    """``count`` visit start times spread evenly over the working days, in local time."""
    days = visit_days(today)
    out = []
    for n in range(count):
        day = days[min(len(days) - 1, n * len(days) // max(1, count))]
        lo, hi = DAY_START[0] * 60 + DAY_START[1], DAY_END[0] * 60 + DAY_END[1]
        minute = rng.randrange(lo, hi, 5)
        out.append(datetime.combine(day, time(minute // 60, minute % 60)).astimezone())
    return sorted(out)


def _draft_start(now: datetime, rng: random.Random) -> datetime:
    """A draft begun earlier today during working hours (yesterday afternoon before 10:00)."""
    local = now.astimezone()
    if local.hour >= 10:
        return local.replace(hour=rng.randint(8, 9), minute=rng.choice((0, 15, 30)), second=0,
                             microsecond=0)  # fmt: skip
    day = local.date() - timedelta(days=1)
    return datetime.combine(day, time(rng.randint(14, 16), rng.choice((0, 20, 40)))).astimezone()


def add_demo_inspections(
    ctx: AppContext,
    finished: int = 60,
    drafts: int = 4,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Add the demo inspections to an open demo data directory; returns counts.

    Each visit happens at its own time: the clock is held at the visit's start
    while it is walked and at its end (25–70 minutes later) when it is finished,
    so its record, audit entries and the cases it opens carry the visit's day.
    """
    rng = random.Random(SEED)
    with read_session(ctx.engine) as s:
        sites = list(
            s.exec(select(Site).where(Site.archived == False).order_by(col(Site.name)))  # noqa: E712
        )
    if not sites:
        return {"finished": 0, "drafts": 0}
    now = utcnow()
    starts = schedule(now.astimezone().date(), finished, rng)
    starts += [_draft_start(now, rng) for _ in range(drafts)]
    order = sites[:]
    rng.shuffle(order)
    photos = [0]
    total = finished + drafts
    for n, started in enumerate(starts):
        site = order[n % len(order)]
        draft = n >= finished
        lead, co = rng.sample(INSPECTORS, 2)
        templates = [t.id for t in svc.propose_templates(ctx, site.kind)]
        profile = rng.choices(PROFILES, WEIGHTS)[0]
        with fixed_clock(started):
            insp = svc.start_inspection(
                ctx, site.id, templates, lead=svc.Person(*lead), co=svc.Person(*co),
                started_at=started,
            )  # fmt: skip
        with fixed_clock(started + timedelta(minutes=rng.randint(5, 20))):
            _measure(ctx, insp.id, rng)
            # a draft keeps part of its list unanswered, as if the visit were interrupted
            _walk(ctx, insp.id, rng, profile, photos, rng.uniform(0.3, 0.7) if draft else 1.0)
        if draft:
            continue
        with fixed_clock(started + timedelta(minutes=rng.randint(25, 70))):
            _complete_evidence(ctx, insp.id, rng)
            finish(ctx, insp.id)
        if progress:
            progress(n + 1, total)
    return {"finished": finished, "drafts": drafts}
