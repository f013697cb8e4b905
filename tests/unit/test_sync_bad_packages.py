"""Bad packages are refused whole with a sentence; the office database stays as it was.

Runs against SQLite and against a real PostgreSQL server (see tests/pg.py).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from pg import office_db_url, postgres_server  # noqa: F401  (fixtures)
from sqlmodel import select
from sync_helpers import add_inspection, add_site, data_files, integrity, open_ctx, row_counts

from inspector.services.sync import service as sync
from inspector.store.engine import read_session, write_session
from inspector.store.models import SyncImportLog, SyncOffice
from inspector.sync import keys
from inspector.sync.package import sha256
from inspector.sync.safety import ZipLimits


@pytest.fixture
def field(tmp_path):
    ctx = open_ctx(tmp_path / "field")
    site = add_site(ctx)
    add_inspection(ctx, site.id, photos=2)
    yield ctx
    ctx.close()


@pytest.fixture
def office(tmp_path, office_db_url):  # noqa: F811
    ctx = open_ctx(tmp_path / "office", office_db_url)
    sync.office_init(ctx, "东风街道创建办")
    yield ctx
    ctx.close()


@pytest.fixture
def package(field, office, tmp_path) -> Path:
    sync.register_device(office, sync.device_identity(field).card())
    return sync.export_changes(field, tmp_path / "out").path


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
    return buf.getvalue()


def _resign(field, entries: dict[str, bytes], *, fix_hashes: bool = True, **manifest_changes):
    """Rewrite the manifest (hashes of the entries as they are now) and sign it again."""
    manifest = json.loads(entries["manifest.json"])
    manifest.update(manifest_changes)
    if fix_hashes:
        manifest["files"] = [
            {"path": n, "sha256": sha256(b), "size": len(b)}
            for n, b in entries.items()
            if n not in ("manifest.json", "manifest.sig")
        ]
    body = json.dumps(manifest).encode()
    entries["manifest.json"] = body
    key = keys.load_or_create_ed25519(field.paths.keys / keys.DEVICE_KEY_FILE)
    entries["manifest.sig"] = keys.b64(key.sign(body)).encode()
    return entries


def _assert_rejected(office, path: Path, *words: str, limits: ZipLimits | None = None):
    before, files_before = row_counts(office), data_files(office)
    kwargs = {"limits": limits} if limits else {}
    report = sync.import_file(office, path, **kwargs)
    assert report.result == "rejected", report.message
    for w in words:
        assert w in report.message, report.message
    assert "数据库未作任何更改" in report.message
    assert row_counts(office) == before
    assert data_files(office) == files_before
    assert integrity(office) == "ok"
    with read_session(office.engine) as s:
        last = s.exec(select(SyncImportLog).order_by(SyncImportLog.id.desc())).first()
    assert last.result == "rejected" and last.package == path.name
    return report


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_good_package_is_accepted(office, package):
    assert sync.import_file(office, package).result == "imported"


def test_truncated_zip(office, package):
    data = package.read_bytes()
    _write(package, data[: len(data) // 2])
    _assert_rejected(office, package, "截断")


@pytest.mark.parametrize("bad", ["../evil.txt", "files/photos/../../../evil.txt", "/etc/x"])
def test_entry_escaping_the_folder(office, package, bad):
    entries = _entries(package.read_bytes())
    entries[bad] = b"owned"
    _write(package, _zip(entries))
    _assert_rejected(office, package, "不安全")


def test_file_whose_hash_differs(office, package):
    entries = _entries(package.read_bytes())
    name = next(n for n in entries if n.startswith("files/photos/"))
    entries[name] = entries[name][:-1] + b"X"
    _write(package, _zip(entries))
    _assert_rejected(office, package, "SHA-256 不符")


def test_unknown_device(field, office, tmp_path):
    path = sync.export_changes(field, tmp_path / "out").path  # never registered
    _assert_rejected(office, path, "未登记的设备")


def test_revoked_device(field, office, package):
    sync.revoke_device(office, field.device_id)
    _assert_rejected(office, package, "已吊销")


def test_signature_from_another_key(field, office, package, tmp_path):
    entries = _entries(package.read_bytes())
    other = keys.load_or_create_ed25519(tmp_path / "other.pem")
    entries["manifest.sig"] = keys.b64(other.sign(entries["manifest.json"])).encode()
    _write(package, _zip(entries))
    _assert_rejected(office, package, "签名")


def test_newer_schema(field, office, package):
    entries = _resign(field, _entries(package.read_bytes()), schema_version=99)
    _write(package, _zip(entries))
    _assert_rejected(office, package, "数据结构版本", "升级")


def test_zip_bomb_ratio(field, office, package):
    entries = _entries(package.read_bytes())
    entries["files/photos/bomb.jpg"] = bytes(30 * 1024 * 1024)
    _write(package, _zip(_resign(field, entries)))
    _assert_rejected(office, package, "zip 炸弹")


def test_over_size_archive(office, package):
    limits = ZipLimits(max_total_size=4096)
    _assert_rejected(office, package, "超过上限", limits=limits)


def test_duplicate_ids_with_different_content(field, office, package):
    entries = _entries(package.read_bytes())
    lines = entries["records/answer.jsonl"].decode().splitlines()
    twin = json.loads(lines[0])
    twin["row"]["note"] = "另一种内容"
    lines.append(json.dumps(twin, ensure_ascii=False))
    entries["records/answer.jsonl"] = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["records"]["answer"] = len(lines)
    _write(package, _zip(_resign(field, entries, records=manifest["records"])))
    _assert_rejected(office, package, "出现两次且内容不同")


def test_invalid_json(field, office, package):
    entries = _entries(package.read_bytes())
    entries["records/site.jsonl"] = b'{"schema": 1, "row": {"id": \n'
    _write(package, _zip(_resign(field, entries)))
    _assert_rejected(office, package, "不是有效的 JSON")


def test_reference_to_missing_row_rolls_back_everything(field, office, package):
    entries = _entries(package.read_bytes())
    del entries["records/site.jsonl"]
    manifest = json.loads(entries["manifest.json"])
    del manifest["records"]["site"]
    _write(package, _zip(_resign(field, entries, records=manifest["records"])))
    _assert_rejected(office, package, "引用了不存在的记录")


def test_encrypted_to_another_office(field, office, tmp_path):
    sync.register_device(office, sync.device_identity(field).card())
    other_enc = keys.load_or_create_x25519(tmp_path / "other-x25519.pem")
    with write_session(field.engine) as s:
        s.add(
            SyncOffice(
                fingerprint="other",
                name="别的办公室",
                signing_key=keys.b64(bytes(32)),
                encryption_key=keys.public_b64(other_enc),
            )
        )
    path = sync.export_changes(field, tmp_path / "out").path
    _assert_rejected(office, path, "另一个办公室")


def test_entry_not_in_the_manifest(office, package):
    entries = _entries(package.read_bytes())
    entries["files/photos/extra.jpg"] = b"smuggled"
    _write(package, _zip(entries))
    _assert_rejected(office, package, "不在清单中")


def test_table_this_version_does_not_know(field, office, package):
    entries = _entries(package.read_bytes())
    entries["records/future_table.jsonl"] = (
        b'{"schema": 1, "base_version": 0, "row": {"id": "x"}}\n'
    )
    _write(package, _zip(_resign(field, entries)))
    _assert_rejected(office, package, "不认识的数据表")
