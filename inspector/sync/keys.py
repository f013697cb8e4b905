"""Ed25519 signing keys (devices, the office) and X25519 encryption keys (the office).

Private keys live as PKCS#8 PEM files in the data directory's ``keys`` folder
(mode 0600), encrypted with the key passphrase like the signing key whenever
one is given (an unencrypted key found then is re-encrypted in place); beside
each, ``<name>.pub`` holds its public key so that fingerprints can be shown
without the passphrase. Public keys travel as base64 of their 32 raw bytes. A fingerprint
is the first 16 bytes of the SHA-256 of the raw public key, as eight groups of
four hex digits, e.g. ``3f2a 9c01 …``.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from inspector.domain.text import Message
from inspector.store.atomic import atomic_write_bytes

DEVICE_KEY_FILE = "device_ed25519.pem"
OFFICE_SIGNING_FILE = "office_ed25519.pem"
OFFICE_ENCRYPTION_FILE = "office_x25519.pem"


class KeyFileError(Exception):
    """A key file or an encoded key cannot be read (message for the user)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise KeyFileError(Message("密钥编码无效（不是 base64）。")) from exc


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return b64(raw_public(key.public_key()))


def fingerprint(public_raw: bytes | str) -> str:
    """Human-comparable fingerprint of a raw public key (bytes or base64)."""
    raw = unb64(public_raw) if isinstance(public_raw, str) else public_raw
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def normalize_fingerprint(text: str) -> str:
    """Compare fingerprints ignoring case, spaces and colons."""
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def load_ed25519_public(text: str) -> Ed25519PublicKey:
    raw = unb64(text)
    if len(raw) != 32:
        raise KeyFileError(Message("Ed25519 公钥长度应为 32 字节。"))
    return Ed25519PublicKey.from_public_bytes(raw)


def load_x25519_public(text: str) -> X25519PublicKey:
    raw = unb64(text)
    if len(raw) != 32:
        raise KeyFileError(Message("X25519 公钥长度应为 32 字节。"))
    return X25519PublicKey.from_public_bytes(raw)


def verify(public_b64_text: str, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data``."""
    try:
        load_ed25519_public(public_b64_text).verify(signature, data)
    except (InvalidSignature, KeyFileError, ValueError):
        return False
    return True


def _pub_path(path: Path) -> Path:
    return path.with_name(path.stem + ".pub")


def _write_private(
    path: Path, key: Ed25519PrivateKey | X25519PrivateKey, passphrase: str | None = None
) -> None:
    enc = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    path.parent.mkdir(parents=True, exist_ok=True)
    for target, data in ((path, pem), (_pub_path(path), public_b64(key).encode("ascii"))):
        atomic_write_bytes(target, data, mode=0o600)


def is_encrypted(path: Path) -> bool:
    try:
        return b"ENCRYPTED" in path.read_bytes()[:64]
    except OSError:
        return False


def _read_private(path: Path, passphrase: str | None = None):
    encrypted = is_encrypted(path)
    if encrypted and not passphrase:
        raise KeyFileError(
            Message(
                "私钥 {} 已用口令加密：请输入密钥口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。",
                path.name,
            )
        )
    try:
        key = serialization.load_pem_private_key(
            path.read_bytes(),
            password=passphrase.encode("utf-8") if encrypted and passphrase else None,
        )
    except ValueError as exc:
        if encrypted:
            raise KeyFileError(Message("密钥口令不正确（{}）。", path.name)) from exc
        raise KeyFileError(Message("无法读取私钥文件 {}：{}", path, exc)) from exc
    except (OSError, TypeError) as exc:
        raise KeyFileError(Message("无法读取私钥文件 {}：{}", path, exc)) from exc
    # An older, unencrypted key: encrypt it now (only the kinds this program writes).
    if passphrase and not encrypted and isinstance(key, (Ed25519PrivateKey, X25519PrivateKey)):
        _write_private(path, key, passphrase)
    return key


def public_of(path: Path, passphrase: str | None = None) -> str:
    """The base64 public key of the private key at ``path`` (no passphrase needed once
    its ``.pub`` file exists)."""
    try:
        text = _pub_path(path).read_text("ascii").strip()
        unb64(text)
        return text
    except (OSError, UnicodeDecodeError, KeyFileError):
        return public_b64(_read_private(path, passphrase))


def load_or_create_ed25519(path: Path, passphrase: str | None = None) -> Ed25519PrivateKey:
    """The Ed25519 key stored at ``path``, created on first use."""
    if path.exists():
        key = _read_private(path, passphrase)
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyFileError(Message("{} 不是 Ed25519 私钥。", path))
        return key
    key = Ed25519PrivateKey.generate()
    _write_private(path, key, passphrase)
    return key


def load_or_create_x25519(path: Path, passphrase: str | None = None) -> X25519PrivateKey:
    if path.exists():
        key = _read_private(path, passphrase)
        if not isinstance(key, X25519PrivateKey):
            raise KeyFileError(Message("{} 不是 X25519 私钥。", path))
        return key
    key = X25519PrivateKey.generate()
    _write_private(path, key, passphrase)
    return key


def load_existing(path: Path, passphrase: str | None = None):
    """A private key that must already exist (office keys), or None."""
    return _read_private(path, passphrase) if path.exists() else None
