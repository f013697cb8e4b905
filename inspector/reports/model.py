"""Plain data the PDF builders read: assembled by services, free of database objects.

Every text is ready to print (dates already in local time, view texts in the
document ``language``); the builders look their fixed labels up in ``labels``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class PhotoRef:
    path: Path
    caption: str


@dataclass(frozen=True)
class ItemRow:
    code: str
    text: str
    result: str  # 合格 / 不合格 / 不适用 / 未检查 / a choice label
    value: str = ""  # count or measurement with unit, or the text answer
    note: str = ""
    deduction: str = ""  # "-5" or ""
    failed: bool = False
    red_line: bool = False
    amended: str = ""  # "已更正：原因" when an amendment changed the answer


@dataclass(frozen=True)
class SectionRows:
    title: str
    rows: tuple[ItemRow, ...]


@dataclass(frozen=True)
class DistanceBlock:
    """The 200 m measurement: what was measured, how, and the verdict."""

    item: str
    method: str
    measured: str  # "185.0 米"
    limit: str  # "200 米"
    verdict: str  # 合格 / 不合格（距离不足） / 未测量
    school: str = ""
    start_point: str = ""
    end_point: str = ""
    tool: str = ""
    gps_accuracy: str = ""
    computed: str = ""  # straight-line cross-check from coordinates
    measured_by: str = ""
    failed: bool = False
    computed_method: str = ""  # how the straight line was computed (boundary or gates)
    site_source: str = ""  # where the site's coordinates came from, and their datum
    school_source: str = ""  # where the school's coordinates came from
    basis: str = ""  # the legal basis of the distance rule for this kind of site


@dataclass(frozen=True)
class SignatureRef:
    """One handwritten signature line, or a refusal with its witness."""

    role: str  # lead | co | party | witness
    label: str  # 检查人员 / 被检查方 ...
    name: str = ""
    role_text: str = ""
    png: Path | None = None
    signed_at: str = ""
    refused: bool = False
    refusal_reason: str = ""
    witness_name: str = ""
    witness_png: Path | None = None
    stale: bool = False  # given for other content (before an amendment): "签于更正前"


@dataclass(frozen=True)
class Person:
    name: str
    id_no: str = ""


@dataclass(frozen=True)
class RecordDoc:
    """The inspection record (现场检查记录)."""

    record_id: str
    number: str
    office: str
    site_name: str
    site_kind: str
    site_address: str
    responsible_person: str
    phone: str
    credit_code: str
    licences: tuple[str, ...]
    started_at: str
    finished_at: str
    place: str
    inspectors: tuple[Person, ...]
    checklists: tuple[str, ...]
    sections: tuple[SectionRows, ...]
    score: str
    result: str
    red_line: bool
    measures_taken: str
    notes: str
    content_hash: str
    generated_at: str
    distance: tuple[DistanceBlock, ...] = ()
    photos: tuple[PhotoRef, ...] = ()
    signatures: tuple[SignatureRef, ...] = ()
    language: str = "zh_CN"  # document language: "zh_CN" or "en"
    amendments: tuple[AmendmentLine, ...] = ()
    version: VersionNote | None = None


@dataclass(frozen=True)
class NoticeItem:
    code: str
    problem: str  # what was found
    rule: str  # the checklist item breached
    correction: str  # what to correct
    deadline: str  # local date, e.g. 2026年12月3日
    days: int
    severity: str  # 红线 / 扣分 / 提示
    basis: str = ""  # the law, regulation or local rule the requirement rests on
    referral: bool = False  # no deadline: the failure is referred for enforcement


@dataclass(frozen=True)
class NoticeDoc:
    """The rectification notice (限期整改通知书) with its receipt slip (送达回证)."""

    record_id: str
    number: str
    record_number: str
    office: str
    party: str
    party_address: str
    responsible_person: str
    credit_code: str
    inspected_at: str
    place: str
    inspectors: tuple[Person, ...]
    items: tuple[NoticeItem, ...]
    consequence: str
    issue_date: str
    content_hash: str
    generated_at: str
    party_signature: SignatureRef | None = None
    extra: dict[str, str] = field(default_factory=dict)
    language: str = "zh_CN"
    version: VersionNote | None = None
    served_at: str = ""  # the time of service once entered; empty: the receipt's blank
    server: str = ""  # who handed it over (送达人); empty: the inspectors


@dataclass(frozen=True)
class StampBox:
    """Where the digital-signature stamp goes: page index (0-based) and a PDF box."""

    page: int
    box: tuple[int, int, int, int]  # x1, y1, x2, y2 in points


@dataclass
class Layout:
    """What the builder learnt while drawing: stamp boxes and the page count."""

    stamps: list[StampBox] = field(default_factory=list)
    pages: int = 0


@dataclass(frozen=True)
class AmendmentLine:
    """One amendment of the record: which item, old → new, when, who, why."""

    item: str  # "IC-03 检查内容"
    old: str  # "不合格" / "数量 1"
    new: str
    at: str  # local time
    actor: str
    reason: str


@dataclass(frozen=True)
class VersionNote:
    """Which version of a document this is, and what it replaces."""

    version: int = 1
    replaces: int = 0  # the version it replaces (0: none)
    reason: str = ""  # why it was made again
