"""Document numbers: issued from the block, never twice, even with concurrent writers."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from inspector.services.core.errors import UserError
from inspector.services.paperwork.numbering import (
    block_config,
    issue_number,
    issued_numbers,
    remaining,
    set_block,
)
from inspector.store.engine import write_session
from inspector.store.models import IssuedNumber


def test_numbers_follow_the_block(ctx):
    set_block(ctx, "郴苏巡〔2026〕", 7, 9)
    assert issue_number(ctx, "record") == "郴苏巡〔2026〕0007"
    assert issue_number(ctx, "notice") == "郴苏巡〔2026〕0008"
    assert remaining(ctx) == 1
    assert issue_number(ctx, "record") == "郴苏巡〔2026〕0009"
    with pytest.raises(UserError, match="已用完"):
        issue_number(ctx, "record")


def test_same_document_keeps_its_number(ctx):
    set_block(ctx, "A-", 1, 100)
    first = issue_number(ctx, "record", "insp-1")
    assert issue_number(ctx, "record", "insp-1") == first
    assert issue_number(ctx, "notice", "insp-1") != first


def test_provisional_block_without_settings(ctx):
    cfg = block_config(ctx)
    assert cfg.provisional
    assert issue_number(ctx, "record").startswith(cfg.prefix)


def test_bad_block_is_refused(ctx):
    with pytest.raises(UserError):
        set_block(ctx, "  ", 1, 10)
    with pytest.raises(UserError):
        set_block(ctx, "X", 10, 5)


def test_unique_constraint_refuses_a_duplicate(ctx):
    set_block(ctx, "U-", 1, 10)
    number = issue_number(ctx, "record")
    row = issued_numbers(ctx)[0]
    with pytest.raises(IntegrityError):
        with write_session(ctx.engine) as s:
            s.add(IssuedNumber(block_id=row.block_id, seq=99, number=number, kind="record"))
    with pytest.raises(IntegrityError):
        with write_session(ctx.engine) as s:
            s.add(IssuedNumber(block_id=row.block_id, seq=row.seq, number="other", kind="record"))


def test_concurrent_threads_never_share_a_number(ctx):
    set_block(ctx, "T-", 1, 1000)
    got: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(15):
            n = issue_number(ctx, "record")
            with lock:
                got.append(n)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 60
    assert len(set(got)) == 60
    assert sorted(got) == [f"T-{i:04d}" for i in range(1, 61)]


def _issue_in_process(data_dir: str, db_url: str, count: int, queue) -> None:
    from inspector.services.core.context import open_context

    # Its own data directory (one writer each), the same database file: the race is the
    # database's, as with the office's shared database or a command given --db.
    c = open_context(Path(data_dir), db_url)
    try:
        queue.put([issue_number(c, "notice") for _ in range(count)])
    finally:
        c.close()


def test_concurrent_processes_never_share_a_number(ctx, data_dir, tmp_path):
    from inspector.store.engine import sqlite_url

    set_block(ctx, "P-", 1, 1000)
    issue_number(ctx, "record")  # the block row exists before the race
    # fork (where there is one) starts the writers in milliseconds, so they really race
    methods = multiprocessing.get_all_start_methods()
    mp = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    queue = mp.Queue()
    procs = [
        mp.Process(
            target=_issue_in_process,
            args=(str(tmp_path / f"writer{i}"), sqlite_url(ctx.paths.database), 10, queue),
        )
        for i in range(4)
    ]
    for p in procs:
        p.start()
    results = [queue.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    numbers = [n for r in results for n in r]
    assert len(numbers) == 40
    assert len(set(numbers)) == 40
    stored = [r.number for r in issued_numbers(ctx)]
    assert len(stored) == len(set(stored)) == 41
