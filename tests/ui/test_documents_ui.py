"""The paperwork screens: signing dialog, documents page with preview, verify dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.followup import finish as followup_finish
from inspector.services.paperwork import documents, keys
from inspector.ui.paperwork.documents_page import DocumentsPage
from inspector.ui.paperwork.signing_dialog import SigningDialog
from inspector.ui.paperwork.verify_dialog import VerifyDialog


def _scribble(pad) -> None:
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    points = [(30, 90), (90, 40), (150, 100), (220, 40)]
    for i, (x, y) in enumerate(points):
        kind = QEvent.Type.MouseButtonPress if i == 0 else QEvent.Type.MouseMove
        pos = QPointF(x, y)
        ev = QMouseEvent(
            kind, pos, pos, left if i == 0 else none, left, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(pad, ev)
    pos = QPointF(*points[-1])
    QApplication.sendEvent(
        pad,
        QMouseEvent(
            QEvent.Type.MouseButtonRelease, pos, pos, left, none, Qt.KeyboardModifier.NoModifier
        ),
    )


def test_signing_dialog_saves_refusal_with_witness(qtbot, ctx):
    iid = add_sample_inspection(ctx, photos=0)
    dlg = SigningDialog(ctx, iid)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.lead.name.text()  # prefilled from the record
    dlg.save()
    assert dlg.result() == 0 and "主办检查人员" in dlg.error.text()
    _scribble(dlg.lead.pad)
    dlg.refused.setChecked(True)
    assert dlg.refusal.isVisible()
    dlg.reason.setText("不认可检查结果")
    dlg.witness.name.setText("王社区")
    dlg.save()
    assert "见证人" in dlg.error.text()
    _scribble(dlg.witness.pad)
    dlg.save()
    assert dlg.result() == 1, dlg.error.text()
    saved = documents.signatures(ctx, iid)
    assert set(saved) == {"lead", "party", "witness"}
    assert saved["party"].refused and saved["party"].witness_name == "王社区"
    assert (ctx.paths.signatures / saved["lead"].file_name).read_bytes().startswith(b"\x89PNG")


def test_documents_page_previews_and_produces(qtbot, ctx, tmp_path):
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_demo_key(ctx)
    iid = add_sample_inspection(ctx, photos=1)
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.select_inspection(iid)
    assert page.current_id() == iid
    assert page.deadlines.rowCount() == 4
    assert page.show_preview("record")
    qtbot.waitUntil(lambda: page.preview.page_count() >= 1)
    page.deadlines.cellWidget(0, 2).setValue(12)
    assert page.days()[page.deadlines.item(0, 0).data(Qt.ItemDataRole.UserRole)] == 12
    assert page.produce(), page.message.text()
    assert page.produced.count() == 2
    made = documents.documents_of(ctx, iid)
    dlg = VerifyDialog(ctx, path=ctx.paths.documents / made[0].file_name)
    qtbot.addWidget(dlg)
    assert dlg.ok is True
    assert dlg.verdict.text() == "✔ 结论：有效"
    assert "签名人是记录上的检查人员：是" in dlg.details.toPlainText()
    bad = tmp_path / "bad.pdf"
    data = bytearray((ctx.paths.documents / made[0].file_name).read_bytes())
    data[len(data) // 3] ^= 0x01
    bad.write_bytes(bytes(data))
    assert dlg.verify_file(bad) is False
    assert dlg.verdict.text() in ("✘ 结论：签名后被修改", "✘ 结论：签名无效")


def test_main_window_has_the_documents_page(qtbot, ctx):
    from inspector.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_page(window.tr("文书与签名"))
    assert isinstance(page, DocumentsPage)


def test_paperwork_settings_set_the_number_block(qtbot, ctx, tmp_path):
    from inspector.services.paperwork.keys import trust_dir
    from inspector.services.paperwork.numbering import block_config, issue_number
    from inspector.ui.paperwork.settings import PaperworkSettingsDialog

    dlg = PaperworkSettingsDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.prefix.text() == ""  # provisional block: nothing office-assigned yet
    dlg.prefix.setText("苏仙巡〔2026〕")
    dlg.first.setValue(50)
    dlg.last.setValue(10)
    dlg.save()
    assert dlg.result() == 0 and "无效" in dlg.error.text()
    dlg.last.setValue(80)
    dlg.trust.setText(str(tmp_path / "trust"))
    dlg.save()
    assert dlg.result() == 1
    cfg = block_config(ctx)
    assert (cfg.prefix, cfg.first, cfg.last, cfg.provisional) == ("苏仙巡〔2026〕", 50, 80, False)
    assert issue_number(ctx, "record") == "苏仙巡〔2026〕0050"
    assert trust_dir(ctx) == tmp_path / "trust"


def test_deadline_table_names_items_in_the_interface_language(qtbot, ctx):
    from PySide6.QtGui import QAction

    from inspector.ui.shell.i18n import apply_language
    from inspector.ui.shell.main_window import MainWindow

    iid = add_sample_inspection(ctx, photos=0)
    apply_language("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        page = window.show_page(window.tr("文书与签名"))
        assert isinstance(page, DocumentsPage)
        page.select_inspection(iid)

        def first_items() -> list[str]:
            return [page.deadlines.item(r, 0).text() for r in range(page.deadlines.rowCount())]

        assert any(r.startswith("IC-03 ") and "未成年人" in r for r in first_items())
        window.findChild(QAction, "action_language_en").trigger()
        qtbot.waitUntil(lambda: 'IC-03 "No minors" sign at the entrance' in first_items())
        assert page.current_id() == iid  # the selection survives the reload
        window.findChild(QAction, "action_language_zh_CN").trigger()
        qtbot.waitUntil(lambda: any("未成年人" in r for r in first_items()))
    finally:
        apply_language("zh_CN")


def test_documents_page_asks_for_new_signatures_after_an_amendment(qtbot, ctx):
    import io

    from PIL import Image

    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_demo_key(ctx)
    iid = add_sample_inspection(ctx, photos=0)
    buf = io.BytesIO()
    Image.new("RGBA", (60, 20), (0, 0, 0, 255)).save(buf, "PNG")
    documents.save_signature(ctx, iid, "party", buf.getvalue(), name="陈晓东")
    followup_finish.amend(
        ctx, iid, "school-internet-cafe", "IC-03", outcome="pass", reason="复核", actor="周明远"
    )
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_inspection(iid)
    assert "被检查方" in page.message.text() and "重新签名" in page.message.text()
    assert not page.produce()  # refused until the party signs again
    assert "更正前给出" in page.message.text()
    documents.save_signature(ctx, iid, "party", buf.getvalue(), name="陈晓东")
    assert page.produce(), page.message.text()
