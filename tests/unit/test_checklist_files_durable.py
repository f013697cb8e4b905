"""Checklist workbooks and installed templates are written like every other file:
synced before they are renamed into place, and no temporary file left when the
disk is full (issue 11, point 3)."""

from __future__ import annotations

import errno
import os

import pytest

from inspector.services.checklists.xlsform_export import export_workbook, install_workbook
from inspector.services.core.errors import UserError
from inspector.services.core.templates import SHIPPED_DIR, load_file
from inspector.store import atomic


@pytest.fixture
def template():
    return load_file(SHIPPED_DIR / "market.yaml")


def _record(monkeypatch) -> list[tuple[str, str]]:
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
    return events


def _disk_full(monkeypatch) -> None:
    def fsync(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", fsync)


def test_an_exported_workbook_is_synced_before_it_is_renamed(tmp_path, monkeypatch, template):
    events = _record(monkeypatch)
    out = export_workbook(template, tmp_path / "market.xlsx")
    tmp = str(atomic.temp_path(out))
    assert events == [("fsync", tmp), ("replace", str(out)), ("fsync", str(tmp_path))]


def test_exported_csv_files_are_synced_before_they_are_renamed(tmp_path, monkeypatch, template):
    events = _record(monkeypatch)
    folder = export_workbook(template, tmp_path / "csv")
    for name in ("survey", "choices", "settings"):
        target = folder / f"{name}.csv"
        assert ("fsync", str(atomic.temp_path(target))) in events
        assert events.index(("fsync", str(atomic.temp_path(target)))) < events.index(
            ("replace", str(target))
        )


def test_a_full_disk_leaves_no_debris_beside_the_workbook(tmp_path, monkeypatch, template):
    (tmp_path / "keep.txt").write_text("x", "utf-8")
    _disk_full(monkeypatch)
    with pytest.raises(OSError) as caught:
        export_workbook(template, tmp_path / "market.xlsx")
    assert caught.value.errno == errno.ENOSPC
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_installing_a_workbook_on_a_full_disk_is_a_sentence_and_leaves_nothing(
    tmp_path, monkeypatch, template
):
    book = export_workbook(template, tmp_path / "market.xlsx")
    folder = tmp_path / "templates"
    folder.mkdir()
    _disk_full(monkeypatch)
    with pytest.raises(UserError, match="无法写入模板文件夹"):
        install_workbook(book, folder)
    assert list(folder.iterdir()) == []


def test_an_installed_template_is_synced_before_it_is_renamed(tmp_path, monkeypatch, template):
    book = export_workbook(template, tmp_path / "market.xlsx")
    folder = tmp_path / "templates"
    events = _record(monkeypatch)
    installed = install_workbook(book, folder)
    tmp = str(atomic.temp_path(installed.path))
    assert events == [("fsync", tmp), ("replace", str(installed.path)), ("fsync", str(folder))]
    assert sorted(p.name for p in folder.iterdir()) == [installed.path.name]
