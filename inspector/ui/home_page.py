"""The home page (首页): what is in this data directory at a glance."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from inspector.services.context import AppContext
from inspector.services.register import overview_counts


class CountCard(QFrame):
    def __init__(self, icon: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(180, 110)
        pic = QLabel()
        pic.setPixmap(qta.icon(icon, color="#3c6e9f").pixmap(32, 32))
        self.value = QLabel("0")
        self.value.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #666;")
        lay = QGridLayout(self)
        lay.addWidget(pic, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(QLabel(title), 0, 1)
        lay.addWidget(self.value, 1, 1)
        lay.addWidget(self.detail, 2, 1)


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home_page")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.who = QLabel()
        self.cards = {
            "sites": CountCard("fa5s.store", self.tr("在册场所")),
            "schools": CountCard("fa5s.school", self.tr("学校与幼儿园")),
            "templates": CountCard("fa5s.clipboard-list", self.tr("检查表模板")),
            "inspections": CountCard("fa5s.clipboard-check", self.tr("巡查记录")),
        }
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 2, i % 2)
        self.data_dir = QLabel()
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.who)
        lay.addSpacing(12)
        lay.addLayout(grid)
        lay.addSpacing(12)
        lay.addWidget(self.data_dir)
        lay.addStretch(1)

    def refresh(self) -> None:
        s = self.ctx.settings
        self.heading.setText(s.office_name or self.tr("文明创建巡查助手"))
        who = s.inspector_name or self.tr("（未设置检查员，请在“设置”中填写）")
        if s.inspector_id_no:
            who += f"  {s.inspector_id_no}"
        if s.grid or s.community:
            who += f"  ·  {s.community} {s.grid}".rstrip()
        self.who.setText(who)
        counts = overview_counts(self.ctx)
        for key, card in self.cards.items():
            card.value.setText(str(counts[key]))
        archived = {"sites": counts["sites_archived"], "schools": counts["schools_archived"]}
        for key, n in archived.items():
            self.cards[key].detail.setText(
                self.tr("另有 %1 个已归档").replace("%1", str(n)) if n else ""
            )
        self.data_dir.setText(self.tr("数据目录：%1").replace("%1", str(self.ctx.paths.root)))

    def showEvent(self, event) -> None:
        # Counted just after the page appears, so the window shows without waiting for them.
        QTimer.singleShot(0, self.refresh)
        super().showEvent(event)
