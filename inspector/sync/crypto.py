"""Encryption of a whole package to the office (X25519 + HKDF-SHA256 + AES-256-GCM).

Envelope layout (all integers big-endian)::

    b"INSPENC1"                 8 bytes magic
    header length               4 bytes
    header                      UTF-8 JSON: alg, recipient (office fingerprint),
                                ephemeral (base64 X25519 public key), nonce (base64, 12 bytes)
    ciphertext + 16-byte tag    AES-256-GCM, associated data = the header bytes

The key is HKDF-SHA256(shared secret, salt = ephemeral public || office public,
info = b"inspector-sync-package-v1", 32 bytes).
"""

from __future__ import annotations

import json
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector.domain.text import Message
from inspector.sync.keys import b64, fingerprint, normalize_fingerprint, raw_public, unb64

MAGIC = b"INSPENC1"
ALG = "X25519-HKDF-SHA256-AES-256-GCM"
INFO = b"inspector-sync-package-v1"
MAX_HEADER = 4096


class EnvelopeError(Exception):
    """The envelope cannot be opened; the message is for the user."""


def is_encrypted(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def _derive(shared: bytes, eph_raw: bytes, office_raw: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_raw + office_raw, info=INFO).derive(
        shared
    )


def encrypt(plain: bytes, office_public: X25519PublicKey) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_raw = raw_public(eph.public_key())
    office_raw = raw_public(office_public)
    key = _derive(eph.exchange(office_public), eph_raw, office_raw)
    nonce = os.urandom(12)
    header = json.dumps(
        {
            "alg": ALG,
            "recipient": fingerprint(office_raw),
            "ephemeral": b64(eph_raw),
            "nonce": b64(nonce),
        },
        sort_keys=True,
    ).encode()
    body = AESGCM(key).encrypt(nonce, plain, header)
    return MAGIC + struct.pack(">I", len(header)) + header + body


def read_header(data: bytes) -> tuple[dict, bytes, bytes]:
    """The parsed header, its raw bytes and the ciphertext."""
    if not is_encrypted(data) or len(data) < len(MAGIC) + 4:
        raise EnvelopeError(Message("不是加密的数据包。"))
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > MAX_HEADER or start + length > len(data):
        raise EnvelopeError(Message("加密数据包的头部损坏或被截断。"))
    raw = data[start : start + length]
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise EnvelopeError(Message("加密数据包的头部不是有效的 JSON。")) from exc
    if not isinstance(header, dict) or header.get("alg") != ALG:
        raise EnvelopeError(Message("加密数据包使用了不认识的加密算法。"))
    return header, raw, data[start + length :]


def decrypt(data: bytes, office_private: X25519PrivateKey) -> bytes:
    header, raw, body = read_header(data)
    office_raw = raw_public(office_private.public_key())
    if normalize_fingerprint(str(header.get("recipient", ""))) != normalize_fingerprint(
        fingerprint(office_raw)
    ):
        raise EnvelopeError(
            Message(
                "数据包是加密给另一个办公室的（指纹 {}），本办公室无法解密。",
                header.get("recipient"),
            )
        )
    try:
        eph_raw = unb64(str(header["ephemeral"]))
        nonce = unb64(str(header["nonce"]))
        key = _derive(
            office_private.exchange(X25519PublicKey.from_public_bytes(eph_raw)), eph_raw, office_raw
        )
        return AESGCM(key).decrypt(nonce, body, raw)
    except (InvalidTag, KeyError, ValueError) as exc:
        raise EnvelopeError(
            Message("数据包无法解密：内容被改动、截断或不是加密给本办公室的。")
        ) from exc
