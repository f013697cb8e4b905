"""Opening the walk: a new inspection through the start dialog, or an existing one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from inspector.services.core.context import AppContext
from inspector.ui.inspection.walk_window import WalkWindow


def open_walk(ctx: AppContext, inspection_id: str, parent: QWidget | None = None) -> WalkWindow:
    """Open a draft to continue it, or a finished inspection read-only."""
    window = WalkWindow(ctx, inspection_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def start_new_walk(
    ctx: AppContext, parent: QWidget | None = None, site_id: str | None = None
) -> WalkWindow | None:
    """The start dialog, then the walk window on the new draft (None when cancelled)."""
    from inspector.ui.inspection.start_dialog import StartDialog

    dialog = StartDialog(ctx, site_id=site_id, parent=parent)
    if not dialog.exec() or dialog.inspection_id is None:
        return None
    return open_walk(ctx, dialog.inspection_id, parent)
