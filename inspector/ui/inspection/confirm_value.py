"""Asking before a surprising value is stored.

The services refuse a count, measurement or distance outside its plausible
range, or a distance far from the straight line computed from the coordinates,
with an :class:`~inspector.services.core.value_checks.ImplausibleValue` unless the
call says ``confirmed=True``. :func:`asking` wraps such a call: it shows both
figures (what was typed, and the usual range or the computed distance) and
calls again confirmed when the inspector says the value is right; "取消"
stores nothing and the refusal goes on to the caller, which says it beside the
field. Escape is "取消".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector.domain.plausible import Range
from inspector.services.core.value_checks import ImplausibleValue
from inspector.ui.shell.i18n import service_text

T = TypeVar("T")


def _tr(text: str) -> str:
    """Translate a text marked below (lupdate reads the literal calls in _TEXTS)."""
    return QCoreApplication.translate("ConfirmValue", text)


_TEXTS = (  # the literals, for lupdate
    QT_TRANSLATE_NOOP("ConfirmValue", "输入的数值：{value}{unit}"),
    QT_TRANSLATE_NOOP("ConfirmValue", "按坐标计算的直线距离：{m:.1f} 米"),
    QT_TRANSLATE_NOOP("ConfirmValue", "通常范围：{range}{unit}"),
    QT_TRANSLATE_NOOP("ConfirmValue", "数值确实无误吗？确认后会在备注中注明已核实。"),
    QT_TRANSLATE_NOOP("ConfirmValue", "请核对数值"),
    QT_TRANSLATE_NOOP("ConfirmValue", "确认无误，保存"),
    QT_TRANSLATE_NOOP("ConfirmValue", "取消，不保存"),
    QT_TRANSLATE_NOOP("ConfirmValue", "米"),
)


def _num(value: float) -> str:
    return f"{value:.12g}"  # as typed: no exponent, no needless decimals


def confirmation_text(exc: ImplausibleValue) -> str:
    """Both figures and the reason, in the interface language."""
    shown = _tr("米") if exc.unit == "m" else exc.unit  # metres read as the sentence does
    unit = f" {shown}" if shown else ""
    lines = [_tr("输入的数值：{value}{unit}").format(value=_num(exc.value), unit=unit)]
    if exc.computed_m is not None:
        lines.append(_tr("按坐标计算的直线距离：{m:.1f} 米").format(m=exc.computed_m))
    elif isinstance(exc.expected, Range):
        lines.append(_tr("通常范围：{range}{unit}").format(range=exc.expected.text(), unit=unit))
    lines += ["", service_text(exc.reason), "", _tr("数值确实无误吗？确认后会在备注中注明已核实。")]
    return "\n".join(lines)


def ask_confirmation(parent: QWidget | None, exc: ImplausibleValue) -> bool:
    """True when the inspector confirms the value (Escape and 取消 say no)."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_value")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("请核对数值"))
    box.setText(confirmation_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("确认无误，保存"))
    box.button(QMessageBox.StandardButton.Cancel).setText(_tr("取消，不保存"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def asking(parent: QWidget | None, call: Callable[..., T]) -> Callable[..., T]:
    """``call`` that, refused as implausible, asks and runs again with ``confirmed=True``;
    when the inspector cancels, the refusal is raised again (nothing was stored)."""

    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return call(*args, **kwargs)
        except ImplausibleValue as exc:
            if not ask_confirmation(parent, exc):
                raise
        return call(*args, **kwargs, confirmed=True)

    return run
