"""Making a document on a full disk: one sentence naming the document, no stray file,
no row (issue 11, point 3: no debris; issue 15: the database names every document file)."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlmodel import select

from inspector.services.core.errors import StorageFault
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents
from inspector.store import atomic
from inspector.store.engine import read_session
from inspector.store.models import GeneratedDocument


def _rows(ctx) -> list[GeneratedDocument]:
    with read_session(ctx.engine) as s:
        return list(s.exec(select(GeneratedDocument)))


def _files(ctx) -> list[str]:
    folder = ctx.paths.documents
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_a_full_disk_while_writing_the_pdf_is_a_sentence_and_leaves_nothing(ctx, monkeypatch):
    iid = add_sample_inspection(ctx, photos=1)

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(StorageFault) as caught:
        documents.produce(ctx, documents.RECORD, iid, None, sign=False)
    assert "保存文书没有完成：存储空间已满" in str(caught.value)
    assert str(ctx.paths.documents) in str(caught.value)
    assert _files(ctx) == [] and _rows(ctx) == []


def test_a_full_database_after_the_pdf_removes_the_file_no_row_names(ctx, monkeypatch):
    iid = add_sample_inspection(ctx, photos=1)

    def full_database(_engine):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(documents, "write_session", full_database)
    with pytest.raises(StorageFault, match="保存文书没有完成：存储空间已满"):
        documents.produce(ctx, documents.RECORD, iid, None, sign=False)
    assert _files(ctx) == [] and _rows(ctx) == []
    monkeypatch.undo()  # space again: the same document is made, once
    made = documents.produce(ctx, documents.RECORD, iid, None, sign=False)
    assert _files(ctx) == [made.path.name] and len(_rows(ctx)) == 1
