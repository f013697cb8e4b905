"""Local bookkeeping of synchronisation (never synced itself).

Field installations keep their exports and the office they trust; the office
keeps its registered devices, received packages, an import log and the
conflicts waiting for a person to decide.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from inspector.store.types import UTCDateTime, new_id, utcnow


class SyncDevice(SQLModel, table=True):
    """A field installation the office accepts packages from."""

    __tablename__ = "sync_device"

    device_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(default="", max_length=200)
    public_key: str = Field(max_length=100)  # raw Ed25519 public key, base64
    fingerprint: str = Field(max_length=80)
    revoked: bool = Field(default=False, index=True)
    registered_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncOffice(SQLModel, table=True):
    """The office identity: our own (office mode) or the one a field install trusts."""

    __tablename__ = "sync_office"

    fingerprint: str = Field(primary_key=True, max_length=80)
    name: str = Field(default="", max_length=200)
    signing_key: str = Field(max_length=100)  # Ed25519 public key, base64
    encryption_key: str = Field(max_length=100)  # X25519 public key, base64
    is_self: bool = Field(default=False, index=True)
    accepted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    bundle_sequence: int = 0
    bundle_created_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    require_encryption: bool = False


class SyncExport(SQLModel, table=True):
    """One package this installation wrote; acknowledged once the office has it."""

    __tablename__ = "sync_export"

    sequence: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    file_name: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    since: datetime | None = Field(default=None, sa_type=UTCDateTime)
    until: datetime = Field(sa_type=UTCDateTime)
    records: int = 0
    files: int = 0
    size: int = 0
    sha256: str = Field(default="", max_length=64)
    encrypted: bool = False
    acknowledged_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)


class SyncReceived(SQLModel, table=True):
    """A package the office imported (by its SHA-256): importing it again changes nothing."""

    __tablename__ = "sync_received"

    sha256: str = Field(primary_key=True, max_length=64)
    file_name: str = Field(max_length=200)
    device_id: str = Field(index=True, max_length=64)
    sequence: int = Field(index=True)
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SyncImportLog(SQLModel, table=True):
    """What happened to each package the office looked at."""

    __tablename__ = "sync_import_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    package: str = Field(max_length=200)
    package_sha256: str = Field(default="", max_length=64, index=True)
    device_id: str = Field(default="", max_length=64, index=True)
    sequence: int | None = None
    records: int = 0
    applied: int = 0
    conflicts: int = 0
    result: str = Field(max_length=20, index=True)  # imported | duplicate | rejected | cancelled
    message: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    seconds: float = 0.0


class SyncRecord(SQLModel, table=True):
    """Which version of a synced row came from where (the office: last writer; field: base)."""

    __tablename__ = "sync_record"

    table_name: str = Field(primary_key=True, max_length=60)
    row_id: str = Field(primary_key=True, max_length=36)
    row_version: int
    device_id: str = Field(default="", max_length=64)


class SyncConflict(SQLModel, table=True):
    """A row changed on two sides since their common version: both kept until decided."""

    __tablename__ = "sync_conflict"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    table_name: str = Field(max_length=60, index=True)
    row_id: str = Field(max_length=36, index=True)
    kind: str = Field(default="concurrent", max_length=20)  # concurrent | finished
    base_version: int = 0
    current_version: int = 0
    incoming_version: int = 0
    current_json: str = Field(sa_column=Column(Text, nullable=False))
    incoming_json: str = Field(sa_column=Column(Text, nullable=False))
    incoming_hash: str = Field(default="", max_length=64, index=True)
    device_id: str = Field(default="", max_length=64)
    package: str = Field(default="", max_length=200)
    status: str = Field(default="open", max_length=20, index=True)  # open | resolved
    resolution: str = Field(default="", max_length=20)  # current | incoming
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    resolver: str = Field(default="", max_length=100)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncPendingCert(SQLModel, table=True):
    """An inspector certificate a device sent: trusted (and bundled) only once an office user accepts it."""

    __tablename__ = "sync_pending_cert"

    fingerprint: str = Field(primary_key=True, max_length=64)  # SHA-256 of the DER, hex
    device_id: str = Field(max_length=64, index=True)
    subject: str = Field(max_length=500)
    common_name: str = Field(default="", max_length=200)
    not_after: datetime = Field(sa_type=UTCDateTime)
    pem: str = Field(sa_column=Column(Text, nullable=False))
    package: str = Field(default="", max_length=200)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    status: str = Field(default="pending", max_length=20, index=True)  # pending | accepted
    accepted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    accepted_by: str = Field(default="", max_length=100)
