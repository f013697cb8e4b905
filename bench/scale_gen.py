"""Generate a large register and inspection history for the follow-up benchmarks.

    uv run python bench/scale_gen.py DIR            # 1,000 sites, 10,000 inspections
    uv run python bench/scale_gen.py DIR --full     # 20,000 sites, 200,000 inspections

Sites go through the register service (``save_site_in``). A sample of
inspections (``--sample``, default 30) goes the whole way through the
walk-through services: start, answer, finish, open cases. The rest are written
in bulk with the same shape the finish step leaves behind (header with score,
max score, red line and result; one answer per failed item) and their cases
are computed with the same domain rules (deadline per severity, repeat window)
as :func:`inspector.services.followup.finish.open_cases_for_inspection`. The frozen
template copies are kept only for the sample (a copy per inspection would
add gigabytes and nothing the lists or statistics read).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from sqlalchemy import insert

from inspector.domain import cases as rules
from inspector.domain.site_kinds import SITE_KINDS
from inspector.services.core.context import AppContext, open_context
from inspector.services.register.entries import LicenceData, SiteData, save_site_in
from inspector.store.engine import write_session
from inspector.store.models import Answer, Inspection, RectificationCase
from inspector.store.types import new_id, utcnow

SEED = 2026
GRIDS = 60
INSPECTORS = [f"检查员{i:02d}" for i in range(1, 41)]
# (template id, item code, text, severity, points): the failures the generator draws from.
ITEMS = [
    ("school-shared", "SS-01", "营业执照在醒目位置亮证经营", "deduct", 5.0),
    ("school-shared", "SS-03", "门前无乱堆乱放、无占道经营", "deduct", 3.0),
    ("school-shared", "SS-05", "室内外环境整洁", "deduct", 2.0),
    ("school-internet-cafe", "IC-03", "入口处设有未成年人禁止入内标志", "deduct", 5.0),
    ("school-internet-cafe", "IC-05", "在场未成年人人数", "red_line", 10.0),
    ("market", "MK-02", "经营规范和投诉点公示", "deduct", 3.0),
    ("market", "MK-10", "熟食防尘防蝇防鼠", "deduct", 4.0),
    ("window-counter", "WC-01", "入口公益广告不少于三处", "deduct", 3.0),
    ("window-counter", "WC-20", "无收受红包现象", "red_line", 10.0),
    ("smoking", "SM-02", "每个入口张贴禁烟标志", "deduct", 2.0),
]
MAX_SCORE = 100.0


def make_sites(ctx: AppContext, n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    kinds = [k.code for k in SITE_KINDS]
    batch = 2000
    for start in range(0, n, batch):
        with write_session(ctx.engine) as s:
            for i in range(start, min(n, start + batch)):
                kind = rng.choice(kinds)
                grid = f"第{rng.randrange(GRIDS) + 1:02d}网格"
                credit = f"91430{i:013d}"
                site = save_site_in(
                    s,
                    ctx.device_id,
                    SiteData(
                        name=f"场所{i:05d}",
                        kind=kind,
                        address=f"苏仙区测试路{i}号",
                        grid=grid,
                        community=f"社区{rng.randrange(12)}",
                        credit_code=credit,
                        licences=[LicenceData("营业执照", credit)],
                    ),
                )
                out.append((site.id, kind, grid))
    return out


def bulk_inspections(
    ctx: AppContext, sites: list[tuple[str, str, str]], n: int, days: int, rng: random.Random
) -> tuple[int, int]:
    """Write ``n`` finished inspections over the last ``days`` days, with answers and cases."""
    policy = rules.CasePolicy()
    today = date.today()
    now = utcnow()
    dev = ctx.device_id
    base = {"created_at": now, "updated_at": now, "created_by_device": dev, "row_version": 1}
    has = set(Inspection.model_fields)
    last_found: dict[tuple[str, str], date] = {}
    n_cases = 0
    # Generate in date order so that repeat offences can be found on the way.
    stamps = sorted(rng.randrange(days * 24 * 3600) for _ in range(n))
    chunk = 10_000
    for start in range(0, n, chunk):
        insps, answers, cases = [], [], []
        for offset in stamps[start : start + chunk]:
            site_id, kind, grid = rng.choice(sites)
            when = datetime.combine(today - timedelta(days=days), dtime(8), tzinfo=now.tzinfo)
            when += timedelta(seconds=offset)
            found_on = when.astimezone().date()
            fails = rng.sample(ITEMS, k=rng.choices((0, 1, 2, 3), (50, 30, 15, 5))[0])
            lost = sum(f[4] for f in fails)
            red = any(f[3] == "red_line" for f in fails)
            insp_id = new_id()
            row = {
                **base,
                "id": insp_id,
                "site_id": site_id,
                "status": "finished",
                "kind": "routine",
                "parent_inspection_id": None,
                "started_at": when,
                "finished_at": when + timedelta(minutes=20),
                "lead_inspector_name": rng.choice(INSPECTORS),
                "lead_inspector_id_no": "",
                "co_inspector_name": rng.choice(INSPECTORS),
                "co_inspector_id_no": "",
                "location_text": "",
                "lat": None,
                "lon": None,
                "measures_taken": "",
                "notes": "",
                "score": MAX_SCORE - lost,
                "max_score": MAX_SCORE,
                "deductions": lost,
                "red_line": red,
                "result": "blacklist_candidate" if red else ("deducted" if fails else "pass"),
                "content_hash": "",
            }
            for name, value in (("site_kind", kind), ("grid", grid), ("site_name", "")):
                if name in has:
                    row[name] = value
            insps.append(row)
            for template_id, code, text, severity, points in fails:
                answers.append(
                    {
                        **base,
                        "id": new_id(),
                        "inspection_id": insp_id,
                        "template_id": template_id,
                        "item_code": code,
                        "outcome": "fail",
                        "count": None,
                        "measurement": None,
                        "text": None,
                        "choice": None,
                        "note": f"{text}：未达要求",
                        "deduction": points,
                        "answered_at": when,
                    }
                )
                key = (site_id, code)
                earlier = last_found.get(key)
                repeat = earlier is not None and rules.is_repeat(found_on, [earlier], policy)
                last_found[key] = found_on
                deadline = rules.deadline_for(found_on, severity, policy)
                age = (today - found_on).days
                r = rng.random()
                if age > 30:
                    state = (
                        rules.VERIFIED
                        if r < 0.85
                        else (rules.RECTIFIED_ON_SITE if r < 0.93 else rules.OVERDUE)
                    )
                else:
                    state = rules.RECTIFIED_ON_SITE if r < 0.2 else rules.OPEN
                closed = state in rules.CLOSED_STATES
                cases.append(
                    {
                        **base,
                        "id": new_id(),
                        "inspection_id": insp_id,
                        "site_id": site_id,
                        "grid": grid,
                        "template_id": template_id,
                        "item_code": code,
                        "item_text": text,
                        "severity": severity,
                        "finding": f"{text}：未达要求",
                        "found_on": found_on,
                        "deadline": deadline,
                        "state": state,
                        "closed_at": when + timedelta(days=3) if closed else None,
                        "closing_note": "复查合格" if state == rules.VERIFIED else "",
                        "closing_photo": "",
                        "reinspection_id": None,
                        "recheck_on": found_on + timedelta(days=8)
                        if state == rules.VERIFIED
                        else None,
                        "escalated_at": None,
                        "escalation_note": "",
                        "repeat": repeat,
                    }
                )
        with write_session(ctx.engine) as s:
            s.execute(insert(Inspection.__table__), insps)
            if answers:
                s.execute(insert(Answer.__table__), answers)
            if cases:
                s.execute(insert(RectificationCase.__table__), cases)
        n_cases += len(cases)
        print(f"  {min(n, start + chunk):,} / {n:,} inspections", file=sys.stderr)
    return n, n_cases


def through_services(ctx: AppContext, sites, n: int, rng: random.Random) -> int:
    """A sample of inspections the whole way through the walk-through services."""
    try:
        from inspector.services.followup import finish as followup_finish
        from inspector.services.inspection import walk as inspections
    except ImportError:
        return 0
    from inspector.services.demo.document_samples import sample_photo
    from inspector.services.inspection.photos import add_photo
    from inspector.services.inspection.view import load_inspection

    done = 0
    for site_id, kind, _grid in rng.sample(sites, min(n, len(sites))):
        templates = inspections.propose_templates(ctx, kind)
        if not templates:
            continue
        insp = inspections.start_inspection(ctx, site_id, [t.id for t in templates])
        view = load_inspection(ctx, insp.id)
        for ref in view.items:
            if ref.item.answer == "pass_fail":
                outcome = "fail" if rng.random() < 0.1 else "pass"
                inspections.set_outcome(ctx, insp.id, ref.template_id, ref.item.code, outcome)
                if outcome == "fail":  # the evidence finishing requires of a failed item
                    if ref.item.note_on_fail:
                        inspections.set_note(
                            ctx, insp.id, ref.template_id, ref.code, "现场发现问题"
                        )
                    if ref.item.photo_on_fail:
                        add_photo(ctx, insp.id, sample_photo(done, (320, 240)),
                                  template_id=ref.template_id, item_code=ref.code)  # fmt: skip
        followup_finish.finish(ctx, insp.id)  # opens the cases in the same transaction
        done += 1
    return done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="data directory to create (must not hold a database)")
    ap.add_argument("--full", action="store_true", help="20,000 sites and 200,000 inspections")
    ap.add_argument("--sites", type=int)
    ap.add_argument("--inspections", type=int)
    ap.add_argument("--days", type=int, default=365, help="spread over the last N days")
    ap.add_argument("--sample", type=int, default=30, help="inspections through the services")
    args = ap.parse_args(argv)
    n_sites = args.sites or (20_000 if args.full else 1_000)
    n_insp = args.inspections or (200_000 if args.full else 10_000)
    if (args.dir / "inspector.sqlite3").exists():
        print(f"{args.dir} already holds a database", file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    ctx = open_context(args.dir)
    ctx.settings.office_name = "苏仙区测试街道文明创建办公室"
    ctx.save_settings()
    t0 = time.perf_counter()
    sites = make_sites(ctx, n_sites, rng)
    t1 = time.perf_counter()
    n, n_cases = bulk_inspections(ctx, sites, n_insp, args.days, rng)
    t2 = time.perf_counter()
    sampled = through_services(ctx, sites, args.sample, rng)
    t3 = time.perf_counter()
    with ctx.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    ctx.close()
    print(f"scale_gen sites: {n_sites} sites in {t1 - t0:.1f} s")
    print(f"scale_gen inspections: {n} inspections, {n_cases} cases in {t2 - t1:.1f} s")
    print(f"scale_gen via services: {sampled} inspections in {t3 - t2:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
