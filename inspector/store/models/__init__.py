"""Every table, imported here so that ``SQLModel.metadata`` knows them all.

Each capability keeps its tables in a module of its own; add the import below.
"""

from inspector.store.models.base import SyncedModel
from inspector.store.models.followup import (
    CaseCarry,
    ListEntry,
    ListIssue,
    ListRemoval,
    RectificationCase,
)
from inspector.store.models.inspection import (
    Amendment,
    Answer,
    AuditEntry,
    DistanceMeasurement,
    Inspection,
    InspectionTemplate,
    Photo,
)
from inspector.store.models.paperwork import (
    DocumentNumberBlock,
    GeneratedDocument,
    HandSignature,
    IssuedNumber,
    NoticeService,
)
from inspector.store.models.register import Licence, School, SchoolPoint, Site
from inspector.store.models.settings import Setting
from inspector.store.models.sync import (
    SyncConflict,
    SyncDevice,
    SyncExport,
    SyncImportLog,
    SyncOffice,
    SyncPendingCert,
    SyncReceived,
    SyncRecord,
)

__all__ = [
    "Amendment",
    "Answer",
    "AuditEntry",
    "CaseCarry",
    "DistanceMeasurement",
    "DocumentNumberBlock",
    "GeneratedDocument",
    "HandSignature",
    "Inspection",
    "InspectionTemplate",
    "IssuedNumber",
    "Licence",
    "ListEntry",
    "ListIssue",
    "ListRemoval",
    "NoticeService",
    "Photo",
    "RectificationCase",
    "School",
    "SchoolPoint",
    "Setting",
    "Site",
    "SyncConflict",
    "SyncDevice",
    "SyncExport",
    "SyncImportLog",
    "SyncOffice",
    "SyncPendingCert",
    "SyncReceived",
    "SyncRecord",
    "SyncedModel",
]
