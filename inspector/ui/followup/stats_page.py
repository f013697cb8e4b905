"""Statistics for a period: summary, tables per dimension with bars, and exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.followup import report_files as followup_docs
from inspector.services.followup import stats
from inspector.ui.shell.background import BackgroundTask, run_in_background, write_staged
from inspector.ui.shell.i18n import current_language, service_text
from inspector.ui.shell.operations import LiveRefresh


def _name(row) -> str:
    """A row's label in the interface language (English where the figures have one)."""
    return row.label_en if current_language() == "en" and row.label_en else row.label


BAR = QColor("#c0392b")
MAX_BARS = 15


class BarsWidget(QWidget):
    """Horizontal bars: a label and a value per row, scaled to ``maximum``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []
        self.maximum = 100.0
        self.suffix = "%"

    def set_rows(
        self, rows: list[tuple[str, float]], maximum: float | None = None, suffix: str = "%"
    ):
        self.rows = rows[:MAX_BARS]
        self.maximum = maximum or max([v for _l, v in self.rows] + [1.0])
        self.suffix = suffix
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 24 + 22 * max(1, len(self.rows)))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = 130
        width = max(10, self.width() - label_w - 70)
        for i, (label, value) in enumerate(self.rows):
            y = 10 + i * 22
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(0, y, label_w - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            w = width * (value / self.maximum if self.maximum else 0)
            p.fillRect(QRectF(label_w, y + 2, w, 14), BAR)
            text = f"{value:.1f}{self.suffix}" if self.suffix == "%" else f"{value:g}"
            p.drawText(QRectF(label_w + w + 4, y, 70, 18), Qt.AlignmentFlag.AlignVCenter, text)
        p.end()


def _quarter_text(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


class StatsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stats_page")
        self.ctx = ctx
        self.stats: stats.PeriodStats | None = None
        self.task: BackgroundTask | None = None  # the computing or export running now
        self.exported: list[Path] = []  # the files of the last export
        self.period_edit = QLineEdit(_quarter_text(date.today()))
        self.period_edit.setPlaceholderText(self.tr("季度 2026Q4 或月份 2026-10"))
        self.compute_button = QPushButton(self.tr("统计"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.xlsx_button = QPushButton(self.tr("导出 XLSX…"))
        self.summary = QLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tables: dict[str, tuple[QTableWidget, BarsWidget]] = {}
        for key, title in (
            ("by_category", self.tr("分类别")),
            ("by_grid", self.tr("分网格")),
            ("by_kind", self.tr("分场所类型")),
            ("by_inspector", self.tr("分检查员")),
            ("top_failed", self.tr("不合格最多的检查项")),
            ("overdue_by_grid", self.tr("逾期问题分网格")),
        ):
            table = QTableWidget(0, 0)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            bars = BarsWidget()
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(table)
            split.addWidget(bars)
            self.tabs.addTab(split, title)
            self.tables[key] = (table, bars)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("期间")))
        top.addWidget(self.period_edit)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.status_label)
        self.compute_button.clicked.connect(self.compute)
        self.period_edit.returnPressed.connect(self.compute)
        self.pdf_button.clicked.connect(lambda: self._export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self._export(".xlsx"))
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)
        # the figures shown are computed again when what they count changes
        watched = Change.INSPECTIONS | Change.ANSWERS | Change.CASES | Change.REGISTER
        self.live = LiveRefresh(self, watched, self.recompute, delay_ms=1_000)

    def _start(self, label: str, work, done) -> None:
        if self.task is not None:
            return
        self.task = run_in_background(self, self.tr("统计"), label, work, done)
        self.task.cancelled.connect(self.status_label.setText)
        self.task.failed.connect(self.status_label.setText)
        self.task.ended.connect(self._task_ended)
        self._set_busy(True)

    def _task_ended(self) -> None:
        self.task = None
        self._set_busy(False)
        if self.live.dirty and self.isVisible():  # the data changed while counting
            self.live.dirty = False
            self.recompute()

    def _set_busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self.period_edit.setReadOnly(busy)
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(not busy and self.stats is not None)

    def compute(self) -> None:
        """Compute the period's figures in the background (cancel between queries)."""
        period = self.period_edit.text().strip()

        def work(progress, cancelled):
            return stats.period_stats(self.ctx, period, progress=progress, cancel=cancelled)

        self.status_label.setText(self.tr("正在统计…"))
        self._start(self.tr("正在统计…"), work, self.show_stats)

    def recompute(self) -> None:
        """The period shown, computed again (nothing shown yet: nothing to do)."""
        if self.stats is None:
            return
        if self.task is not None:  # counted again once the running work is done
            self.live.dirty = True
            return
        period = self.stats.period.key

        def work(progress, cancelled):
            return stats.period_stats(self.ctx, period, progress=progress, cancel=cancelled)

        self._start(self.tr("正在统计…"), work, self.show_stats)

    def show_stats(self, st: stats.PeriodStats) -> None:
        self.stats = st
        self.status_label.clear()
        overall = stats.rate_text(st.overall.rate if st.overall else None)
        self.summary.setText(
            self.tr("%1：完成检查 %2 次（复查 %3 次），总得分率 %4；问题整改 %5")
            .replace("%1", st.period.text(current_language()))
            .replace("%2", f"{st.inspections:,}")
            .replace("%3", f"{st.reinspections:,}")
            .replace("%4", overall)
            .replace("%5", st.fixed_text)
        )
        heads = [
            self.tr("名称"),
            self.tr("检查次数"),
            self.tr("得分"),
            self.tr("应得分"),
            self.tr("得分率"),
        ]
        for key in ("by_category", "by_grid", "by_kind", "by_inspector"):
            rows = getattr(st, key)
            values = [
                [
                    _name(r),
                    f"{r.inspections:,}",
                    f"{r.score:g}",
                    f"{r.max_score:g}",
                    stats.rate_text(r.rate),
                ]
                for r in rows
            ]
            self._fill(key, heads, values)
            self.tables[key][1].set_rows(
                [(_name(r), r.rate) for r in rows if r.rate is not None], 100.0
            )
        self._fill(
            "top_failed",
            [self.tr("检查项"), self.tr("检查表 / 编号"), self.tr("不合格次数")],
            [[_name(r), r.detail, str(r.count)] for r in st.top_failed],
        )
        self.tables["top_failed"][1].set_rows(
            [(_name(r)[:10], r.count) for r in st.top_failed], None, ""
        )
        self._fill(
            "overdue_by_grid",
            [self.tr("网格"), self.tr("逾期问题数")],
            [[_name(r), str(r.count)] for r in st.overdue_by_grid],
        )
        self.tables["overdue_by_grid"][1].set_rows(
            [(_name(r), r.count) for r in st.overdue_by_grid], None, ""
        )
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)

    def _fill(self, key: str, heads: list[str], rows: list[list[str]]) -> None:
        table = self.tables[key][0]
        table.clear()
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                item = QTableWidgetItem(v)
                if j:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(i, j, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _export(self, suffix: str) -> None:
        if self.stats is None:
            return
        default = self.tr("统计-%1").replace("%1", self.stats.period.key) + suffix
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出统计"), default, f"*{suffix}")
        if not path:
            return
        target = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Write the PDF or XLSX (by suffix) in the background; a cancel leaves no file."""
        if self.stats is None:
            return
        st = self.stats

        def work(progress, cancelled):
            notes: list[str] = []

            def produce(tmp: Path) -> list[Path]:
                out = followup_docs.export_stats(
                    self.ctx,
                    st.period.key,
                    tmp / target.name,
                    stats=st,
                    progress=progress,
                    cancel=cancelled,
                )
                notes.append(out.note)
                return out.files

            return write_staged(target.parent, produce, cancelled), notes[0]

        self._start(self.tr("正在导出…"), work, self._exported)

    def _exported(self, result: tuple[list[Path], str]) -> None:
        files, note = result
        self.exported = files
        names = "、".join(p.name for p in files)
        self.status_label.setText(
            self.tr("已导出：%1。%2").replace("%1", names).replace("%2", service_text(note))
        )
