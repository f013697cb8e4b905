"""``inspector office conflicts`` names the differing fields in words, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from sync_helpers import add_site, open_ctx

from inspector.services.sync import service as sync
from inspector.store.engine import write_session
from inspector.store.models import Site

CJK = re.compile(r"[\u4e00-\u9fff\uff01-\uffef]")
SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
COLUMNS = ("phone", "responsible_person", "address", "updated_at", "row_version")


def _two_device_conflict(folder: Path) -> Path:
    """A device's site reaches the office; then office and device both change its
    telephone, person in charge and address, and the device's next package comes in."""
    office, field = open_ctx(folder / "office"), open_ctx(folder / "field")
    try:
        sync.office_init(office, "东风街道创建办")
        sync.register_device(office, sync.device_identity(field).card(), name="巡查平板 2")
        site = add_site(field, "星光网吧")
        sync.export_changes(field, folder / "inbox")
        sync.import_inbox(office, folder / "inbox")
        for ctx, n in ((office, "1"), (field, "2")):
            with write_session(ctx.engine) as s:
                row = s.get(Site, site.id)
                row.phone, row.responsible_person = f"0735-{n * 7}", f"李{n}"
                row.address = f"北湖路{n}号"
                row.touch(ctx.device_id)
                s.add(row)
        sync.export_changes(field, folder / "inbox")
        sync.import_inbox(office, folder / "inbox")
        assert len(sync.list_conflicts(office)) == 1
    finally:
        field.close()
        office.close()
    return folder / "office"


def test_office_conflicts_names_fields_in_words(cli, tmp_path):
    data = _two_device_conflict(tmp_path / "sync")
    zh = cli("--lang", "zh_CN", "--data-dir", str(data), "office", "conflicts")
    en = cli("--lang", "en", "--data-dir", str(data), "office", "conflicts")
    assert zh.returncode == 0 and en.returncode == 0, zh.stderr + en.stderr
    (zh_line,) = zh.stdout.splitlines()
    (en_line,) = en.stdout.splitlines()
    zh_fields = zh_line.split("不同字段：")[1]
    assert {"电话", "负责人", "地址"} <= set(zh_fields.split("、")), zh_line
    en_fields = en_line.split("fields that differ: ")[1]
    assert {"Telephone", "Person in charge", "Address"} <= set(en_fields.split(", ")), en_line
    assert not CJK.search(en.stdout), en.stdout
    for out in (zh.stdout, en.stdout):
        assert not SNAKE.search(out), out
        assert not any(re.search(rf"\b{c}\b", out) for c in COLUMNS), out
