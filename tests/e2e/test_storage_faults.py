"""Storage faults on a real small file system: a tmpfs filled up, then remounted read-only.

The data directory lives on a tmpfs of a few MB. With the disk full (while the
program has the database open, and for commands started on a nearly full
disk) every operation — answer, photo, signed-document PDF, sync package,
backup, register export — ends in one sentence naming what failed and what to
do; no temporary file is left, SQLite's integrity check passes, and every
answer and photo acknowledged before is still there once space is freed. The
same commands on the read-only file system exit 2 with their sentence; one of
them is also run with ``--lang en`` on each disk and says it in English.
Needs root (mount); skipped otherwise.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image

from inspector.domain.text import N_
from inspector.services.core import backups
from inspector.services.core.context import open_context
from inspector.services.core.errors import StorageFault, UserError, storage_faults
from inspector.services.followup.finish import finish
from inspector.services.inspection import photos
from inspector.services.inspection import walk as svc
from inspector.services.inspection.view import load_inspection
from inspector.services.paperwork.keys import ensure_identity
from inspector.services.register.entries import SiteData, save_site
from inspector.services.sync import service as sync_service
from inspector.store.engine import write_session
from inspector.store.models import Site
from tests.tmpfs import debris, fill, free, integrity, remount, small_tmpfs, truncate_wal

pytestmark = pytest.mark.slow

CAFE = "school-internet-cafe"
SIZE_KB = 16 * 1024
HEADROOM = 96 * 1024  # a nearly full disk: enough to open the database, not to write files
PASSPHRASE = "口令-1234"
FULL_WORDS = "存储空间已满"
READ_ONLY_WORDS = "只读"
FULL_EN = "the storage is full"
READ_ONLY_EN = "is read-only or not writable"
EXPORT = "export a package (inspector export)"


def _noise_jpeg(path: Path, seed: int) -> Path:
    """A photo that does not compress much (about 1 MB once stored)."""
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (1600, 1200), rng.randbytes(1600 * 1200 * 3))
    img.save(path, "JPEG", quality=90)
    return path


def _setup(ctx, tmp: Path) -> tuple[str, str, dict[str, object]]:
    site = save_site(ctx, SiteData(name="星光网吧", kind="internet_cafe", lat=25.79, lon=113.04))
    iid = svc.start_inspection(ctx, site.id, [CAFE]).id
    svc.set_outcome(ctx, iid, CAFE, "IC-02", "fail")
    svc.set_count(ctx, iid, CAFE, "IC-04", 3)
    svc.set_text(ctx, iid, CAFE, "IC-13", "门口未张贴未成年人禁入标志")
    svc.set_note(ctx, iid, CAFE, "IC-02", "已拍照")
    photos.add_photo(ctx, iid, _noise_jpeg(tmp / "p1.jpg", 1), template_id=CAFE, item_code="IC-02")
    sync_service.device_identity(ctx)  # the device keys exist before the disk fills
    ctx.settings.inspector_name = "张伟"
    ctx.settings.inspector_id_no = "湘执 0031"
    ctx.save_settings()
    ensure_identity(ctx, PASSPHRASE)  # and so does the signing key
    with write_session(ctx.engine) as s:  # a register whose export needs more than the headroom
        for n in range(3000):
            s.add(
                Site(
                    name=f"测试商店{n:04d}",
                    kind="food_shop",
                    address=f"人民路 {n} 号",
                    created_by_device=ctx.device_id,
                )
            )
    acked = {"IC-02": "fail", "IC-04": 3, "IC-13": "门口未张贴未成年人禁入标志"}
    done = svc.start_inspection(ctx, site.id, [CAFE]).id  # a finished one, for its PDF
    svc.set_outcome(ctx, done, CAFE, "IC-02", "pass")
    finish(ctx, done)
    return iid, done, acked


def _check_acknowledged(data: Path, iid: str, acked: dict[str, object], n_photos: int) -> None:
    ctx = open_context(data)
    try:
        view = load_inspection(ctx, iid)
        got = {
            "IC-02": view.original((CAFE, "IC-02")).outcome,
            "IC-04": view.original((CAFE, "IC-04")).count,
            "IC-13": view.original((CAFE, "IC-13")).text,
        }
        assert got == acked
        assert view.note((CAFE, "IC-02")) == "已拍照"
        stored = view.photos_for(CAFE, "IC-02")
        assert len(stored) == n_photos
        assert all(photos.photo_path(ctx, p).is_file() for p in stored)
    finally:
        ctx.close()


def _in_process(what: str, call, where: Path | None = None) -> str:
    try:
        with storage_faults(what, where):
            call()
    except UserError as exc:  # StorageFault, or a service's own fault sentence
        return str(exc)
    raise AssertionError(f"{what}: expected a storage fault, the write succeeded")


def test_full_and_read_only_disk(tmp_path, cli, capsys):
    table: list[tuple[str, str, str, list[str], str]] = []
    with small_tmpfs(tmp_path / "mnt", SIZE_KB) as mnt:
        data, usb, out = mnt / "data", mnt / "usb", mnt / "out"
        usb.mkdir()
        out.mkdir()
        ctx = open_context(data)
        iid, finished, acked = _setup(ctx, tmp_path)
        n_photos = 1
        db = ctx.paths.database

        def record(disk: str, op: str, sentence: str) -> None:
            table.append((disk, op, sentence, debris(mnt), integrity(db)))

        # 1. The disk fills while the program has the database open.
        truncate_wal(db)  # the next commit must grow the WAL
        fill(mnt)
        sentence = _in_process(
            N_("保存答案"), lambda: svc.set_text(ctx, iid, CAFE, "IC-13", "x"), db
        )
        assert FULL_WORDS in sentence and str(db) in sentence
        record("full", "answer (service)", sentence)
        photo = _noise_jpeg(tmp_path / "p2.jpg", 2)
        sentence = _in_process(
            N_("保存照片"),
            lambda: photos.add_photo(ctx, iid, photo, template_id=CAFE, item_code="IC-02"),
        )
        record("full", "add a photo (service)", sentence)
        with pytest.raises(UserError) as caught:
            backups.make_backup(ctx)
        record("full", "back up (service)", str(caught.value))
        ctx.close()

        # 2. Commands started on a nearly full disk (room to open the database, no more).
        commands = {
            "make a PDF (inspector report)": ["report", finished[:8], "-o", str(out / "r.pdf")],
            "export a package (inspector export)": ["export", "--to", str(usb)],
            "register export (inspector sites export)": ["sites", "export", str(out / "s.xlsx")],
            "back up (inspector db backup)": ["db", "backup"],
        }
        env = {"INSPECTOR_KEY_PASSPHRASE": PASSPHRASE}
        for op, args in commands.items():
            free(mnt)
            fill(mnt, leave=HEADROOM)
            done = cli("--data-dir", str(data), *args, env=env)
            assert done.returncode == 2, (op, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr, done.stderr
            assert FULL_WORDS in done.stderr, done.stderr
            record("nearly full", op, done.stderr.strip())
        done = cli("--lang", "en", "--data-dir", str(data), *commands[EXPORT], env=env)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.startswith("Error: Could not") and FULL_EN in done.stderr, done.stderr
        record("nearly full", EXPORT + " --lang en", done.stderr.strip())

        # 3. The same commands on a read-only file system.
        free(mnt)
        remount(mnt, "ro")
        for op, args in commands.items():
            done = cli("--data-dir", str(data), *args, env=env)
            assert done.returncode == 2, (op, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr, done.stderr
            assert READ_ONLY_WORDS in done.stderr, done.stderr
            record("read-only", op, done.stderr.strip())
        done = cli("--lang", "en", "--data-dir", str(data), *commands[EXPORT], env=env)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert READ_ONLY_EN in done.stderr, done.stderr
        assert done.stderr.startswith("Error: Could not open the data folder:"), done.stderr
        record("read-only", EXPORT + " --lang en", done.stderr.strip())
        remount(mnt, "rw")

        with capsys.disabled():
            print("\n| disk | operation | sentence | debris | integrity_check |")
            print("|---|---|---|---|---|")
            for disk, op, sentence, left, ok in table:
                print(f"| {disk} | {op} | {sentence} | {left or 'none'} | {ok} |")
        for disk, op, sentence, left, ok in table:
            assert left == [], (disk, op, left)
            assert ok == "ok", (disk, op, ok)
            if op.endswith("--lang en"):
                continue  # checked above, in English
            assert "没有完成" in sentence and "请" in sentence, (disk, op, sentence)
            if disk != "read-only":
                assert FULL_WORDS in sentence, (disk, op, sentence)

        # 4. Space again: everything acknowledged before is there, and writing works.
        _check_acknowledged(data, iid, acked, n_photos)
        ctx = open_context(data)
        try:
            svc.set_text(ctx, iid, CAFE, "IC-13", "空间恢复后继续填写")
            assert load_inspection(ctx, iid).original((CAFE, "IC-13")).text == "空间恢复后继续填写"
        finally:
            ctx.close()
        assert integrity(db) == "ok"


def test_storage_fault_is_a_user_error():
    assert issubclass(StorageFault, UserError)
