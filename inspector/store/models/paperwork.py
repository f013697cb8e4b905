"""Paperwork: document number blocks, issued numbers, handwritten signatures, generated PDFs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from inspector.store.models.base import SyncedModel
from inspector.store.types import UTCDateTime, utcnow


class DocumentNumberBlock(SyncedModel, table=True):
    """A range of document numbers the office assigned to one inspector (编号段).

    Numbers are ``prefix`` followed by the sequence number zero-padded to
    ``width`` digits, for ``first <= seq <= last``.
    """

    __tablename__ = "document_number_block"
    __table_args__ = (UniqueConstraint("prefix", "first"),)

    prefix: str = Field(max_length=60)
    first: int
    last: int
    width: int = 4
    assigned_to: str = Field(default="", index=True, max_length=50)  # inspector ID number
    source: str = Field(default="settings", max_length=20)  # settings | sync
    active: bool = Field(default=True, index=True)


class IssuedNumber(SyncedModel, table=True):
    """One document number, issued once and never again."""

    __tablename__ = "issued_number"
    __table_args__ = (UniqueConstraint("block_id", "seq"),)

    block_id: str = Field(foreign_key="document_number_block.id", index=True)
    seq: int
    number: str = Field(max_length=80, unique=True)
    kind: str = Field(max_length=20)  # record | notice
    inspection_id: str | None = Field(default=None, index=True, max_length=36)
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class HandSignature(SyncedModel, table=True):
    """A handwritten signature captured on the pad, bound to the inspection's content hash.

    ``role`` is lead | co | party | witness. A party that refuses to sign gets a
    row with ``refused`` set, the reason and the witness's name; the witness's
    own signature is a separate row with role ``witness``.
    """

    __tablename__ = "hand_signature"
    __table_args__ = (UniqueConstraint("inspection_id", "role"),)

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    role: str = Field(max_length=20)
    name: str = Field(default="", max_length=100)
    role_text: str = Field(default="", max_length=100)  # 职务, e.g. 店长
    file_name: str = Field(default="", max_length=200)  # PNG, relative to <data>/signatures
    png_sha256: str = Field(default="", max_length=64)
    signed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    content_hash: str = Field(default="", max_length=64)  # the record it was given for
    refused: bool = False
    refusal_reason: str = Field(default="")
    witness_name: str = Field(default="", max_length=100)


class GeneratedDocument(SyncedModel, table=True):
    """A PDF produced for an inspection and kept under <data>/documents.

    Never overwritten: making the document again after a change adds a row
    with the next ``version`` and its own file (``record-<no>-v2.pdf``).
    """

    __tablename__ = "generated_document"

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20, index=True)  # record | notice
    number: str = Field(max_length=80, index=True)
    file_name: str = Field(max_length=200)  # relative to <data>/documents
    sha256: str = Field(max_length=64)
    content_hash: str = Field(default="", max_length=64)  # the record hash embedded in the PDF
    signed: bool = False
    signer: str = Field(default="", max_length=200)
    pages: int = 0
    generated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    replaces_id: str = Field(default="", max_length=36, sa_column_kwargs={"server_default": ""})
    change_reason: str = Field(default="", sa_column_kwargs={"server_default": ""})
    inputs_hash: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})
    # a notice's deadline days as made ({"IC-03": 10}, JSON; empty: the defaults), so that a
    # later version (the time of service entered) keeps the deadlines the party was given
    deadline_days: str = Field(default="", sa_column_kwargs={"server_default": ""})


class NoticeService(SyncedModel, table=True):
    """When, where and by whom the rectification notice was handed to the party (送达).

    Entered after the notice is handed over, never before the notice's own date
    nor in the future; one row per inspection, changed (audit-logged) when a
    mistake is corrected. The 送达回证 of the notice's next version prints it.
    """

    __tablename__ = "notice_service"
    __table_args__ = (UniqueConstraint("inspection_id"),)

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    notice_number: str = Field(max_length=80)
    served_at: datetime = Field(sa_type=UTCDateTime)
    server_name: str = Field(default="", max_length=100)  # 送达人
