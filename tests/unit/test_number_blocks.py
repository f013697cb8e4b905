"""Number blocks from the office: non-overlapping, in the bundle, used in order, warned, never twice."""

from __future__ import annotations

import pytest
from sqlmodel import select
from sync_helpers import open_ctx

from inspector.services.core.errors import UserError
from inspector.services.paperwork import number_blocks
from inspector.services.paperwork import numbering as doc_numbers
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import read_session, write_session
from inspector.store.models import DocumentNumberBlock, IssuedNumber


@pytest.fixture
def office(tmp_path):
    ctx = open_ctx(tmp_path / "office")
    sync.office_init(ctx, "东风街道创建办")
    yield ctx
    ctx.close()


@pytest.fixture
def devices(tmp_path, office):
    made = [open_ctx(tmp_path / f"field{i}") for i in (1, 2)]
    for ctx in made:
        sync.register_device(office, sync.device_identity(ctx).card())
    yield made
    for ctx in made:
        ctx.close()


def _install(office, field, path):
    fp = sync.own_office(office).fingerprint
    bundles.import_office_bundle(field, bundles.build_office_bundle(office, path), fp)


def test_office_assigns_non_overlapping_blocks_that_travel_in_the_bundle(office, devices, tmp_path):
    a, b = devices
    first = number_blocks.assign_block(office, a.device_id, 3, "东风巡〔2026〕")
    second = number_blocks.assign_block(office, b.device_id[:8], 50)  # prefix carried over
    third = number_blocks.assign_block(office, a.device_id, 100)
    assert (first.first, first.last) == (1, 3)
    assert (second.prefix, second.first, second.last) == ("东风巡〔2026〕", 4, 53)
    assert (third.first, third.last) == (54, 153)
    with pytest.raises(UserError, match="没有登记"):
        number_blocks.assign_block(office, "no-such-device", 10)
    with pytest.raises(UserError, match="1 到"):
        number_blocks.assign_block(office, a.device_id, 0)
    with pytest.raises(UserError, match="只有办公室"):
        number_blocks.assign_block(a, a.device_id, 10)

    _install(office, a, tmp_path / "a.inspbundle")
    _install(office, b, tmp_path / "b.inspbundle")
    # each device issues from its own blocks, in order
    got_a = [doc_numbers.issue_number(a, "record") for _ in range(4)]
    assert got_a == [
        "东风巡〔2026〕0001",
        "东风巡〔2026〕0002",
        "东风巡〔2026〕0003",
        "东风巡〔2026〕0054",
    ]
    assert doc_numbers.issue_number(b, "record") == "东风巡〔2026〕0004"
    st = number_blocks.status(b)
    assert (st.remaining, st.total, st.nearly_used_up) == (49, 50, False)


def test_device_warns_when_nearly_used_up(office, devices, tmp_path):
    a, _b = devices
    number_blocks.assign_block(office, a.device_id, 20, "W-")
    _install(office, a, tmp_path / "a.inspbundle")
    for _ in range(9):
        doc_numbers.issue_number(a, "record")
    assert not number_blocks.status(a).nearly_used_up  # 11 left
    doc_numbers.issue_number(a, "record")
    st = number_blocks.status(a)
    assert st.remaining == 10 and st.nearly_used_up and st.current == "W-1–20"


def test_a_hand_typed_block_overlapping_another_devices_block_is_refused(office, devices, tmp_path):
    a, b = devices
    number_blocks.assign_block(office, a.device_id, 100, "东风巡〔2026〕")
    _install(office, b, tmp_path / "b.inspbundle")  # b learns every block from the register
    with pytest.raises(UserError, match="重叠，同一编号会被用两次") as err:
        doc_numbers.set_block(b, "东风巡〔2026〕", 50, 150)
    assert "Traceback" not in str(err.value) and "UNIQUE" not in str(err.value)
    doc_numbers.set_block(b, "东风巡〔2026〕", 101, 200)  # after it: fine


def test_a_number_used_twice_is_refused_at_the_device(office, devices, tmp_path):
    a, _b = devices
    doc_numbers.set_block(a, "X-", 1, 10)
    assert doc_numbers.issue_number(a, "record", "insp-1") == "X-0001"
    with write_session(a.engine) as s:  # "X-0002" was issued before, from another block row
        old = DocumentNumberBlock(prefix="X-0", first=2, last=2, width=3, created_by_device="old")
        s.add(old)
        s.flush()
        s.add(IssuedNumber(block_id=old.id, seq=2, number="X-0002", kind="record",
                           inspection_id="insp-0", created_by_device="old"))  # fmt: skip
    with pytest.raises(UserError, match="已经用过") as err:
        doc_numbers.issue_number(a, "notice", "insp-2")
    assert "X-0002" in str(err.value) and "UNIQUE" not in str(err.value)
    with read_session(a.engine) as s:
        assert len(s.exec(select(IssuedNumber)).all()) == 2


def test_cli_office_numbers_assign_and_list(office, devices, cli):
    a, _b = devices
    root = office.paths.root
    office.close()
    ok = cli("--data-dir", str(root), "office", "numbers", "assign", a.device_id, "--count", "500")
    assert ok.returncode == 0, ok.stderr
    assert "1–500" in ok.stdout and a.device_id in ok.stdout
    listed = cli("--data-dir", str(root), "office", "numbers", "list")
    assert a.device_id in listed.stdout and "已用 0/500" in listed.stdout
    bad = cli("--data-dir", str(root), "office", "numbers", "assign", "nobody", "--count", "5")
    assert bad.returncode == 2 and "没有登记" in bad.stderr and "Traceback" not in bad.stderr


def test_the_office_names_a_number_two_devices_typed_by_hand(office, devices, tmp_path):
    from sync_helpers import add_inspection, add_site

    a, b = devices
    for ctx in (a, b):  # the same block typed by hand on both, before any bundle
        doc_numbers.set_block(ctx, "手-", 1, 10)
        site = add_site(ctx, f"网吧{ctx.device_id[:4]}")
        insp = add_inspection(ctx, site.id)
        doc_numbers.issue_number(ctx, "record", insp.id)
        sync.export_changes(ctx, tmp_path / "inbox", encrypt=False)
    reports = sync.import_inbox(office, tmp_path / "inbox")
    assert sorted(r.result for r in reports) == ["imported", "rejected"]
    bad = next(r for r in reports if r.result == "rejected")
    print(bad.message)  # shown in the closing note
    assert "编号段 手-1 起已由设备" in bad.message or "文书编号 手-0001" in bad.message
    assert "office numbers assign" in bad.message and "UNIQUE" not in bad.message
