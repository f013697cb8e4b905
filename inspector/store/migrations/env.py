"""Alembic environment: always run programmatically with a connection passed in."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import inspector.store.models  # noqa: F401

config = context.config
target_metadata = SQLModel.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from inspector.store.engine import make_engine

        url = config.get_main_option("sqlalchemy.url")
        engine = make_engine(url)
        with engine.connect() as conn:
            _configure_and_run(conn)
        return
    _configure_and_run(connection)


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            bad = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if bad:
                raise RuntimeError(f"foreign key check failed after migration: {bad[:5]}")


run()
