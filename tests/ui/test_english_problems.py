"""Template problems and refused sync packages reach the GUI in the interface language."""

from __future__ import annotations

import re

import pytest
import yaml
from PySide6.QtCore import QSettings, Qt
from sync_helpers import add_site, open_ctx

from inspector.services.core.templates import SHIPPED_DIR
from inspector.services.sync import service as sync
from inspector.store.engine import read_session
from inspector.store.models import SyncImportLog
from inspector.ui.shell.i18n import apply_language


@pytest.fixture(autouse=True)
def _chinese_after_each_test():
    QSettings().clear()
    yield
    apply_language("zh_CN")
    QSettings().clear()


def test_templates_page_explains_a_broken_office_template_in_either_language(qtbot, ctx, tmp_path):
    from inspector.ui.checklists.templates_page import TemplatesPage

    office = tmp_path / "office"
    office.mkdir()
    data = yaml.safe_load((SHIPPED_DIR / "market.yaml").read_text("utf-8"))
    item = data["sections"][0]["items"][1]
    del item["text"]
    item["rectify_days"] = "soon"
    (office / "broken.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    (office / "syntax.yaml").write_text("id: x\ntitle: [\n", "utf-8")
    ctx.settings.template_dir = str(office)
    ctx.save_settings()

    apply_language("en")
    page = TemplatesPage(ctx)
    qtbot.addWidget(page)
    assert not page.problems_label.isHidden()
    assert page.problems_label.text().splitlines() == [
        "These office templates have problems and are not used:",
        "broken.yaml [MK-02]: The item text (text) is missing",
        "broken.yaml [MK-02]: rectify_days must be a whole number of days, 0 or more, not 'soon'",
        "syntax.yaml [line 3, column 1]: YAML syntax error (expected the node content, "
        "but found '<stream end>'); check the indentation, colons and quotes",
    ]

    apply_language("zh_CN")  # the page follows on the LanguageChange event
    qtbot.waitUntil(lambda: page.problems_label.text().startswith("以下"), timeout=2000)
    assert page.problems_label.text().splitlines() == [
        "以下本单位模板有问题，未被采用：",
        "broken.yaml [MK-02]: 缺少检查内容 text",
        "broken.yaml [MK-02]: rectify_days 应为非负整数（天数），实为 'soon'",
        "syntax.yaml [第 3 行第 1 列]: YAML 格式错误（expected the node content, "
        "but found '<stream end>'），请检查缩进、冒号和引号",
    ]
    assert [str(p) for p in ctx.catalog.problems] == page.problems_label.text().splitlines()[1:]


def test_sync_page_says_in_english_why_a_package_was_refused(qtbot, tmp_path):
    from inspector.ui.sync.page import SyncPage

    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    field = open_ctx(tmp_path / "field")  # never registered at the office
    add_site(field)
    inbox = tmp_path / "inbox"
    package = sync.export_changes(field, inbox).path

    apply_language("en")
    page = SyncPage(office)
    qtbot.addWidget(page)
    page.show()
    page.inbox_edit.setText(str(inbox))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.status_label.text().splitlines() == [
        "Import finished: Rejected 1",
        f"{package.name}: The package was refused; the database was not changed: "
        f"The package comes from device {field.device_id}, which is not registered; "
        "refused. Register the device at the office first.",
    ]
    # the import log keeps the Chinese sentence: history is not re-translated
    with read_session(office.engine) as s:
        (logged,) = s.exec(SyncImportLog.__table__.select()).all()
    assert logged.message == (
        f"数据包已拒收，数据库未作任何更改：数据包来自未登记的设备 {field.device_id}，"
        "已拒收。请先在办公室登记该设备。"
    )
    assert page.log_table.item(0, 5).text() == logged.message
    field.close()
    office.close()


def test_an_unreadable_bundle_row_is_explained_in_english(qapp, tmp_path):
    from sync_helpers import signed_bundle_with_bad_site_row

    from inspector.services.core.errors import UserError
    from inspector.services.sync import bundle as bundles
    from inspector.ui.shell.i18n import error_text

    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    field = open_ctx(tmp_path / "field")
    bad = signed_bundle_with_bad_site_row(office, tmp_path, lambda record: {"op": "upsert"})
    with pytest.raises(UserError) as err:
        bundles.import_office_bundle(
            field, bad, accept_fingerprint=sync.own_office(office).fingerprint
        )
    apply_language("en")
    said = error_text(err.value)
    assert (
        said.startswith("The office bundle is not valid") and "site records are not valid" in said
    )
    assert not re.search(r"[\u4e00-\u9fff\uff01-\uffef]", said)
    apply_language("zh_CN")
    assert error_text(err.value) == str(err.value)
    field.close()
    office.close()
