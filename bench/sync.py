"""Benchmark: export and import of N finished inspections with 5 photos each.

    uv run python bench/sync.py            # 50 inspections
    uv run python bench/sync.py --full     # 1,000 inspections (the issue's size)

Prints export time, package size, import time and repeated-import times
(the same file again, and the same records in a new file, record by record),
then the peak resident memory of exporting and importing an encrypted
package with one large photo (64 MiB by default, 1 GiB with ``--full``),
each measured in a child process of its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from inspector.services.core.context import open_context
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
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

PHOTOS = 5
ANSWERS = 20
PHOTO_BYTES = 40_000


def populate(ctx, n: int) -> None:
    now = utcnow()
    dev = ctx.device_id
    base = {"created_at": now, "updated_at": now, "created_by_device": dev, "row_version": 1}
    sites, insps, answers, photos, audits = [], [], [], [], []
    content = json.dumps(  # the checklist each inspection carries (answers must name its items)
        {"id": "school-internet-cafe", "version": 1,
         "sections": [{"code": "s", "items": [{"code": f"i{j}"} for j in range(ANSWERS)]}]},
        sort_keys=True,
    )  # fmt: skip
    templates = []
    for i in range(n):
        site_id, insp_id = new_id(), new_id()
        sites.append(
            {
                **base,
                "id": site_id,
                "name": f"网吧{i}",
                "kind": "internet_cafe",
                "address": "",
                "grid": "",
                "community": "",
                "responsible_person": "",
                "phone": "",
                "credit_code": "",
                "notes": "",
                "archived": False,
            }
        )
        insps.append(
            {
                **base,
                "id": insp_id,
                "site_id": site_id,
                "status": "finished",
                "kind": "routine",
                "started_at": now,
                "finished_at": now,
                "lead_inspector_name": "张三",
                "lead_inspector_id_no": "",
                "co_inspector_name": "李四",
                "co_inspector_id_no": "",
                "location_text": "",
                "measures_taken": "",
                "notes": "",
                "red_line": False,
                "result": "pass",
                "content_hash": "0" * 64,
            }
        )
        templates.append(
            {**base, "id": new_id(), "inspection_id": insp_id, "template_id": "school-internet-cafe",
             "template_version": 1, "content_hash": sha256(content.encode()), "content": content,
             "position": 0}
        )  # fmt: skip
        for j in range(ANSWERS):
            answers.append(
                {
                    **base,
                    "id": new_id(),
                    "inspection_id": insp_id,
                    "template_id": "school-internet-cafe",
                    "item_code": f"i{j}",
                    "outcome": "pass",
                    "note": "",
                    "deduction": 0.0,
                }
            )
        for j in range(PHOTOS):
            data = os.urandom(PHOTO_BYTES)
            name = f"{insp_id[:2]}/{insp_id}-{j}.jpg"
            target = ctx.paths.photos / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            photos.append(
                {
                    **base,
                    "id": new_id(),
                    "inspection_id": insp_id,
                    "purpose": "item",
                    "file_name": name,
                    "original_name": "",
                    "original_sha256": sha256(data),
                    "stored_sha256": sha256(data),
                    "original_kept": False,
                    "width": 1600,
                    "height": 1200,
                    "caption": "",
                }
            )
        audits.append(
            {
                "id": new_id(),
                "at": now,
                "inspection_id": insp_id,
                "entity": "inspection",
                "entity_id": insp_id,
                "field": "status",
                "new_value": "finished",
                "actor": "张三",
                "device": dev,
                "kind": "finish",
                "reason": "",
            }
        )
    with ctx.engine.begin() as conn:
        for model, rows in (
            (Site, sites),
            (Inspection, insps),
            (InspectionTemplate, templates),
            (Answer, answers),
            (Photo, photos),
            (AuditEntry, audits),
        ):
            conn.execute(insert(model.__table__), rows)


LARGE_CHILD = r"""
import json, resource, sys
from pathlib import Path
from inspector.services.sync import service as sync
from inspector.services.core.context import open_context

root = Path(sys.argv[2])
if sys.argv[1] == "export":
    ctx = open_context(root / "field")
    sync.export_changes(ctx, root / "inbox")
else:
    ctx = open_context(root / "office")
    (r,) = sync.import_inbox(ctx, root / "inbox")
    assert r.result == "imported", r.message
ctx.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1])
except OSError:
    pass
print(json.dumps({"peak_kib": peak}))
"""


def _child(step: str, root: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one export or import in a process of its own."""
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", LARGE_CHILD, step, str(root)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - t
    return seconds, json.loads(done.stdout.strip().splitlines()[-1])["peak_kib"] * 1024 / 1e6


def large_package(size_mib: int) -> None:
    """Export and import one encrypted package holding a photo of ``size_mib`` MiB."""
    root = Path(tempfile.mkdtemp(prefix="inspector-bench-large-"))
    field = open_context(root / "field")
    office = open_context(root / "office")
    sync.office_init(office, "基准办公室")
    sync.register_device(office, sync.device_identity(field).card())
    bundle = bundles.build_office_bundle(office, root / "office.inspbundle")
    bundles.import_office_bundle(field, bundle, sync.own_office(office).fingerprint)
    populate(field, 1)
    insp_id = field.engine.connect().exec_driver_sql("select id from inspection").scalar()
    name = f"large/{insp_id}.jpg"
    target = field.paths.photos / name
    target.parent.mkdir(parents=True)
    block = bytearray(os.urandom(1024 * 1024))
    digest = hashlib.sha256()
    with open(target, "wb") as fh:
        for i in range(size_mib):
            block[:8] = i.to_bytes(8, "big")
            fh.write(block)
            digest.update(block)
    now = utcnow()
    with field.engine.begin() as conn:
        conn.execute(
            insert(Photo.__table__),
            [
                {
                    "id": new_id(),
                    "created_at": now,
                    "updated_at": now,
                    "created_by_device": field.device_id,
                    "row_version": 1,
                    "inspection_id": insp_id,
                    "purpose": "item",
                    "file_name": name,
                    "original_name": "",
                    "original_sha256": digest.hexdigest(),
                    "stored_sha256": digest.hexdigest(),
                    "original_kept": False,
                    "width": 1600,
                    "height": 1200,
                    "caption": "",
                }
            ],
        )
    field.close()
    office.close()
    export_s, export_peak = _child("export", root)
    import_s, import_peak = _child("import", root)
    print(f"large package: one photo of {size_mib} MiB, encrypted")
    print(f"large export time: {export_s:.2f} s")
    print(f"large import time: {import_s:.2f} s")
    # baseline: the bound issue 14 sets (200 MB), whatever the size of the entry
    print(
        f"large export peak RSS: {export_peak:.0f} MB; baseline 200 MB; ratio {export_peak / 200:.3f}"
    )
    print(
        f"large import peak RSS: {import_peak:.0f} MB; baseline 200 MB; ratio {import_peak / 200:.3f}"
    )
    import shutil

    shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true", help="1,000 inspections")
    ap.add_argument("-n", type=int, default=None)
    ap.add_argument("--large-mib", type=int, default=None, help="size of the large photo")
    args = ap.parse_args()
    n = args.n or (1000 if args.full else 50)
    root = Path(tempfile.mkdtemp(prefix="inspector-bench-sync-"))
    field = open_context(root / "field")
    office = open_context(root / "office")
    sync.office_init(office, "基准办公室")
    sync.register_device(office, sync.device_identity(field).card())
    bundle = bundles.build_office_bundle(office, root / "office.inspbundle")
    bundles.import_office_bundle(field, bundle, sync.own_office(office).fingerprint)
    populate(field, n)
    print(
        f"{n} finished inspections, {n * PHOTOS} photos of {PHOTO_BYTES // 1000} kB, "
        f"{n * ANSWERS} answers",
        file=sys.stderr,
    )

    inbox = root / "inbox"
    t, cpu = time.perf_counter(), time.process_time()
    res = sync.export_changes(field, inbox)
    export_s = time.perf_counter() - t
    export_cpu = time.process_time() - cpu

    t, cpu = time.perf_counter(), time.process_time()
    (first,) = sync.import_inbox(office, inbox)
    import_s = time.perf_counter() - t
    import_cpu = time.process_time() - cpu
    assert first.result == "imported", first.message

    t = time.perf_counter()
    again = sync.import_file(office, res.path)
    again_s = time.perf_counter() - t
    assert again.result == "duplicate"

    t = time.perf_counter()
    forced = sync.import_file(office, res.path, force=True)
    forced_s = time.perf_counter() - t
    assert forced.result == "imported" and forced.applied == 0, forced.message

    print(f"records: {res.record_count} records")
    print(f"export time: {export_s:.2f} s")
    print(f"export cpu time: {export_cpu:.2f} s")
    print(f"package size: {res.size / 1e6:.1f} MB")
    print(f"import time: {import_s:.2f} s")
    print(f"import cpu time: {import_cpu:.2f} s")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus")
    print(
        f"repeated import time: {again_s:.2f} s; baseline {import_s:.2f} s; "
        f"ratio {again_s / import_s:.3f}"
    )
    print(
        f"repeated import record by record: {forced_s:.2f} s; baseline {import_s:.2f} s; "
        f"ratio {forced_s / import_s:.3f}"
    )
    field.close()
    office.close()
    import shutil

    shutil.rmtree(root, ignore_errors=True)
    large_package(args.large_mib or (1024 if args.full else 64))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
