"""Plain SQL for the statements a save on the kept view runs, without the ORM's cost.

Each statement is rendered once per table and column set and run with
``Connection.exec_driver_sql`` (so the engine's listeners still see it: the
change kinds of :mod:`~inspector.services.core.changes`, the commit count).
Every value is converted by its column's own SQLAlchemy type first (the
``bind_processor`` the ORM would use), so what is stored is what an ORM write
stores: aware times as naive UTC text, booleans as 0/1.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table

_sql: dict[tuple[Any, ...], str] = {}
_processors: dict[tuple[str, str, str], Callable[[Any], Any] | None] = {}


def _bound(conn: Connection, table: Table, name: str, value: Any) -> Any:
    key = (conn.dialect.name, table.name, name)
    try:
        process = _processors[key]
    except KeyError:
        process = _processors[key] = table.c[name].type.bind_processor(conn.dialect)
    return process(value) if process is not None else value


def update_row(
    conn: Connection, table: Table, values: Mapping[str, Any], pk: str, where: str = ""
) -> int:
    """``UPDATE table SET … WHERE id = pk [AND where]``; returns the rows changed."""
    names = tuple(values)
    key = ("update", table.name, names, where)
    sql = _sql.get(key)
    if sql is None:
        sets = ", ".join(f'"{n}" = ?' for n in names)
        extra = f" AND {where}" if where else ""
        sql = _sql[key] = f'UPDATE "{table.name}" SET {sets} WHERE "id" = ?{extra}'
    params = (*(_bound(conn, table, n, values[n]) for n in names), pk)
    return conn.exec_driver_sql(sql, params).rowcount


def update_rows(conn: Connection, table: Table, name: str, rows: Sequence[tuple[str, Any]]) -> None:
    """``UPDATE table SET name = ? WHERE id = ?`` for each (id, value)."""
    sql = f'UPDATE "{table.name}" SET "{name}" = ? WHERE "id" = ?'
    conn.exec_driver_sql(sql, [(_bound(conn, table, name, v), pk) for pk, v in rows])


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """``INSERT INTO table (…) VALUES (…)`` for rows that all name the same columns."""
    if not rows:
        return
    names = tuple(rows[0])
    key = ("insert", table.name, names)
    sql = _sql.get(key)
    if sql is None:
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        sql = _sql[key] = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
    params = [tuple(_bound(conn, table, n, row[n]) for n in names) for row in rows]
    conn.exec_driver_sql(sql, params if len(params) > 1 else params[0])
