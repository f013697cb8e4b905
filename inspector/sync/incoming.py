"""What a package brings in, as the import reads it: rows, certificates, the package.

Below both :mod:`inspector.sync.importer` (which reads and applies a package)
and :mod:`inspector.sync.merge` / :mod:`inspector.sync.rules` (which compare
its rows with the office's and check what a device may write), so that none of
them imports another in a circle.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO

from inspector.domain.text import Message
from inspector.sync.package import Manifest
from inspector.sync.tables import encode_row, row_hash


@dataclass
class IncomingCert:
    """An inspector certificate carried by a package (held pending at the office)."""

    name: str
    fingerprint: str  # SHA-256 of the DER, hex
    subject: str
    common_name: str
    not_after: datetime
    pem: str
    refusal: Message | None = None  # why this certificate is refused (the package is not)


# (done, total, what) while a package is applied
Progress = Callable[[int, int, str], None]


class ImportCancelled(Exception):
    """The user cancelled an import: nothing of the package was kept."""


@dataclass
class DeviceKey:
    """A registered device's signing key, as the office knows it."""

    public_key: str
    revoked: bool = False
    name: str = ""


class IncomingRow:
    """One record of a package; its canonical form and hash are computed only when compared."""

    __slots__ = ("__dict__", "base_version", "raw", "values")

    def __init__(self, values: dict[str, Any], raw: dict[str, Any], base_version: int):
        self.values = values
        self.raw = raw
        self.base_version = base_version

    @property
    def id(self) -> str:
        return self.values["id"]

    @property
    def version(self) -> int:
        return int(self.values.get("row_version", 1))

    @cached_property
    def encoded(self) -> dict[str, Any]:
        return encode_row(list(self.values), list(self.values.values()))

    @cached_property
    def hash(self) -> str:
        return row_hash(self.encoded)


@dataclass
class VerifiedPackage:
    """A package whose envelope, signature, hashes and records were checked, ready to apply."""

    name: str
    sha256: str
    manifest: Manifest
    rows: dict[str, list[IncomingRow]]
    files: dict[str, tuple[str, str]]  # "photos/x.jpg" -> (zip entry, sha256)
    zf: zipfile.ZipFile
    encrypted: bool = False
    source: BinaryIO | None = None  # the open package (or decrypted zip) stream
    certs: list[IncomingCert] = field(default_factory=list)
    future: list[tuple[str, str]] = field(default_factory=list)  # rows dated > 1 day ahead

    @property
    def record_count(self) -> int:
        return sum(len(v) for v in self.rows.values())

    def discard(self) -> None:
        self.zf.close()
        if self.source is not None:
            self.source.close()


@dataclass
class ImportOutcome:
    """What applying one package did (counts, files written, certificates held)."""

    records: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    files: int = 0
    certs: int = 0  # certificates newly held pending
    refused_certs: list[str] = field(default_factory=list)  # sentences (Messages)
    new_files: list[Path] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return self.inserted + self.updated
