"""``inspector verify`` speaks like a clerk: one verdict line first, details after, no
traceback on any input (overlays, stripped signatures, untrusted certificates)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents, keys

PASS = "s3cret-口令"


@pytest.fixture
def signed(ctx, data_dir):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    iid = add_sample_inspection(ctx, photos=0)
    return ctx, documents.produce(ctx, "record", iid, PASS).path


def overlay(data: bytes) -> bytes:
    """An incremental update that paints a white box over page 1 after signing."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    page = w.root["/Pages"]["/Kids"][0]
    ref = w.add_object(generic.StreamObject(stream_data=b"q 1 1 1 rg 50 50 500 300 re f Q"))
    page[generic.NameObject("/Contents")] = generic.ArrayObject([page.raw_get("/Contents"), ref])
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def strip(data: bytes) -> bytes:
    """The same pages and metadata rewritten without the signature."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for page in reader.pages:
        if "/Annots" in page:
            del page["/Annots"]
        writer.add_page(page)
    writer.add_metadata(dict(reader.metadata or {}))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _verify(data_dir, path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "inspector.app", "--data-dir", str(data_dir), "verify", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "INSPECTOR_KEY_PASSPHRASE": PASS},
    )


def test_intact_overlaid_stripped_and_untrusted(signed, data_dir, tmp_path):
    ctx, path = signed
    data = path.read_bytes()
    (tmp_path / "over.pdf").write_bytes(overlay(data))
    (tmp_path / "strip.pdf").write_bytes(strip(data))
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(500))
    ctx.close()

    good = _verify(data_dir, path)
    assert good.returncode == 0, good.stdout + good.stderr
    lines = good.stdout.splitlines()
    assert lines[0] == "结论：有效"
    assert "签名人是记录上的检查人员：是" in lines
    assert any(line.startswith("证书指纹 SHA-256：") for line in lines)
    assert "记录摘要：与数据库中的记录一致" in lines

    over = _verify(data_dir, tmp_path / "over.pdf")
    assert over.returncode == 1
    assert over.stdout.splitlines()[0] == "结论：签名后被修改"
    assert over.stderr == "", over.stderr  # pyHanko's own traceback stays out of it

    stripped = _verify(data_dir, tmp_path / "strip.pdf")
    assert stripped.returncode == 1
    assert stripped.stdout.splitlines()[0] == "结论：未签名"
    assert "与数据库中的记录一致" not in stripped.stdout
    assert stripped.stderr == ""

    junk = _verify(data_dir, tmp_path / "junk.pdf")
    assert junk.returncode == 1 and junk.stdout.splitlines()[0] == "结论：签名无效"
    assert junk.stderr == ""

    empty = tmp_path / "no-trust"
    empty.mkdir()
    from inspector.services.core.context import open_context

    ctx2 = open_context(data_dir)
    keys.set_trust_dir(ctx2, empty)
    ctx2.close()
    untrusted = _verify(data_dir, path)
    assert untrusted.returncode == 1
    assert untrusted.stdout.splitlines()[0] == "结论：不受信任"
    assert "证书在本单位信任列表中：否" in untrusted.stdout
    assert untrusted.stderr == "", untrusted.stderr


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_master):
    """A copy of the session's full demo (tests/conftest.py)."""
    return Path(shutil.copytree(demo_master, tmp_path_factory.mktemp("demo") / "DEMO"))


@pytest.mark.parametrize("command", [("inspections", "list"), ("cases", "list")])
def test_listing_into_a_closed_pipe_stops_quietly(demo, command):
    """``inspector inspections list | head -1``: the reader is gone before the first write
    (the read end is closed before the command starts), so every write meets a closed pipe."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "inspector.app", "--data-dir", str(demo), *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert "BrokenPipeError" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 141
