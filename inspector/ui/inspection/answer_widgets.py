"""One input widget per answer kind of the template format.

Every widget shows and edits an :class:`AnswerValue` and emits ``changed`` with
the new value as soon as the inspector commits it: a button press at once, typed
numbers and text at every pause of :data:`COMMIT_DELAY_MS` in the typing, on
Enter and when the field loses the focus (``pending`` fires while typing). Keys: 1 pass, 2 fail, 3 N/A on
pass/fail items; digits type counts and measurements; 1..9 pick a choice.
Buttons never take the focus, so the keyboard stays on the item.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from inspector.domain.plausible import implausible, out_of_hard_range
from inspector.domain.scoring import AnswerValue
from inspector.domain.templates import Item
from inspector.ui.inspection.answer_edits import NumberEdit, ShortTextEdit
from inspector.ui.shell.i18n import local, service_text

TOUCH_PX = 44  # minimum height and width of anything a finger presses
COMMIT_DELAY_MS = 300  # typed numbers and text are saved at every pause this long

OUTCOME_COLORS = {"pass": "#2e7d32", "fail": "#c62828", "na": "#616161"}


def big_button(text: str, checkable: bool = True) -> QPushButton:
    b = QPushButton(text)
    b.setCheckable(checkable)
    b.setMinimumSize(TOUCH_PX * 2, TOUCH_PX)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    f = b.font()
    f.setPointSizeF(max(f.pointSizeF(), 11.0))
    b.setFont(f)
    return b


def _style_checked(button: QPushButton, color: str) -> None:
    button.setStyleSheet(
        f"QPushButton:checked {{ background: {color}; color: white; font-weight: bold;"
        f" border: 2px solid {color}; border-radius: 6px; }}"
        "QPushButton { border: 1px solid #9e9e9e; border-radius: 6px; padding: 4px 12px; }"
    )


class AnswerWidget(QWidget):
    """Base class: holds the value, emits ``changed``, answers digit keys."""

    changed = Signal(object)  # AnswerValue
    pending = Signal()  # something is typed that the next pause will commit
    settled = Signal()  # a commit found nothing new to send (typed back to the stored value)
    refused = Signal(str)  # what is typed cannot be a value of this item: said, never sent

    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self._value = AnswerValue()
        self._read_only = False
        self._resend = False  # the last value was not stored: the next flush sends it again
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def value(self) -> AnswerValue:
        return self._value

    def set_value(self, value: AnswerValue) -> None:
        """Show a stored value without emitting ``changed``."""
        self._value = value
        self._resend = False
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.findChildren(QPushButton):
            button.setEnabled(not read_only)
        for line in self.findChildren(QLineEdit):
            line.setReadOnly(read_only)
        for text in self.findChildren(QPlainTextEdit):
            text.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        """The widget that should have the keyboard while this item is current."""
        return self

    def flush(self) -> None:
        """Commit anything typed but not yet emitted (before moving away)."""

    def handle_key(self, event: QKeyEvent) -> bool:
        """Apply a key meant for this item; True when it was used."""
        return False

    def not_stored(self) -> None:
        """The value shown could not be stored: send it again at the next flush."""
        self._resend = True

    def _emit(self, value: AnswerValue) -> None:
        if self._read_only or (value == self._value and not self._resend):
            self.settled.emit()
            return
        self._resend = False
        self._value = value
        self._show()
        self.changed.emit(value)

    def _show(self) -> None:  # pragma: no cover - overridden
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)


class _OutcomeButtons(QWidget):
    """The pass / fail / N-A buttons; ``only_na`` keeps just N/A (for numeric items)."""

    clicked = Signal(str)

    LABELS = (
        ("pass", str(QT_TRANSLATE_NOOP("_OutcomeButtons", "合格")), "1"),
        ("fail", str(QT_TRANSLATE_NOOP("_OutcomeButtons", "不合格")), "2"),
        ("na", str(QT_TRANSLATE_NOOP("_OutcomeButtons", "不适用")), "3"),
    )

    def __init__(self, only_na: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for code, label, key in self.LABELS:
            if only_na and code != "na":
                continue
            text = self.tr(label) if only_na else f"{self.tr(label)}  [{key}]"
            b = big_button(text)
            b.setObjectName(f"outcome_{code}")
            _style_checked(b, OUTCOME_COLORS[code])
            b.clicked.connect(lambda _=False, c=code: self.clicked.emit(c))
            self.buttons[code] = b
            lay.addWidget(b)
        lay.addStretch(1)

    def show_outcome(self, outcome: str | None) -> None:
        for code, b in self.buttons.items():
            b.setChecked(code == outcome)


PASS_FAIL_KEYS = {Qt.Key.Key_1: "pass", Qt.Key.Key_2: "fail", Qt.Key.Key_3: "na"}


class PassFailWidget(AnswerWidget):
    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.outcomes = _OutcomeButtons(parent=self)
        self.outcomes.clicked.connect(self.set_outcome)
        lay.addWidget(self.outcomes)

    def set_outcome(self, outcome: str) -> None:
        self._emit(AnswerValue(outcome=outcome))

    def handle_key(self, event: QKeyEvent) -> bool:
        outcome = PASS_FAIL_KEYS.get(Qt.Key(event.key()))
        if outcome is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        self.set_outcome(outcome)
        return True

    def _show(self) -> None:
        self.outcomes.show_outcome(self._value.outcome)


class _NumberWidget(AnswerWidget):
    """A big number field with a verdict label and an N/A button."""

    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = NumberEdit()
        self.edit.setObjectName("number_edit")
        self.edit.setMinimumHeight(TOUCH_PX)
        f = QFont(self.edit.font())
        f.setPointSizeF(max(f.pointSizeF() * 1.4, 14.0))
        self.edit.setFont(f)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setPlaceholderText(self.tr("输入数字"))
        # wide enough for the placeholder in the interface language at the larger size
        hint = QFontMetrics(f).horizontalAdvance(self.edit.placeholderText()) + 48
        self.edit.setMaximumWidth(max(180, hint))
        self.edit.setMinimumWidth(min(max(120, hint), 260))
        lay.addWidget(self.edit)
        self.unit_label = QLabel(item.unit)
        lay.addWidget(self.unit_label)
        self.rule_label = QLabel(self._rule_text())
        self.rule_label.setStyleSheet("color: #555;")
        lay.addWidget(self.rule_label)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        lay.addWidget(self.verdict)
        lay.addStretch(1)
        self.na = _OutcomeButtons(only_na=True, parent=self)
        self.na.clicked.connect(lambda _c: self._emit(AnswerValue(outcome="na")))
        lay.addWidget(self.na)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(lambda: self.flush(pause=True))
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self.flush)
        self.edit.editingFinished.connect(self.flush)  # Enter, or the focus went elsewhere

    def _rule_text(self) -> str:
        return ""

    def focus_target(self) -> QWidget:
        return self.edit

    def _typed(self, _text: str) -> None:
        self._timer.start()
        self.pending.emit()

    def _parse(self, text: str) -> AnswerValue | None:
        raise NotImplementedError

    def flush(self, pause: bool = False) -> None:
        """Commit the typed figure; at a ``pause`` in the typing a surprising one waits for
        Enter or the focus leaving (the inspector may still be typing it), then is asked about.
        """
        self._timer.stop()
        text = self.edit.text().strip()
        self.mark_refused(False)
        if not text:
            if self._value.outcome != "na":
                self._emit(AnswerValue())
            return
        value = self._parse(text)
        if value is None:
            return
        number = value.count if value.count is not None else value.measurement
        problem = out_of_hard_range(self.item, number) if number is not None else None
        if problem is not None:
            # Never cut to fit and never sent: the typed figure stays, with the sentence.
            self.mark_refused(True)
            self.edit.hold_enter = True
            self.refused.emit(service_text(problem))
            return
        if pause and number is not None and implausible(self.item, number) is not None:
            return  # still "保存中…": Enter or leaving the field sends it (and asks)
        self._emit(value)

    def mark_refused(self, refused: bool) -> None:
        """Mark the field as holding a figure that was not stored (Enter then stays)."""
        self.edit.setProperty("refused", refused)
        self.edit.setStyleSheet(
            '[refused="true"] { border: 2px solid #c62828; background: #fff3f3; }'
            if refused
            else ""
        )

    def handle_key(self, event: QKeyEvent) -> bool:
        # Digits typed while the field is not focused go into it.
        text = event.text()
        if text and (text.isdigit() or text in ".-") and not self.edit.hasFocus():
            self.edit.setFocus()
            self.edit.insert(text)
            self._typed(self.edit.text())
            return True
        return False

    def _verdict(self) -> tuple[str, str] | None:
        return None

    def _show(self) -> None:
        v = self._value
        self.na.show_outcome(v.outcome)
        shown = self._display_text()
        if self.edit.text().strip() != shown and not self._timer.isActive():
            self.edit.setText(shown)
        verdict = self._verdict()
        if verdict is None:
            self.verdict.clear()
        else:
            text, color = verdict
            self.verdict.setText(text)
            self.verdict.setStyleSheet(f"color: {color}; font-weight: bold;")

    def _display_text(self) -> str:
        raise NotImplementedError


class CountWidget(_NumberWidget):
    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        # digits only, any length: a figure too large is refused with a sentence, never cut
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), self.edit))
        if not item.unit:
            self.unit_label.setText(self.tr("个"))

    def _rule_text(self) -> str:
        rule = self.item.count_rule
        if rule is None:
            return ""
        parts = []
        if rule.fail_above is not None:
            parts.append(self.tr("超过 {n} 即不合格").format(n=rule.fail_above))
        if rule.fail_below is not None:
            parts.append(self.tr("少于 {n} 即不合格").format(n=rule.fail_below))
        return "；".join(parts)

    def _parse(self, text: str) -> AnswerValue | None:
        try:
            return AnswerValue(count=int(text))
        except ValueError:
            return None

    def _display_text(self) -> str:
        return "" if self._value.count is None else str(self._value.count)

    def _verdict(self) -> tuple[str, str] | None:
        rule = self.item.count_rule
        if self._value.count is None or rule is None:
            return None
        if rule.fails(self._value.count):
            return self.tr("不合格"), OUTCOME_COLORS["fail"]
        if self.item.severity == "advisory":
            return None  # an advisory count within its rule is recorded, not judged
        return self.tr("合格"), OUTCOME_COLORS["pass"]


class MeasurementWidget(_NumberWidget):
    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        # a decimal number of any length: out of range is refused with a sentence, never cut
        pattern = QRegularExpression(r"-?\d*(\.\d*)?")
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))

    def _rule_text(self) -> str:
        limit = self.item.limit
        if limit is None:
            return ""
        unit = self.item.unit
        parts = []
        if limit.min is not None:
            parts.append(self.tr("不少于 {v} {u}").format(v=_num(limit.min), u=unit))
        if limit.max is not None:
            parts.append(self.tr("不超过 {v} {u}").format(v=_num(limit.max), u=unit))
        return self.tr("，").join(parts)

    def _parse(self, text: str) -> AnswerValue | None:
        try:
            return AnswerValue(measurement=float(text))
        except ValueError:
            return None

    def _display_text(self) -> str:
        m = self._value.measurement
        return "" if m is None else _num(m)

    def _verdict(self) -> tuple[str, str] | None:
        m = self._value.measurement
        if m is None or self.item.limit is None:
            return None
        if self.item.limit.passes(m):
            return self.tr("符合限值"), OUTCOME_COLORS["pass"]
        return self.tr("超出限值"), OUTCOME_COLORS["fail"]


class TextWidget(AnswerWidget):
    """Free text, saved after a pause in typing and when the item is left."""

    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = ShortTextEdit()
        self.edit.setObjectName("text_edit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(TOUCH_PX * 2)
        self.edit.setMaximumHeight(TOUCH_PX * 3)
        self.edit.setPlaceholderText(self.tr("在此填写情况说明"))
        lay.addWidget(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._typed)
        self.edit.left.connect(self.flush)
        self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()
            self.pending.emit()

    def focus_target(self) -> QWidget:
        return self.edit

    def flush(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText().strip()
        self._emit(AnswerValue(text=text) if text else AnswerValue())

    def _show(self) -> None:
        text = self._value.text or ""
        if self.edit.toPlainText().strip() != text:
            self._loading = True
            self.edit.setPlainText(text)
            self._loading = False


class ChoiceWidget(AnswerWidget):
    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for n, choice in enumerate(item.choices, start=1):
            b = big_button(f"{local(choice.text)}  [{n}]" if n <= 9 else local(choice.text))
            b.setObjectName(f"choice_{choice.code}")
            _style_checked(b, OUTCOME_COLORS["fail" if choice.fails else "pass"])
            b.clicked.connect(lambda _=False, c=choice.code: self.set_choice(c))
            self.buttons[choice.code] = b
            lay.addWidget(b)
        lay.addStretch(1)

    def set_choice(self, code: str) -> None:
        self._emit(AnswerValue(choice=code))

    def handle_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if len(text) == 1 and text.isdigit() and text != "0":
            index = int(text) - 1
            if index < len(self.item.choices):
                self.set_choice(self.item.choices[index].code)
                return True
        return False

    def _show(self) -> None:
        for code, b in self.buttons.items():
            b.setChecked(code == self._value.choice)


WIDGETS: dict[str, type[AnswerWidget]] = {
    "pass_fail": PassFailWidget,
    "count": CountWidget,
    "measurement": MeasurementWidget,
    "text": TextWidget,
    "choice": ChoiceWidget,
}


def make_answer_widget(item: Item, parent: QWidget | None = None) -> AnswerWidget:
    return WIDGETS[item.answer](item, parent)


def _num(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e7 else f"{value:.1f}"


__all__ = ["AnswerValue", "AnswerWidget", "make_answer_widget"]
