"""The live score: points, deductions, red-line failures, progress."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QProgressBar, QVBoxLayout, QWidget

from inspector.domain.scoring import (
    FAIL,
    HIDDEN,
    RESULT_BLACKLIST,
    RESULT_DEDUCTED,
    RESULT_PASS,
    UNANSWERED,
    ItemKey,
    ScoreResult,
)
from inspector.domain.templates import Item
from inspector.ui.shell.i18n import local

RESULT_STYLE = {
    RESULT_PASS: (str(QT_TRANSLATE_NOOP("ScorePanel", "合格")), "#2e7d32"),
    RESULT_DEDUCTED: (str(QT_TRANSLATE_NOOP("ScorePanel", "扣分")), "#ef6c00"),
    RESULT_BLACKLIST: (str(QT_TRANSLATE_NOOP("ScorePanel", "红线不合格 · 黑榜候选")), "#c62828"),
}
IN_PROGRESS = str(QT_TRANSLATE_NOOP("ScorePanel", "暂无扣分（检查进行中）"))


class ScorePanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("score_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(230)
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("当前得分"))
        title.setStyleSheet("color: #555;")
        lay.addWidget(title)
        self.score_label = QLabel("—")
        self.score_label.setObjectName("score")
        f = self.score_label.font()
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        self.score_label.setFont(f)
        lay.addWidget(self.score_label)
        self.rate_label = QLabel()
        self.rate_label.setObjectName("score_rate")
        self.rate_label.setStyleSheet("color: #555;")
        lay.addWidget(self.rate_label)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        lay.addWidget(self.result_label)
        self.deductions_label = QLabel()
        lay.addWidget(self.deductions_label)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("已答 %v / %m"))
        lay.addWidget(self.progress)
        self.red_label = QLabel(self.tr("红线问题"))
        self.red_label.setStyleSheet("color: #c62828; font-weight: bold;")
        lay.addWidget(self.red_label)
        self.red_list = QListWidget()
        self.red_list.setObjectName("red_line_list")
        self.red_list.setMaximumHeight(90)
        self.red_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.red_list.setWordWrap(True)
        self.red_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.red_list)
        lay.addWidget(QLabel(self.tr("扣分明细")))
        self.deduction_list = QListWidget()
        self.deduction_list.setObjectName("deduction_list")
        self.deduction_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.deduction_list.setWordWrap(True)
        self.deduction_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.deduction_list, 1)
        self.distance_label = QLabel()
        self.distance_label.setWordWrap(True)
        self.distance_label.hide()
        lay.addWidget(self.distance_label)
        self.result: ScoreResult | None = None

    def show_result(self, result: ScoreResult, items: Mapping[ItemKey, Item]) -> None:
        self.result = result
        if result.max_score:
            rate = 100 * result.score / result.max_score
            self.score_label.setText(f"{result.score:g} / {result.max_score:g}")
            self.rate_label.setText(self.tr("得分率 {r:.1f}%").format(r=rate))
        else:
            self.score_label.setText("—")
            self.rate_label.setText(self.tr("暂无计分项"))
        text, color = RESULT_STYLE.get(result.result, (result.result, "#555"))
        if result.result == RESULT_PASS and result.unanswered:
            text, color = IN_PROGRESS, "#546e7a"
        self.result_label.setText(self.tr(text))
        self.result_label.setStyleSheet(
            f"color: white; background: {color}; padding: 4px 8px; border-radius: 4px;"
            " font-weight: bold;"
        )
        self.deductions_label.setText(self.tr("扣分合计：{d:g} 分").format(d=result.deductions))
        asked = [s for s in result.items.values() if s.status != HIDDEN]  # condition holds
        total = len(asked)
        answered = sum(1 for s in asked if s.status != UNANSWERED)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(answered)
        self.red_list.clear()
        self.deduction_list.clear()
        for key, s in result.items.items():
            item = items.get(key)
            name = f"{key[1]} {local(item.text) if item else ''}"
            if s.red_line:
                self.red_list.addItem(name)
            elif s.status == FAIL:
                self.deduction_list.addItem(
                    self.tr("−{d:g}　{name}").format(d=s.deduction, name=name)
                    if s.deduction
                    else name
                )
        self.red_label.setVisible(self.red_list.count() > 0)
        self.red_list.setVisible(self.red_list.count() > 0)

    def show_distance_note(self, text: str, warning: bool) -> None:
        self.distance_label.setText(text)
        self.distance_label.setStyleSheet(
            "color: #b26a00; font-weight: bold;" if warning else "color: #555;"
        )
        self.distance_label.setVisible(bool(text))
