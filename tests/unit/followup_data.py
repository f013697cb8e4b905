"""Rows for follow-up tests: sites and finished inspections written straight to the store.

The walk-through has its own tests; here only the outcome matters (answers,
score, red line), so inspections are stored as the finish step leaves them.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time

from inspector.resources import resource
from inspector.services.core.templates import load_file
from inspector.store.engine import write_session
from inspector.store.models import Answer, Inspection, InspectionTemplate, Licence, Site

TEMPLATE = load_file(resource("templates", "school-internet-cafe.yaml"))
POINTS = {"IC-02": 5.0, "IC-03": 5.0, "IC-06": 5.0, "IC-07": 10.0, "IC-08": 3.0, "IC-11": 5.0}
RED_LINE = {"IC-06", "IC-07"}
MAX = 100.0


def add_site(
    ctx, name: str, grid: str = "一网格", kind: str = "internet_cafe", code: str = ""
) -> str:
    with write_session(ctx.engine) as s:
        site = Site(
            name=name,
            kind=kind,
            grid=grid,
            address=f"{name}路1号",
            credit_code=code,
            responsible_person="张三",
            phone="13800000000",
        )
        s.add(site)
        s.flush()
        s.add(Licence(site_id=site.id, kind="网络文化经营许可证", number=f"LIC-{name}"))
        return site.id


def add_inspection(
    ctx,
    site_id: str,
    day: date,
    fails: dict[str, str] | None = None,
    passes: tuple[str, ...] = ("IC-02", "IC-03", "IC-08"),
    inspector: str = "李明",
) -> str:
    """A finished routine inspection on ``day`` (local noon); ``fails`` maps item code to note."""
    fails = fails or {}
    lost = sum(POINTS.get(code, 1.0) for code in fails)
    when = datetime.combine(day, time(12)).astimezone()
    with write_session(ctx.engine) as s:
        site = s.get(Site, site_id)
        insp = Inspection(
            site_id=site_id,
            status="finished",
            started_at=when,
            finished_at=when,
            lead_inspector_name=inspector,
            score=MAX - lost,
            max_score=MAX,
            deductions=lost,
            red_line=bool(RED_LINE & set(fails)),
            result="blacklist_candidate"
            if RED_LINE & set(fails)
            else ("deducted" if fails else "pass"),
        )
        for name, value in (
            ("site_kind", site.kind),
            ("grid", site.grid),
            ("site_name", site.name),
        ):
            if name in Inspection.model_fields:
                setattr(insp, name, value)
        s.add(insp)
        s.flush()
        s.add(
            InspectionTemplate(
                inspection_id=insp.id,
                template_id=TEMPLATE.id,
                template_version=TEMPLATE.version,
                content_hash=TEMPLATE.content_hash,
                content=json.dumps(TEMPLATE.data, ensure_ascii=False),
            )
        )
        for code in passes:
            if code not in fails:
                s.add(
                    Answer(
                        inspection_id=insp.id,
                        template_id=TEMPLATE.id,
                        item_code=code,
                        outcome="pass",
                    )
                )
        for code, note in fails.items():
            s.add(
                Answer(
                    inspection_id=insp.id,
                    template_id=TEMPLATE.id,
                    item_code=code,
                    outcome="fail",
                    note=note,
                    deduction=POINTS.get(code, 1.0),
                )
            )
        return insp.id
