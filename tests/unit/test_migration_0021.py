"""Migration 0021: old inspections keep the distance they were signed with; boundary
points get their order from when they were entered; coordinates get an empty source."""

from __future__ import annotations

import sqlite3

from inspector.store.engine import make_engine, sqlite_url
from inspector.store.migrate import open_database, upgrade


def _insert(con: sqlite3.Connection, table: str, values: dict) -> None:
    """Insert a row, filling the other NOT NULL columns with empty values."""
    row = dict(values)
    for _cid, name, kind, notnull, default, _pk in con.execute(f"PRAGMA table_info({table})"):
        if name in row or not notnull or default is not None:
            continue
        kind = kind.upper()
        if "INT" in kind or "BOOL" in kind or "FLOAT" in kind or "REAL" in kind:
            row[name] = 0
        elif "DATE" in kind or "TIME" in kind:
            row[name] = "2026-01-01 00:00:00"
        else:
            row[name] = ""
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    con.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))


def test_upgrade_keeps_signed_distances_and_orders_old_boundary_points(tmp_path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(db))
    upgrade(engine, "0002_inspections")
    engine.dispose()
    con = sqlite3.connect(db)
    _insert(con, "site", {"id": "s1", "name": "老网吧", "kind": "internet_cafe",
                          "lat": 25.79, "lon": 113.04, "row_version": 1})  # fmt: skip
    _insert(con, "school", {"id": "k1", "name": "北湖小学", "row_version": 1})
    for i, (lat, lon) in enumerate([(25.79, 113.04), (25.79, 113.043), (25.792, 113.043)]):
        _insert(con, "school_point", {
            "id": f"p{2 - i}", "school_id": "k1", "kind": "boundary", "lat": lat, "lon": lon,
            "created_at": f"2026-01-01 00:00:0{i}", "row_version": 1,
        })  # fmt: skip
    _insert(con, "inspection", {
        "id": "i1", "site_id": "s1", "status": "finished", "computed_distance_m": 223.0,
        "distance_limit_m": 200.0, "nearest_school_name": "北湖小学", "row_version": 1,
    })  # fmt: skip
    con.commit()
    con.close()

    res = open_database(db)
    assert res.upgraded_from is not None and res.backup is not None
    res.engine.dispose()
    con = sqlite3.connect(db)
    row = con.execute(
        "select computed_distance_m, distance_method, coord_source, distance_basis "
        "from inspection where id = 'i1'"
    ).fetchone()
    assert row == (223.0, "", "", "")  # signed with the old method, and still says so
    order = con.execute(
        "select id, position, coord_source from school_point order by position"
    ).fetchall()
    assert order == [("p2", 0, ""), ("p1", 1, ""), ("p0", 2, "")]  # by creation time
    assert con.execute("select coord_source from site").fetchone() == ("",)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
