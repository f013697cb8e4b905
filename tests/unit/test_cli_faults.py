"""Commands end a storage error with one sentence and exit status 2 (in process: fast).

The real full and read-only disks are in tests/e2e/test_storage_faults.py.
"""

from __future__ import annotations

import errno
import sqlite3

import pytest

from inspector.cli import parse_args, run


def _args(data_dir, *extra: str):
    args = parse_args(["--data-dir", str(data_dir), *extra, "db", "info"])
    return args


@pytest.mark.parametrize(
    ("exc", "zh", "en"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.pdf"),
            "命令“inspector db info”没有完成：存储空间已满（/media/usb/x.pdf）",
            "Could not run the command “inspector db info”: the storage is full (/media/usb/x.pdf)",
        ),
        (
            OSError(errno.EROFS, "Read-only file system", "/media/usb"),
            "/media/usb 是只读的或没有写入权限",
            "/media/usb is read-only or not writable",
        ),
        (
            sqlite3.OperationalError("disk I/O error"),
            "读写 ",
            "an input/output error occurred on ",
        ),
    ],
)
def test_storage_errors_become_one_sentence(tmp_path, capsys, exc, zh, en):
    def boom(_args):
        raise exc

    for lang, words in ((None, zh), ("en", en)):
        args = _args(tmp_path, *(["--lang", lang] if lang else []))
        args.func = boom
        assert run(args) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert words in err, err
        assert err.startswith("Error: " if lang else "错误：")


def test_user_errors_in_english_with_lang_en(tmp_path, capsys):
    from inspector.services.core.errors import UserError

    def refuse(_args):
        raise UserError("找不到检查记录 {}。", "abc")

    args = _args(tmp_path, "--lang", "en")
    args.func = refuse
    assert run(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: ") and "abc" in err and "找不到" not in err, err


def test_a_programming_error_is_not_dressed_up(tmp_path):
    def bug(_args):
        raise ZeroDivisionError("bug")

    args = _args(tmp_path)
    args.func = bug
    with pytest.raises(ZeroDivisionError):
        run(args)
