"""Evidence that can't be swapped: photo and signature files against their stored SHA-256."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlmodel import select

from inspector.services.core.errors import UserError
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.demo.self_test import run_self_test
from inspector.services.inspection import evidence
from inspector.services.paperwork import documents, keys
from inspector.services.sync import service as sync
from inspector.store.engine import read_session
from inspector.store.models import Photo

PASS = "s3cret-口令"


def _jpeg(colour: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG")
    return buf.getvalue()


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", (40, 20), (0, 0, 0, 255)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def signer_ctx(ctx):
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    return ctx


def _first_photo(ctx, iid: str) -> Photo:
    with read_session(ctx.engine) as s:
        return s.exec(select(Photo).where(Photo.inspection_id == iid)).first()


def test_a_swapped_photo_is_refused_when_making_a_document(signer_ctx):
    ctx = signer_ctx
    iid = add_sample_inspection(ctx, photos=2, site_name="星光网络会所")
    assert evidence.check_inspection(ctx, iid) == []
    photo = _first_photo(ctx, iid)
    path = ctx.paths.photos / photo.file_name
    path.write_bytes(_jpeg("red"))  # another JPEG copied over the stored file
    with pytest.raises(UserError) as err:
        documents.produce(ctx, "record", iid, PASS)
    text = str(err.value)
    print(text)  # shown in the closing note
    assert str(path) in text and "星光网络会所" in text and iid in text
    assert "SHA-256 不一致" in text and "不能用它制作文书" in text
    assert not list(ctx.paths.documents.glob("*.pdf")) if ctx.paths.documents.exists() else True
    with pytest.raises(UserError, match="SHA-256 不一致"):
        documents.preview(ctx, "record", iid)


def test_a_swapped_signature_image_is_refused(signer_ctx):
    ctx = signer_ctx
    iid = add_sample_inspection(ctx, photos=0)
    row = documents.save_signature(ctx, iid, "party", _png(), name="陈晓东")
    documents.produce(ctx, "record", iid, PASS)
    (ctx.paths.signatures / row.file_name).write_bytes(_png() + b"x")
    with pytest.raises(UserError, match=r"签名图片文件 .* SHA-256 不一致"):
        documents.produce(ctx, "record", iid, PASS)


def test_export_refuses_a_package_carrying_a_swapped_photo(ctx, tmp_path):
    iid = add_sample_inspection(ctx, photos=1)
    photo = _first_photo(ctx, iid)
    (ctx.paths.photos / photo.file_name).write_bytes(_jpeg("blue"))
    with pytest.raises(UserError, match="不能导出数据包"):
        sync.export_changes(ctx, tmp_path / "out", encrypt=False)
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_self_test_fails_on_a_swapped_photo(ctx, tmp_path):
    iid = add_sample_inspection(ctx, photos=1)
    lines: list[str] = []
    path = ctx.paths.photos / _first_photo(ctx, iid).file_name
    root = ctx.paths.root
    ctx.close()
    assert run_self_test(root, lines.append, work_dir=tmp_path / "w1") == 0
    assert any(line.startswith("[OK]   证据文件") for line in lines)
    path.write_bytes(_jpeg("green"))
    lines.clear()
    assert run_self_test(root, lines.append, work_dir=tmp_path / "w2") == 1
    bad = [line for line in lines if line.startswith("[FAIL] 证据文件")]
    assert bad and str(path) in bad[0]


def test_db_check_lists_mismatches_and_missing_files(ctx, cli):
    iid = add_sample_inspection(ctx, photos=3, site_name="红星网吧")
    with read_session(ctx.engine) as s:
        photos = list(s.exec(select(Photo).where(Photo.inspection_id == iid)))
    root = ctx.paths.root
    ctx.close()
    ok = cli("--data-dir", str(root), "db", "check")
    assert ok.returncode == 0, ok.stderr
    assert "3 张照片" in ok.stdout and "全部证据文件一致。" in ok.stdout
    swapped = root / "photos" / photos[0].file_name
    gone = root / "photos" / photos[1].file_name
    swapped.write_bytes(_jpeg("red"))
    gone.unlink()
    bad = cli("--data-dir", str(root), "db", "check")
    print(bad.stdout, bad.stderr)  # shown in the closing note
    assert bad.returncode == 2
    lines = bad.stdout.splitlines()
    assert any(line.startswith("不一致") and str(swapped) in line for line in lines)
    assert any(line.startswith("缺失") and str(gone) in line for line in lines)
    assert all("红星网吧" in line for line in lines if line.startswith(("不一致", "缺失")))
    assert "证据文件有问题：1 个不一致，1 个缺失。" in bad.stderr
    assert "Traceback" not in bad.stderr
