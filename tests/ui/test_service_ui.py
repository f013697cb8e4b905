"""登记送达 on the documents page: the modal dialog is driven as a user would (a time
before the notice's date gets a sentence and the dialog stays open; a real time is
stored and the notice's next signed version prints it on its 送达回证)."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QApplication

from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents, keys
from inspector.services.paperwork.notice_service import service_of
from inspector.ui.paperwork.documents_page import DocumentsPage
from inspector.ui.paperwork.service_dialog import ServiceDialog


def _when_open(qtbot, steps):
    """Run ``steps(dialog)`` on the service dialog once it is shown modally."""

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ServiceDialog):
            steps(dialog)
        else:
            QTimer.singleShot(50, poke)

    QTimer.singleShot(50, poke)


def test_documents_page_records_the_time_of_service(qtbot, ctx):
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_demo_key(ctx)
    iid = add_sample_inspection(ctx, photos=0)
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_inspection(iid)
    assert not page.serve_button.isEnabled()  # no notice yet: nothing to serve
    assert page.produce(), page.message.text()
    assert "登记送达…" in page.message.text()  # after signing the notice: what comes next
    assert page.serve_button.isEnabled()
    seen: dict[str, str] = {}
    now = QDateTime.currentDateTime()

    def too_early(dialog: ServiceDialog) -> None:
        assert dialog.server.currentText() == "周明远"  # the lead inspector by default
        dialog.when.setDateTime(now.addDays(-2))
        dialog.accept()  # refused: the dialog says why and stays open
        seen["early"] = dialog.message.text()
        seen["open"] = str(dialog.isVisible())
        dialog.when.setDateTime(now)
        dialog.server.setCurrentText("李文静")
        dialog.accept()

    _when_open(qtbot, too_early)
    assert page.record_service(), page.message.text()
    assert "早于整改通知书" in seen["early"] and "签发日期" in seen["early"]
    assert seen["open"] == "True"
    row = service_of(ctx, iid)
    assert row is not None and row.server_name == "李文静"
    served = now.toPython().astimezone()
    assert abs(row.served_at - served) < timedelta(minutes=1)
    notices = [d for d in documents.documents_of(ctx, iid) if d.kind == "notice"]
    newest = max(notices, key=lambda d: d.version)
    assert newest.version == 2
    reader = PdfReader(io.BytesIO((ctx.paths.documents / newest.file_name).read_bytes()))
    text = "".join(p.extract_text() for p in reader.pages).replace(" ", "").replace("\n", "")
    assert f"{served:%H}时{served:%M}分" in text and "送达时填写" not in text
    assert page.preview.page_count() == newest.pages  # the new version is shown, printable
    assert page.preview.print_button.isEnabled()


def test_a_future_time_is_refused_in_the_dialog(qtbot, ctx):
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_demo_key(ctx)
    iid = add_sample_inspection(ctx, photos=0)
    documents.produce_documents(ctx, iid, None)
    dialog = ServiceDialog(ctx, iid, ["周明远", "李文静"])
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(1))
    dialog.accept()
    assert dialog.result() == 0 and "晚于现在" in dialog.message.text()
    assert service_of(ctx, iid) is None
