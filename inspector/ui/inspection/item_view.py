"""One checklist item as the inspector sees it: text, answer, note, photos."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.scoring import FAIL, AnswerValue, gives_verdict, item_status
from inspector.domain.templates import Item, Section
from inspector.ui.inspection.answer_widgets import COMMIT_DELAY_MS, TOUCH_PX, make_answer_widget
from inspector.ui.inspection.autosave import SaveMark
from inspector.ui.inspection.photo_strip import PhotoAdder, PhotoRemover, PhotoStrip, ShownPhoto
from inspector.ui.shell.i18n import local

if TYPE_CHECKING:
    from inspector.ui.inspection.distance_panel import DistancePanel

WALK_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Backspace,
)


class ItemScroll(QScrollArea):
    """A scroll area that leaves the walk's keys to the window."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in WALK_KEYS or event.text().isdigit():
            event.ignore()
            return
        super().keyPressEvent(event)


SEVERITY_COLORS = {"red_line": "#c62828", "deduct": "#ef6c00", "advisory": "#546e7a"}


def severity_text(item: Item, tr=None) -> str:
    """ "红线", "扣分 5 分", "扣分 每个 1 分", "提示", translated in the ItemView context.

    (``tr`` is unused: lupdate finds these texts only in an explicit context.)
    """
    if item.severity == "red_line":
        return QCoreApplication.translate("ItemView", "红线")
    if item.severity == "deduct" and item.points:
        if item.per_unit:
            return QCoreApplication.translate("ItemView", "扣分 每个 {n} 分").format(
                n=f"{item.points:g}"
            )
        return QCoreApplication.translate("ItemView", "扣分 {n} 分").format(n=f"{item.points:g}")
    if item.severity == "deduct":
        return QCoreApplication.translate("ItemView", "扣分")
    return QCoreApplication.translate("ItemView", "提示")


class ItemView(QFrame):
    """An item with its answer widget, a note line and a photo strip.

    ``answer_changed`` and ``note_changed`` fire as soon as the inspector commits
    something (typing: at every pause, and when the focus leaves); the walk window
    sends them to the service at once and reports back with :meth:`save_done` or
    :meth:`save_failed`, which the :class:`SaveMark` beside the status shows.
    """

    answer_changed = Signal(object, object)  # key (template_id, item_code), AnswerValue
    note_changed = Signal(object, str)
    activated = Signal(object)  # the inspector clicked into this item

    def __init__(
        self,
        template_id: str,
        section: Section,
        item: Item,
        adder: PhotoAdder | None = None,
        parent: QWidget | None = None,
        remover: PhotoRemover | None = None,
    ):
        super().__init__(parent)
        self.template_id = template_id
        self.section = section
        self.item = item
        self.key = (template_id, item.code)
        self.setObjectName(f"item_{item.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._current = False
        self._photo_count = 0
        self._last_note: str | None = ""
        lay = QVBoxLayout(self)
        lay.setSpacing(6)

        head = QHBoxLayout()
        self.code_label = QLabel(f"<b>{item.code}</b>")
        head.addWidget(self.code_label)
        sev = QLabel(severity_text(item, self.tr))
        color = SEVERITY_COLORS.get(item.severity, "#555")
        sev.setStyleSheet(
            f"color: white; background: {color}; border-radius: 4px; padding: 1px 6px;"
        )
        head.addWidget(sev)
        if not item.required:
            head.addWidget(QLabel(self.tr("（选答）")))
        head.addStretch(1)
        self.save_mark = SaveMark(self)
        head.addWidget(self.save_mark)
        self.status_label = QLabel()
        self.status_label.setObjectName("item_status")
        head.addWidget(self.status_label)
        lay.addLayout(head)

        self.text_label = QLabel(local(item.text))
        self.text_label.setWordWrap(True)
        f = self.text_label.font()
        f.setPointSizeF(max(f.pointSizeF() * 1.25, 12.0))
        self.text_label.setFont(f)
        lay.addWidget(self.text_label)
        if item.guidance is not None:
            g = QLabel(local(item.guidance))
            g.setWordWrap(True)
            g.setStyleSheet("color: #666;")
            lay.addWidget(g)

        self.answer = make_answer_widget(item, self)
        self.answer.changed.connect(self._answered)
        self.answer.pending.connect(self.save_mark.pending)
        self.answer.settled.connect(self._answer_settled)
        self._figure_refused = False  # a typed figure was refused and is still on screen
        self.answer.refused.connect(self._value_refused)
        lay.addWidget(self.answer)
        self.refusal = QLabel()  # the item's constraint message when a value is refused
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.refusal.hide()
        lay.addWidget(self.refusal)
        self.distance_panel: DistancePanel | None = None
        self.carried_panel: QWidget | None = None

        self.amended = QLabel()
        self.amended.setObjectName("amended")
        self.amended.setWordWrap(True)
        self.amended.setStyleSheet("color: #6a1b9a; background: #f3e5f5; padding: 4px;")
        self.amended.hide()
        lay.addWidget(self.amended)

        self.photo_prompt = QLabel(
            self.tr("此项不合格，请拍照留证（Alt+P 添加照片，或把照片拖到下方）")
        )
        self.photo_prompt.setObjectName("photo_prompt")
        self.photo_prompt.setStyleSheet(
            "color: #b71c1c; background: #ffebee; padding: 6px; border-radius: 4px;"
        )
        self.photo_prompt.hide()
        lay.addWidget(self.photo_prompt)

        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("备注"))
        note_label.setToolTip(self.tr("Alt+N 转到备注"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMinimumHeight(TOUCH_PX)
        self.note.setPlaceholderText(self.tr("现场情况、整改要求等"))
        self.note.editingFinished.connect(self.flush_note)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(COMMIT_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note.textEdited.connect(self._note_typed)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        lay.addLayout(note_row)
        self.save_error = QLabel()
        self.save_error.setObjectName("save_error")
        self.save_error.setWordWrap(True)
        self.save_error.setStyleSheet(
            "color: #b71c1c; background: #ffebee; padding: 4px; border-radius: 4px;"
        )
        self.save_error.hide()
        lay.addWidget(self.save_error)
        self._unsaved: dict[str, str] = {}  # "answer"/"note" -> why it is not saved
        self._answer_emits = 0

        photo_row = QHBoxLayout()
        photo_label = QLabel(self.tr("照片"))
        photo_label.setToolTip(self.tr("Alt+P 添加照片"))
        self.photos = PhotoStrip(adder, self, remover)
        self.photos.photos_changed.connect(self._photos_changed)
        photo_row.addWidget(photo_label)
        photo_row.addWidget(self.photos, 1)
        lay.addLayout(photo_row)
        self._update_status()

    # --- state ---------------------------------------------------------------------------

    def load(self, value: AnswerValue | None, note: str, photos: list[ShownPhoto]) -> None:
        """Show what is stored, without emitting anything."""
        self.answer.set_value(value or AnswerValue())
        self._last_note = note
        self.note.setText(note)
        self.photos.set_photos(photos)
        self._update_status()

    def load_answer(self, value: AnswerValue | None) -> None:
        """Show a stored answer (after a measurement, a refusal or an amendment)."""
        self.answer.set_value(value or AnswerValue())
        self._update_status()
        if "answer" in self._unsaved:
            self.save_done("answer")  # what is shown is what is stored again

    def value(self) -> AnswerValue:
        return self.answer.value()

    def show_refusal(self, message: str) -> None:
        """Say beside the field why the value was not saved ("" clears it)."""
        self.refusal.setText(message)
        self.refusal.setVisible(bool(message))

    def show_note(self, note: str) -> None:
        """Show the stored note (the service added a line to it), unless one is being typed."""
        if not self._note_timer.isActive() and note != self._last_note:
            self._last_note = note
            self.note.setText(note)

    def _value_refused(self, message: str) -> None:
        """The typed figure cannot be right: said beside the field, nothing is sent."""
        self._figure_refused = True
        self.show_refusal(self.tr("未保存：{why}").format(why=message))
        self.save_mark.failed(message)

    def status(self) -> str:
        return item_status(self.item, self.value())

    @property
    def photo_count(self) -> int:
        return self._photo_count

    def needs_photo(self) -> bool:
        return self.item.photo_on_fail and self.status() == FAIL and self._photo_count == 0

    def show_amendments(self, amendments) -> None:
        """A finished record's corrections of this item (oldest first), or none."""
        if not amendments:
            self.amended.hide()
            return
        last = amendments[-1]
        self.amended.setText(
            self.tr("已更正 {n} 次；最近一次 {when}，{who}：{reason}").format(
                n=len(amendments),
                when=last.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                who=last.actor or "—",
                reason=last.reason,
            )
        )
        self.amended.show()

    def set_read_only(self, read_only: bool) -> None:
        self.answer.set_read_only(read_only)
        if self.distance_panel is not None:
            self.distance_panel.set_read_only(read_only)
            edit = getattr(self.answer, "edit", None)
            if edit is not None:
                edit.setReadOnly(True)
        self.note.setReadOnly(read_only)
        self.photos.set_read_only(read_only)

    def set_current(self, current: bool) -> None:
        self._current = current
        self.setStyleSheet(
            "ItemView { border: 3px solid #1565c0; border-radius: 6px; background: #f5f9ff; }"
            if current
            else "ItemView { border: 1px solid #ddd; border-radius: 6px; }"
        )

    def attach_distance_panel(self, panel: DistancePanel) -> None:
        """Distance items are answered by measurements: the panel takes the typing."""
        self.distance_panel = panel
        lay = cast(QVBoxLayout, self.layout())  # made in __init__
        lay.insertWidget(lay.indexOf(self.answer) + 1, panel)
        edit = getattr(self.answer, "edit", None)
        if edit is not None:
            edit.setReadOnly(True)
            edit.setPlaceholderText(self.tr("由测量得出"))
            edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def attach_carried(self, panel: QWidget) -> None:
        """A re-inspection: the original finding goes just above the new answer."""
        self.carried_panel = panel
        lay = cast(QVBoxLayout, self.layout())  # made in __init__
        lay.insertWidget(lay.indexOf(self.answer), panel)

    def focus_target(self) -> QWidget:
        if self.distance_panel is not None:
            return self.distance_panel.focus_target()
        return self.answer.focus_target()

    def focus_answer(self) -> None:
        self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Commit anything still being typed (number, text, note); an answer whose save
        failed is sent again."""
        before = self._answer_emits
        self.answer.flush()
        if "answer" in self._unsaved and self._answer_emits == before:
            self._answered(self.answer.value())
        self.flush_note()

    def flush_note(self) -> None:
        self._note_timer.stop()
        text = self.note.text().strip()
        if text != self._last_note and not self.note.isReadOnly():
            self._last_note = text
            self.note_changed.emit(self.key, text)
        else:
            self._settled()

    def _settled(self) -> None:
        """Nothing new to send: what is shown is what is stored."""
        if not self._unsaved and not self._figure_refused and self.save_mark.state == "pending":
            self.save_mark.saved()

    def _answer_settled(self) -> None:
        """The answer typed is the stored one (after a refused figure, typed back to it)."""
        if self._figure_refused:
            self._figure_refused = False
            self.show_refusal("")
            if not self._unsaved:
                self.save_mark.saved()
        self._settled()

    def _note_typed(self, _text: str) -> None:
        self._note_timer.start()
        self.save_mark.pending()

    @property
    def unsaved(self) -> dict[str, str]:
        """What is shown but not stored ("answer", "note") and why."""
        return dict(self._unsaved)

    def save_done(self, part: str) -> None:
        """The answer or note was stored (or reloaded from the database after a refusal)."""
        self._unsaved.pop(part, None)
        self._mark_field(part, False)
        if not self._unsaved:
            self.save_error.hide()
            self.save_mark.saved()

    def save_failed(self, part: str, message: str) -> None:
        """The storage refused the save: keep the value on screen, marked, and retry it
        at the next pause, focus change or close."""
        self._unsaved[part] = message
        if part == "note":
            self._last_note = None  # differs from any text: the next flush sends it again
        else:
            self.answer.not_stored()
        self._mark_field(part, True)
        self.save_error.setText(self.tr("未保存：{why}").format(why=message))
        self.save_error.show()
        self.save_mark.failed(message)

    def _mark_field(self, part: str, unsaved: bool) -> None:
        field = self.note if part == "note" else self.answer.focus_target()
        field.setProperty("unsaved", unsaved)  # the selector keeps the style off its children
        field.setStyleSheet(
            '[unsaved="true"] { border: 2px solid #c62828; background: #fff3f3; }'
            if unsaved
            else ""
        )

    def handle_key(self, event: QKeyEvent) -> bool:
        if self.distance_panel is not None:
            text = event.text()
            target = self.distance_panel.focus_target()
            if text and (text.isdigit() or text == ".") and not target.hasFocus():
                target.setFocus()
                target.insert(text)
                return True
            return False
        return self.answer.handle_key(event)

    # --- reactions -----------------------------------------------------------------------

    def _answered(self, value: AnswerValue) -> None:
        self._figure_refused = False
        self._answer_emits += 1
        self._update_status()
        self.answer_changed.emit(self.key, value)

    def _photos_changed(self, count: int) -> None:
        self._photo_count = count
        self._update_status()

    def _update_status(self) -> None:
        status = self.status()
        if status == "pass" and not gives_verdict(self.item):
            status = "answered"  # recorded, not judged: as the record prints it (记录)
        texts = {
            "pass": (self.tr("合格"), "#2e7d32"),
            "fail": (self.tr("不合格"), "#c62828"),
            "na": (self.tr("不适用"), "#616161"),
            "answered": (self.tr("已填写"), "#2e7d32"),
            "unanswered": (self.tr("未答"), "#9e9e9e"),
        }
        text, color = texts.get(status, (status, "#555"))
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.photo_prompt.setVisible(self.needs_photo())

    def mousePressEvent(self, event) -> None:
        self.activated.emit(self.key)
        super().mousePressEvent(event)
