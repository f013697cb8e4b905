"""The atomic-write helper and the storage-fault sentences (fast; the real full disk is in
tests/e2e/test_storage_faults.py)."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from inspector.store import atomic
from inspector.store.atomic import atomic_path, atomic_write_bytes, copy_durably, temp_path
from inspector.store.faults import fault_kind, fault_message


def test_write_replaces_whole_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.pdf"]


def test_file_is_synced_before_the_rename_and_folder_after(tmp_path, monkeypatch):
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def replace(src, dst):
        events.append(("replace", str(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    target = tmp_path / "photo.jpg"
    atomic_write_bytes(target, b"jpeg")
    tmp = str(temp_path(target))
    assert events == [("fsync", tmp), ("replace", str(target)), ("fsync", str(tmp_path))]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EROFS])
def test_a_failed_write_removes_the_temporary_and_keeps_the_old_file(tmp_path, monkeypatch, code):
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"good old backup")

    def failing_fsync(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(target, b"x" * 10_000)
    assert caught.value.filename == str(target)  # named for the user, not the temp name
    assert target.read_bytes() == b"good old backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite3"]


def test_atomic_path_cleans_sqlite_side_files(tmp_path):
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        conn = sqlite3.connect(tmp)
        conn.execute("create table t(x)")
        conn.close()
        (tmp.parent / f"{tmp.name}-journal").write_bytes(b"j")
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_copy_durably(tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF-1.7")
    (tmp_path / "out").mkdir()
    out = copy_durably(src, tmp_path / "out" / "b.pdf")
    assert out.read_bytes() == b"%PDF-1.7"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["b.pdf"]


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(
    ("exc", "kind", "words"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/mnt/usb/x.zip"),
            "full",
            "存储空间已满",
        ),
        (OSError(errno.EROFS, "Read-only file system", "/mnt/usb"), "read_only", "只读"),
        (OSError(errno.EACCES, "Permission denied", "/mnt/usb"), "read_only", "写入权限"),
        (OSError(errno.EIO, "Input/output error", "/mnt/usb"), "io", "输入/输出错误"),
        (_sqlite_error("database or disk is full", 13), "full", "存储空间已满"),
        (_sqlite_error("disk I/O error", 10 | (3 << 8)), "io", "输入/输出错误"),
        (_sqlite_error("attempt to write a readonly database", 8), "read_only", "只读"),
        (sqlite3.OperationalError("database or disk is full"), "full", "存储空间已满"),
    ],
)
def test_fault_sentences(exc, kind, words):
    assert fault_kind(exc) == kind
    text = fault_message(exc, "保存答案", "/data/inspector.sqlite3")
    assert text.startswith("保存答案没有完成：") and words in text
    assert "请" in text  # says what to do
    if isinstance(exc, OSError):
        assert exc.filename in text
    else:
        assert "/data/inspector.sqlite3" in text


def test_sqlalchemy_wraps_are_unwrapped_and_other_errors_are_not_faults():
    wrapped = OperationalError("INSERT ...", {}, _sqlite_error("database or disk is full", 13))
    assert fault_kind(wrapped) == "full"
    assert fault_message(ValueError("bug"), "保存答案") is None
    assert fault_message(KeyError("x"), "保存答案") is None
