"""Builders shared by the sync tests: a field installation with data, an office."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import func, inspect, select, text

from inspector.services.core.context import AppContext, open_context
from inspector.store.engine import write_session
from inspector.store.models import (
    Answer,
    AuditEntry,
    Inspection,
    InspectionTemplate,
    Photo,
    Site,
)
from inspector.store.types import new_id, utcnow
from inspector.sync.package import sha256


def open_ctx(root: Path, db_url: str | None = None) -> AppContext:
    root.mkdir(parents=True, exist_ok=True)
    return open_context(root, db_url)


def add_site(ctx: AppContext, name: str = "星光网吧") -> Site:
    with write_session(ctx.engine) as s:
        site = Site(
            name=name, kind="internet_cafe", address="北湖路1号", created_by_device=ctx.device_id
        )
        s.add(site)
    return site


def add_inspection(
    ctx: AppContext, site_id: str, *, photos: int = 2, answers: int = 3, finished: bool = True
) -> Inspection:
    now = utcnow()
    with write_session(ctx.engine) as s:
        insp = Inspection(
            site_id=site_id,
            status="finished" if finished else "draft",
            finished_at=now if finished else None,
            lead_inspector_name="张三",
            created_by_device=ctx.device_id,
        )
        s.add(insp)
        s.flush()
        content = {
            "id": "school-internet-cafe",
            "version": 1,
            "sections": [{"code": "s1", "items": [{"code": f"item{i}"} for i in range(answers)]}],
        }
        s.add(
            InspectionTemplate(
                inspection_id=insp.id,
                template_id="school-internet-cafe",
                template_version=1,
                content_hash=sha256(json.dumps(content, sort_keys=True).encode()),
                content=json.dumps(content, sort_keys=True),
                created_by_device=ctx.device_id,
            )
        )
        for i in range(answers):
            s.add(
                Answer(
                    inspection_id=insp.id,
                    template_id="school-internet-cafe",
                    item_code=f"item{i}",
                    outcome="fail" if i == 0 else "pass",
                    created_by_device=ctx.device_id,
                )
            )
        for i in range(photos):
            data = os.urandom(2000) + f"photo {insp.id} {i}".encode()
            name = f"{insp.id[:8]}/{new_id()}.jpg"
            target = ctx.paths.photos / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            s.add(
                Photo(
                    inspection_id=insp.id,
                    file_name=name,
                    original_sha256=sha256(data),
                    stored_sha256=sha256(data),
                    created_by_device=ctx.device_id,
                )
            )
        s.add(
            AuditEntry(
                id=new_id(),
                inspection_id=insp.id,
                entity="inspection",
                entity_id=insp.id,
                field="status",
                new_value="finished",
                device=ctx.device_id,
                kind="finish",
            )
        )
    return insp


def row_counts(ctx: AppContext, skip: tuple[str, ...] = ("sync_import_log",)) -> dict[str, int]:
    """Rows per table (the import log is compared separately)."""
    out = {}
    with ctx.engine.connect() as conn:
        for name in inspect(conn).get_table_names():
            if name in skip:
                continue
            out[name] = conn.execute(select(func.count()).select_from(text(f'"{name}"'))).scalar()
    return out


def integrity(ctx: AppContext) -> str:
    with ctx.engine.connect() as conn:
        if ctx.engine.dialect.name == "sqlite":
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        return "ok"


def data_files(ctx: AppContext) -> set[str]:
    out = set()
    for folder in (ctx.paths.photos, ctx.paths.signatures, ctx.paths.documents):
        out |= {str(p.relative_to(ctx.paths.root)) for p in folder.rglob("*") if p.is_file()}
    return out


def signed_bundle_with_bad_site_row(office, tmp_path, spoil):
    """A bundle the office really signed whose second site row ``spoil`` made unreadable."""
    from inspector.services.sync import bundle as bundles
    from inspector.services.sync import service as sync
    from inspector.sync.bundle import build_bundle

    add_site(office, "人民路菜市场")
    add_site(office, "解放路菜市场")
    path = bundles.build_office_bundle(office, tmp_path / "good.inspbundle")
    bundle = bundles.read_office_bundle(path)
    lines = bundle.entries["register/site.jsonl"].decode("utf-8").splitlines()
    lines[1] = json.dumps(spoil(json.loads(lines[1])), ensure_ascii=False)
    entries = dict(bundle.entries)
    entries["register/site.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
    signing, _enc = sync.office_private_keys(office)
    bad = tmp_path / "bad.inspbundle"
    bad.write_bytes(build_bundle(bundle.manifest, entries, signing))
    return bad
