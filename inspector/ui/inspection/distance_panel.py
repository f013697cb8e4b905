"""The 200 m block: the computed straight line, measured distances, the verdict.

Shown inside the item that carries the ``distance_to_school`` rule. It shows
the nearest school and the straight-line distance computed from coordinates,
lists the measurements taken (method, start, end, tool, GPS accuracy), takes a
new one, and warns inside the policy's margin, asking for a second measurement.
The panel stores nothing itself: ``measure_requested`` carries the typed
measurement to the walk window, which calls the service and then
:meth:`DistancePanel.show_state` with what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.distance import (
    FROM_BOUNDARY,
    FROM_GATES,
    DistanceVerdict,
    computed_method_text,
)
from inspector.domain.policy import METHODS
from inspector.ui.inspection.answer_widgets import TOUCH_PX
from inspector.ui.shell.i18n import current_language, local

# Suggestions for the tool field, offered in the interface language; the field stays free text.
TOOLS = (
    str(QT_TRANSLATE_NOOP("DistancePanel", "激光测距仪")),
    str(QT_TRANSLATE_NOOP("DistancePanel", "测距轮")),
    str(QT_TRANSLATE_NOOP("DistancePanel", "皮尺")),
    str(QT_TRANSLATE_NOOP("DistancePanel", "手机 GPS")),
    str(QT_TRANSLATE_NOOP("DistancePanel", "地图软件测距")),
)


@dataclass(frozen=True)
class MeasurementRow:
    id: str
    method: str
    distance_m: float
    start_point: str
    end_point: str
    tool: str
    gps_accuracy_m: float | None
    measured_by: str


@dataclass(frozen=True)
class MeasurementInput:
    method: str
    distance_m: float
    start_point: str
    end_point: str
    tool: str
    gps_accuracy_m: float | None


def _metres_validator(parent: QObject) -> QRegularExpressionValidator:
    """Digits with an optional decimal part, of any length: a figure too large is refused
    with a sentence when it is recorded, never cut to fit while typing."""
    return QRegularExpressionValidator(QRegularExpression(r"\d*(\.\d*)?"), parent)


class DistancePanel(QFrame):
    measure_requested = Signal(object)  # MeasurementInput
    remove_requested = Signal(str)  # measurement id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("distance_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#distance_panel { background: #f7f9fc; }")
        lay = QVBoxLayout(self)
        self.computed = QLabel()
        self.computed.setObjectName("computed_distance")
        self.computed.setWordWrap(True)
        lay.addWidget(self.computed)

        form = QGridLayout()
        self.method = QComboBox()
        self.method.setObjectName("distance_method")
        for code, label in METHODS.items():
            self.method.addItem(local(label), code)
        self.method.setMinimumHeight(TOUCH_PX)
        self.distance = QLineEdit()
        self.distance.setObjectName("distance_m")
        self.distance.setValidator(_metres_validator(self.distance))
        self.distance.setPlaceholderText(self.tr("实测米数"))
        self.distance.setMinimumHeight(TOUCH_PX)
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("如：场所正门"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("如：学校南门"))
        self.tool = QComboBox()
        self.tool.setEditable(True)
        self.tool.addItems([self.tr(t) for t in TOOLS])
        self.accuracy = QLineEdit()
        self.accuracy.setValidator(_metres_validator(self.accuracy))
        self.accuracy.setPlaceholderText(self.tr("米，可不填"))
        self.add = QPushButton(self.tr("记录测量"))
        self.add.setObjectName("add_measurement")
        self.add.setMinimumHeight(TOUCH_PX)
        self.add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add.clicked.connect(self.submit)
        rows = (
            (self.tr("测量方法"), self.method, self.tr("距离（米）"), self.distance),
            (self.tr("起点"), self.start, self.tr("终点"), self.end),
            (self.tr("测量工具"), self.tool, self.tr("GPS 精度"), self.accuracy),
        )
        for r, (l1, w1, l2, w2) in enumerate(rows):
            form.addWidget(QLabel(l1), r, 0)
            form.addWidget(w1, r, 1)
            form.addWidget(QLabel(l2), r, 2)
            form.addWidget(w2, r, 3)
        form.addWidget(self.add, 0, 4, 3, 1)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        lay.addWidget(self.error)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("measurements")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("方法"),
                self.tr("距离（米）"),
                self.tr("起点"),
                self.tr("终点"),
                self.tr("工具"),
                self.tr("测量人"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(120)
        lay.addWidget(self.table)
        bottom = QHBoxLayout()
        self.verdict = QLabel()
        self.verdict.setObjectName("distance_verdict")
        self.verdict.setWordWrap(True)
        bottom.addWidget(self.verdict, 1)
        self.remove = QPushButton(self.tr("删除所选测量"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.clicked.connect(self._remove_selected)
        bottom.addWidget(self.remove)
        lay.addLayout(bottom)
        self.warning = QLabel()
        self.warning.setObjectName("distance_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "color: #7a4f00; background: #fff3cd; padding: 6px; border-radius: 4px;"
            " font-weight: bold;"
        )
        self.warning.hide()
        lay.addWidget(self.warning)
        self._rows: list[MeasurementRow] = []
        self.distance.installEventFilter(self)

    # --- input ---------------------------------------------------------------------------

    def focus_target(self) -> QLineEdit:
        return self.distance

    def set_deciding_method(self, method: str) -> None:
        i = self.method.findData(method)
        if i >= 0:
            self.method.setCurrentIndex(i)

    def set_end_point_hint(self, text: str) -> None:
        if not self.end.text():
            self.end.setText(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Enter in the distance field with a number records it (and stays on the item);
        # with an empty field it goes on to the walk (next item).
        if (
            obj is self.distance
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.distance.text():
                self.submit()
                return True
        return super().eventFilter(obj, event)

    def submit(self) -> MeasurementInput | None:
        text = self.distance.text().strip()
        try:
            metres = float(text)
        except ValueError:
            self._fail(self.tr("请输入实测距离（米）。"))
            return None
        acc_text = self.accuracy.text().strip()
        try:
            accuracy = float(acc_text) if acc_text else None
        except ValueError:
            self._fail(self.tr("GPS 精度应为米数，或不填。"))
            return None
        value = MeasurementInput(
            method=self.method.currentData(),
            distance_m=metres,
            start_point=self.start.text().strip(),
            end_point=self.end.text().strip(),
            tool=self.tool.currentText().strip(),
            gps_accuracy_m=accuracy,
        )
        self.error.hide()
        self.measure_requested.emit(value)
        return value

    def measurement_saved(self) -> None:
        """Clear the typed distance after the service stored it."""
        self.distance.clear()
        self.accuracy.clear()

    def show_error(self, text: str) -> None:
        self._fail(text)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            self.remove_requested.emit(self._rows[row].id)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.method, self.distance, self.start, self.end, self.tool, self.accuracy):
            w.setEnabled(not read_only)
        self.add.setVisible(not read_only)
        self.remove.setVisible(not read_only)

    # --- state ---------------------------------------------------------------------------

    def show_view(self, view) -> None:
        """Show what an :class:`InspectionView` holds about the distance rule."""
        i = view.inspection
        verdict = view.distance
        limit = verdict.limit_m if verdict else (i.distance_limit_m or view.policy.limit_m)
        self.set_end_point_hint(i.nearest_school_name)
        self.show_state(
            nearest_school=i.nearest_school_name,
            computed_m=i.computed_distance_m,
            limit_m=limit,
            margin_m=view.policy.margin_m,
            measurements=[
                MeasurementRow(m.id, m.method, m.distance_m, m.start_point, m.end_point, m.tool,
                               m.gps_accuracy_m, m.measured_by)
                for m in view.measurements
            ],
            verdict=verdict,
            computed_method=i.distance_method,
            basis=i.distance_basis,
        )  # fmt: skip

    def show_state(
        self,
        *,
        nearest_school: str,
        computed_m: float | None,
        limit_m: float,
        margin_m: float,
        measurements: Sequence[MeasurementRow],
        verdict: DistanceVerdict | None,
        computed_method: str = FROM_BOUNDARY,
        basis: str = "",
    ) -> None:
        if computed_m is None:
            self.computed.setText(
                self.tr("无法计算直线距离：场所或学校缺少坐标。限值 {limit:g} 米。").format(
                    limit=limit_m
                )
            )
        else:
            inside = computed_m < limit_m
            color = "#c62828" if inside else "#2e7d32"
            self.computed.setText(
                self.tr(
                    "按坐标计算的直线距离：最近学校 <b>{school}</b>，"
                    "<b style='color:{color}'>{m:.1f} 米</b>（限值 {limit:g} 米，仅作核对）"
                ).format(school=nearest_school or "—", color=color, m=computed_m, limit=limit_m)
                + "<br><span style='color:#555'>"
                + computed_method_text(computed_method, current_language())
                + "</span>"
            )
            if computed_method == FROM_GATES:
                self.computed.setText(
                    self.computed.text()
                    + "<br><b style='color:#c62828'>"
                    + self.tr("边界未录入，按校门点估算")
                    + "</b>"
                )
        if basis:
            self.computed.setText(
                self.computed.text()
                + "<br><span style='color:#555'>"
                + self.tr("依据：{basis}").format(basis=basis)
                + "</span>"
            )
        self._rows = list(measurements)
        self.table.setRowCount(len(self._rows))
        for r, m in enumerate(self._rows):
            label = METHODS.get(m.method)
            values = (
                local(label) if label else m.method,
                f"{m.distance_m:.1f}",
                m.start_point,
                m.end_point,
                m.tool
                + (
                    self.tr("（±{m} 米）").format(m=f"{m.gps_accuracy_m:g}")
                    if m.gps_accuracy_m is not None
                    else ""
                ),
                m.measured_by,
            )
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.remove.setEnabled(bool(self._rows))
        self._show_verdict(verdict, margin_m)

    def _show_verdict(self, verdict: DistanceVerdict | None, margin_m: float) -> None:
        if verdict is None or not verdict.applies:
            self.verdict.setText(self.tr("本地政策对此类场所不作距离要求。"))
            self.warning.hide()
            return
        method = METHODS.get(verdict.deciding_method)
        method_text = local(method) if method else verdict.deciding_method
        if verdict.deciding_distance_m is None:
            text = self.tr("以“{method}”为准，尚未测量。").format(method=method_text)
            color = "#555"
        elif verdict.fails:
            text = self.tr("以“{method}”为准：{m:.1f} 米，不足 {limit:g} 米，红线不合格。").format(
                method=method_text, m=verdict.deciding_distance_m, limit=verdict.limit_m
            )
            color = "#c62828"
        else:
            text = self.tr("以“{method}”为准：{m:.1f} 米，符合 {limit:g} 米要求。").format(
                method=method_text, m=verdict.deciding_distance_m, limit=verdict.limit_m
            )
            color = "#2e7d32"
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {color}; font-weight: bold;")
        if verdict.warning:
            self.warning.setText(
                self.tr(
                    "距离在限值 {limit:g} 米上下 {margin:g} 米以内：请另一名检查员用同一方法复测，"
                    "并记录第二次测量。"
                ).format(limit=verdict.limit_m, margin=margin_m)
            )
        self.warning.setVisible(verdict.warning)
