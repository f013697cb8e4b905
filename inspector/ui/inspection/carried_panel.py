"""原检查发现: what the first visit found, shown read-only beside a re-inspection's answer.

A re-inspection carries forward only the items with unresolved rectification
cases (:func:`inspector.services.followup.reinspection.carried_items`). For each such item
the walk window puts this panel into the item view: the date of the finding,
the deadline and the case's state, the finding in plain words, the inspector's
note and the photos taken then (double-click shows one large).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from inspector.domain.cases import STATE_LABELS
from inspector.services.followup.reinspection import CarriedItem
from inspector.ui.inspection.photo_strip import PhotoStrip, ShownPhoto
from inspector.ui.shell.i18n import local

BADGE_STYLE = "color: white; background: #6a1b9a; border-radius: 4px; padding: 2px 8px;"


def reinspection_badge(parent: QWidget | None = None) -> QLabel:
    """The "复查" badge the walk window shows in its header."""
    badge = QLabel(parent)
    badge.setObjectName("reinspection_badge")
    badge.setText(QCoreApplication.translate("WalkWindow", "复查"))
    badge.setStyleSheet(BADGE_STYLE + " font-weight: bold;")
    return badge


class CarriedPanel(QFrame):
    """The original finding, note and photos of one carried item (read-only)."""

    def __init__(self, carried: CarriedItem, photo_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.carried = carried
        self.setObjectName("carried_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#carried_panel { background: #f3e5f5; border: 1px solid #ce93d8; border-radius: 4px; }"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(3)
        head = QHBoxLayout()
        title = QLabel(self.tr("<b>原检查发现</b>"))
        head.addWidget(title)
        state = local(STATE_LABELS[carried.state]) if carried.state in STATE_LABELS else ""
        self.when = QLabel(
            self.tr("{found} 发现，整改期限 {deadline}　{state}").format(
                found=carried.found_on.isoformat(),
                deadline=carried.deadline.isoformat(),
                state=state,
            )
        )
        self.when.setObjectName("carried_when")
        self.when.setStyleSheet("color: #4a148c;")
        head.addWidget(self.when)
        head.addStretch(1)
        lay.addLayout(head)
        self.finding = QLabel(carried.finding or carried.item_text)
        self.finding.setObjectName("carried_finding")
        self.finding.setWordWrap(True)
        lay.addWidget(self.finding)
        self.note = QLabel()
        self.note.setObjectName("carried_note")
        self.note.setWordWrap(True)
        if carried.original_note and carried.original_note != carried.finding:
            self.note.setText(self.tr("原备注：{note}").format(note=carried.original_note))
        else:
            self.note.hide()
        lay.addWidget(self.note)
        self.photos = PhotoStrip(None, self)
        self.photos.setObjectName("carried_photos")
        self.photos.set_read_only(True)
        shown = [
            ShownPhoto(name, photo_dir / name, self.tr("原检查照片"))
            for name in carried.original_photos
        ]
        self.photos.set_photos(shown)
        self.photos.setVisible(bool(shown))
        lay.addWidget(self.photos)

    @property
    def photo_count(self) -> int:
        return len(self.carried.original_photos)


def carried_by_key(ctx, inspection_id: str) -> dict[tuple[str, str], CarriedItem]:
    """(template_id, item_code) → what the first visit found, for a re-inspection."""
    from inspector.services.followup.reinspection import carried_items

    return {(c.template_id, c.item_code): c for c in carried_items(ctx, inspection_id)}
