"""The whole round trip through the command line, with the office on SQLite and on PostgreSQL."""

from __future__ import annotations

import re

import pytest
from pg import postgres_server  # noqa: F401  (fixture)
from sqlalchemy import func, select
from sync_helpers import add_inspection, add_site, open_ctx

from inspector.store.models import Answer, Photo


@pytest.mark.slow
@pytest.mark.postgres
def test_field_to_office_round_trip_on_the_command_line(cli, tmp_path, postgres_server):  # noqa: F811
    """SQLite offices are covered in-process by tests/unit/test_sync_*.py."""
    office_db_url = postgres_server.create_database()
    field_dir, office_dir = tmp_path / "field", tmp_path / "office"
    office = ["--data-dir", str(office_dir)] + (["--db", office_db_url] if office_db_url else [])
    field = ["--data-dir", str(field_dir)]
    inbox = tmp_path / "usb"

    ctx = open_ctx(field_dir)
    site = add_site(ctx)
    add_inspection(ctx, site.id, photos=2, answers=4)
    ctx.close()

    card = tmp_path / "device.json"
    r = cli(*field, "device", "info", "--card", str(card))
    assert r.returncode == 0, r.stderr
    assert "公钥指纹" in r.stdout

    r = cli(*office, "office", "init", "--name", "东风街道创建办")
    assert r.returncode == 0, r.stderr
    fp = re.search(r"密钥指纹：([0-9a-f ]+)", r.stdout).group(1).strip()
    assert cli(*office, "office", "register-device", str(card)).returncode == 0

    bundle = tmp_path / "office.inspbundle"
    r = cli(*office, "office", "bundle", "-o", str(bundle))
    assert r.returncode == 0, r.stderr
    r = cli(*field, "bundle", "import", str(bundle))
    assert r.returncode == 2 and fp in r.stderr and "Traceback" not in r.stderr
    r = cli(*field, "bundle", "import", str(bundle), "--accept-fingerprint", fp)
    assert r.returncode == 0, r.stderr

    r = cli(*field, "export", "--to", str(inbox))
    assert r.returncode == 0, r.stderr
    assert "已加密给办公室" in r.stdout
    r = cli(*office, "office", "import", str(inbox))
    assert r.returncode == 0, r.stderr
    assert "已导入" in r.stdout
    r = cli(*office, "office", "import", str(inbox))
    assert r.returncode == 0 and "没有新的数据包" in r.stdout

    # a damaged package: refused with a sentence, exit 2
    (inbox / "broken-000001.inspkg").write_bytes(b"PK\x03\x04 not really a zip")
    r = cli(*office, "office", "import", str(inbox))
    assert r.returncode == 2 and "拒收" in r.stderr and "Traceback" not in r.stderr
    r = cli(*office, "office", "log")
    assert r.returncode == 0 and "拒收" in r.stdout and "已导入" in r.stdout

    ctx = open_ctx(office_dir, office_db_url)
    with ctx.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Answer.__table__)).scalar() == 4
        assert conn.execute(select(func.count()).select_from(Photo.__table__)).scalar() == 2
    assert len(list(ctx.paths.photos.rglob("*.jpg"))) == 2
    ctx.close()
