"""A finished inspection written straight through the store models.

Used by the paperwork tests, the benchmark and the demo, so documents can be
produced without going through the walk-through screens. Answers follow a
fixed pattern: every ``fail_every``-th answerable item fails.
"""

from __future__ import annotations

import hashlib
import io
import json
from datetime import timedelta
from typing import Any

import yaml
from PIL import Image, ImageDraw

from inspector.domain.templates import parse_template
from inspector.resources import resource
from inspector.services.core.context import AppContext
from inspector.store.engine import write_session
from inspector.store.models import Answer, Inspection, InspectionTemplate, Licence, Photo, Site
from inspector.store.types import new_id, utcnow


def internet_cafe_template() -> dict[str, Any]:
    """The shipped internet-café list as its version 1 (before the minors questions became
    conditional): the sample record answers every item, which a condition would not allow."""
    path = resource("templates", "school-internet-cafe.yaml")
    data = yaml.safe_load(path.read_text("utf-8"))
    if data.get("version", 1) >= 2:
        data["version"] = 1
        for section in data["sections"]:
            section["items"] = [i for i in section["items"] if i["code"] not in ("IC-14", "IC-15")]
            for i in section["items"]:
                for key in ("relevant", "constraint", "constraint_message"):
                    i.pop(key, None)
    return data


def wide_template(items: int) -> dict[str, Any]:
    """A synthetic checklist with ``items`` items in sections of ten (for the benchmark)."""
    sections = []
    for s in range(0, items, 10):
        rows = []
        for i in range(s, min(items, s + 10)):
            kind = ("pass_fail", "count", "pass_fail", "measurement")[i % 4]
            row: dict[str, Any] = {
                "code": f"X-{i + 1:02d}",
                "text": f"第 {i + 1} 项：门前三包责任区内无乱堆乱放、乱搭乱建，招牌完好，无占道经营现象",
                "answer": kind,
                "severity": "deduct",
                "points": 2,
            }
            if kind == "count":
                row["fail_above"] = 0
            if kind == "measurement":
                row.update(unit="m", limit={"min": 200}, severity="red_line")
            rows.append(row)
        sections.append(
            {"code": f"s{s // 10 + 1}", "title": f"第 {s // 10 + 1} 部分", "items": rows}
        )
    return {
        "id": "bench-wide",
        "version": 1,
        "title": "综合检查（基准测试）",
        "category": "school_perimeter",
        "applies_to": ["*"],
        "sections": sections,
    }


def sample_photo(i: int, size: tuple[int, int] = (1600, 1200)) -> bytes:
    img = Image.new("RGB", size, (90 + (i * 37) % 120, 120 + (i * 53) % 100, 160))
    draw = ImageDraw.Draw(img)
    for k in range(0, size[0], 80):
        draw.line((k, 0, size[0] - k, size[1]), fill=(240, 240, 240), width=6)
    draw.rectangle((40, 40, 360, 160), fill=(250, 250, 250))
    draw.text((60, 80), f"PHOTO {i + 1}", fill=(20, 20, 20))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def add_sample_inspection(
    ctx: AppContext,
    *,
    template_data: dict[str, Any] | None = None,
    photos: int = 3,
    fail_every: int = 3,
    site_name: str = "星光网络会所",
    site_kind: str = "internet_cafe",
    note: str = "",
) -> str:
    """Insert a site, a finished inspection with answers and photos; return the inspection id."""
    data = template_data or internet_cafe_template()
    tpl = parse_template(data, data.get("id", "sample"))
    device = ctx.device_id
    now = utcnow()
    site = Site(
        name=site_name,
        kind=site_kind,
        address="苏仙区青石路 18 号",
        grid="青石社区第1网格",
        responsible_person="陈晓东",
        phone="0735-2345678",
        credit_code="91431003MA4L0XXXX1",
        created_by_device=device,
    )
    insp = Inspection(
        site_id=site.id,
        status="finished",
        started_at=now - timedelta(minutes=40),
        finished_at=now - timedelta(minutes=5),
        lead_inspector_name=ctx.settings.inspector_name or "周明远",
        lead_inspector_id_no=ctx.settings.inspector_id_no or "湘执4310030001",
        co_inspector_name="李文静",
        co_inspector_id_no="湘执4310030002",
        location_text="苏仙区青石路 18 号店内",
        measures_taken="当场责令负责人整改，并告知整改期限。",
        notes=note,
        created_by_device=device,
    )
    answers = []
    failed_points = 0.0
    total = 0.0
    k = 0
    for section in tpl.sections:
        for item in section.items:
            total += item.points
            k += 1
            fail = fail_every > 0 and k % fail_every == 0 and item.answer != "text"
            a = Answer(
                inspection_id=insp.id,
                template_id=tpl.id,
                item_code=item.code,
                answered_at=now,
                created_by_device=device,
            )
            if item.answer == "pass_fail":
                a.outcome = "fail" if fail else "pass"
            elif item.answer == "count":
                a.count = 2 if fail else 0
                if item.count_rule and item.count_rule.fail_below is not None:
                    a.count = 1 if fail else item.count_rule.fail_below
                a.outcome = "fail" if fail else "pass"
            elif item.answer == "measurement":
                a.measurement = 185.5 if fail else 320.0
                a.outcome = "fail" if fail else "pass"
            elif item.answer == "choice":
                a.choice = item.choices[-1].code if fail else item.choices[0].code
                a.outcome = "fail" if fail and item.choices[-1].fails else "pass"
            else:
                a.text = "店内秩序良好。"
                a.outcome = "pass"
            if a.outcome == "fail":
                a.deduction = item.points
                a.note = "现场发现，已拍照。"
                failed_points += item.points
            answers.append(a)
    insp.max_score = total
    insp.deductions = failed_points
    insp.score = total - failed_points
    insp.red_line = any(
        a.outcome == "fail" and getattr(tpl.item(a.item_code), "is_red_line", False)
        for a in answers
    )
    for name, value in (("site_name", site.name), ("site_kind", site.kind), ("grid", site.grid)):
        if hasattr(insp, name):
            setattr(insp, name, value)  # columns the walk-through adds
    insp.result = (
        "blacklist_candidate" if insp.red_line else ("deducted" if failed_points else "pass")
    )
    ctx.paths.photos.mkdir(parents=True, exist_ok=True)
    photo_rows = []
    failed_codes: list[str | None] = [a.item_code for a in answers if a.outcome == "fail"] or [None]
    for i in range(photos):
        raw = sample_photo(i)
        digest = hashlib.sha256(raw).hexdigest()
        file_name = f"{new_id()}.jpg"
        (ctx.paths.photos / file_name).write_bytes(raw)
        code = failed_codes[i % len(failed_codes)]
        photo_rows.append(
            Photo(
                inspection_id=insp.id,
                template_id=tpl.id if code else None,
                item_code=code,
                file_name=file_name,
                original_sha256=digest,
                stored_sha256=digest,
                width=1600,
                height=1200,
                caption=f"{code or '现场'} 现场照片 {i + 1}",
                taken_at=now,
                created_by_device=device,
            )
        )
    with write_session(ctx.engine) as s:
        s.add(site)
        s.flush()
        s.add(
            Licence(
                site_id=site.id, kind="营业执照", number="JY24310030001", created_by_device=device
            )
        )
        s.add(
            Licence(
                site_id=site.id,
                kind="网络文化经营许可证",
                number="湘网文〔2025〕0101-001",
                created_by_device=device,
            )
        )
        s.flush()
        s.add(insp)
        s.flush()
        s.add(
            InspectionTemplate(
                inspection_id=insp.id,
                template_id=tpl.id,
                template_version=tpl.version,
                content_hash=tpl.content_hash,
                content=json.dumps(data, ensure_ascii=False),
                created_by_device=device,
            )
        )
        for row in (*answers, *photo_rows):
            s.add(row)
    return insp.id


def add_demo_paperwork(ctx: AppContext) -> None:
    """Demo extension: a trusted demo key without passphrase, a number block, one record."""
    from sqlmodel import select

    from inspector.services.paperwork.keys import create_demo_key
    from inspector.services.paperwork.numbering import set_block
    from inspector.store.engine import read_session

    create_demo_key(ctx)
    set_block(ctx, "苏仙巡〔2026〕", 1, 500)
    with read_session(ctx.engine) as s:
        finished = s.exec(select(Inspection.id).where(Inspection.status == "finished")).first()
    if finished is None:
        add_sample_inspection(ctx, photos=4, note="演示数据：由文书功能生成的示例检查。")
