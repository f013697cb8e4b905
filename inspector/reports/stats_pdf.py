"""The period statistics report (季度统计) as a PDF with bar charts (reportlab graphics).

Takes the :class:`~inspector.services.followup.stats.PeriodStats` the services compute
(read by attribute; this layer imports no services). ``language`` "en" prints
the fixed words in English and each row's ``label_en`` where it has one (site
kinds, categories, checklist items); grid and inspector names print as entered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.reports.bulletin_common import (
    DocStyles,
    doc_styles,
    esc,
    page_count_canvas,
    page_footer,
    table_style,
)
from inspector.reports.labels import fmt, is_english, label

MAX_BARS = 12
# Section 8 counts the cases overdue on the report's date, whichever month found them.
OVERDUE_AS_OF = "截至统计日期 {} 仍逾期未整改的问题，按网格统计（不论在哪一期发现）。"


def stats_title(st: Any, lang: str = "zh_CN") -> str:
    if is_english(lang):
        return f"Civilized City Inspection Statistics, {st.period.label_en}"
    return f"{st.period.label}文明创建检查统计"


def _rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1f}%"


def row_label(row: Any, lang: str) -> str:
    """A row's label in ``lang``: ``label_en`` in English when it has one."""
    if is_english(lang) and getattr(row, "label_en", None):
        return row.label_en
    return row.label


def rate_chart(rows: list[Any], font: str, width: float, title: str, lang: str = "zh_CN"):
    """A horizontal bar chart of score rates (0–100 %), the first MAX_BARS rows."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    rows = [r for r in rows if r.rate is not None][:MAX_BARS]
    height = 40 + 16 * max(1, len(rows))
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=9))
    if not rows:
        d.add(String(0, height - 30, label("无数据", lang), fontName=font, fontSize=8))
        return d
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 16
    chart.width, chart.height = width - 170, height - 40
    chart.data = [[round(r.rate, 1) for r in reversed(rows)]]
    cut = 24 if is_english(lang) else 12
    chart.categoryAxis.categoryNames = [row_label(r, lang)[:cut] for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#c0392b")
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def count_chart(rows: list[Any], font: str, width: float, title: str, lang: str = "zh_CN"):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    rows = rows[:MAX_BARS]
    d = Drawing(width, 170)
    d.add(String(0, 158, title, fontName=font, fontSize=9))
    if not rows:
        d.add(String(0, 140, label("无数据", lang), fontName=font, fontSize=8))
        return d
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 40, width - 60, 105
    chart.data = [[r.count for r in rows]]
    cut = 16 if is_english(lang) else 8
    chart.categoryAxis.categoryNames = [row_label(r, lang)[:cut] for r in rows]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#555555")
    d.add(chart)
    return d


def _rate_table(st: DocStyles, rows: list[Any], first: str, width: float, lang: str):
    from reportlab.platypus import Table

    from inspector.reports.linebreak import Paragraph

    head = (first, "检查次数", "得分", "应得分", "得分率")
    data = [[Paragraph(esc(label(h, lang)), st.cell) for h in head]]
    for r in rows:
        values = (
            row_label(r, lang),
            r.inspections,
            f"{r.score:g}",
            f"{r.max_score:g}",
            _rate(r.rate),
        )
        data.append([Paragraph(esc(v), st.cell) for v in values])
    t = Table(data, colWidths=[width * f for f in (0.4, 0.15, 0.15, 0.15, 0.15)], repeatRows=1)
    t.setStyle(table_style())
    return t


def _count_table(st: DocStyles, rows: list[Any], heads: tuple[str, ...], width: float, lang: str):
    from reportlab.platypus import Table

    from inspector.reports.linebreak import Paragraph

    data = [[Paragraph(esc(label(h, lang)), st.cell) for h in heads]]
    for n, r in enumerate(rows, 1):
        name = row_label(r, lang)
        values = (n, name, r.count) if len(heads) == 3 else (n, name, r.detail, r.count)
        data.append([Paragraph(esc(v), st.cell) for v in values])
    fr = (0.08, 0.72, 0.2) if len(heads) == 3 else (0.08, 0.52, 0.25, 0.15)
    t = Table(data, colWidths=[width * f for f in fr], repeatRows=1)
    t.setStyle(table_style())
    return t


def _summary(st: Any, lang: str) -> str:
    return _totals(st, lang) + _stall_summary(st, lang)


def _stall_summary(st: Any, lang: str) -> str:
    """Market stalls walked one by one (repeated sections), when there were any."""
    n = getattr(st, "stalls_inspected", 0)
    if not n:
        return ""
    if is_english(lang):
        return f" Market stalls inspected: {n:,}; with a failure: {st.stalls_failed:,}."
    return f"逐个检查的市场摊位 {n:,} 个，其中不合格 {st.stalls_failed:,} 个。"


def _totals(st: Any, lang: str) -> str:
    overall = _rate(st.overall.rate if st.overall else None)
    if is_english(lang):
        return (
            f"Inspections this period: {st.inspections:,} ({st.routine:,} routine, "
            f"{st.reinspections:,} re-inspections); score rate of routine inspections "
            f"{overall}. Problems found: {st.problems_found:,}; corrected: "
            f"{st.problems_fixed:,}; correction rate {st.fixed_text}."
        )
    return (
        f"本期完成检查 {st.inspections:,} 次（常规检查 {st.routine:,} 次，复查 {st.reinspections:,} 次）；"
        f"常规检查总得分率 {overall}。"
        f"发现问题 {st.problems_found:,} 项，已整改 {st.problems_fixed:,} 项，"
        f"整改率 {st.fixed_text}。"
    )


def write_stats_pdf(
    st: Any, path: Path, *, font_path: str | None = None, language: str = "zh_CN"
) -> Path:
    """Draw the period's statistics into ``path`` (A4 portrait) in ``language``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from inspector.reports.linebreak import Paragraph

    lang = language
    sty = doc_styles(font_path)
    title = stats_title(st, lang)
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
        bottomMargin=16 * mm, title=title, author=st.office or "",
        lang="en" if is_english(lang) else "zh-CN",
    )  # fmt: skip
    width = A4[0] - doc.leftMargin - doc.rightMargin
    font = sty.font.name
    period = st.period

    def heading(key: str):
        return Paragraph(esc(label(key, lang)), sty.heading)

    span = fmt("{} 至 {}", lang, period.start.isoformat(), period.last_day.isoformat())
    office = st.office or label("（未设置）", lang)
    when = st.today.isoformat() if st.today else ""
    story: list = [
        Paragraph(esc(title), sty.title),
        Paragraph(esc(fmt("统计期间：{}", lang, span)), sty.subtitle),
        Spacer(1, 4 * mm),
        heading("一、总体情况"),
        Paragraph(esc(_summary(st, lang)), sty.body),
        heading("二、分类别得分率"),
        rate_chart(st.by_category, font, width, label("各类别得分率", lang), lang),
        _rate_table(sty, st.by_category, "类别", width, lang),
        heading("三、分网格得分率"),
        rate_chart(st.by_grid, font, width, fmt("各网格得分率（前 {} 个）", lang, MAX_BARS), lang),
        _rate_table(sty, st.by_grid, "网格", width, lang),
        heading("四、分场所类型得分率"),
        _rate_table(sty, st.by_kind, "场所类型", width, lang),
        heading("五、分检查员得分率"),
        _rate_table(sty, st.by_inspector, "检查员", width, lang),
        heading("六、问题发现与整改"),
        Paragraph(esc(fmt("发现问题与已整改：{}", lang, st.fixed_text)), sty.body),
        heading("七、不合格最多的检查项"),
        _count_table(
            sty, st.top_failed, ("序号", "检查项", "检查表 / 编号", "不合格次数"), width, lang
        ),
        heading("八、各网格逾期未整改问题"),
        Paragraph(esc(fmt(OVERDUE_AS_OF, lang, when)), sty.body),  # today's, not the period's
        count_chart(
            st.overdue_by_grid, font, width, label("逾期未整改（含移交执法）问题数", lang), lang
        ),
        _count_table(sty, st.overdue_by_grid, ("序号", "网格", "逾期问题数"), width, lang),
        Spacer(1, 6 * mm),
        Paragraph(esc(fmt("统计单位：{}　统计日期：{}", lang, office, when)), sty.body),
    ]
    on_page = page_footer(font, title, "", lang)
    doc.build(
        story,
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=page_count_canvas(lang),
    )
    return path
