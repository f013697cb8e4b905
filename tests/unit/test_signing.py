"""Digital signatures: PAdES made with the inspector's key, validated by pyHanko, tamper-evident."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3

import pytest
from pypdf import PdfReader

from inspector.services.core.errors import UserError
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents, keys

PASS = "s3cret-口令"


@pytest.fixture
def signer_ctx(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.settings.inspector_id_no = "湘执4310030001"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    return ctx


def _pyhanko_status(data: bytes, cert_der: bytes):
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(data))
    (sig,) = reader.embedded_signatures
    vc = ValidationContext(trust_roots=[asn1_x509.Certificate.load(cert_der)], allow_fetching=False)
    return sig, validate_pdf_signature(sig, vc)


def test_signed_record_validates_with_pyhanko(signer_ctx):
    iid = add_sample_inspection(signer_ctx, photos=1)
    out = documents.produce(signer_ctx, "record", iid, PASS)
    data = out.path.read_bytes()
    cert_der = keys.load_identity(signer_ctx, PASS).cert_der
    sig, status = _pyhanko_status(data, cert_der)
    assert status.intact and status.valid and status.trusted
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    # The visible stamp sits in the box reserved beside the handwritten signatures.
    reader = PdfReader(io.BytesIO(data))
    widgets = [
        a.get_object()
        for page in reader.pages
        for a in page.get("/Annots", [])
        if a.get_object().get("/FT") == "/Sig"
    ]
    assert len(widgets) == 1
    fields = reader.get_fields()
    assert fields["InspectorSignature"]["/FT"] == "/Sig"
    assert reader.metadata["/Title"].startswith("现场检查记录")
    x1, y1, x2, y2 = (float(v) for v in widgets[0]["/Rect"])
    assert x2 - x1 > 100 and y2 - y1 > 50
    check = documents.verify_document(signer_ctx, out.path)
    assert check.ok, check.lines()
    assert check.db_status == "match"
    assert "周明远" in check.report.signer
    assert check.report.signing_time is not None
    assert abs(check.report.signing_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_flipped_byte_fails_verification(signer_ctx, tmp_path):
    iid = add_sample_inspection(signer_ctx, photos=0)
    out = documents.produce(signer_ctx, "record", iid, PASS)
    data = bytearray(out.path.read_bytes())
    pos = len(data) // 3
    data[pos] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    check = documents.verify_document(signer_ctx, bad)
    assert not check.ok
    assert not check.report.intact
    assert check.report.problems


def test_untrusted_certificate_is_reported(signer_ctx, tmp_path):
    iid = add_sample_inspection(signer_ctx, photos=0)
    out = documents.produce(signer_ctx, "record", iid, PASS)
    keys.set_trust_dir(signer_ctx, tmp_path / "empty-trust")
    check = documents.verify_document(signer_ctx, out.path)
    assert check.report.intact and not check.report.trusted
    assert not check.ok
    assert any("信任列表" in p for p in check.report.problems)


def test_record_changed_in_database_after_signing(signer_ctx):
    iid = add_sample_inspection(signer_ctx, photos=0)
    out = documents.produce(signer_ctx, "record", iid, PASS)
    con = sqlite3.connect(signer_ctx.paths.database)
    con.execute("update answer set note = '事后改动' where inspection_id = ?", (iid,))
    con.commit()
    con.close()
    check = documents.verify_document(signer_ctx, out.path)
    assert check.report.intact
    assert check.db_status == "mismatch"
    assert not check.ok


def test_passphrase_is_required_and_checked(signer_ctx):
    with pytest.raises(UserError, match="口令"):
        keys.load_identity(signer_ctx, None)
    with pytest.raises(UserError, match="不正确"):
        keys.load_identity(signer_ctx, "wrong")
    pem = (signer_ctx.paths.keys / keys.KEY_FILE).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem


def test_empty_passphrase_refused_for_a_real_key(ctx):
    ctx.settings.inspector_name = "周明远"
    with pytest.raises(UserError, match="口令不能为空"):
        keys.create_self_signed(ctx, "")


def test_pkcs12_import_signs_and_verifies(ctx, tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "李文静")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    p12 = tmp_path / "office.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"li", key, cert, None, serialization.BestAvailableEncryption(b"office")
        )
    )
    with pytest.raises(UserError, match="密码错误"):
        keys.import_pkcs12(ctx, p12, "nope", PASS)
    info = keys.import_pkcs12(ctx, p12, "office", PASS)
    assert info.label == "imported" and not info.trusted
    cert_file = tmp_path / "li.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    for der in keys.cert_der_from_file(cert_file):
        keys.add_trusted(ctx, der, "li")
    iid = add_sample_inspection(ctx, photos=0)
    out = documents.produce(ctx, "notice", iid, PASS)
    check = documents.verify_document(ctx, out.path)
    assert check.ok, check.lines()
    assert "李文静" in check.report.signer


def test_unsigned_file_is_not_valid(ctx, tmp_path):
    iid = add_sample_inspection(ctx, photos=0)
    out = documents.produce(ctx, "record", iid, None, sign=False)
    check = documents.verify_document(ctx, out.path)
    assert not check.report.signed and not check.ok


@pytest.mark.slow
def test_demo_report_and_verify_need_no_input(cli, tmp_path, demo_copy):
    demo = demo_copy(tmp_path / "DEMO")  # the session's full demo (tests/conftest.py)
    con = sqlite3.connect(demo / "inspector.sqlite3")
    mine = "select id from inspection where status = 'finished' and {} '周明远' in "
    mine += "(lead_inspector_name, co_inspector_name) limit 1"
    (iid,) = con.execute(mine.format("")).fetchone()
    (other,) = con.execute(mine.format("not")).fetchone()
    con.close()
    env = {"INSPECTOR_KEY_PASSPHRASE": ""}
    made = cli("--data-dir", str(demo), "report", iid, "-o", "r.pdf", env=env, input="")
    assert made.returncode == 0, made.stderr
    checked = cli("--data-dir", str(demo), "verify", "r.pdf", env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.splitlines()[0] == "结论：有效"
    assert "签名人是记录上的检查人员：是" in checked.stdout
    # the demo key is 周明远's: a record naming two other inspectors cannot carry it
    refused = cli("--data-dir", str(demo), "report", other, "-o", "x.pdf", env=env, input="")
    assert refused.returncode == 2 and "只有记录上的检查人员可以签名" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "x.pdf").exists()
    signed = tmp_path / "r.pdf"
    data = bytearray(signed.read_bytes())
    data[len(data) // 3] ^= 0x01
    signed.write_bytes(bytes(data))
    failed = cli("--data-dir", str(demo), "verify", "r.pdf", env=env)
    assert failed.returncode == 1
    assert failed.stdout.splitlines()[0] == "结论：签名后被修改", failed.stdout
    assert failed.stderr == ""
    missing = cli("--data-dir", str(demo), "verify", "nope.pdf", env=env)
    assert missing.returncode == 2


def test_draft_inspection_cannot_be_signed(signer_ctx):
    from inspector.store.engine import write_session
    from inspector.store.models import Inspection

    iid = add_sample_inspection(signer_ctx, photos=0)
    with write_session(signer_ctx.engine) as s:
        row = s.get(Inspection, iid)
        row.status = "draft"
        s.add(row)
    with pytest.raises(UserError, match="尚未完成"):
        documents.produce(signer_ctx, "record", iid, PASS)
    assert documents.preview(signer_ctx, "record", iid).pages >= 1


def test_cli_report_notice_verify_with_a_demo_key(ctx, data_dir, tmp_path, capsys, monkeypatch):
    """The command functions in-process (the subprocess run is the slow demo test)."""
    from inspector.cli import build_parser, run
    from inspector.services.demo.document_samples import add_demo_paperwork

    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    add_demo_paperwork(ctx)  # demo key (no passphrase, trusted), number block, one inspection
    con = sqlite3.connect(ctx.paths.database)
    (iid,) = con.execute("select id from inspection").fetchone()
    con.close()
    monkeypatch.delenv("INSPECTOR_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing may prompt

    def cmd(*argv: str) -> int:
        return run(build_parser().parse_args(["--data-dir", str(data_dir), *argv]))

    out = tmp_path / "n.pdf"
    assert cmd("notice", iid[:8], "-o", str(out), "--days", "IC-03=9") == 0
    assert "苏仙巡〔2026〕" in capsys.readouterr().out
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "限期整改通知书" in text and "（9日内）" in text
    assert cmd("verify", str(out)) == 0
    assert "结论：有效" in capsys.readouterr().out
    assert cmd("report", iid, "-o", str(tmp_path / "r.pdf")) == 0
    assert cmd("notice", iid, "-o", str(tmp_path / "x.pdf"), "--days", "IC-03") == 2
    assert "格式" in capsys.readouterr().err
    assert cmd("report", "no-such-id", "-o", str(tmp_path / "y.pdf")) == 2
    assert cmd("documents", iid, "-o", str(tmp_path / "both")) == 0
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "both").iterdir()) == [
        "notice",
        "record",
    ]


def test_handwritten_inspector_signature_is_under_the_records_name(signer_ctx):
    from inspector.services.paperwork.views import load_bundle

    iid = add_sample_inspection(signer_ctx, photos=0)
    lead = load_bundle(signer_ctx, iid).inspection.lead_inspector_name
    with pytest.raises(UserError, match="须由记录上的检查人员"):
        documents.save_signature(signer_ctx, iid, "lead", b"\x89PNG fake", name="张冒名")
    row = documents.save_signature(signer_ctx, iid, "lead", b"\x89PNG fake", name="")
    assert row.name == lead
