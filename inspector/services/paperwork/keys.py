"""The inspector's signing key and certificate, and the office's trust list.

Files in ``<data dir>/keys``:

- ``inspector-key.pem``  PKCS#8 private key, encrypted with the passphrase
  (unencrypted only for the demo key, which says so in ``key.json``);
- ``inspector-cert.pem`` the X.509 certificate (self-signed on first use, or
  imported from an office-issued PKCS#12 file together with its chain,
  ``chain.pem``);
- ``key.json``           label (self-signed | imported | demo) and whether the
  key is protected.

The trust list is a folder of certificates (``.pem``, ``.crt``, ``.cer``,
``.der``); by default ``<data dir>/keys/trusted``, configurable. Headless
commands take the passphrase from ``INSPECTOR_KEY_PASSPHRASE``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from inspector.reports.signing import SignerIdentity
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value, set_value
from inspector.store.atomic import atomic_write_bytes, atomic_write_text

ENV_PASSPHRASE = "INSPECTOR_KEY_PASSPHRASE"
TRUST_DIR_KEY = "documents.trust_dir"
KEY_FILE = "inspector-key.pem"
CERT_FILE = "inspector-cert.pem"
CHAIN_FILE = "chain.pem"
META_FILE = "key.json"
CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")
VALID_YEARS = 5


@dataclass(frozen=True)
class KeyInfo:
    subject: str
    fingerprint: str  # SHA-256 of the certificate (DER), hex
    label: str  # self-signed | imported | demo
    protected: bool
    not_after: dt.datetime
    cert_path: Path
    trusted: bool  # the certificate is in the trust list


def passphrase_from_env() -> str | None:
    return os.environ.get(ENV_PASSPHRASE)


def trust_dir(ctx: AppContext) -> Path:
    configured = get_value(ctx.engine, TRUST_DIR_KEY) or ""
    return Path(configured) if configured else ctx.paths.keys / "trusted"


def set_trust_dir(ctx: AppContext, folder: Path | str) -> None:
    set_value(ctx.engine, TRUST_DIR_KEY, str(folder))


def _cert_der_from_bytes(raw: bytes) -> list[bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    if b"-----BEGIN CERTIFICATE-----" in raw:
        return [c.public_bytes(Encoding.DER) for c in x509.load_pem_x509_certificates(raw)]
    return [x509.load_der_x509_certificate(raw).public_bytes(Encoding.DER)]


def cert_der_from_file(path: Path) -> list[bytes]:
    """The certificates (DER) in a PEM or DER file; a clear error when it holds none."""
    try:
        return _cert_der_from_bytes(Path(path).read_bytes())
    except OSError as exc:
        raise UserError("无法读取证书文件 {}：{}", path, exc.strerror) from None
    except ValueError:
        raise UserError("{} 不是证书文件（应为 PEM 或 DER 格式的 X.509 证书）。", path) from None


def trusted_certs(ctx: AppContext) -> list[bytes]:
    """DER certificates of the trust list (files that are not certificates are skipped)."""
    folder = trust_dir(ctx)
    out: list[bytes] = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in CERT_SUFFIXES and path.is_file():
            try:
                out.extend(_cert_der_from_bytes(path.read_bytes()))
            except ValueError:
                continue
    return out


def add_trusted(ctx: AppContext, cert_der: bytes, name: str) -> Path:
    """Put a certificate into the trust list folder; returns its file."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = x509.load_der_x509_certificate(cert_der)
    folder = trust_dir(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name) or "cert"
    path = folder / f"{safe}-{hashlib.sha256(cert_der).hexdigest()[:8]}.pem"
    atomic_write_bytes(path, cert.public_bytes(Encoding.PEM))
    return path


def _meta(ctx: AppContext) -> dict:
    path = ctx.paths.keys / META_FILE
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text("utf-8"))
    except ValueError:
        return {}


def key_info(ctx: AppContext) -> KeyInfo | None:
    """The installed key's certificate, or None before first use."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    cert_path = ctx.paths.keys / CERT_FILE
    if not cert_path.is_file() or not (ctx.paths.keys / KEY_FILE).is_file():
        return None
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    der = cert.public_bytes(Encoding.DER)
    meta = _meta(ctx)
    return KeyInfo(
        subject=cert.subject.rfc4514_string(),
        fingerprint=hashlib.sha256(der).hexdigest(),
        label=meta.get("label", "self-signed"),
        protected=bool(meta.get("protected", True)),
        not_after=cert.not_valid_after_utc,
        cert_path=cert_path,
        trusted=der in trusted_certs(ctx),
    )


def _write_key(ctx: AppContext, key, cert_pem: bytes, passphrase: str, label: str, chain: bytes):
    from cryptography.hazmat.primitives import serialization

    enc: serialization.KeySerializationEncryption
    if passphrase:
        enc = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    elif label == "demo":
        enc = serialization.NoEncryption()
    else:
        raise UserError("密钥口令不能为空：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。")
    ctx.paths.keys.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    key_path = ctx.paths.keys / KEY_FILE
    atomic_write_bytes(key_path, pem, mode=0o600)
    atomic_write_bytes(ctx.paths.keys / CERT_FILE, cert_pem)
    chain_path = ctx.paths.keys / CHAIN_FILE
    if chain:
        atomic_write_bytes(chain_path, chain)
    elif chain_path.exists():
        chain_path.unlink()
    meta = {
        "label": label,
        "protected": bool(passphrase),
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    atomic_write_text(ctx.paths.keys / META_FILE, json.dumps(meta, ensure_ascii=False))


def create_self_signed(
    ctx: AppContext, passphrase: str, *, label: str = "self-signed", trust: bool = False
) -> KeyInfo:
    """Make a P-256 key and a self-signed certificate for the inspector in the settings."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    s = ctx.settings
    if not s.inspector_name.strip():
        raise UserError("请先在设置中填写检查人员姓名，再生成签名证书。")
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, s.inspector_name.strip())]
    if s.office_name.strip():
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, s.office_name.strip()[:64]))
    if s.inspector_id_no.strip():
        # serialNumber must be PrintableString; ID numbers often hold Chinese characters
        ou = f"执法证号 {s.inspector_id_no.strip()}"[:64]
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ou))
    if label == "demo":
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "演示证书 DEMO"))
    name = x509.Name(attrs)
    key, cert = self_signed_certificate(name, dt.timedelta(days=365 * VALID_YEARS))
    _write_key(ctx, key, cert.public_bytes(serialization.Encoding.PEM), passphrase, label, b"")
    if trust:
        add_trusted(ctx, cert.public_bytes(serialization.Encoding.DER), s.inspector_name)
    info = key_info(ctx)
    assert info is not None
    return info


def import_pkcs12(ctx: AppContext, p12: Path, p12_password: str, passphrase: str) -> KeyInfo:
    """Install an office-issued key and certificate (PKCS#12), re-encrypted with ``passphrase``."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    try:
        raw = Path(p12).read_bytes()
    except OSError as exc:
        raise UserError("无法读取证书文件 {}：{}", p12, exc.strerror) from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            raw, p12_password.encode("utf-8") if p12_password else None
        )
    except ValueError:
        raise UserError("无法打开 PKCS#12 文件：密码错误或文件已损坏。") from None
    if key is None or cert is None:
        raise UserError("PKCS#12 文件中没有私钥或证书。")
    chain = b"".join(c.public_bytes(Encoding.PEM) for c in extra or [])
    _write_key(ctx, key, cert.public_bytes(Encoding.PEM), passphrase, "imported", chain)
    info = key_info(ctx)
    assert info is not None
    return info


def load_identity(ctx: AppContext, passphrase: str | None) -> SignerIdentity:
    """The decrypted key and certificate for signing; a clear error for a wrong passphrase."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    info = key_info(ctx)
    if info is None:
        raise UserError("尚未生成签名密钥：请先生成或导入签名证书。")
    pem = (ctx.paths.keys / KEY_FILE).read_bytes()
    protected = b"ENCRYPTED" in pem
    if protected and not passphrase:
        raise UserError("签名需要密钥口令：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。")
    try:
        key = serialization.load_pem_private_key(
            pem, passphrase.encode("utf-8") if protected and passphrase else None
        )
    except (ValueError, TypeError):
        raise UserError("密钥口令不正确。") from None
    cert = x509.load_pem_x509_certificate(info.cert_path.read_bytes())
    chain: tuple[bytes, ...] = ()
    chain_path = ctx.paths.keys / CHAIN_FILE
    if chain_path.is_file():
        chain = tuple(_cert_der_from_bytes(chain_path.read_bytes()))
    key_der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cn = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return SignerIdentity(
        cert_der=cert.public_bytes(serialization.Encoding.DER),
        key_der=key_der,
        chain_der=chain,
        display_name=str(cn[0].value) if cn else "",
    )


def ensure_identity(ctx: AppContext, passphrase: str | None) -> SignerIdentity:
    """The signing identity; on first use a self-signed key is made with ``passphrase``."""
    if key_info(ctx) is None:
        create_self_signed(ctx, passphrase or "")
    return load_identity(ctx, passphrase)


def create_demo_key(ctx: AppContext) -> KeyInfo:
    """The demo directory's key: no passphrase, labelled demo, trusted by its trust list."""
    return create_self_signed(ctx, "", label="demo", trust=True)


def self_signed_certificate(name, valid_for: dt.timedelta, *, path_length: int | None = 0):
    """A new P-256 key and a self-signed signing certificate for ``name`` (an x509.Name).

    The certificate may sign documents (digital signature, non-repudiation) and,
    being its own issuer, certificates; it is valid from a day ago for ``valid_for``.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + valid_for)
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert
