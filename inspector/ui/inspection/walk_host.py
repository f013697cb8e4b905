"""What the walk's helpers rely on of the walk window and its item views, as types.

:mod:`~inspector.ui.inspection.autosave` (saving as you type) and
:mod:`~inspector.ui.inspection.walk_logic` (hidden items, added stalls) work on
a :class:`WalkHost` and its :class:`ItemPart` views. The walk window is a
``WalkHost`` and imports them; they never import the window or the item view,
so the walk's modules import each other in one direction only.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from inspector.services.core.context import AppContext
from inspector.services.inspection.view import InspectionView


class ItemPart(Protocol):
    """One item's view as the save path sees it (``item_view.ItemView`` is one)."""

    @property
    def unsaved(self) -> dict[str, str]:
        """Part ("answer", "note") -> why it could not be stored."""
        ...

    def flush(self) -> None:
        """Send what is typed and not yet sent."""

    def save_done(self, part: str) -> None:
        """The part was stored (or refused by the service): mark it so."""

    def save_failed(self, part: str, message: str) -> None:
        """The storage refused the part: keep the value, mark it unsaved with ``message``."""

    def show_refusal(self, message: str) -> None:
        """The service refused the value: say why beside the field ("" clears)."""


class WalkHost(QMainWindow):
    """The walk window as its helpers see it (``walk_window.WalkWindow`` fills it in)."""

    ctx: AppContext
    inspection_id: str
    view: InspectionView  # the inspection as last read or saved
    current: int  # index of the current item
    item_views: list  # the item views (ItemPart), in walking order
    items_layout: QVBoxLayout  # holds the item views
    distance_panel: QWidget | None
    score_panel: Any  # the live score (ScorePanel)
    repeat_bar: Any  # "add a stall" per repeated section (walk_logic.RepeatBar)

    @property
    def locked(self) -> bool:
        """True once the inspection is finished (read-only)."""
        raise NotImplementedError

    def current_view(self) -> ItemPart | None:
        """The current item's view, if any."""
        raise NotImplementedError

    def go_to(self, index: int) -> None:
        """Make item ``index`` current and bring it into view."""
        raise NotImplementedError

    def reload_view(
        self, message: str, reload_answers: bool = False, view: InspectionView | None = None
    ) -> None:
        """Show the inspection as stored now, with ``message`` in the status bar."""
        raise NotImplementedError

    def _load_items(self) -> None:
        raise NotImplementedError

    def _apply_lock(self) -> None:
        raise NotImplementedError

    def _refused(self, message: str) -> None:
        raise NotImplementedError

    @property
    def is_reinspection(self) -> bool:
        """True for a re-inspection (复查)."""
        raise NotImplementedError

    def show_header(self) -> None:
        """Show the inspection's header (site, inspectors, time) as stored."""
        raise NotImplementedError

    def _make_current(self, index: int) -> None:
        raise NotImplementedError

    def _items_by_key(self) -> dict:
        raise NotImplementedError

    def _refresh_distance(self) -> None:
        raise NotImplementedError

    def _refresh_sections(self) -> None:
        raise NotImplementedError
