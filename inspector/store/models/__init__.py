"""Every table, imported here so that ``SQLModel.metadata`` knows them all.

Each capability keeps its tables in a module of its own; add the import below.
"""

from inspector.store.models.base import SyncedModel
from inspector.store.models.inspection import (
    Answer,
    AuditEntry,
    Inspection,
    InspectionTemplate,
    Photo,
)
from inspector.store.models.register import Licence, School, SchoolPoint, Site
from inspector.store.models.settings import Setting

__all__ = [
    "Answer",
    "AuditEntry",
    "Inspection",
    "InspectionTemplate",
    "Licence",
    "Photo",
    "School",
    "SchoolPoint",
    "Setting",
    "Site",
    "SyncedModel",
]
