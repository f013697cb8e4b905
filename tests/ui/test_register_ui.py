"""The register page driven like a user: dialogs, archive, search, import preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from inspector.services.register import entries as reg
from inspector.ui.register.import_preview import ImportPreviewDialog
from inspector.ui.register.page import RegisterPage
from inspector.ui.register.school_dialog import SchoolDialog
from inspector.ui.register.site_dialog import SiteDialog

SAVE = QDialogButtonBox.StandardButton.Save
# QTest cannot type CJK characters, so Chinese text goes in with QLineEdit.insert().


def with_modal(qtbot, action, handle):
    """Run ``action`` (which opens a modal dialog) and let ``handle(dialog)`` drive it."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        try:
            handle(dialog)
        except BaseException as exc:  # an assertion inside the event loop: report it after
            errors.append(exc)
            dialog.reject()

    errors: list[BaseException] = []
    QTimer.singleShot(0, poll)
    result = action()
    if errors:
        raise errors[0]
    assert seen, "no dialog was shown"
    return seen[0], result


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table_names(tab) -> list[str]:
    return sorted(tab.table.item(r, 0).text() for r in range(tab.table.rowCount()))


@pytest.fixture
def page(qtbot, ctx):
    p = RegisterPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    return p


def test_create_site_through_the_dialog(qtbot, ctx, page):
    def fill(d: SiteDialog):
        click(qtbot, d.buttons.button(SAVE))  # empty name: refused inline, dialog stays
        assert d.isVisible() and "名称不能为空" in d.error.text()
        d.name.insert("星际网络会所")
        d.kind.setCurrentIndex(d.kind.findData("internet_cafe"))
        d.address.insert("苏仙区青石路12号")
        d.grid.insert("青石社区第1网格")
        d.person.insert("王伟")
        qtbot.keyClicks(d.lat, "25.7885")
        qtbot.keyClicks(d.lon, "113.0406")
        d.add_licence_row("网络文化经营许可证", "XK001", "2027-12-31")
        d.add_licence_row("营业执照", "9243", "2027-02-30")  # no such day
        click(qtbot, d.buttons.button(SAVE))
        assert d.isVisible() and "第 2 个证照" in d.error.text()
        d.licences.item(1, 2).setText("")
        click(qtbot, d.buttons.button(SAVE))

    dialog, _ = with_modal(qtbot, page.sites.new_button.click, fill)
    assert not dialog.isVisible()
    assert table_names(page.sites) == ["星际网络会所"]
    assert page.sites.current_id() == dialog.saved_id
    saved = reg.get_site(ctx, dialog.saved_id)
    assert (saved.kind, saved.lat, saved.responsible_person) == ("internet_cafe", 25.7885, "王伟")
    assert [(x.kind, str(x.valid_until)) for x in saved.licences] == [
        ("网络文化经营许可证", "2027-12-31"),
        ("营业执照", "None"),
    ]


def test_edit_archive_restore_and_search(qtbot, ctx, page):
    a = reg.save_site(ctx, reg.SiteData(name="欢乐电玩城", kind="game_hall", address="青石路80号"))
    reg.save_site(ctx, reg.SiteData(name="启智书店", kind="publication_seller", grid="桂花网格"))
    page.sites.refresh()
    assert page.sites.select_id(a.id)

    def edit(d: SiteDialog):
        assert d.name.text() == "欢乐电玩城"
        assert d.grid.completer().model().stringList() == ["桂花网格"]
        d.phone.setText("13800000009")
        click(qtbot, d.buttons.button(SAVE))

    with_modal(qtbot, page.sites.edit_button.click, edit)
    assert reg.get_site(ctx, a.id).phone == "13800000009"

    page.sites.search.insert("桂花")
    assert table_names(page.sites) == ["启智书店"]
    page.sites.search.clear()
    assert len(table_names(page.sites)) == 2

    page.sites.select_id(a.id)
    assert page.sites.archive_button.text() == "归档"
    click(qtbot, page.sites.archive_button)
    assert table_names(page.sites) == ["启智书店"]
    page.sites.show_archived.setChecked(True)
    assert table_names(page.sites) == ["启智书店", "欢乐电玩城"]
    page.sites.select_id(a.id)
    row = page.sites.table.currentRow()
    assert page.sites.table.item(row, 9).text() == "已归档"
    assert page.sites.archive_button.text() == "恢复"
    click(qtbot, page.sites.archive_button)
    assert reg.search_sites(ctx, "电玩")[0].archived is False


def test_school_dialog_with_gates(qtbot, ctx, page):
    page.tabs.setCurrentWidget(page.schools)

    def fill(d: SchoolDialog):
        d.name.insert("东塘幼儿园")
        d.kind.setCurrentIndex(d.kind.findData("kindergarten"))
        d.add_point_row("gate", "大门", "25.78484", "113.0335")
        d.add_point_row("boundary", "", "25.7848", "abc")
        click(qtbot, d.buttons.button(SAVE))
        assert "第 2 个坐标点" in d.error.text() and "不是数字" in d.error.text()
        d.points.item(1, 3).setText("113.0331")
        click(qtbot, d.buttons.button(SAVE))

    dialog, _ = with_modal(qtbot, page.schools.new_button.click, fill)
    school = reg.get_school(ctx, dialog.saved_id)
    assert school.kind == "kindergarten"
    assert [(p.kind, p.label) for p in school.points] == [("gate", "大门"), ("boundary", "")]
    assert page.schools.table.item(0, 5).text() == "大门"


MIXED = (
    "场所名称,场所类型,地址\n"
    "星际网络会所,网吧,青石路12号\n"
    "赌场,casino,某路\n"
    "启智书店,出版物及文具经营店,青石路20号\n"
    ",网吧,无名\n"
)


def test_import_preview_lists_bad_rows_and_imports_only_on_confirm(qtbot, ctx, page, tmp_path):
    f = tmp_path / "sites.csv"
    f.write_text(MIXED, encoding="utf-8-sig")

    def look_and_cancel(d: ImportPreviewDialog):
        assert d.bad_table.rowCount() == 2
        assert d.bad_table.item(0, 0).text() == "3"
        assert d.bad_table.item(0, 1).text() == "赌场"
        assert "casino" in d.bad_table.item(0, 2).text()
        assert d.bad_table.item(1, 0).text() == "5"
        assert d.good_table.rowCount() == 2
        assert d.import_button.text() == "导入 2 行"
        assert reg.search_sites(ctx) == []  # nothing saved while previewing
        d.grab().save(str(tmp_path / "preview.png"))
        click(qtbot, d.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    _, count = with_modal(qtbot, lambda: page.sites.import_file(f), look_and_cancel)
    assert count == 0 and reg.search_sites(ctx) == []

    _, count = with_modal(
        qtbot, lambda: page.sites.import_file(f), lambda d: click(qtbot, d.import_button)
    )
    assert count == 2
    assert table_names(page.sites) == ["启智书店", "星际网络会所"]


def test_export_from_the_page(qtbot, ctx, page, tmp_path):
    reg.save_site(ctx, reg.SiteData(name="甜甜小吃店", kind="food_shop"))
    assert page.sites.export_file(tmp_path / "s.xlsx") == 1
    assert (tmp_path / "s.xlsx").stat().st_size > 0


def test_expired_licences_are_pointed_out(qtbot, ctx, page):
    from datetime import date, timedelta

    old = date.today() - timedelta(days=1)
    lic = [reg.LicenceData("食品经营许可证", "JY1", old), reg.LicenceData("营业执照", "9243")]
    site = reg.save_site(ctx, reg.SiteData(name="张记零食铺", kind="food_shop", licences=lic))
    page.sites.refresh()
    assert page.sites.table.item(0, 7).text() == "2（1 个过期）"
    dialog = SiteDialog(ctx, site.id)
    qtbot.addWidget(dialog)
    assert dialog.licences.item(0, 2).toolTip() == "已过期"
    assert dialog.licences.item(1, 2).toolTip() == ""


def test_import_can_be_cancelled_and_saves_nothing(qtbot, ctx, tmp_path):
    from inspector.services.register.import_export import parse_sites

    f = tmp_path / "many.csv"
    f.write_text("名称,类型\n" + "\n".join(f"店{i},小餐饮" for i in range(300)), encoding="utf-8")
    dialog = ImportPreviewDialog(ctx, parse_sites(f))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._cancel = True  # as if 取消 was pressed at once
    click(qtbot, dialog.import_button)
    assert dialog.progress.isVisible() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == 0 and dialog.imported == 0
    assert reg.search_sites(ctx) == []


def test_import_shows_progress_and_imports_in_the_background(qtbot, ctx, tmp_path):
    from inspector.services.register.import_export import parse_sites

    f = tmp_path / "many.csv"
    f.write_text("名称,类型\n" + "\n".join(f"店{i},小餐饮" for i in range(300)), encoding="utf-8")
    dialog = ImportPreviewDialog(ctx, parse_sites(f))
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.result() == 1 and dialog.imported == 300
    assert dialog.progress.value() == 300
    assert len(reg.search_sites(ctx)) == 300


OFFICE = (
    "商户名称,行业类型,统一社会信用代码/营业执照号,许可证号,序号\n"
    "亮车坊,洗车店,,,1\n"
    "净车行,洗车店,,,2\n"
    "李记理发店,理发店,92431003MA4L0QF2X1,WS001,3\n"
    "王记副食,副食品店,92431003MA4L0QF2XD,,4\n"
)


def test_import_preview_maps_an_unknown_kind_once_and_remembers_it(qtbot, ctx, tmp_path):
    from inspector.services.core.kind_aliases import load_aliases, office_aliases_path
    from inspector.services.register.import_export import parse_sites

    f = tmp_path / "office.csv"
    f.write_text(OFFICE, encoding="utf-8")
    dialog = ImportPreviewDialog(ctx, parse_sites(f, load_aliases(ctx)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.kind_boxes) == ["洗车店"]
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "未识别、将忽略的列：序号" in labels  # not dropped silently
    assert dialog.bad_table.rowCount() == 3 and dialog.good_table.rowCount() == 1
    assert "第 18 位应为“D”" in dialog.bad_table.item(2, 2).text()
    assert dialog.accept_unchecked.isVisible()
    combo = dialog.kind_boxes["洗车店"]
    combo.setCurrentIndex(combo.findData("public_venue"))  # one choice, both rows
    assert dialog.bad_table.rowCount() == 1 and dialog.good_table.rowCount() == 3
    combo.setCurrentIndex(0)  # changed her mind: back out
    assert dialog.bad_table.rowCount() == 3
    combo.setCurrentIndex(combo.findData("public_venue"))
    box = dialog.accept_unchecked  # click on its tick box, as a user does
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert dialog.bad_table.rowCount() == 0 and dialog.import_button.text() == "导入 4 行"
    dialog.grab().save(str(tmp_path / "office-preview.png"))
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.imported == 4
    sites = {s.name: s for s in reg.search_sites(ctx)}
    assert sites["亮车坊"].kind == sites["净车行"].kind == "public_venue"
    assert sites["李记理发店"].credit_code_unchecked and not sites["王记副食"].credit_code_unchecked
    assert "洗车店: public_venue" in office_aliases_path(ctx).read_text("utf-8")


def test_site_dialog_checks_the_credit_code_while_typing(qtbot, ctx, tmp_path):
    dialog = SiteDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("李记理发店")
    qtbot.keyClicks(dialog.credit, "92431003ma4l0qf2x1")
    assert dialog.credit_note.isVisible()
    assert "第 18 位应为“D”" in dialog.credit_note.text()
    dialog.grab().save(str(tmp_path / "credit.png"))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible() and "校验位有误仍保存" in dialog.error.text()
    assert reg.search_sites(ctx) == []
    box = dialog.credit_keep
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    (site,) = reg.search_sites(ctx)
    assert site.credit_code == "92431003MA4L0QF2X1" and site.credit_code_unchecked

    again = SiteDialog(ctx, site.id)  # corrected later: the flag goes
    qtbot.addWidget(again)
    again.show()
    assert again.credit_keep.isChecked()
    again.credit.setText("92431003MA4L0QF2XD")
    assert not again.credit_note.isVisible()
    click(qtbot, again.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not reg.get_site(ctx, site.id).credit_code_unchecked


def test_register_table_sorts_names_by_pinyin(qtbot, ctx, page):
    for name, grid in (("中华网吧", "一网格"), ("便民网吧", "二网格"), ("阿里网吧", "三网格")):
        reg.save_site(ctx, reg.SiteData(name=name, kind="internet_cafe", grid=grid))
    page.sites.refresh()
    header = page.sites.table.horizontalHeader()
    qtbot.mouseClick(  # a click on the name column's header sorts by it
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2),
    )
    shown = [page.sites.table.item(r, 0).text() for r in range(3)]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        shown.reverse()
    assert shown == ["阿里网吧", "便民网吧", "中华网吧"]  # code point order: 中 便 阿
