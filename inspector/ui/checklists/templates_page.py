"""The templates browser: every checklist in force, section by section, item by item.

Read-only, except for importing a checklist from an XLSForm workbook into the
office folder (and exporting any template as one, see ``template_workbook``). The left list shows the templates (optionally only those proposed for
one site kind); the right tree shows the chosen template's sections and items
with everything an inspector or office clerk may ask about an item, and the
panel below it the selected item's full guidance.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.site_kinds import CATEGORY_LABELS, SITE_KINDS, kind_label
from inspector.domain.templates import ALL_KINDS, Item, Template
from inspector.domain.text import LocalText
from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.ui.shell.i18n import current_language, service_text
from inspector.ui.shell.operations import LiveRefresh, run_op
from inspector.ui.shell.screen_fit import keep_splitter

ID_ROLE = Qt.ItemDataRole.UserRole
RED = QColor("#b3261e")
GREY = QColor("#6b6b6b")

# Columns of the item tree
CODE, TEXT, ANSWER, SEVERITY, POINTS, LIMIT, PHOTO, APPLIES, GUIDANCE = range(9)


class TemplatesPage(QWidget):
    """Browse the catalog's templates; nothing here changes data."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templates_page")
        self.ctx = ctx

        self.kind_filter = QComboBox()
        self._fill_kinds()
        self.kind_filter.currentIndexChanged.connect(self._refill)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b3261e;")
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.template_list = QTreeWidget()
        self.template_list.setHeaderLabels([self.tr("检查表"), self.tr("编号"), self.tr("版本")])
        self.template_list.setRootIsDecorated(False)
        self.template_list.setIndentation(12)
        self.template_list.currentItemChanged.connect(self._show_current)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_tree = QTreeWidget()
        self.item_tree.setHeaderLabels(
            [
                self.tr("编号"),
                self.tr("检查内容"),
                self.tr("答案类型"),
                self.tr("严重程度"),
                self.tr("分值"),
                self.tr("单位/判定"),
                self.tr("不合格拍照"),
                self.tr("适用场所"),
                self.tr("指引"),
            ]
        )
        self.item_tree.setWordWrap(True)
        self.item_tree.setAlternatingRowColors(True)
        head = self.item_tree.header()
        head.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Interactive)
        self.item_tree.setColumnWidth(CODE, 110)
        self.item_tree.setColumnWidth(TEXT, 280)
        self.item_tree.setColumnWidth(GUIDANCE, 260)
        self.item_tree.currentItemChanged.connect(self._show_item)
        self.detail = QTextBrowser()
        self.detail.setMaximumHeight(130)
        self.detail.setPlaceholderText(self.tr("选择一个检查项查看完整指引。"))

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.item_tree, 1)
        rl.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.template_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 1000])
        keep_splitter(self.splitter, "templates_page")  # per screen, as the window's size

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("按场所类型筛选：")))
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        self.import_button = QPushButton(self.tr("从工作簿导入…"))
        self.import_button.setObjectName("import_workbook")
        self.import_button.setToolTip(
            self.tr("XLSForm 格式的 Excel 工作簿：survey、choices、settings 三张表")
        )
        self.import_button.clicked.connect(lambda: self.import_workbook())
        self.export_button = QPushButton(self.tr("导出为工作簿…"))
        self.export_button.setObjectName("export_workbook")
        self.export_button.clicked.connect(lambda: self.export_current())
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("检查表模板"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(self.problems_label)
        lay.addWidget(self.splitter, 1)
        self.reload()
        self.live = LiveRefresh(self, Change.TEMPLATES, self.reload)  # the catalog was re-read

    # -- public -------------------------------------------------------------

    @property
    def language(self) -> str:
        """The interface language now in use (template texts follow it)."""
        return current_language()

    @property
    def _answer_labels(self) -> dict[str, str]:
        return {
            "pass_fail": self.tr("合格/不合格"),
            "count": self.tr("计数"),
            "measurement": self.tr("测量"),
            "text": self.tr("文字"),
            "choice": self.tr("选择"),
        }

    @property
    def _severity_labels(self) -> dict[str, str]:
        return {
            "red_line": self.tr("红线"),
            "deduct": self.tr("扣分"),
            "advisory": self.tr("提示"),
        }

    def _sep(self) -> str:
        return ", " if self.language == "en" else "、"

    def _fill_kinds(self) -> None:
        """The site-kind filter in the interface language, keeping the chosen kind."""
        chosen = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("全部场所类型"), None)
        for kind in SITE_KINDS:
            self.kind_filter.addItem(kind.label.get(self.language), kind.code)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(chosen)))
        self.kind_filter.blockSignals(False)

    def import_workbook(self, path: Path | None = None) -> bool:
        """Preview a workbook and import it into the office folder (then show the catalog)."""
        from inspector.ui.checklists.template_workbook import import_workbook

        return run_op(self, lambda: import_workbook(self, self.ctx, path))  # the list follows

    def export_current(self, path: Path | None = None) -> Path | None:
        """Write the selected template (shipped or office) as an XLSForm workbook."""
        from inspector.ui.checklists.template_workbook import export_template

        item = self.template_list.currentItem()
        template = self.ctx.catalog.get(item.data(0, ID_ROLE)) if item is not None else None
        return export_template(self, template, path) if template is not None else None

    def reload(self) -> None:
        """Show the catalog as it is now (after the office folder setting changed)."""
        self._fill_kinds()
        self._show_problems()
        self._refill()

    def _show_problems(self) -> None:
        """The catalog's problems (office folder, bundle templates) in the interface language."""
        problems = self.ctx.catalog.problems
        self.problems_label.setVisible(bool(problems))
        if problems:
            lines = [self.tr("以下本单位模板有问题，未被采用：")]
            lines += [service_text(p.sentence) for p in problems]
            self.problems_label.setText("\n".join(lines))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_problems()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Called by the main window after the settings changed."""
        self.reload()

    def set_site_kind(self, code: str | None) -> None:
        """Show only the templates proposed for a site kind (None: all)."""
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(code)))

    def template_entries(self) -> list[QTreeWidgetItem]:
        """The rows of the template list (under their category headings), in order."""
        groups = (
            self.template_list.topLevelItem(i)
            for i in range(self.template_list.topLevelItemCount())
        )
        children = (g.child(j) for g in groups if g is not None for j in range(g.childCount()))
        return [c for c in children if c is not None]

    def select_template(self, template_id: str) -> bool:
        for entry in self.template_entries():
            if entry.data(0, ID_ROLE) == template_id:
                self.template_list.setCurrentItem(entry)
                return True
        return False

    def current_template(self) -> Template | None:
        entry = self.template_list.currentItem()
        tid = entry.data(0, ID_ROLE) if entry else None
        return self.ctx.catalog.get(tid) if tid else None

    # -- filling ------------------------------------------------------------

    def _text(self, text: LocalText | None) -> str:
        return text.get(self.language) if text else ""

    def _refill(self) -> None:
        kind = self.kind_filter.currentData()
        catalog = self.ctx.catalog
        templates = catalog.for_site_kind(kind) if kind else list(catalog)
        previous = self.current_template()
        self.template_list.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.template_list.font())
        bold.setBold(True)
        for t in templates:
            group = groups.get(t.category)
            if group is None:
                label = CATEGORY_LABELS.get(t.category)
                group = QTreeWidgetItem([self._text(label) or t.category])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.template_list.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[t.category] = group
            entry = QTreeWidgetItem([self._text(t.title), t.id, str(t.version)])
            entry.setData(0, ID_ROLE, t.id)
            if catalog.is_office(t.id):
                entry.setToolTip(0, self.tr("本单位模板：{file}").format(file=t.source))
                entry.setForeground(0, QBrush(QColor("#1a5fb4")))
            else:
                entry.setToolTip(0, self.tr("内置模板：{file}").format(file=t.source))
            group.addChild(entry)
        for c in range(3):
            self.template_list.resizeColumnToContents(c)
        if not (previous and self.select_template(previous.id)) and templates:
            self.template_list.setCurrentItem(self.template_entries()[0])
        if not templates:
            self._show_template(None)

    def _show_current(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        tid = current.data(0, ID_ROLE) if current else None
        self._show_template(self.ctx.catalog.get(tid) if tid else None)

    def _show_template(self, t: Template | None) -> None:
        self.item_tree.clear()
        self.detail.clear()
        if t is None:
            self.header.setText(self.tr("没有可显示的检查表。"))
            return
        kinds = (
            self.tr("全部场所")
            if ALL_KINDS in t.applies_to
            else self._sep().join(kind_label(k, self.language) for k in t.applies_to)
        )
        origin = self.tr("本单位模板") if self.ctx.catalog.is_office(t.id) else self.tr("内置模板")
        count = sum(len(s.items) for s in t.sections)
        parts = [
            f"<b>{_esc(self._text(t.title))}</b>　{_esc(t.id)} v{t.version}　({_esc(origin)})",
            _esc(self._text(t.description)),
            self.tr("适用场所：{kinds}").format(kinds=_esc(kinds)),
            self.tr("共 {sections} 节、{items} 项　内容指纹 {hash}").format(
                sections=len(t.sections), items=count, hash=t.content_hash[:12]
            ),
        ]
        self.header.setText("<br>".join(p for p in parts if p))
        kind = self.kind_filter.currentData()
        bold = QFont(self.item_tree.font())
        bold.setBold(True)
        for section in t.sections:
            code = f" ({section.code})" if self.language == "en" else f"　（{section.code}）"
            node = QTreeWidgetItem([self._text(section.title) + code])
            node.setFont(CODE, bold)
            self.item_tree.addTopLevelItem(node)
            node.setFirstColumnSpanned(True)
            for item in section.items:
                row = QTreeWidgetItem(self._item_columns(item))
                row.setData(CODE, ID_ROLE, item.code)
                if item.is_red_line:
                    row.setForeground(SEVERITY, QBrush(RED))
                if kind and not item.applies(kind):
                    for c in range(GUIDANCE + 1):
                        row.setForeground(c, QBrush(GREY))
                    row.setToolTip(CODE, self.tr("此项不适用于所选场所类型"))
                for col in (TEXT, GUIDANCE, APPLIES):
                    row.setToolTip(col, row.text(col))
                if item.text.en:
                    row.setToolTip(TEXT, f"{row.text(TEXT)}\n{item.text.en}")
                node.addChild(row)
            node.setExpanded(True)
        for col in (ANSWER, SEVERITY, POINTS, LIMIT, PHOTO):
            self.item_tree.resizeColumnToContents(col)
            self.item_tree.setColumnWidth(col, min(self.item_tree.columnWidth(col), 190))

    def _item_columns(self, item: Item) -> list[str]:
        kinds = (
            self._sep().join(kind_label(k, self.language) for k in item.applies_to)
            if item.applies_to
            else self.tr("同检查表")
        )
        return [
            item.code,
            self._text(item.text) + ("" if item.required else self.tr("（选填）")),
            self._answer_labels.get(item.answer, item.answer),
            self._severity_labels.get(item.severity, item.severity),
            self._points(item),
            self._limit(item),
            self.tr("需要") if item.photo_on_fail else "",
            kinds,
            self._text(item.guidance),
        ]

    def _points(self, item: Item) -> str:
        if item.severity == "advisory" or not item.points:
            return ""
        p = f"{item.points:g}"
        if item.per_unit:
            text = self.tr("每个扣 {p} 分").format(p=p)
            if item.max_deduction is not None:
                text += self.tr("，最多 {m} 分").format(m=f"{item.max_deduction:g}")
            return text
        return self.tr("{p} 分").format(p=p)

    def _limit(self, item: Item) -> str:
        if item.answer == "measurement" and item.limit is not None:
            bounds = []
            if item.limit.min is not None:
                bounds.append(f"≥ {item.limit.min:g}")
            if item.limit.max is not None:
                bounds.append(f"≤ {item.limit.max:g}")
            sep = self.tr("，")
            text = f"{sep.join(bounds)} {item.unit}".strip()
            if item.rule == "distance_to_school":
                text += self.tr("（距学校）")
            return text
        if item.answer == "count" and item.count_rule is not None:
            rule = item.count_rule
            parts = []
            if rule.fail_below is not None:
                parts.append(self.tr("少于 {n} 不合格").format(n=rule.fail_below))
            if rule.fail_above is not None:
                parts.append(
                    self.tr("有即不合格")
                    if rule.fail_above == 0
                    else self.tr("多于 {n} 不合格").format(n=rule.fail_above)
                )
            return "；".join(parts)
        if item.answer == "choice":
            return " / ".join(self._text(c.text) + (" ✗" if c.fails else "") for c in item.choices)
        return ""

    def _show_item(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        t = self.current_template()
        code = current.data(CODE, ID_ROLE) if current else None
        item = t.item(code) if t and code else None
        if item is None:
            self.detail.clear()
            return
        html = [f"<b>{_esc(item.code)}</b>　{_esc(self._text(item.text))}"]
        if item.text.en and not self.language.startswith("en"):
            html.append(f"<i>{_esc(item.text.en)}</i>")
        if item.guidance:
            html.append(self.tr("指引：") + _esc(self._text(item.guidance)))
        if item.rectify_days is not None:
            html.append(self.tr("整改期限：{n} 天").format(n=item.rectify_days))
        self.detail.setHtml("<br>".join(html))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
