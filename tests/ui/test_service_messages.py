"""Messages made by the services reach the GUI in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from inspector.domain.text import Message
from inspector.services.core.errors import UserError
from inspector.services.register import entries as reg
from inspector.ui.shell.i18n import apply_language, error_text, service_text


@pytest.fixture(autouse=True)
def _chinese_after_each_test():
    QSettings().clear()
    yield
    apply_language("zh_CN")
    QSettings().clear()


def test_site_dialog_shows_the_service_error_in_the_interface_language(qtbot, ctx):
    from inspector.ui.register.site_dialog import SiteDialog

    apply_language("en")
    dialog = SiteDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    dialog.lat.setText("95")
    dialog.lon.setText("113.04")
    dialog.accept()  # save_site refuses: UserError("{}。", joined(problems))
    assert dialog.error.text() == (
        "The name must not be empty; Latitude 95.0 is out of range (-90 to 90)."
    )
    assert dialog.saved_id is None

    apply_language("zh_CN")
    dialog.accept()
    assert dialog.error.text() == "名称不能为空；纬度 95.0 超出范围（-90 至 90）。"

    apply_language("en")
    dialog.lat.setText("north")  # the dialog's own check, translated by the dialog
    dialog.accept()
    assert dialog.error.text() == "Latitude “north” is not a number"
    assert reg.search_sites(ctx) == []


def test_import_preview_lists_row_problems_in_the_interface_language(qtbot, ctx, tmp_path):
    from inspector.services.register.import_export import parse_sites
    from inspector.ui.register.import_preview import ImportPreviewDialog

    f = tmp_path / "sites.csv"
    f.write_text(
        "名称,类型,纬度,经度,有效期至,证照类型\n"
        "好店,网吧,25.79,113.04,,\n"
        "坏店,月球基地,abc,,2027-02-30,许可证\n",
        encoding="utf-8",
    )
    preview = parse_sites(f)
    apply_language("en")
    dialog = ImportPreviewDialog(ctx, preview)
    qtbot.addWidget(dialog)
    assert dialog.bad_table.rowCount() == 1
    assert dialog.bad_table.item(0, 2).text() == (
        "Site type “月球基地” is not recognised; Latitude “abc” is not a number; "
        "The date “2027-02-30” does not exist"
    )
    apply_language("zh_CN")
    chinese = ImportPreviewDialog(ctx, preview)
    qtbot.addWidget(chinese)
    assert chinese.bad_table.item(0, 2).text() == (
        "场所类型“月球基地”无法识别；纬度“abc”不是数字；日期“2027-02-30”不存在"
    )


def test_background_job_reports_service_errors_and_messages_in_english(qtbot, tmp_path):
    from inspector.services.register.import_export import parse_sites
    from inspector.ui.shell.job import SyncJob

    seen: list[object] = []

    def work(progress, _cancelled):
        progress(0, 1, Message("第 {} 行：{}", 7, Message("缺少场所类型")))
        return parse_sites(tmp_path / "sites.txt")

    apply_language("en")
    job = SyncJob(work)
    job.progressed.connect(lambda _d, _t, what: seen.append(what))
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    job.wait()
    assert failed.args == ["Unsupported file type “.txt”: use a .csv or .xlsx file."]
    qtbot.waitUntil(lambda: bool(seen))
    assert service_text(seen[0]) == "Row 7: The site type is missing"  # still a Message


def test_error_text_translates_values_and_falls_back_to_the_chinese_sentence():
    apply_language("en")
    inner = UserError("这次复查中没有检查项 {}。", "A1")
    assert (
        error_text(UserError("第 {} 行：{}", 3, inner))
        == "Row 3: This re-inspection has no item A1."
    )
    assert error_text(ValueError("plain")) == "plain"
    assert service_text("一句没有收录的话 {}", 1) == "一句没有收录的话 1"
    apply_language("zh_CN")
    assert error_text(UserError("第 {} 行：{}", 3, inner)) == "第 3 行：这次复查中没有检查项 A1。"


def test_stats_page_speaks_english_for_a_bad_period_and_its_progress(qtbot, ctx, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from inspector.ui.followup.stats_page import StatsPage

    shown: list[str] = []
    labels: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    set_label = QProgressDialog.setLabelText

    def record_label(dialog, text):
        labels.append(text)
        set_label(dialog, text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", record_label)
    apply_language("en")
    page = StatsPage(ctx)
    qtbot.addWidget(page)

    def run(period: str) -> None:
        labels.clear()
        page.period_edit.setText(period)
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.task is None, timeout=20_000)

    run("2026-13")
    expected = "The period “2026-13” is not valid: The month must be between 1 and 12: 13"
    assert shown == [expected] and page.status_label.text() == expected

    run("2026Q4")  # the progress dialog shows the service's steps
    assert "Counting inspections…" in labels and labels[-1] == "Statistics ready"

    apply_language("zh_CN")
    run("2026Q9")
    assert shown[-1] == "无法识别的期间“2026Q9”：请写成月份 2026-10 或季度 2026Q4。"
    run("2026Q4")
    assert "正在统计检查次数…" in labels and labels[-1] == "统计完成"


def test_a_rejected_office_bundle_is_explained_in_english(tmp_path):
    import json
    import zipfile

    from inspector.services.sync.bundle import read_office_bundle

    path = tmp_path / "office.bundle"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("bundle.json", json.dumps({"format": "something else"}))
    with pytest.raises(UserError) as caught:
        read_office_bundle(path)
    apply_language("en")
    assert error_text(caught.value) == (
        "The office bundle is not valid; nothing was changed: This is not an office bundle."
    )
    assert str(caught.value) == "配置包无效，未作任何更改：这不是办公室配置包。"
