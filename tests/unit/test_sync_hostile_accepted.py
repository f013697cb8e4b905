"""Hostile-looking packages the office accepts, with the consequence the rules name.

Another device's draft becomes a conflict, a delivered register row may be
changed, future times are flagged and gaps shown, certificates wait for an
office user (or are refused on their own), and a crashing package in the
inbox does not stop the valid one behind it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hostile_base import (
    A_ID,
    B_ID,
    Base,
    _cert,
    _deep,
    _office_copy,
    _with_cert,
    _write,
    build_base,
    run_cli,
    write_table,
)
from hostile_writer import Spoil, encrypt
from sync_helpers import open_ctx

from inspector.services.sync import service as sync

ROWS: list[tuple[str, str, str]] = []


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    return build_base(tmp_path_factory)


@pytest.fixture(scope="module", autouse=True)
def _table():
    yield
    if ROWS:
        lines = ["", "| case | outcome | sentence |", "|---|---|---|"]
        lines += [f"| {c} | {o} | {m} |" for c, o, m in ROWS]
        if INBOX_TABLE:
            lines += ["", "Inbox, in name order:", "", "| package | outcome | sentence |"]
            lines += ["|---|---|---|"] + [f"| {p} | {r} | {m} |" for p, r, m in INBOX_TABLE]
        write_table(lines, append=True)


def test_the_control_package_is_imported(base, tmp_path):
    """The corpus spoils a package that is otherwise good: unspoiled, it imports."""
    root = _office_copy(base, tmp_path)
    records, files = base.inspection()
    path = _write(
        tmp_path, f"{A_ID}-000004.inspkg", encrypt(base.pkg(records, files), base.office_enc)
    )
    ctx = open_ctx(root)
    report = sync.import_file(ctx, path)
    ctx.close()
    assert report.result == "imported", report.message
    (name,) = [p for p in files]
    assert (root / name).read_bytes() == files[name]


def test_an_update_of_another_devices_draft_is_a_conflict_never_an_overwrite(base, tmp_path):
    root = _office_copy(base, tmp_path)
    row = json.loads(base.ids["insp_b_row"])
    row.update(notes="甲改写了乙的草稿", row_version=2, created_by_device=A_ID)
    path = _write(tmp_path, f"{A_ID}-000004.inspkg", base.pkg({"inspection": [row]}))
    ctx = open_ctx(root)
    try:
        report = sync.import_file(ctx, path)
        assert report.result == "imported" and report.conflicts == 1, report.message
        (conflict,) = sync.list_conflicts(ctx)
        assert conflict.kind == "foreign" and conflict.device_id == A_ID
        con = sqlite3.connect(root / "inspector.sqlite3")
        notes, creator = con.execute(
            "SELECT notes, created_by_device FROM inspection WHERE id = ?", (base.ids["insp_b"],)
        ).fetchone()
        con.close()
        assert (notes, creator) == ("", B_ID)
    finally:
        ctx.close()


def test_a_delivered_register_row_may_be_updated_by_a_device(base, tmp_path, capsys):
    """A site the office made, as its bundle delivered it, changed by device A: applied."""
    import zipfile

    root = _office_copy(base, tmp_path)
    bundle = tmp_path / "office.inspbundle"
    assert run_cli(["--data-dir", str(root), "office", "bundle", "-o", str(bundle)], capsys)[0] == 0
    with zipfile.ZipFile(bundle) as zf:
        lines = zf.read("register/site.jsonl").decode("utf-8").splitlines()
    (rec,) = [json.loads(x) for x in lines if base.ids["office_site"] in x]
    row = rec["row"]
    assert row["created_by_device"] == base.office_device
    row.update(phone="0735-7654321", row_version=row["row_version"] + 1)
    line = json.dumps({"schema": 1, "base_version": rec["row"]["row_version"] - 1, "row": row})
    path = _write(
        tmp_path,
        f"{A_ID}-000004.inspkg",
        base.pkg({"site": [row]}, spoil=Spoil(lines={"site": line.encode() + b"\n"})),
    )
    ctx = open_ctx(root)
    try:
        report = sync.import_file(ctx, path)
    finally:
        ctx.close()
    assert report.result == "imported" and report.conflicts == 0, report.message
    con = sqlite3.connect(root / "inspector.sqlite3")
    (phone,) = con.execute("SELECT phone FROM site WHERE id = ?", (row["id"],)).fetchone()
    con.close()
    assert phone == "0735-7654321"


def test_future_times_are_kept_and_flagged_and_a_gap_is_shown(base, tmp_path):
    root = _office_copy(base, tmp_path)
    records, files = base.inspection()
    later = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    records["answer"][0]["updated_at"] = later
    path = _write(tmp_path, f"{A_ID}-000007.inspkg", base.pkg(records, files, seq=7))
    ctx = open_ctx(root)
    try:
        (report,) = sync.import_inbox(ctx, path.parent)
    finally:
        ctx.close()
    assert report.result == "imported", report.message
    assert report.future == 1 and "晚一天以上" in report.message
    assert report.gap == "4–6" and "缺少第 4–6 号" in report.message


@pytest.mark.parametrize(
    ("pem", "words"),
    [
        (lambda: _cert("张三", ca=True, path_length=None), "CA 证书"),
        (lambda: _cert("张三", ca=True, path_length=3), "CA 证书"),
        (lambda: _cert("张三", days=-1), "已过期"),
        (lambda: _cert("王五"), "不是该设备的检查人员"),
        (lambda: _cert("李四"), "不是该设备的检查人员"),  # device B's inspector
    ],
    ids=["CA", "CA pathlen 3", "expired", "non-inspector", "another device's inspector"],
)
def test_a_refused_certificate_is_never_held_nor_trusted(base, tmp_path, pem, words):
    """The certificate is refused with a sentence; the device's records still arrive."""
    root = _office_copy(base, tmp_path)
    records, files = base.inspection()
    files[f"certs/{A_ID}-inspector-cert.pem"] = pem()
    path = _write(tmp_path, f"{A_ID}-000004.inspkg", base.pkg(records, files))
    ctx = open_ctx(root)
    try:
        report = sync.import_file(ctx, path)
        assert report.result == "imported" and report.certs == 0, report.message
        assert words in report.message and "已拒收" in report.message
        assert sync.pending_certificates(ctx, None) == []
    finally:
        ctx.close()
    assert not (root / "office" / "certs").exists()
    ROWS.append((f"certificate: {words}", "certificate refused, rows imported", report.message))


def test_a_certificate_waits_for_an_office_user_before_the_bundle_carries_it(
    base, tmp_path, capsys
):
    import zipfile

    root = _office_copy(base, tmp_path)
    pem = _cert("张三")
    path = _write(tmp_path, f"{A_ID}-000004.inspkg", _with_cert(pem)(base))
    argv = ["--data-dir", str(root), "office"]
    code, out, err = run_cli([*argv, "import", str(path.parent)], capsys)
    assert code == 0, err
    assert "待办公室人员确认" in out
    assert not (root / "office" / "certs").exists() or not any(
        (root / "office" / "certs").iterdir()
    )

    def bundled_certs() -> list[bytes]:
        target = tmp_path / f"b{len(list(tmp_path.glob('b*.inspbundle')))}.inspbundle"
        assert run_cli([*argv, "bundle", "-o", str(target)], capsys)[0] == 0
        with zipfile.ZipFile(target) as zf:
            return [zf.read(n) for n in zf.namelist() if n.startswith("certs/")]

    assert bundled_certs() == []
    code, out, _err = run_cli([*argv, "certs", "list"], capsys)
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der = x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    fp = hashlib.sha256(der).hexdigest()
    assert fp in out and "CN=张三" in out and A_ID in out
    assert run_cli([*argv, "certs", "accept", "00000000"], capsys)[0] == 2
    code, out, _err = run_cli([*argv, "certs", "accept", fp[:12]], capsys)
    assert code == 0 and "已信任" in out
    (carried,) = bundled_certs()
    assert x509.load_pem_x509_certificate(carried).public_bytes(Encoding.DER) == der
    assert "没有待确认的证书" in run_cli([*argv, "certs", "list"], capsys)[1]


# ---------------------------------------------------------------- the inbox


def test_a_crashing_package_in_front_does_not_block_the_valid_one_behind(
    base, tmp_path, monkeypatch, caplog
):
    """Inbox: a manifest nested 5000 deep, a package that makes the importer fail
    unexpectedly, then a valid package from another inspector: the first two are
    moved to refused/ with their reasons, the third is imported."""
    from inspector.sync import rules

    root = _office_copy(base, tmp_path)
    deep = base.pkg(spoil=Spoil(manifest_bytes=_deep(5000).encode()))
    crash_records, crash_files = base.inspection(photo=b"crash me")
    names = [f"{A_ID}-000004.inspkg", f"{A_ID}-000005.inspkg", f"{B_ID}-000002.inspkg"]
    _write(tmp_path, names[0], deep)
    _write(tmp_path, names[1], base.pkg(crash_records, crash_files, seq=5))
    b_site = base.row("site", name="乙的新网吧", kind="internet_cafe", created_by_device=B_ID)
    _write(tmp_path, names[2], base.pkg({"site": [b_site]}, seq=2, device=base.b))

    real = rules.check_package_files

    def crash(pkg):
        if pkg.name == names[1]:
            raise RuntimeError("simulated fault inside the importer")
        return real(pkg)

    monkeypatch.setattr(rules, "check_package_files", crash)
    ctx = open_ctx(root)
    try:
        with caplog.at_level("ERROR", logger="inspector.sync"):
            reports = sync.import_inbox(ctx, tmp_path / "inbox")
    finally:
        ctx.close()
    assert [(r.package, r.result) for r in reports] == [
        (names[0], "rejected"),
        (names[1], "rejected"),
        (names[2], "imported"),
    ]
    assert "嵌套" in reports[0].message and "内部错误" in reports[1].message
    assert "Traceback" not in reports[1].message and "simulated" not in reports[1].message
    # the unexpected failure is in the log with its traceback
    (record,) = [r for r in caplog.records if r.exc_info]
    assert record.name == "inspector.sync" and "simulated fault" in str(record.exc_info[1])
    refused = tmp_path / "refused"
    assert sorted(p.name for p in refused.iterdir()) == sorted(
        [names[0], names[0] + ".reason.txt", names[1], names[1] + ".reason.txt"]
    )
    assert "内部错误" in (refused / (names[1] + ".reason.txt")).read_text("utf-8")
    assert [p.name for p in (tmp_path / "inbox").iterdir()] == [names[2]]
    con = sqlite3.connect(root / "inspector.sqlite3")
    assert con.execute("SELECT name FROM site WHERE id = ?", (b_site["id"],)).fetchone() == (
        "乙的新网吧",
    )
    con.close()
    INBOX_TABLE.extend((r.package, r.result, str(r.message)) for r in reports)


INBOX_TABLE: list[tuple[str, str, str]] = []
