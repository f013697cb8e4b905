"""Migration 0011c_credit_check flags existing sites whose credit code fails its check."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from inspector.store.engine import make_engine, sqlite_url
from inspector.store.migrate import open_database, upgrade


def test_existing_codes_are_flagged_without_being_touched(tmp_path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(db))
    upgrade(engine, "0006_case_carry")
    engine.dispose()
    con = sqlite3.connect(db)
    for i, code in enumerate(["92431003MA4L0QF2XD", "92431003MA4L0QF2X1", ""], 1):
        con.execute(
            "insert into site(id,created_at,updated_at,created_by_device,row_version,name,kind,"
            "address,grid,community,responsible_person,phone,credit_code,notes,archived) values"
            "(?,'2026-01-01 00:00:00','2026-01-01 00:00:00','dev',1,?,'bank','','','','','',?,'',0)",
            (f"site-{i}", f"店{i}", code),
        )
    con.commit()
    con.close()

    res = open_database(db)
    with res.engine.connect() as conn:
        rows = conn.execute(
            text("select id, credit_code_unchecked, updated_at, row_version from site order by id")
        ).all()
    res.engine.dispose()
    assert [(r[0], bool(r[1])) for r in rows] == [
        ("site-1", False),
        ("site-2", True),
        ("site-3", False),
    ]
    assert {(str(r[2])[:10], r[3]) for r in rows} == {("2026-01-01", 1)}  # not touched
