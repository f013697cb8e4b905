"""The start dialog's request and small form pieces: what was chosen, how it starts,
name/ID pairs, headings, buddied labels."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from inspector.services.core.context import AppContext


@dataclass
class StartRequest:
    """What the inspector chose in the start dialog."""

    site_id: str
    template_ids: list[str]
    lead_name: str
    lead_id_no: str
    co_name: str = ""
    co_id_no: str = ""
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    location_text: str = ""
    lat: float | None = None
    lon: float | None = None
    coord_source: str = ""  # origin:datum of typed coordinates; "" with none: the site's own


def pair(name: QLineEdit, id_no: QLineEdit, id_label: str) -> QWidget:
    """A name field and its ID-number field on one form row."""
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    name.setPlaceholderText(QCoreApplication.translate("StartDialog", "姓名"))
    lay.addWidget(name, 2)
    lay.addWidget(QLabel(id_label))
    lay.addWidget(id_no, 3)
    return w


def bold(text: str) -> QLabel:
    """A bold heading label."""
    label = QLabel(text)
    f = label.font()
    f.setBold(True)
    label.setFont(f)
    return label


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose accelerator (&X) moves focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def start_from_request(ctx: AppContext, req: StartRequest) -> str:
    """Start the inspection the dialog describes; returns its id (UserError if refused)."""
    from inspector.services.inspection.walk import Person, start_inspection

    coords: tuple[float, float] | str | None
    coords = (req.lat, req.lon) if req.lat is not None and req.lon is not None else ""
    if coords and not req.coord_source:
        coords = None  # the site's coordinates, with the source the register keeps
    insp = start_inspection(
        ctx,
        req.site_id,
        req.template_ids,
        lead=Person(req.lead_name, req.lead_id_no),
        co=Person(req.co_name, req.co_id_no),
        started_at=req.started_at,
        location_text=req.location_text,
        coordinates=coords,
        coord_source=req.coord_source or None,
    )
    return insp.id
