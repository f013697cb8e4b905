"""Private data at rest: owner-only files and folders, sync keys encrypted with the passphrase."""

from __future__ import annotations

import os
import stat
from datetime import datetime

import pytest

from inspector.services.core import backups
from inspector.services.core.context import open_context
from inspector.services.core.errors import UserError
from inspector.services.core.settings import set_value
from inspector.services.sync import service as sync
from inspector.store.lock import INFO_FILE
from inspector.sync import keys

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_keys_backups_and_folders_are_the_users_only(tmp_path, monkeypatch):
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", "")
    old_umask = os.umask(0o022)  # a usual umask: group and others could read what is made
    data_dir = tmp_path / "data"
    ctx = open_context(data_dir)
    try:
        set_value(ctx.engine, "marker", "x")  # the -wal and -shm files exist now
        sync.device_identity(ctx)  # makes the device key
        made = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
        for folder in (data_dir, ctx.paths.keys, ctx.paths.backups):
            assert mode(folder) == 0o700, folder
        db = ctx.paths.database
        for f in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            assert mode(f) == 0o600, f
        assert mode(made) == 0o600
        assert mode(data_dir / INFO_FILE) == 0o600
        assert mode(ctx.paths.keys / keys.DEVICE_KEY_FILE) == 0o600
    finally:
        ctx.close()
        os.umask(old_umask)


def test_an_existing_world_readable_database_is_made_private_at_open(data_dir):
    ctx = open_context(data_dir)
    ctx.close()
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / "inspector.sqlite3", 0o644)
    ctx = open_context(data_dir)
    ctx.close()
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "inspector.sqlite3") == 0o600


def test_sync_keys_are_encrypted_with_the_key_passphrase(ctx, monkeypatch):
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", "正确的口令 123")
    ident = sync.device_identity(ctx)
    path = ctx.paths.keys / keys.DEVICE_KEY_FILE
    assert keys.is_encrypted(path)
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    office = sync.office_init(ctx, "东风街道创建办")
    for name in (keys.OFFICE_SIGNING_FILE, keys.OFFICE_ENCRYPTION_FILE):
        assert keys.is_encrypted(ctx.paths.keys / name)
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", "")
    # the public side needs no passphrase; the private side refuses with a sentence
    assert sync.device_identity(ctx).fingerprint == ident.fingerprint
    with pytest.raises(UserError, match="已用口令加密"):
        sync.device_signing_key(ctx)
    with pytest.raises(UserError, match="已用口令加密"):
        sync.office_private_keys(ctx)
    ctx.key_passphrase = "错误的口令"
    with pytest.raises(UserError, match="口令不正确"):
        sync.device_signing_key(ctx)
    ctx.key_passphrase = "正确的口令 123"
    assert keys.public_b64(sync.device_signing_key(ctx)) == ident.public_key
    signing, _enc = sync.office_private_keys(ctx)
    assert keys.fingerprint(keys.public_b64(signing)) == office.fingerprint


def test_an_unencrypted_sync_key_is_encrypted_once_a_passphrase_is_given(ctx, monkeypatch):
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", "")
    before = sync.device_identity(ctx)  # made without a passphrase (older installations)
    path = ctx.paths.keys / keys.DEVICE_KEY_FILE
    assert not keys.is_encrypted(path)
    ctx.key_passphrase = "口令 456"
    sync.device_signing_key(ctx)
    assert keys.is_encrypted(path) and mode(path) == 0o600
    ctx.key_passphrase = None
    assert sync.device_identity(ctx).public_key == before.public_key


def test_cli_export_without_the_passphrase_is_a_sentence(data_dir, cli, monkeypatch):
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", "口令 789")
    ctx = open_context(data_dir)
    sync.device_identity(ctx)
    ctx.close()
    out = data_dir.parent / "out"
    out.mkdir()
    refused = cli("--data-dir", str(data_dir), "export", "--to", str(out),
                  env={"INSPECTOR_KEY_PASSPHRASE": ""})  # fmt: skip
    assert refused.returncode == 2 and "已用口令加密" in refused.stderr
    assert "Traceback" not in refused.stderr
    info = cli("--data-dir", str(data_dir), "device", "info", env={"INSPECTOR_KEY_PASSPHRASE": ""})
    assert info.returncode == 0, info.stderr
    done = cli("--data-dir", str(data_dir), "export", "--to", str(out),
               env={"INSPECTOR_KEY_PASSPHRASE": "口令 789"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert list(out.iterdir())


def test_the_database_url_file_is_the_users_only(data_dir):
    from inspector.store.paths import DataPaths

    paths = DataPaths(data_dir).ensure()
    paths.set_database_url("postgresql+psycopg://office:secret@db.example/inspector")
    assert mode(paths.database_url_file) == 0o600
