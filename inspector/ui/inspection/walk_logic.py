"""Conditions and repeats in the walk: skipping hidden items, adding a stall, refusals.

Items whose condition (``relevant``) does not hold are hidden and skipped by
Enter, the arrows and Ctrl+F; they come back as soon as an answer makes the
condition hold. A repeated section (a market's stalls) gets a button that asks
for the stall's number or name and adds the stall's items to the walk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from inspector.domain.relevance import instance_code
from inspector.domain.templates import Section
from inspector.services.core.errors import UserError
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.view import InspectionView, ItemRef
from inspector.ui.inspection.autosave import flush_all, problem_text
from inspector.ui.inspection.confirm_value import asking
from inspector.ui.inspection.distance_panel import DistancePanel, MeasurementInput
from inspector.ui.inspection.walk_host import ItemPart, WalkHost
from inspector.ui.shell.i18n import error_text, local


def next_shown(view: InspectionView, index: int, step: int) -> int | None:
    """The index of the next (``step`` 1) or previous (-1) item that is asked, or None."""
    i = index + step
    while 0 <= i < len(view.items):
        if not view.is_hidden(view.items[i].key):
            return i
        i += step
    return None


def refused_beside(window: WalkHost, view: ItemPart | None, message: str) -> None:
    """A value the service refused: the sentence beside the field; nothing was saved."""
    window.statusBar().showMessage(message, 8000)
    if view is None:
        window._refused(message)
        return
    view.show_refusal(message)


def rebuild_items(window: WalkHost) -> None:
    """Build the item widgets again (the walk's items changed: a stall was added)."""
    for v in window.item_views:
        window.items_layout.removeWidget(v)
        v.hide()
        v.setParent(None)
        v.deleteLater()
    window.item_views = []
    window.distance_panel = None
    window._load_items()
    window._apply_lock()
    window.current = min(window.current, max(len(window.item_views) - 1, 0))


def retranslate_walk(window: WalkHost) -> None:
    """The walk in the new interface language: title, header, items, sections, score and
    distance. The items are built again from what is saved, after saving what is typed;
    when something typed could not be saved they stay as they are, so nothing is lost."""
    site = window.view.inspection.site_name
    title = "复查：{site}" if window.is_reinspection else "巡查：{site}"
    window.setWindowTitle(QCoreApplication.translate("WalkWindow", title).format(site=site))
    window.show_header()
    flush_all(window)
    if not any(v.unsaved for v in window.item_views):
        focused = window.current
        rebuild_items(window)
        window._make_current(focused)
    window.score_panel.show_result(window.view.score, window._items_by_key())
    window._refresh_distance()
    window._refresh_sections()
    window.repeat_bar.retranslateUi()


class RepeatBar(QWidget):
    """One "add" button per repeated section of the inspection's checklists."""

    def __init__(self, window: WalkHost):
        super().__init__(window)
        self.window_ = window
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self.sections: dict[tuple[str, str], Section] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        kind = window.view.inspection.site_kind
        for _row, t in window.view.templates:
            for section in t.sections:
                if not section.repeat or not any(i.applies(kind) for i in section.items):
                    continue
                b = QPushButton(self.tr("＋ 添加{title}").format(title=local(section.title)))
                b.setObjectName(f"add_{section.code}")
                b.setMinimumHeight(44)
                b.clicked.connect(lambda _=False, tid=t.id, s=section: self.add(tid, s))
                lay.addWidget(b)
                self.buttons[(t.id, section.code)] = b
                self.sections[(t.id, section.code)] = section
        self.setVisible(bool(self.buttons) and not window.view.locked)

    def retranslateUi(self) -> None:
        for key, b in self.buttons.items():
            b.setText(self.tr("＋ 添加{title}").format(title=local(self.sections[key].title)))

    def ask_name(self, section: Section) -> str | None:
        """The new instance's number or name (a dialog; tests replace it)."""
        first = section.items[0]
        text, ok = QInputDialog.getText(
            self, self.tr("添加{title}").format(title=local(section.title)), local(first.text)
        )
        return text.strip() if ok and text.strip() else None

    def add(self, template_id: str, section: Section, name: str | None = None) -> bool:
        """Add one instance (a stall) named ``name`` and go to its first question."""
        w = self.window_
        name = name if name is not None else self.ask_name(section)
        if not name:
            return False
        n = w.view.instances(template_id, section.code) + 1
        try:
            inspections.set_text(
                w.ctx, w.inspection_id, template_id, instance_code(section.items[0].code, n), name
            )
        except UserError as exc:
            w._refused(error_text(exc))
            return False
        w.reload_view(self.tr("已添加 {name}").format(name=name))
        firsts = [
            i for i, r in enumerate(w.view.items)
            if r.instance == n and r.template_id == template_id and r.section.code == section.code
        ]  # fmt: skip
        if firsts:
            w.go_to(firsts[min(1, len(firsts) - 1)])  # the first question after the name
        return True


def record_distance(window: WalkHost, ref: ItemRef, m: MeasurementInput) -> None:
    """Store one distance measurement from the panel (a surprising figure is asked about
    first); a refusal, or a full or read-only disk, is said in the panel."""
    panel = window.distance_panel if isinstance(window.distance_panel, DistancePanel) else None
    try:
        asking(window, inspections.record_distance)(
            window.ctx,
            window.inspection_id,
            ref.template_id,
            ref.code,
            method=m.method,
            distance_m=m.distance_m,
            school_name=window.view.inspection.nearest_school_name,
            start_point=m.start_point,
            end_point=m.end_point,
            tool=m.tool,
            gps_accuracy_m=m.gps_accuracy_m,
        )
    except Exception as exc:  # a refusal, or a full or read-only disk
        if panel is not None:
            panel.show_error(problem_text(exc, window.ctx))
        return
    if panel is not None:
        panel.measurement_saved()
    window.reload_view(QCoreApplication.translate("WalkWindow", "测量已保存"), reload_answers=True)
