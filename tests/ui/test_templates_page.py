"""The read-only templates browser, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import QPoint, Qt

from inspector.services.core.templates import SHIPPED_DIR
from inspector.ui.checklists.templates_page import (
    APPLIES,
    CODE,
    ID_ROLE,
    LIMIT,
    PHOTO,
    POINTS,
    SEVERITY,
    TEXT,
    TemplatesPage,
)


def _open(qtbot, ctx) -> TemplatesPage:
    page = TemplatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click(qtbot, tree, entry, column=0) -> None:
    tree.scrollToItem(entry)
    x = tree.header().sectionViewportPosition(column) + 5
    y = tree.visualItemRect(entry).center().y()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))


def _template_rows(page):
    return page.template_entries()


def _item_rows(page) -> dict[str, object]:
    rows = {}
    for i in range(page.item_tree.topLevelItemCount()):
        section = page.item_tree.topLevelItem(i)
        for j in range(section.childCount()):
            rows[section.child(j).text(CODE)] = section.child(j)
    return rows


def test_clicking_a_template_shows_its_items(qtbot, ctx):
    page = _open(qtbot, ctx)
    ids = [r.data(0, ID_ROLE) for r in _template_rows(page)]
    assert len(ids) == len(ctx.catalog) == 10
    cafe = next(r for r in _template_rows(page) if r.data(0, ID_ROLE) == "school-internet-cafe")
    _click(qtbot, page.template_list, cafe)
    assert page.current_template().id == "school-internet-cafe"
    assert "校园周边网吧专项检查" in page.header.text()
    rows = _item_rows(page)
    order = ["IC-01", "IC-02", "IC-03", "IC-04", "IC-14", "IC-05", "IC-15"]
    assert list(rows) == order + [f"IC-{n:02d}" for n in range(6, 14)]
    distance = rows["IC-01"]
    assert distance.text(TEXT) == "与最近的中小学校距离不少于 200 米"
    assert distance.text(SEVERITY) == "红线"
    assert distance.text(LIMIT) == "≥ 200 m（距学校）"
    assert distance.text(PHOTO) == "需要"
    assert rows["IC-10"].text(LIMIT) == "少于 3 不合格"
    assert rows["IC-09"].text(POINTS) == "每个扣 1 分，最多 5 分"
    assert rows["IC-13"].text(TEXT).endswith("（选填）")

    _click(qtbot, page.item_tree, rows["IC-04"], column=TEXT)
    assert "逐台核对" in page.detail.toPlainText()

    _click(
        qtbot,
        page.template_list,
        next(r for r in _template_rows(page) if r.data(0, ID_ROLE) == "market"),
    )
    assert "MK-01" in _item_rows(page) and "IC-01" not in _item_rows(page)


def test_site_kind_filter_proposes_lists_and_greys_other_items(qtbot, ctx):
    page = _open(qtbot, ctx)
    page.set_site_kind("internet_cafe")
    assert [r.data(0, ID_ROLE) for r in _template_rows(page)] == [
        "school-shared",
        "school-internet-cafe",
        "street-frontage",
        "public-smoking-ban",
    ]
    page.set_site_kind("market_stall")
    assert [r.data(0, ID_ROLE) for r in _template_rows(page)] == ["market"]
    rows = _item_rows(page)
    assert rows["MK-05"].toolTip(CODE) == "此项不适用于所选场所类型"  # whole-market scale
    assert rows["MK-07"].toolTip(CODE) == ""  # the stall's own licence
    assert rows["MK-07"].text(APPLIES) == "市场摊位"
    page.set_site_kind(None)
    assert len(_template_rows(page)) == 10


def test_office_templates_and_their_problems_are_shown(qtbot, ctx, tmp_path):
    office = tmp_path / "office"
    office.mkdir()
    data = yaml.safe_load((SHIPPED_DIR / "window-counter.yaml").read_text("utf-8"))
    data["version"] = 4
    (office / "ours.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    (office / "typo.yaml").write_text("id: x\nversion: one\n", "utf-8")
    ctx.settings.template_dir = str(office)
    ctx.save_settings()
    page = _open(qtbot, ctx)
    assert page.select_template("window-counter")
    assert "v4" in page.header.text() and "本单位模板" in page.header.text()
    assert page.problems_label.isVisible()
    assert "typo.yaml" in page.problems_label.text()

    (office / "typo.yaml").unlink()
    ctx.settings.template_dir = ""
    ctx.save_settings()
    page.refresh()
    assert page.current_template().version == 3  # the shipped one again, still selected
    assert "内置模板" in page.header.text() and not page.problems_label.isVisible()


def test_main_window_has_the_templates_page(qtbot, ctx):
    from inspector.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "检查表模板" in titles
    window.nav.setCurrentRow(titles.index("检查表模板"))
    assert isinstance(window.stack.currentWidget(), TemplatesPage)


def test_workbook_import_and_export_from_the_page(qtbot, ctx, tmp_path):
    """The same preview and error list as ``inspector templates import``; export round-trips."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
    from xlsform_book import survey_rows, write_book

    from inspector.services.checklists.xlsform import read_workbook
    from inspector.ui.checklists.template_workbook import WorkbookImportDialog

    ctx.settings.template_dir = str(tmp_path / "office")
    ctx.save_settings()
    ctx.reload_catalog()
    page = TemplatesPage(ctx)
    qtbot.addWidget(page)
    rows = survey_rows()
    rows[3][0] = "yes_no"  # survey row 5: an unknown type
    bad = write_book(tmp_path / "bad.xlsx", survey=rows)
    dialog = WorkbookImportDialog(ctx, bad, page)
    qtbot.addWidget(dialog)
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines == ["survey，第 5 行，type 列：未知的 type 'yes_no'（可用：pass_fail, integer, "
                     "decimal, text, select_one 列表名, begin_group, begin_repeat, end_group, "
                     "end_repeat）"]  # fmt: skip
    assert not dialog.install_button.isEnabled()
    dialog.grab().save("/tmp/workbook_problems.png")

    good = write_book(tmp_path / "good.xlsx")

    def confirm() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, WorkbookImportDialog):
            assert d.preview.topLevelItemCount() == 2
            d.grab().save("/tmp/workbook_preview.png")
            d.install_button.click()
        else:
            QTimer.singleShot(20, confirm)

    QTimer.singleShot(0, confirm)
    assert page.import_workbook(good)
    assert (tmp_path / "office" / "test-market.v1.yaml").is_file()
    assert ctx.catalog.get("test-market") is not None
    assert "test-market" in [e.data(0, Qt.ItemDataRole.UserRole) for e in page.template_entries()]
    assert page.select_template("market")
    out = page.export_current(tmp_path / "market.xlsx")
    assert read_workbook(out)[1].content_hash == ctx.catalog.get("market").content_hash
