"""The database opens with the right PRAGMAs, migrates safely and refuses newer schemas."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text
from sqlmodel import select

from inspector.store.engine import make_engine, read_session, sqlite_url, write_session
from inspector.store.migrate import (
    NewerDatabaseError,
    current_revisions,
    head_revisions,
    open_database,
    upgrade,
)
from inspector.store.models import AuditEntry, Site


def test_new_database_has_pragmas_and_is_stamped(tmp_path):
    res = open_database(tmp_path / "a.sqlite3")
    assert res.created
    with res.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert current_revisions(res.engine) == head_revisions()
    res.engine.dispose()


def test_timestamps_are_utc_and_ids_are_uuids(tmp_path):
    res = open_database(tmp_path / "a.sqlite3")
    with write_session(res.engine) as s:
        s.add(Site(name="星光网吧", kind="internet_cafe"))
    with read_session(res.engine) as s:
        site = s.exec(select(Site)).one()
    assert len(site.id) == 36 and site.id.count("-") == 4
    assert site.updated_at.tzinfo is not None
    assert site.updated_at.utcoffset().total_seconds() == 0
    with pytest.raises(Exception, match="naive datetime"):
        with write_session(res.engine) as s:
            s.add(Site(name="x", kind="bank", created_at=datetime(2026, 1, 1)))
    res.engine.dispose()


def _insert_site_raw(path, name):
    con = sqlite3.connect(path)
    con.execute(
        "insert into site(id,created_at,updated_at,created_by_device,row_version,name,kind,"
        "address,grid,community,responsible_person,phone,credit_code,notes,archived) values"
        "('11111111-1111-1111-1111-111111111111','2026-01-01 00:00:00','2026-01-01 00:00:00',"
        "'dev',1,?,'internet_cafe','北湖路1号','一网格','','','','','',0)",
        (name,),
    )
    con.commit()
    con.close()


def test_upgrade_from_first_migration_keeps_data_and_backs_up(tmp_path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(db))
    upgrade(engine, "0001_foundation")
    engine.dispose()
    _insert_site_raw(db, "老数据网吧")

    res = open_database(db)
    assert res.upgraded_from == "0001_foundation"
    assert res.backup is not None and res.backup.exists()
    with res.engine.connect() as conn:
        assert conn.execute(text("select name from site")).scalar() == "老数据网吧"
        assert "inspection" in inspect(conn).get_table_names()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    res.engine.dispose()
    # The backup is the pre-upgrade database.
    bak = sqlite3.connect(res.backup)
    assert bak.execute("select version_num from alembic_version").fetchone()[0] == "0001_foundation"
    assert bak.execute("select name from site").fetchone()[0] == "老数据网吧"
    bak.close()


def test_only_last_five_migration_backups_are_kept(tmp_path):
    db = tmp_path / "old.sqlite3"
    for _ in range(7):
        if db.exists():
            db.unlink()
        engine = make_engine(sqlite_url(db))
        upgrade(engine, "0001_foundation")
        engine.dispose()
        open_database(db).engine.dispose()
    assert len(list(tmp_path.glob("old.pre-migration-*.sqlite3"))) == 5


def test_newer_database_is_refused_untouched(tmp_path):
    db = tmp_path / "new.sqlite3"
    open_database(db).engine.dispose()
    con = sqlite3.connect(db)
    con.execute("delete from alembic_version")  # one row per migration branch head
    con.execute("insert into alembic_version values ('9999_future')")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(NewerDatabaseError) as err:
        open_database(db)
    assert "更新版本" in str(err.value)
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.pre-migration-*"))


def test_foreign_database_is_refused(tmp_path):
    db = tmp_path / "other.sqlite3"
    con = sqlite3.connect(db)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(Exception, match="不是本程序的数据库"):
        open_database(db)


def test_audit_log_is_append_only(tmp_path):
    res = open_database(tmp_path / "a.sqlite3")
    with write_session(res.engine) as s:
        s.add(
            AuditEntry(
                id="a1",
                entity="answer",
                entity_id="x",
                field="outcome",
                new_value="pass",
                at=datetime.now(UTC),
            )
        )
    for stmt in ("update audit_log set new_value='fail'", "delete from audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with res.engine.begin() as conn:
                conn.execute(text(stmt))
    res.engine.dispose()


def test_migrations_match_models(tmp_path):
    """Running every migration from scratch gives the schema the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    engine = make_engine(sqlite_url(tmp_path / "m.sqlite3"))
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    assert diff == []
