"""Without the extra inspector[postgres], a PostgreSQL address gets a sentence, not a traceback."""

from __future__ import annotations

import pytest

from inspector.store import migrate


def test_missing_driver_names_the_extra(monkeypatch):
    def no_driver(url: str, **kw):
        raise ModuleNotFoundError("No module named 'psycopg'", name="psycopg")

    monkeypatch.setattr(migrate, "make_engine", no_driver)
    with pytest.raises(migrate.DatabaseError) as err:
        migrate.open_database("postgresql+psycopg://office@db/inspector")
    said = str(err.value)
    assert "psycopg" in said and "inspector[postgres]" in said
