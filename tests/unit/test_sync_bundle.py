"""The office bundle: trust on first use by fingerprint, register rows, acknowledgements."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlmodel import select
from sync_helpers import add_inspection, add_site, open_ctx, signed_bundle_with_bad_site_row

from inspector.resources import resource
from inspector.services.core.errors import UserError
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import read_session, write_session
from inspector.store.models import Site, SyncExport


@pytest.fixture
def office(tmp_path):
    ctx = open_ctx(tmp_path / "office")
    sync.office_init(ctx, "东风街道创建办")
    (tmp_path / "tpl").mkdir()
    shipped = resource("templates", "street-frontage.yaml").read_text("utf-8")
    (tmp_path / "tpl" / "office-extra.yaml").write_text(
        shipped.replace("id: street-frontage", "id: office-extra", 1), "utf-8"
    )
    ctx.settings.template_dir = str(tmp_path / "tpl")
    (ctx.paths.root / "office" / "certs").mkdir(parents=True)
    (ctx.paths.root / "office" / "certs" / "zhang.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    yield ctx
    ctx.close()


@pytest.fixture
def field(tmp_path):
    ctx = open_ctx(tmp_path / "field")
    yield ctx
    ctx.close()


def test_first_bundle_needs_the_fingerprint(office, field, tmp_path):
    add_site(office, "人民路菜市场")
    path = bundles.build_office_bundle(office, tmp_path / "office.inspbundle")
    fp = sync.own_office(office).fingerprint
    with pytest.raises(bundles.UntrustedOffice) as err:
        bundles.import_office_bundle(field, path)
    assert err.value.fingerprint == fp and fp in str(err.value)
    assert sync.trusted_office(field) is None
    with pytest.raises(bundles.UntrustedOffice):
        bundles.import_office_bundle(field, path, accept_fingerprint="0000 1111")
    done = bundles.import_office_bundle(field, path, accept_fingerprint=fp.upper())
    assert done.first_time and done.inserted == 1
    assert sync.trusted_office(field).name == "东风街道创建办"
    with read_session(field.engine) as s:
        assert s.exec(select(Site)).one().name == "人民路菜市场"
    assert (field.paths.keys / "trusted" / "zhang.pem").exists()
    assert sync.pending_counts(field) == {}  # rows as the office sent them are not "changed"
    assert (field.paths.root / "office" / "templates" / "office-extra.yaml").exists()
    # later bundles need no confirmation
    again = bundles.import_office_bundle(field, bundles.build_office_bundle(office, path))
    assert not again.first_time and again.inserted == 0 and again.sequence == 2


def test_bundle_signed_by_another_office_is_refused(office, field, tmp_path):
    path = bundles.build_office_bundle(office, tmp_path / "a.inspbundle")
    bundles.import_office_bundle(
        field, path, accept_fingerprint=sync.own_office(office).fingerprint
    )
    impostor = open_ctx(tmp_path / "impostor")
    sync.office_init(impostor, "东风街道创建办")
    fake = bundles.build_office_bundle(impostor, tmp_path / "b.inspbundle")
    with pytest.raises(bundles.UntrustedOffice, match="不是由已信任的办公室"):
        bundles.import_office_bundle(field, fake)
    impostor.close()


def test_tampered_bundle_is_refused(office, field, tmp_path):
    add_site(office)
    path = bundles.build_office_bundle(office, tmp_path / "a.inspbundle")
    with zipfile.ZipFile(path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries["register/site.jsonl"] = entries["register/site.jsonl"].replace(
        "星光".encode(), "月光".encode()
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, b in entries.items():
            zf.writestr(n, b)
    path.write_bytes(buf.getvalue())
    with pytest.raises(UserError, match="SHA-256"):
        bundles.import_office_bundle(
            field, path, accept_fingerprint=sync.own_office(office).fingerprint
        )
    assert sync.trusted_office(field) is None


def test_bundle_acknowledges_exports_and_enables_encryption(office, field, tmp_path):
    fp = sync.own_office(office).fingerprint
    bundles.import_office_bundle(
        field, bundles.build_office_bundle(office, tmp_path / "b"), accept_fingerprint=fp
    )
    sync.register_device(office, sync.device_identity(field).card())
    site = add_site(field, "学府路网吧")
    add_inspection(field, site.id)
    first = sync.export_changes(field, tmp_path / "inbox")
    assert first.encrypted  # the office key is known now
    assert sync.import_inbox(office, tmp_path / "inbox")[0].result == "imported"
    done = bundles.import_office_bundle(field, bundles.build_office_bundle(office, tmp_path / "b"))
    assert done.acknowledged == 1
    with read_session(field.engine) as s:
        assert s.get(SyncExport, 1).acknowledged_at is not None
    # the next export carries only what changed after the acknowledged one
    with write_session(field.engine) as s:
        row = s.get(Site, site.id)
        row.phone = "123"
        row.touch(field.device_id)
        s.add(row)
    second = sync.export_changes(field, tmp_path / "inbox")
    assert second.records == {"site": 1}
    assert sync.import_inbox(office, tmp_path / "inbox")[0].applied == 1


def test_required_encryption_refuses_plain_export(office, field, tmp_path):
    sync.office_init(office, "东风街道创建办", require_encryption=True)
    fp = sync.own_office(office).fingerprint
    bundles.import_office_bundle(
        field, bundles.build_office_bundle(office, tmp_path / "b"), accept_fingerprint=fp
    )
    with pytest.raises(UserError, match="必须加密"):
        sync.export_changes(field, tmp_path / "out", encrypt=False)
    # and the office refuses a plain package even if one arrives
    other = open_ctx(tmp_path / "other-field")
    sync.register_device(office, sync.device_identity(other).card())
    add_site(other)
    plain = sync.export_changes(other, tmp_path / "inbox2")
    assert not plain.encrypted
    report = sync.import_file(office, plain.path)
    assert report.result == "rejected" and "必须加密" in report.message
    other.close()


def _bad_time(record):
    record["row"]["created_at"] = "not a time"
    return record


def _no_row(record):
    return {"op": record.get("op", "upsert")}


@pytest.mark.parametrize(
    ("spoil", "says"),
    [(_bad_time, "记录字段 site.created_at 的值类型不对"), (_no_row, "配置包的 site 记录无效")],
)
def test_a_bundle_with_an_unreadable_register_row_installs_nothing(
    office, field, tmp_path, spoil, says
):
    bad = signed_bundle_with_bad_site_row(office, tmp_path, spoil)
    with pytest.raises(UserError, match="配置包无效，未作任何更改：" + says) as err:
        bundles.import_office_bundle(
            field, bad, accept_fingerprint=sync.own_office(office).fingerprint
        )
    assert "Traceback" not in str(err.value)
    with read_session(field.engine) as s:
        assert s.exec(select(Site)).all() == []  # the good first row is not kept either
    assert sync.trusted_office(field) is None and not field.settings.office_name
    assert not (field.paths.root / "office" / "templates").exists()
