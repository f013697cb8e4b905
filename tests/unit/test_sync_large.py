"""Large packages: memory stays flat and there is no size cliff (export and import in processes).

Export and import each run in a child process that reports its own peak
resident memory (``VmHWM``), so the figure is the import's alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_helpers import add_inspection, add_site, open_ctx

from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import write_session
from inspector.store.models import Photo
from inspector.sync.streams import file_sha256

MiB = 1024 * 1024

CHILD = r"""
import json, resource, sys
from pathlib import Path
from inspector.services.sync import service as sync
from inspector.services.core.context import open_context

root = Path(sys.argv[2])
if sys.argv[1] == "export":
    ctx = open_context(root / "field")
    res = sync.export_changes(ctx, root / "inbox")
    out = {"size": res.size, "encrypted": res.encrypted, "files": res.files}
else:
    ctx = open_context(root / "office")
    (r,) = sync.import_inbox(ctx, root / "inbox")
    out = {"result": r.result, "message": str(r.message), "files": r.files}
ctx.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1])
except OSError:
    pass
out["peak_mb"] = round(peak * 1024 / 1e6, 1)  # decimal megabytes, as the issue counts
print(json.dumps(out))
"""


def _run(step: str, root: Path) -> tuple[dict, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, step, str(root)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), seconds


def write_photo(path: Path, size: int) -> str:
    """``size`` incompressible bytes, cheaply: a random block with a counter in each MiB."""
    path.parent.mkdir(parents=True, exist_ok=True)
    block = bytearray(os.urandom(MiB))
    h = hashlib.sha256()
    with open(path, "wb") as fh:
        left, n = size, 0
        while left > 0:
            block[:8] = n.to_bytes(8, "big")
            chunk = bytes(block[: min(left, MiB)])
            fh.write(chunk)
            h.update(chunk)
            left -= len(chunk)
            n += 1
    return h.hexdigest()


def build(root: Path, sizes: list[int]) -> dict[str, str]:
    """A field installation with photos of the given sizes, an office that knows it."""
    field = open_ctx(root / "field")
    office = open_ctx(root / "office")
    sync.office_init(office, "东风街道创建办")
    sync.register_device(office, sync.device_identity(field).card())
    bundle = bundles.build_office_bundle(office, root / "o.inspbundle")
    bundles.import_office_bundle(field, bundle, sync.own_office(office).fingerprint)
    insp = add_inspection(field, add_site(field).id, photos=0)
    hashes = {}
    with write_session(field.engine) as s:
        for i, size in enumerate(sizes):
            name = f"big/{insp.id}-{i}.jpg"
            digest = write_photo(field.paths.photos / name, size)
            hashes[name] = digest
            s.add(
                Photo(
                    inspection_id=insp.id,
                    file_name=name,
                    original_sha256=digest,
                    stored_sha256=digest,
                    created_by_device=field.device_id,
                )
            )
    field.close()
    office.close()
    return hashes


def _round_trip(root: Path, sizes: list[int]) -> dict:
    hashes = build(root, sizes)
    exported, export_s = _run("export", root)
    assert exported["encrypted"] and exported["files"] == len(sizes)
    assert exported["size"] > sum(sizes)
    imported, import_s = _run("import", root)
    assert imported["result"] == "imported", imported["message"]
    assert imported["files"] == len(sizes)
    for name, digest in hashes.items():
        assert file_sha256(root / "office" / "photos" / name) == digest
    return {
        "export_s": round(export_s, 1),
        "import_s": round(import_s, 1),
        "export_peak_mb": exported["peak_mb"],
        "import_peak_mb": imported["peak_mb"],
        "package_bytes": exported["size"],
    }


def test_import_of_a_64_mib_photo_stays_under_200_mb(tmp_path):
    # before streaming a 96 MiB photo took 480 MB to export and 379 MB to import
    figures = _round_trip(tmp_path, [64 * MiB])
    print("64 MiB photo:", figures)
    assert figures["import_peak_mb"] < 200, figures
    assert figures["export_peak_mb"] < 200, figures


@pytest.mark.slow  # writes about 10 GiB to disk: 3 GiB of photos, the package, the office copy
def test_three_gib_photo_set_exports_and_imports_with_flat_memory(tmp_path):
    sizes = [1024 * MiB] * 3  # three entries of 1 GiB: 3 GiB in all
    free = shutil.disk_usage(tmp_path).free
    if free < 12 * 1024 * MiB:
        pytest.skip(f"needs 12 GiB free in {tmp_path}, has {free // MiB} MiB")
    figures = _round_trip(tmp_path, sizes)
    print("3 GiB photo set (3 x 1 GiB):", figures)
    assert figures["import_peak_mb"] < 200, figures
    assert figures["export_peak_mb"] < 200, figures
