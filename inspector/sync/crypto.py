"""Encryption of a package to the office: X25519 + HKDF-SHA256 + AES-256-GCM in segments.

Envelope layout (all integers big-endian; docs/sync-format.md has the full recipe)::

    b"INSPENC1"                 8 bytes magic
    header length N             4 bytes
    header                      N bytes of UTF-8 JSON
    body                        format_version 2: segments; format_version 1: one GCM message

**format_version 2** (written): the header holds ``alg`` (:data:`STREAM_ALG`),
``format_version`` 2, ``recipient`` (office fingerprint), ``ephemeral`` (base64
X25519 public key), ``nonce_prefix`` (base64, 7 bytes) and ``segment_size``
(65536). The plain text is cut into segments of ``segment_size`` bytes (the last
one 1..segment_size bytes; an empty plain text is one empty segment); segment
*i* is sealed with AES-256-GCM under the nonce ``prefix ‖ i (4 bytes) ‖ flag``
(flag 1 for the last segment, else 0), associated data = the header bytes, and
stored as ciphertext ‖ 16-byte tag. The counter stops reordering, the flag
stops truncation at a segment boundary (the STREAM construction, as in
``age``), and every segment is authenticated before any of its bytes are used.
The key is HKDF-SHA256(shared secret, salt = ephemeral public ‖ office public,
info = b"inspector-sync-package-v2", 32 bytes).

**format_version 1** (read only; the header has no ``format_version``): ``alg``
:data:`ALG`, ``nonce`` (base64, 12 bytes), one AES-256-GCM message over the
whole zip with the header as associated data, info ``inspector-sync-package-v1``.
"""

from __future__ import annotations

import io
import json
import os
import struct
import tempfile
from typing import BinaryIO, Protocol, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector.domain.text import Message
from inspector.sync.keys import b64, fingerprint, normalize_fingerprint, raw_public, unb64
from inspector.sync.package import PackageRejected

MAGIC = b"INSPENC1"
ALG = "X25519-HKDF-SHA256-AES-256-GCM"  # format_version 1: one GCM message (read only)
STREAM_ALG = "X25519-HKDF-SHA256-AES-256-GCM-STREAM"  # format_version 2: segments
INFO = b"inspector-sync-package-v1"
STREAM_INFO = b"inspector-sync-package-v2"
ENVELOPE_VERSION = 2
SEGMENT_SIZE = 64 * 1024
TAG_SIZE = 16
PREFIX_SIZE = 7
MAX_HEADER = 4096
MAX_SEGMENTS = 2**32  # the counter has four bytes


class EnvelopeError(PackageRejected):
    """The envelope cannot be opened; the message is for the user."""


def _bad() -> EnvelopeError:
    return EnvelopeError(Message("数据包无法解密：内容被改动、截断或不是加密给本办公室的。"))


def is_encrypted(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def _derive(shared: bytes, eph_raw: bytes, office_raw: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_raw + office_raw, info=info).derive(
        shared
    )


def segment_nonce(prefix: bytes, index: int, last: bool) -> bytes:
    """The 12-byte nonce of segment ``index``: prefix (7) ‖ counter (4) ‖ last flag (1)."""
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


class _Sink(Protocol):
    """Where an envelope is written: a file, or anything that writes and flushes like one."""

    def write(self, data: bytes, /) -> int: ...

    def flush(self) -> None: ...


class EnvelopeWriter(io.RawIOBase):
    """A write-only stream that encrypts to the office in segments as the bytes come.

    ``tell()`` counts plain-text bytes (so :mod:`zipfile` can write straight
    into it); it cannot seek. :meth:`close` seals the last segment; the
    underlying file is left open for the caller to fsync and close.
    """

    def __init__(self, out: _Sink, office_public: X25519PublicKey):
        super().__init__()
        eph = X25519PrivateKey.generate()
        eph_raw = raw_public(eph.public_key())
        office_raw = raw_public(office_public)
        self._aead = AESGCM(_derive(eph.exchange(office_public), eph_raw, office_raw, STREAM_INFO))
        self._prefix = os.urandom(PREFIX_SIZE)
        self.header = json.dumps(
            {
                "alg": STREAM_ALG,
                "format_version": ENVELOPE_VERSION,
                "recipient": fingerprint(office_raw),
                "ephemeral": b64(eph_raw),
                "nonce_prefix": b64(self._prefix),
                "segment_size": SEGMENT_SIZE,
            },
            sort_keys=True,
        ).encode()
        self._out = out
        self._buf = bytearray()
        self._index = 0
        self._written = 0
        out.write(MAGIC + struct.pack(">I", len(self.header)) + self.header)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._written

    def _seal(self, chunk: bytes | bytearray | memoryview, last: bool) -> None:
        if self._index >= MAX_SEGMENTS:
            raise OSError("package too large for one envelope")
        nonce = segment_nonce(self._prefix, self._index, last)
        self._out.write(self._aead.encrypt(nonce, bytes(chunk), self.header))
        self._index += 1

    def write(self, data) -> int:
        if self.closed:
            raise ValueError("write to a closed envelope")
        view = memoryview(data).cast("B")
        self._written += len(view)
        buf = self._buf
        buf += view
        # Keep at least one byte back: only close() knows which segment is the last.
        if len(buf) > SEGMENT_SIZE:
            full = (len(buf) - 1) // SEGMENT_SIZE * SEGMENT_SIZE
            mv = memoryview(buf)
            for start in range(0, full, SEGMENT_SIZE):
                self._seal(mv[start : start + SEGMENT_SIZE], False)
            mv.release()
            del buf[:full]
        return len(view)

    def close(self) -> None:
        if not self.closed:
            self._seal(self._buf, True)
            self._buf = bytearray()
            self._out.flush()
        super().close()


def encrypt(plain: bytes, office_public: X25519PublicKey) -> bytes:
    """``plain`` sealed in a format_version 2 envelope (for small data and tests)."""
    out = io.BytesIO()
    writer = EnvelopeWriter(out, office_public)
    writer.write(plain)
    writer.close()
    return out.getvalue()


def _read_header(fh: BinaryIO) -> tuple[dict, bytes, int]:
    """The parsed header, its raw bytes and the offset where the body starts."""
    fh.seek(0)
    start = fh.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) + 4 or not is_encrypted(start):
        raise EnvelopeError(Message("不是加密的数据包。"))
    (length,) = struct.unpack(">I", start[len(MAGIC) :])
    raw = fh.read(length) if length <= MAX_HEADER else b""
    if length > MAX_HEADER or len(raw) != length:
        raise EnvelopeError(Message("加密数据包的头部损坏或被截断。"))
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise EnvelopeError(Message("加密数据包的头部不是有效的 JSON。")) from exc
    if not isinstance(header, dict) or header.get("alg") not in (ALG, STREAM_ALG):
        raise EnvelopeError(Message("加密数据包使用了不认识的加密算法。"))
    version = header.get("format_version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version > ENVELOPE_VERSION:
        raise EnvelopeError(Message("数据包格式来自更新版本的程序，请先升级办公室的程序。"))
    return header, raw, len(MAGIC) + 4 + length


def read_header(data: bytes) -> tuple[dict, bytes, bytes]:
    """The parsed header, its raw bytes and the body of an envelope held in memory."""
    header, raw, start = _read_header(io.BytesIO(data))
    return header, raw, data[start:]


def _key(header: dict, office_private: X25519PrivateKey, info: bytes) -> bytes:
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
        eph = X25519PublicKey.from_public_bytes(eph_raw)
        return _derive(office_private.exchange(eph), eph_raw, office_raw, info)
    except (KeyError, ValueError) as exc:
        raise _bad() from exc


class EnvelopeReader(io.RawIOBase):
    """The plain text of a format_version 2 envelope as a seekable, read-only stream.

    Segments are decrypted (and authenticated) on demand, one at a time, so
    memory stays at one segment whatever the size; the last segment is checked
    when the reader opens, so a truncated envelope is refused before anything
    is read.
    """

    def __init__(self, fh: BinaryIO, header: dict, raw: bytes, start: int, key: bytes):
        super().__init__()
        try:
            self._prefix = unb64(str(header["nonce_prefix"]))
            seg = header["segment_size"]
        except (KeyError, ValueError) as exc:
            raise _bad() from exc
        if len(self._prefix) != PREFIX_SIZE or seg != SEGMENT_SIZE:
            raise _bad()
        self._fh, self._aad, self._start = fh, raw, start
        self._aead = AESGCM(key)
        body = fh.seek(0, io.SEEK_END) - start
        stride = SEGMENT_SIZE + TAG_SIZE
        self._count = max(1, -(-body // stride))
        last_len = body - (self._count - 1) * stride
        if body < TAG_SIZE or last_len < TAG_SIZE or (self._count > 1 and last_len == TAG_SIZE):
            raise _bad()
        if self._count > MAX_SEGMENTS:
            raise _bad()
        self._size = body - self._count * TAG_SIZE
        self._pos = 0
        self._cached: tuple[int, bytes] = (-1, b"")
        self._segment(self._count - 1)  # truncation shows here, before any use

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    @property
    def size(self) -> int:
        return self._size

    def _segment(self, index: int) -> bytes:
        if self._cached[0] == index:
            return self._cached[1]
        stride = SEGMENT_SIZE + TAG_SIZE
        self._fh.seek(self._start + index * stride)
        sealed = self._fh.read(stride)
        last = index == self._count - 1
        try:
            plain = self._aead.decrypt(segment_nonce(self._prefix, index, last), sealed, self._aad)
        except InvalidTag as exc:
            raise _bad() from exc
        self._cached = (index, plain)
        return plain

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._size + offset
        else:
            raise ValueError("bad whence")
        if pos < 0:
            raise OSError("negative seek position")
        self._pos = pos
        return pos

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            index, offset = divmod(self._pos, SEGMENT_SIZE)
            plain = self._segment(index)
            n = min(len(view) - done, len(plain) - offset)
            view[done : done + n] = plain[offset : offset + n]
            done += n
            self._pos += n
        return done

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = max(0, self._size - self._pos)
        buf = bytearray(min(size, max(0, self._size - self._pos)))
        n = self.readinto(buf)
        return bytes(buf[:n])

    def readall(self) -> bytes:
        return self.read(-1)


def _open_v1(fh: BinaryIO, header: dict, raw: bytes, start: int, key: bytes) -> BinaryIO:
    """A format_version 1 envelope, decrypted in a stream to a temporary file, tag checked."""
    try:
        nonce = unb64(str(header["nonce"]))
    except (KeyError, ValueError) as exc:
        raise _bad() from exc
    end = fh.seek(0, io.SEEK_END)
    if end - start < TAG_SIZE or len(nonce) < 8:
        raise _bad()
    fh.seek(end - TAG_SIZE)
    tag = fh.read(TAG_SIZE)
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(raw)
    out = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)
    fh.seek(start)
    left = end - TAG_SIZE - start
    try:
        while left > 0:
            block = fh.read(min(left, 1024 * 1024))
            if not block:
                raise _bad()
            left -= len(block)
            out.write(decryptor.update(block))
        out.write(decryptor.finalize())
    except InvalidTag as exc:
        out.close()
        raise _bad() from exc
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out  # type: ignore[return-value]


def open_envelope(fh: BinaryIO, office_private: X25519PrivateKey) -> BinaryIO:
    """The plain text (the zip) inside the envelope ``fh``, as a seekable stream."""
    header, raw, start = _read_header(fh)
    if header.get("format_version", 1) == 1 and header["alg"] == ALG:
        return _open_v1(fh, header, raw, start, _key(header, office_private, INFO))
    if header["alg"] != STREAM_ALG or header.get("format_version") != ENVELOPE_VERSION:
        raise EnvelopeError(Message("加密数据包使用了不认识的加密算法。"))
    reader = EnvelopeReader(fh, header, raw, start, _key(header, office_private, STREAM_INFO))
    # A raw stream that reads, seeks and tells like a binary file (typeshed's IO is nominal).
    return cast(BinaryIO, reader)


def decrypt(data: bytes, office_private: X25519PrivateKey) -> bytes:
    """The plain text of an envelope held in memory (either format version)."""
    with open_envelope(io.BytesIO(data), office_private) as plain:
        return plain.read()
