"""The walk-through window: every item of the inspection, answered by keys or touch.

Keys (when not typing in a text field): 1 pass, 2 fail, 3 N/A, digits type counts
and measurements, Enter next, Backspace previous, Up/Down move, Ctrl+F jump,
Ctrl+L one item / whole list, Ctrl+Enter finish. Every answer, note, photo and
measurement goes to the service the moment it is made; there is no Save button.
A finished inspection opens read-only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.scoring import UNANSWERED, AnswerValue
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError, storage_faults
from inspector.services.inspection import photos
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.view import InspectionView, ItemRef, load_inspection
from inspector.ui.inspection.answer_widgets import big_button
from inspector.ui.inspection.autosave import confirm_close, flush_all, save_part
from inspector.ui.inspection.carried_panel import CarriedPanel, carried_by_key, reinspection_badge
from inspector.ui.inspection.distance_panel import DistancePanel, MeasurementInput
from inspector.ui.inspection.item_view import ItemScroll, ItemView
from inspector.ui.inspection.jump_popup import jump_in
from inspector.ui.inspection.photo_strip import ShownPhoto
from inspector.ui.inspection.saving import save_answer_asking
from inspector.ui.inspection.score_panel import ScorePanel
from inspector.ui.inspection.section_nav import SectionNav, progress_text
from inspector.ui.inspection.walk_host import WalkHost
from inspector.ui.inspection.walk_logic import (
    RepeatBar,
    next_shown,
    rebuild_items,
    record_distance,
    refused_beside,
)
from inspector.ui.shell.i18n import error_text, kind_text
from inspector.ui.shell.screen_fit import remember_geometry


class WalkWindow(WalkHost):
    finished = Signal(str)  # inspection id, after it was finished and locked
    closed = Signal(str)  # inspection id, when the window is closed

    def __init__(self, ctx: AppContext, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.setObjectName("walk_window")
        self.view: InspectionView = load_inspection(ctx, inspection_id)
        self.single_mode = True
        self.current = 0
        self.item_views: list[ItemView] = []
        self.distance_panel: DistancePanel | None = None
        self.carried = self._carried_items()
        self._build()
        remember_geometry(self, "walk_window", QSize(1280, 820), [self.splitter])
        self._load_items()
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._follow_focus)
        self._apply_lock()
        self.score_panel.show_result(self.view.score, self._items_by_key())
        self._refresh_distance()
        self._refresh_sections()
        first_open = next(
            (i for i, r in enumerate(self.view.items) if self.view.status(r.key) == UNANSWERED), 0
        )
        self.go_to(first_open)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        insp = self.view.inspection
        if self.is_reinspection:
            self.setWindowTitle(self.tr("复查：{site}").format(site=insp.site_name))
        else:
            self.setWindowTitle(self.tr("巡查：{site}").format(site=insp.site_name))
        central = QWidget()
        root = QVBoxLayout(central)
        top = QHBoxLayout()
        self.badge = None
        if self.is_reinspection:
            self.badge = reinspection_badge()
            top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.header = QLabel()
        self.header.setObjectName("walk_header")
        self.header.setWordWrap(True)
        top.addWidget(self.header, 1)
        self.header_button = big_button(checkable=False, text=self.tr("检查信息…"))
        self.header_button.setObjectName("header_button")
        self.header_button.clicked.connect(self.edit_header)
        top.addWidget(self.header_button)
        self.mode_button = big_button(checkable=False, text=self.tr("显示全部 (Ctrl+L)"))
        self.mode_button.clicked.connect(self.toggle_mode)
        top.addWidget(self.mode_button)
        jump = big_button(checkable=False, text=self.tr("跳转 (Ctrl+F)"))
        jump.clicked.connect(self.jump)
        top.addWidget(jump)
        self.amend_button = big_button(checkable=False, text=self.tr("更正当前项(&A)…"))
        self.amend_button.setObjectName("amend_button")
        self.amend_button.clicked.connect(self.amend_current)
        top.addWidget(self.amend_button)
        self.finish_button = big_button(checkable=False, text=self.tr("完成检查 (Ctrl+Enter)"))
        self.finish_button.setObjectName("finish_button")
        self.finish_button.clicked.connect(self.request_finish)
        top.addWidget(self.finish_button)
        root.addLayout(top)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lock_banner")
        self.lock_banner.setStyleSheet(
            "background: #e3f2fd; color: #0d47a1; padding: 6px; font-weight: bold;"
        )
        self.lock_banner.hide()
        root.addWidget(self.lock_banner)

        split = self.splitter = QSplitter()
        self.sections = SectionNav()
        self.sections.jump.connect(self.go_to)
        split.addWidget(self.sections)
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        self.progress = QLabel()
        self.progress.setObjectName("walk_progress")
        mid.addWidget(self.progress)
        self.scroll_area = ItemScroll()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items_host = QWidget()
        self.items_layout = QVBoxLayout(self.items_host)
        self.items_layout.addStretch(1)
        self.scroll_area.setWidget(self.items_host)
        mid.addWidget(self.scroll_area, 1)
        nav = QHBoxLayout()
        self.prev_button = big_button(checkable=False, text=self.tr("◀ 上一项"))
        self.prev_button.clicked.connect(self.previous_item)
        self.next_button = big_button(checkable=False, text=self.tr("下一项 ▶"))
        self.next_button.clicked.connect(self.next_item)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        self.repeat_bar = RepeatBar(self)  # "add a stall" per repeated section
        nav.addWidget(self.repeat_bar)
        nav.addWidget(self.next_button)
        mid.addLayout(nav)
        split.addWidget(middle)
        self.score_panel = ScorePanel()
        split.addWidget(self.score_panel)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 1)
        split.setSizes([200, 820, 260])
        root.addWidget(split, 1)
        self.setCentralWidget(central)
        self.statusBar()  # the "已保存" line has its place from the start: nothing jumps
        for keys, slot in (
            ("Ctrl+F", self.jump),
            ("Ctrl+L", self.toggle_mode),
            ("Ctrl+Return", self.request_finish),
            ("Ctrl+Enter", self.request_finish),
            ("Alt+N", self.focus_note),
            ("Alt+P", self.pick_photos),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
        self.show_header()

    def show_header(self) -> None:
        i = self.view.inspection
        sep = self.tr("、")  # how names are listed in the interface language
        people = i.lead_inspector_name + (
            f"{sep}{i.co_inspector_name}" if i.co_inspector_name else ""
        )
        when = i.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.header.setText(
            self.tr(
                "<b style='font-size:15pt'>{site}</b>（{kind}）　检查人：{people}　{when}<br>{loc}"
            ).format(
                site=i.site_name,
                kind=kind_text(i.site_kind),
                people=people or "—",
                when=when,
                loc=i.location_text,
            )
        )

    def _load_items(self) -> None:
        for ref in self.view.items:
            item = replace(ref.item, code=ref.code) if ref.instance else ref.item  # TS-01#2
            view = ItemView(
                ref.template_id, ref.section, item, self._adder(ref), self.items_host,
                self._remove_photo,
            )  # fmt: skip
            view.load(
                self.view.effective(ref.key),
                self.view.note(ref.key),
                [self._shown(p) for p in self.view.photos_for(ref.template_id, ref.code)],
            )
            carried = self.carried.get(ref.key)
            if carried is not None:
                view.attach_carried(CarriedPanel(carried, self.ctx.paths.photos, view))
            if ref.is_distance and self.distance_panel is None:
                self.distance_panel = DistancePanel()
                self.distance_panel.set_deciding_method(
                    self.view.policy.method_for(self.view.inspection.site_kind)
                )
                self.distance_panel.measure_requested.connect(
                    lambda m, r=ref: self._record_distance(r, m)
                )
                self.distance_panel.remove_requested.connect(self._remove_distance)
                view.attach_distance_panel(self.distance_panel)
            view.answer_changed.connect(self._answer_changed)
            view.note_changed.connect(self._note_changed)
            view.activated.connect(self._activated)
            self.items_layout.insertWidget(self.items_layout.count() - 1, view)
            self.item_views.append(view)

    @property
    def is_reinspection(self) -> bool:
        return self.view.inspection.kind == "reinspection"

    def _carried_items(self) -> dict:
        return carried_by_key(self.ctx, self.inspection_id) if self.is_reinspection else {}

    def _items_by_key(self):
        return {r.key: r.item for r in self.view.items}

    def _shown(self, photo) -> ShownPhoto:
        return ShownPhoto(photo.id, photos.photo_path(self.ctx, photo), photo.original_name)

    def _adder(self, ref: ItemRef):
        def add(path) -> ShownPhoto:
            what = str(QT_TRANSLATE_NOOP("services", "保存照片"))
            with storage_faults(what):  # a full disk is told beside the strip
                photo = photos.add_photo(
                    self.ctx, self.inspection_id, path,
                    template_id=ref.template_id, item_code=ref.code,
                )  # fmt: skip
            self._saved(self.tr("照片已保存"))
            return self._shown(photo)

        return add

    def _remove_photo(self, photo_id: str) -> None:
        with storage_faults(str(QT_TRANSLATE_NOOP("services", "删除照片"))):
            photos.remove_photo(self.ctx, photo_id)
        self._saved(self.tr("照片已删除"))

    @property
    def locked(self) -> bool:
        return self.view.locked

    def _apply_lock(self) -> None:
        locked = self.locked
        for v in self.item_views:
            v.set_read_only(locked)
        self.finish_button.setVisible(not locked)
        self.repeat_bar.setVisible(bool(self.repeat_bar.buttons) and not locked)
        self.header_button.setVisible(not locked)
        self.amend_button.setVisible(locked)
        for v in self.item_views:
            v.show_amendments(self.view.amendments.get(v.key))
        if locked:
            i = self.view.inspection
            when = i.finished_at.astimezone().strftime("%Y-%m-%d %H:%M") if i.finished_at else ""
            self.lock_banner.setText(
                self.tr("此检查已于 {when} 完成并锁定，只能查看。").format(when=when)
            )
        self.lock_banner.setVisible(locked)

    # --- navigation ----------------------------------------------------------------------

    def current_view(self) -> ItemView | None:
        if 0 <= self.current < len(self.item_views):
            return self.item_views[self.current]
        return None

    def go_to(self, index: int) -> None:
        if not self.item_views:
            return
        index = min(max(index, 0), len(self.item_views) - 1)
        self._make_current(index)
        view = self.item_views[index]
        if not self.locked:
            view.focus_answer()
        else:
            self.setFocus()
        self.scroll_area.ensureWidgetVisible(view, 0, 40)

    def _make_current(self, index: int) -> None:
        old = self.current_view()
        if old is not None and not self.locked and index != self.current:
            old.flush()
        self.current = index
        for i, v in enumerate(self.item_views):
            v.set_current(i == index)
            shown = not self.single_mode or i == index
            v.setVisible(shown and not self.view.is_hidden(v.key))  # condition not met
        self._show_progress()

    def _follow_focus(self, _old, new) -> None:
        """In the whole list, clicking or tabbing into an item makes it the current one."""
        if self.single_mode or new is None:
            return
        w = new
        while w is not None and not isinstance(w, ItemView):
            w = w.parentWidget()
        if w is not None and w in self.item_views and self.item_views.index(w) != self.current:
            self._make_current(self.item_views.index(w))

    def amend_current(self) -> bool:
        """Correct the current item of a finished inspection (with a reason)."""
        from inspector.ui.inspection.amend_dialog import amend_current

        return amend_current(self)

    def edit_header(self) -> bool:
        from inspector.ui.inspection.header_dialog import edit_header

        return edit_header(self)

    def focus_note(self) -> None:
        view = self.current_view()
        if view is not None and not self.locked:
            view.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def pick_photos(self) -> None:
        view = self.current_view()
        if view is not None and not self.locked:
            view.photos.pick_files()

    def next_item(self) -> None:
        following = next_shown(self.view, self.current, +1)
        if following is None:
            view = self.current_view()
            if view is not None and not self.locked:
                view.flush()
            self.statusBar().showMessage(self.tr("已是最后一项。按 Ctrl+Enter 完成检查。"), 5000)
            return
        self.go_to(following)

    def previous_item(self) -> None:
        before = next_shown(self.view, self.current, -1)
        self.go_to(self.current if before is None else before)

    def toggle_mode(self) -> None:
        self.single_mode = not self.single_mode
        self.mode_button.setText(
            self.tr("显示全部 (Ctrl+L)") if self.single_mode else self.tr("逐项显示 (Ctrl+L)")
        )
        self.go_to(self.current)

    def jump(self) -> None:
        jump_in(self)

    def _activated(self, key) -> None:
        for i, v in enumerate(self.item_views):
            if v.key == key and i != self.current:
                self.go_to(i)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.next_item()
        elif plain and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.previous_item()
        elif not self.locked and (view := self.current_view()) and view.handle_key(event):
            pass
        else:
            super().keyPressEvent(event)

    def _show_progress(self) -> None:
        self.progress.setText(progress_text(self.view, self.current, self.tr))
        self.sections.mark_current(self.current)

    def _refresh_sections(self) -> None:
        self.sections.show_sections(self.view, self.current)
        self._show_progress()

    # --- writing -------------------------------------------------------------------------

    def _answer_changed(self, key, value: AnswerValue) -> None:
        template_id, code = key
        ref = self.view.item(template_id, code)
        if ref is None:
            return
        if not self.single_mode and ref.index != self.current:
            self._make_current(ref.index)  # a tap on another item's button in the list
        view = self.item_views[ref.index]
        done: list = []  # the service's result: the inspection as the save left it
        save = lambda: done.append(save_answer_asking(self, view, ref, value))  # noqa: E731
        # A refused value (the item's constraint) is said beside the field, not saved.
        if save_part(self, view, "answer", save, lambda m: refused_beside(self, view, m)):
            view.show_refusal("")
            saved = done[0].view if done and done[0] is not None else None
            self.reload_view(self.tr("已保存 {code}").format(code=code), view=saved)

    def _note_changed(self, key: tuple[str, str], note: str) -> None:
        ref = self.view.item(*key)
        save = lambda: inspections.set_note(self.ctx, self.inspection_id, *key, note)  # noqa: E731
        if ref is not None and save_part(self, self.item_views[ref.index], "note", save):
            self._saved(self.tr("备注已保存"))

    def _record_distance(self, ref: ItemRef, m: MeasurementInput) -> None:
        record_distance(self, ref, m)

    def _remove_distance(self, measurement_id: str) -> None:
        try:
            inspections.remove_distance(self.ctx, measurement_id)
        except UserError as exc:
            self._refused(error_text(exc))
            return
        self.reload_view(self.tr("测量已删除"), reload_answers=True)

    def reload_view(
        self, message: str, reload_answers: bool = False, view: InspectionView | None = None
    ) -> None:
        """Show the inspection as stored now (``view``: as a save just left it, not read again)."""
        self.view = view if view is not None else load_inspection(self.ctx, self.inspection_id)
        if [r.key for r in self.view.items] != [v.key for v in self.item_views]:
            rebuild_items(self)  # a stall was added
        self._make_current(self.current)  # items shown or hidden by conditions
        if reload_answers:
            for v, ref in zip(self.item_views, self.view.items, strict=True):
                if ref.is_distance:
                    v.load_answer(self.view.effective(ref.key))
        self.score_panel.show_result(self.view.score, self._items_by_key())
        self._refresh_distance()
        self._refresh_sections()
        self._saved(message)

    def _refresh_distance(self) -> None:
        if self.distance_panel is None:
            return
        self.distance_panel.show_view(self.view)
        i, verdict = self.view.inspection, self.view.distance
        if verdict is not None and verdict.applies and i.computed_distance_m is not None:
            self.score_panel.show_distance_note(
                self.tr("距最近学校 {m:.1f} 米（直线，按坐标）").format(m=i.computed_distance_m),
                verdict.warning,
            )

    def _saved(self, message: str) -> None:
        stamp = QTime.currentTime().toString("HH:mm:ss")
        self.statusBar().showMessage(f"{message}　{stamp}", 4000)

    def _refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, self.tr("未能保存"), message)
        self.view = load_inspection(self.ctx, self.inspection_id)
        for v, ref in zip(self.item_views, self.view.items, strict=True):
            v.load_answer(self.view.effective(ref.key))

    # --- finishing -----------------------------------------------------------------------

    def request_finish(self) -> bool:
        """Finish at once when nothing is missing, else show what is missing first."""
        from inspector.ui.inspection.finish_dialog import request_finish

        return request_finish(self)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            flush_all(self)  # another window (or program) takes the keyboard: save now
        if event.type() == QEvent.Type.LanguageChange:  # once every widget had the event
            from inspector.ui.inspection.walk_logic import retranslate_walk

            QTimer.singleShot(0, self, lambda: retranslate_walk(self))
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if not confirm_close(self):  # flushes; asks only when something cannot be stored
            event.ignore()
            return
        super().closeEvent(event)
        self.closed.emit(self.inspection_id)
