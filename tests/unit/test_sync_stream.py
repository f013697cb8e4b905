"""The segmented envelope (format_version 2): sizes, truncation, reordering, tampering, old format.

The recipe is rebuilt here from docs/sync-format.md with ``cryptography`` only,
so the app's envelopes are checked against the document, not against its own code.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sync_helpers import add_inspection, add_site, open_ctx

from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.sync import crypto
from inspector.sync.package import PackageRejected

SEG = 65536


def _raw(pub) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _fingerprint(raw: bytes) -> str:
    h = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(h[i : i + 4] for i in range(0, 32, 4))


def _key(shared: bytes, eph_raw: bytes, office_raw: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=eph_raw + office_raw,
        info=b"inspector-sync-package-v2",
    ).derive(shared)


def doc_encrypt(plain: bytes, office_raw: bytes, *, segments=None) -> bytes:
    """An envelope written from the document (``segments`` may reorder or drop segments)."""
    eph = X25519PrivateKey.generate()
    eph_raw = _raw(eph.public_key())
    key = _key(eph.exchange(X25519PublicKey.from_public_bytes(office_raw)), eph_raw, office_raw)
    prefix = os.urandom(7)
    header = json.dumps(
        {
            "alg": "X25519-HKDF-SHA256-AES-256-GCM-STREAM",
            "format_version": 2,
            "recipient": _fingerprint(office_raw),
            "ephemeral": base64.b64encode(eph_raw).decode(),
            "nonce_prefix": base64.b64encode(prefix).decode(),
            "segment_size": SEG,
        }
    ).encode()
    chunks = [plain[i : i + SEG] for i in range(0, len(plain), SEG)] or [b""]
    sealed = []
    for i, chunk in enumerate(chunks):
        nonce = prefix + struct.pack(">I", i) + (b"\x01" if i == len(chunks) - 1 else b"\x00")
        sealed.append(AESGCM(key).encrypt(nonce, chunk, header))
    if segments is not None:
        sealed = segments(sealed)
    return b"INSPENC1" + struct.pack(">I", len(header)) + header + b"".join(sealed)


def doc_decrypt(data: bytes, office_private: X25519PrivateKey) -> bytes:
    """The document's recipe for reading an envelope of format_version 2."""
    assert data[:8] == b"INSPENC1"
    (n,) = struct.unpack(">I", data[8:12])
    header_raw = data[12 : 12 + n]
    header = json.loads(header_raw)
    assert header["format_version"] == 2 and header["segment_size"] == SEG
    eph_raw = base64.b64decode(header["ephemeral"])
    office_raw = _raw(office_private.public_key())
    key = _key(
        office_private.exchange(X25519PublicKey.from_public_bytes(eph_raw)), eph_raw, office_raw
    )
    prefix = base64.b64decode(header["nonce_prefix"])
    body = data[12 + n :]
    stride = SEG + 16
    count = max(1, -(-len(body) // stride))
    out = []
    for i in range(count):
        nonce = prefix + struct.pack(">I", i) + (b"\x01" if i == count - 1 else b"\x00")
        out.append(AESGCM(key).decrypt(nonce, body[i * stride : (i + 1) * stride], header_raw))
    return b"".join(out)


@pytest.fixture(scope="module")
def office_key():
    return X25519PrivateKey.generate()


@pytest.mark.parametrize("size", [0, 1, SEG - 1, SEG, SEG + 1, 3 * SEG, 3 * SEG + 17])
def test_sizes_round_trip_both_ways_with_the_document_recipe(office_key, size):
    plain = os.urandom(size)
    office_raw = _raw(office_key.public_key())
    sealed = crypto.encrypt(plain, office_key.public_key())
    segments = max(1, -(-size // SEG))
    assert len(sealed) == 12 + struct.unpack(">I", sealed[8:12])[0] + size + 16 * segments
    assert doc_decrypt(sealed, office_key) == plain  # the app writes what the document says
    assert crypto.decrypt(doc_encrypt(plain, office_raw), office_key) == plain  # and reads it


def test_reader_seeks_and_reads_across_segments(office_key):
    plain = os.urandom(5 * SEG + 123)
    env = io.BytesIO(crypto.encrypt(plain, office_key.public_key()))
    reader = crypto.open_envelope(env, office_key)
    assert reader.size == len(plain)
    reader.seek(SEG - 10)
    assert reader.read(SEG + 20) == plain[SEG - 10 : 2 * SEG + 10]
    reader.seek(-5, io.SEEK_END)
    assert reader.read() == plain[-5:]
    assert reader.read(10) == b""


def _refused(data: bytes, office_key) -> str:
    with pytest.raises(PackageRejected) as info:
        crypto.decrypt(data, office_key)
    return str(info.value)


def test_truncated_reordered_or_tampered_segments_are_refused(office_key):
    office_raw = _raw(office_key.public_key())
    plain = os.urandom(4 * SEG)
    bad = "数据包无法解密：内容被改动、截断或不是加密给本办公室的。"
    # truncated at a segment boundary: the new last segment was not sealed as the last
    assert _refused(doc_encrypt(plain, office_raw, segments=lambda s: s[:-1]), office_key) == bad
    # truncated inside a segment
    whole = doc_encrypt(plain, office_raw)
    assert _refused(whole[:-100], office_key) == bad
    # two segments swapped
    swapped = doc_encrypt(plain, office_raw, segments=lambda s: [s[1], s[0], *s[2:]])
    assert _refused(swapped, office_key) == bad
    # one bit flipped in the middle of the body (found when that segment is read)
    flipped = bytearray(whole)
    flipped[len(whole) // 2] ^= 1
    assert _refused(bytes(flipped), office_key) == bad
    # bytes appended after the last segment
    assert _refused(whole + b"\x00" * 40, office_key) == bad


def test_header_is_bound_and_newer_versions_are_named(office_key):
    office_raw = _raw(office_key.public_key())
    whole = doc_encrypt(b"x" * 100, office_raw)
    (n,) = struct.unpack(">I", whole[8:12])
    header = json.loads(whole[12 : 12 + n])
    header["segment_size"] = 65536  # same value, other spelling: the bytes differ
    raw = json.dumps(header, indent=1).encode()
    changed = whole[:8] + struct.pack(">I", len(raw)) + raw + whole[12 + n :]
    assert "无法解密" in _refused(changed, office_key)
    header["format_version"] = 3
    raw = json.dumps(header).encode()
    newer = whole[:8] + struct.pack(">I", len(raw)) + raw + whole[12 + n :]
    assert _refused(newer, office_key) == "数据包格式来自更新版本的程序，请先升级办公室的程序。"
    other = X25519PrivateKey.generate()
    assert "另一个办公室" in _refused(whole, other)


def test_an_encrypted_export_is_segmented_and_imports(tmp_path):
    field = open_ctx(tmp_path / "field")
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    sync.register_device(office, sync.device_identity(field).card())
    bundle = bundles.build_office_bundle(office, tmp_path / "o.inspbundle")
    bundles.import_office_bundle(field, bundle, sync.own_office(office).fingerprint)
    site = add_site(field)
    add_inspection(field, site.id, photos=3)
    res = sync.export_changes(field, tmp_path / "inbox")
    assert res.encrypted
    data = res.path.read_bytes()
    assert res.sha256 == hashlib.sha256(data).hexdigest()
    (n,) = struct.unpack(">I", data[8:12])
    assert json.loads(data[12 : 12 + n])["format_version"] == 2
    _signing, enc = sync.office_private_keys(office)
    assert doc_decrypt(data, enc)[:2] == b"PK"
    assert not list((tmp_path / "inbox").glob(".*"))  # no temporary file left behind
    (report,) = sync.import_inbox(office, tmp_path / "inbox")
    assert report.result == "imported", report.message
    assert report.files == 3
    field.close()
    office.close()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts open files in /proc")
def test_a_refused_package_file_is_closed(tmp_path, office_key):
    """The package is read from its file now; a refusal must not keep it open (Windows could
    then not move it to refused/)."""
    import zipfile

    from inspector.sync.importer import read_package

    plain = tmp_path / "plain.inspkg"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("manifest.json", b"{}")
    sealed = tmp_path / "sealed.inspkg"
    sealed.write_bytes(crypto.encrypt(plain.read_bytes(), office_key.public_key()))
    before = len(os.listdir("/proc/self/fd"))
    for path in (plain, sealed, sealed):
        with pytest.raises(PackageRejected):
            read_package(path, path.name, devices={}, office_key=office_key)
    assert len(os.listdir("/proc/self/fd")) == before
