"""Texts longer than their field, impossible coordinates and odd phone numbers are said,
never cut and never half saved: the header, site and school dialogs on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text

from inspector.services.inspection import walk as inspections
from inspector.services.register import entries as reg
from inspector.services.register.entries import SiteData, save_site
from inspector.ui.inspection.header_dialog import HeaderDialog
from inspector.ui.register.school_dialog import SchoolDialog
from inspector.ui.register.site_dialog import SiteDialog

SAVE = QDialogButtonBox.StandardButton.Save


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(SAVE), Qt.MouseButton.LeftButton)


def _db(ctx, sql: str):
    with ctx.engine.connect() as conn:
        return conn.execute(text(sql)).all()


@pytest.fixture
def header(qtbot, ctx):
    ctx.settings.inspector_name = "张伟"
    site = save_site(ctx, SiteData(name="星空网吧", kind="internet_cafe", lat=25.79, lon=113.03))
    insp = inspections.start_inspection(ctx, site.id, ["school-internet-cafe"])
    dialog = HeaderDialog(ctx, insp)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_header_name_longer_than_its_field_is_refused_whole(qtbot, ctx, header):
    edit = header.edits["lead_inspector_name"]
    qtbot.keyClicks(edit, "x" * 150)
    assert len(edit.text()) == 150 + len("张伟")  # the field holds everything typed
    _save(qtbot, header)
    assert header.isVisible() and "最多 100 个字" in header.message.text()
    assert _db(ctx, "select lead_inspector_name from inspection") == [("张伟",)]
    assert _db(ctx, "select count(*) from audit_log where field = 'lead_inspector_name'") == [(0,)]


def test_header_coordinates_out_of_range_are_refused(qtbot, ctx, header):
    header.coords.setText("99.5, 113.03")
    _save(qtbot, header)
    assert header.isVisible() and "纬度" in header.message.text()
    assert _db(ctx, "select lat, lon from inspection") == [(25.79, 113.03)]


def test_site_dialog_refuses_long_texts_and_warns_about_a_phone(qtbot, ctx):
    dialog = SiteDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("李记理发店")
    qtbot.keyClicks(dialog.phone, "call me")
    assert dialog.phone_note.isVisible() and "不像电话号码" in dialog.phone_note.text()
    dialog.phone.setText("0735-2345678")
    assert not dialog.phone_note.isVisible()
    dialog.address.setText("人民路" * 120)  # 360 characters, the column holds 300
    _save(qtbot, dialog)
    assert dialog.isVisible() and "“地址”最多 300 个字" in dialog.error.text()
    assert reg.search_sites(ctx) == []
    # a credit code longer than any is refused even with "keep" ticked
    dialog.address.setText("人民路 12 号")
    dialog.credit.setText("92431003MA4L0QF2XD9")
    dialog.credit_keep.setChecked(True)
    _save(qtbot, dialog)
    assert dialog.isVisible() and "最多 18 位" in dialog.error.text()
    assert reg.search_sites(ctx) == []
    dialog.credit.setText("92431003MA4L0QF2XD")
    _save(qtbot, dialog)
    (site,) = reg.search_sites(ctx)
    assert site.phone == "0735-2345678" and site.address == "人民路 12 号"


def test_school_dialog_refuses_a_name_longer_than_its_field(qtbot, ctx):
    dialog = SchoolDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("北湖" * 101)
    _save(qtbot, dialog)
    assert dialog.isVisible() and "最多 200 个字" in dialog.error.text()
    assert _db(ctx, "select count(*) from school") == [(0,)]


def test_a_digit_a_spin_box_refuses_is_said(qtbot, ctx):
    from PySide6.QtWidgets import QToolTip

    from inspector.ui.paperwork.settings import PaperworkSettingsDialog

    dialog = PaperworkSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.last
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "9999999")
    assert spin.value() == 9_999_999 and not spin.property("refusal")
    qtbot.keyClicks(spin, "9")  # an eighth digit: past the range
    assert spin.value() == 9_999_999  # the box keeps what it had …
    said = spin.property("refusal")
    assert said and "9999999" in said and "“9”未被接受" in said  # … and says so
    assert QToolTip.isVisible() and QToolTip.text() == said


def test_site_dialog_refuses_a_latitude_out_of_range(qtbot, ctx):
    dialog = SiteDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("李记理发店")
    qtbot.keyClicks(dialog.lat, "125.79")
    qtbot.keyClicks(dialog.lon, "113.03")
    assert dialog.lat.text() == "125.79"  # nothing cut while typing
    _save(qtbot, dialog)
    assert dialog.isVisible() and "纬度 125.79 超出范围" in dialog.error.text()
    assert reg.search_sites(ctx) == []


def test_the_amend_dialog_refuses_a_figure_outside_the_hard_range(qtbot, ctx):
    from inspector.services.demo.document_samples import add_sample_inspection
    from inspector.services.inspection.view import load_inspection
    from inspector.ui.inspection.amend_dialog import AmendDialog

    iid = add_sample_inspection(ctx, photos=0)
    view = load_inspection(ctx, iid)
    ref = view.item("school-internet-cafe", "IC-10")
    dialog = AmendDialog(ctx, iid, ref, view.effective(ref.key))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("重新点数")
    edit = dialog.answer.edit
    edit.clear()
    qtbot.keyClicks(edit, "9999999")
    assert edit.text() == "9999999"
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.isVisible() and "不可能成立" in dialog.message.text()
    assert _db(ctx, "select count(*) from amendment") == [(0,)]


def test_settings_refuse_an_inspector_name_longer_than_its_field(qtbot, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from inspector.ui.shell.settings_dialog import SettingsDialog

    ctx.settings.inspector_name = "张伟"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inspector.setText("张" * 101)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    _save(qtbot, dialog)
    assert seen and "最多 100 个字，现为 101 个字" in seen[0]
    assert dialog.isVisible() and dialog.inspector.text() == "张" * 101
    assert ctx.settings.inspector_name == "张伟"
