"""Views are live: after each kind of write the open page and the status bar show the
database as it is, without changing page; a hidden page catches up when shown; a page
not concerned by a kind of change does not reload."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

import pytest
from followup_data import add_inspection as add_finished
from followup_data import add_site as add_followup_site
from sync_helpers import add_inspection as add_synced_inspection
from sync_helpers import add_site as add_synced_site
from sync_helpers import open_ctx

from inspector.services.core.changes import Change
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.followup import cases
from inspector.services.followup import finish as followup_finish
from inspector.services.inspection import walk as inspections
from inspector.services.paperwork import documents, keys
from inspector.services.register.entries import SiteData, save_site
from inspector.services.sync import service as sync
from inspector.ui.shell.main_window import MainWindow
from inspector.ui.shell.operations import hub, run_op

CAFE = "school-internet-cafe"
WAIT = 10_000


def _signing_key(ctx) -> None:
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_demo_key(ctx)


def _window(qtbot, ctx) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1300, 700)
    win.show()
    qtbot.waitExposed(win)
    status = win.extras_status
    assert status is not None
    status.refresh()
    return win


def _status(win: MainWindow, key: str) -> str:
    assert win.extras_status is not None
    return win.extras_status.labels[key].text()


def _answer_all(ctx, inspection_id: str, smokers: int = 0) -> None:
    """Every item of the internet-café checklist answered; ``smokers`` > 0 fails IC-09."""
    template = ctx.catalog.get(CAFE)
    values = {
        "pass_fail": {"outcome": "pass"},
        "count": {"count": 0},
        "measurement": {"measurement": 320.0},
        "text": {"text": "无"},
    }
    rows = []
    for _s, item in template.items():
        if item.code in ("IC-05", "IC-15"):  # not asked: no minors present
            continue
        value = {"choice": item.choices[0].code} if item.answer == "choice" else values[item.answer]
        if item.code == "IC-14":
            value = {"choice": "no"}
        if item.code == "IC-09":
            value = {"count": smokers}
        rows.append((CAFE, item.code, value))
    inspections.answer_many(ctx, inspection_id, rows)
    inspections.record_distance(
        ctx, inspection_id, CAFE, "IC-01", method="straight_line", distance_m=320.0,
        school_name="北湖小学", start_point="网吧正门", end_point="学校大门", tool="测距轮",
    )  # fmt: skip


def test_document_generated_shows_on_the_open_documents_page_and_the_status_bar(qtbot, ctx):
    _signing_key(ctx)
    iid = add_sample_inspection(ctx, photos=0)
    win = _window(qtbot, ctx)
    page = win.show_page(win.tr("文书与签名"))
    page.select_inspection(iid)
    row = page.inspections.currentRow()
    assert page.inspections.item(row, 3).text() == "0"
    unsynced = _status(win, "unsynced")
    # written by another view's operation (the walk window's finish step, say)
    run_op(None, lambda: documents.produce_documents(ctx, iid, None))
    qtbot.waitUntil(lambda: page.inspections.item(row, 3).text() == "2", timeout=WAIT)
    assert page.produced.count() == 2  # the selected inspection's list too
    qtbot.waitUntil(lambda: _status(win, "unsynced") != unsynced, timeout=WAIT)
    assert win.nav.currentItem().text() == "文书与签名"


def test_export_finished_updates_the_status_bar(qtbot, tmp_path):
    field = open_ctx(tmp_path / "field")
    site = add_synced_site(field)
    add_synced_inspection(field, site.id, photos=1, answers=3)
    win = _window(qtbot, field)
    page = win.show_page(win.tr("同步"))
    assert _status(win, "unsynced") != "未导出 0"
    page.start_export(tmp_path / "usb")
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    qtbot.waitUntil(lambda: _status(win, "unsynced") == "未导出 0", timeout=WAIT)
    assert "没有尚未导出的更改" in page.pending_label.text()
    assert win.nav.currentItem().text() == "同步"
    field.close()


def test_inspection_created_shows_on_the_home_page_and_the_status_bar(qtbot, ctx):
    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    inspections.start_inspection(ctx, site.id, [CAFE])
    win = _window(qtbot, ctx)
    home = win.show_page(win.tr("首页"))
    qtbot.waitUntil(lambda: home.drafts.count() == 1, timeout=WAIT)
    assert _status(win, "drafts") == "草稿 1"
    inspections.start_inspection(ctx, site.id, [CAFE])  # as the start dialog does
    qtbot.waitUntil(lambda: home.drafts.count() == 2, timeout=WAIT)
    assert "2" in home.drafts_label.text()
    assert home.cards["inspections"].value.text() == "2"
    qtbot.waitUntil(lambda: _status(win, "drafts") == "草稿 2", timeout=WAIT)


def test_inspection_finished_shows_on_the_inspections_page_and_the_status_bar(qtbot, ctx):
    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    insp = inspections.start_inspection(ctx, site.id, [CAFE])
    _answer_all(ctx, insp.id)
    win = _window(qtbot, ctx)
    page = win.show_page(win.tr("巡查记录"))
    model = page.model
    qtbot.waitUntil(lambda: model.total == 1, timeout=WAIT)
    assert model.index(0, 5).data() == "草稿"
    assert _status(win, "drafts") == "草稿 1"
    followup_finish.finish(ctx, insp.id)  # as the walk window's finish does
    qtbot.waitUntil(lambda: model.index(0, 5).data() == "已完成", timeout=WAIT)
    assert model.index(0, 7).data() in ("合格", "扣分")  # scored, no longer 进行中
    qtbot.waitUntil(lambda: _status(win, "drafts") == "草稿 0", timeout=WAIT)
    assert win.nav.currentItem().text() == "巡查记录"


def test_case_changed_shows_on_the_cases_page_home_and_the_status_bar(qtbot, ctx):
    site = add_followup_site(ctx, "蓝海网吧")
    iid = add_finished(ctx, site, date.today() - timedelta(days=40), fails={"IC-02": "未亮证"})
    [case_id] = followup_finish.open_cases_for_inspection(ctx, iid)
    win = _window(qtbot, ctx)
    page = win.show_page(win.tr("整改跟踪"))
    assert page.model is not None and page.model.total == 1
    assert _status(win, "overdue") == "逾期 1"
    # the deadline moved by another view: no longer overdue, not even due soon
    run_op(None, lambda: cases.set_deadline(ctx, case_id, date.today() + timedelta(days=60)))
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=WAIT)  # "due soon and overdue"
    qtbot.waitUntil(lambda: _status(win, "overdue") == "逾期 0", timeout=WAIT)
    # the page's own action (the same path as its button) refreshes it at once
    page.view_combo.setCurrentIndex(page.view_combo.findData("open"))
    assert page.model.total == 1
    page.table.selectRow(0)
    assert page._run(lambda: cases.correct_on_spot(ctx, case_id, "当场挂出许可证"))
    assert page.model.total == 0
    home = win.show_page(win.tr("首页"))
    qtbot.waitUntil(lambda: "没有即将到期" in home.cases_label.text(), timeout=WAIT)


def test_office_import_updates_the_status_bar_and_the_register(qtbot, tmp_path):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    field = open_ctx(tmp_path / "field")
    sync.register_device(office, sync.device_identity(field).card())
    site = add_synced_site(field, "星光网吧")
    add_synced_inspection(field, site.id, photos=0, answers=2, finished=False)  # a draft
    inbox = tmp_path / "inbox"
    sync.export_changes(field, inbox)
    win = _window(qtbot, office)
    register = win.page(win.tr("场所登记"))  # built, then hidden behind the sync page
    page = win.show_page(win.tr("同步"))
    assert _status(win, "drafts") == "草稿 0"
    assert register.sites.table.rowCount() == 0
    page.inbox_edit.setText(str(inbox))
    page.start_import()
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.log_table.rowCount() == 1 and page.log_table.item(0, 4).text() == "已导入"
    qtbot.waitUntil(lambda: _status(win, "drafts") == "草稿 1", timeout=WAIT)
    assert win.nav.currentItem().text() == "同步"
    # the register page was hidden: it was marked, and catches up when shown
    assert register.sites.live.dirty
    assert register.sites.table.rowCount() == 0
    win.show_page(win.tr("场所登记"))
    qtbot.waitUntil(lambda: register.sites.table.rowCount() == 1, timeout=WAIT)
    assert register.sites.table.item(0, 0).text() == "星光网吧"
    field.close()
    office.close()


def test_a_hidden_page_refreshes_when_it_is_shown(qtbot, ctx):
    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    win = _window(qtbot, ctx)
    page = win.show_page(win.tr("巡查记录"))
    qtbot.waitUntil(lambda: page.count_label.text() == "共 0 条", timeout=WAIT)
    win.show_page(win.tr("统计"))
    assert not page.isVisible()
    inspections.start_inspection(ctx, site.id, [CAFE])
    qtbot.waitUntil(lambda: page.live.dirty, timeout=WAIT)
    assert page.count_label.text() == "共 0 条"  # not read while hidden
    win.show_page(win.tr("巡查记录"))
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 条", timeout=WAIT)
    assert not page.live.dirty


def test_a_page_not_concerned_by_a_change_does_not_reload(qtbot, ctx, monkeypatch):
    """The register shows sites and schools: documents and cases do not reload it."""
    from inspector.services.register import entries as reg

    _signing_key(ctx)
    iid = add_sample_inspection(ctx, photos=0)
    win = _window(qtbot, ctx)
    register = win.show_page(win.tr("场所登记"))
    hub().flush()  # the sample's rows, written before the window: reloaded once, now
    qtbot.wait(600)
    start = register.sites.live.loads
    loads: list[str] = []
    search_sites = reg.search_sites
    monkeypatch.setattr(
        reg, "search_sites", lambda *a, **k: loads.append("sites") or search_sites(*a, **k)
    )
    before = hub().announced
    run_op(None, lambda: documents.produce_documents(ctx, iid, None))
    hub().announce(Change.CASES | Change.LISTS | Change.SETTINGS, None)
    assert hub().announced == before + 2
    qtbot.wait(600)  # longer than a visible view's gathering delay
    assert loads == []
    assert register.sites.live.loads == start
    # the same page does reload for the kind it shows
    save_site(ctx, SiteData(name="红星超市", kind="food_shop", grid="二网格"))
    qtbot.waitUntil(lambda: loads == ["sites"], timeout=WAIT)
    qtbot.waitUntil(lambda: register.sites.table.rowCount() == 2, timeout=WAIT)


def test_settings_saved_show_in_the_title_and_the_home_page(qtbot, ctx):
    win = _window(qtbot, ctx)
    home = win.show_page(win.tr("首页"))
    ctx.settings.office_name = "东风街道创建办"
    run_op(None, ctx.save_settings)
    qtbot.waitUntil(lambda: "东风街道创建办" in win.windowTitle(), timeout=WAIT)
    qtbot.waitUntil(lambda: home.heading.text() == "东风街道创建办", timeout=WAIT)


@pytest.mark.slow
def test_a_write_by_another_process_reaches_the_open_page(qtbot, ctx):
    """The command line (here: another Python process writing a site) while the window is
    open: noticed with PRAGMA data_version, every view refreshes."""
    save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    win = _window(qtbot, ctx)
    home = win.show_page(win.tr("首页"))
    qtbot.waitUntil(lambda: home.cards["sites"].value.text() == "1", timeout=WAIT)
    qtbot.wait(300)  # the first refresh is done
    code = (
        "import sys\n"
        "from inspector.store.engine import make_engine, sqlite_url, write_session\n"
        "from inspector.store.models import Site\n"
        "engine = make_engine(sqlite_url(sys.argv[1]))\n"
        "with write_session(engine) as s:\n"
        "    s.add(Site(name='外来网吧', kind='internet_cafe', created_by_device='cli'))\n"
    )
    subprocess.run([sys.executable, "-c", code, str(ctx.paths.database)], check=True)
    assert hub().poll()  # the timer (every few seconds) and window activation call it
    qtbot.waitUntil(lambda: home.cards["sites"].value.text() == "2", timeout=WAIT)


def test_a_list_drafted_and_published_elsewhere_shows_on_the_open_lists_page(qtbot, ctx):
    from inspector.services.followup import lists

    site = add_followup_site(ctx, "蓝海网吧")
    add_finished(ctx, site, date.today(), fails={"IC-07": "接纳未成年人"})
    win = _window(qtbot, ctx)
    page = win.show_page(win.tr("红黑榜"))
    assert page.issue_combo.count() == 0
    period = date.today().strftime("%Y-%m")
    issue = lists.draft_list(ctx, period)  # by the command line's service, say
    qtbot.waitUntil(lambda: page.issue_combo.count() == 1, timeout=WAIT)
    assert page.table.rowCount() == 1 and "草稿" in page.status_label.text()
    run_op(None, lambda: lists.publish(ctx, issue.id, "2026-01"))
    qtbot.waitUntil(lambda: "已发布" in page.status_label.text(), timeout=WAIT)
    assert not page.exclude_button.isEnabled()  # frozen


def test_a_register_import_shows_in_the_status_bar_and_on_the_home_page(qtbot, ctx, tmp_path):
    from test_register_ui import MIXED, click, with_modal

    f = tmp_path / "sites.csv"
    f.write_text(MIXED, encoding="utf-8-sig")
    win = _window(qtbot, ctx)
    home = win.show_page(win.tr("首页"))
    qtbot.waitUntil(lambda: _status(win, "unsynced") == "未导出 0", timeout=WAIT)
    register = win.show_page(win.tr("场所登记"))
    _, count = with_modal(
        qtbot, lambda: register.sites.import_file(f), lambda d: click(qtbot, d.import_button)
    )
    assert count == 2 and register.sites.table.rowCount() == 2
    qtbot.waitUntil(lambda: _status(win, "unsynced") != "未导出 0", timeout=WAIT)
    win.show_page(win.tr("首页"))
    qtbot.waitUntil(lambda: home.cards["sites"].value.text() == "2", timeout=WAIT)


def test_a_refresh_that_writes_does_not_wake_its_view_again(qtbot, ctx):
    """A view whose refresh commits what it listens to refreshes once, not in a loop."""
    from PySide6.QtWidgets import QWidget

    from inspector.services.core.settings import set_value
    from inspector.ui.shell.operations import LiveRefresh

    view = QWidget()
    qtbot.addWidget(view)
    view.show()
    live = LiveRefresh(view, Change.SETTINGS, lambda: set_value(ctx.engine, "seen", live.loads))
    hub().announce(Change.SETTINGS, None)
    qtbot.waitUntil(lambda: live.loads == 1, timeout=WAIT)
    qtbot.wait(800)  # three gathering delays
    assert live.loads == 1


def test_open_statistics_are_counted_again_after_an_inspection_is_finished(qtbot, ctx):
    site = add_followup_site(ctx, "蓝海网吧")
    add_finished(ctx, site, date.today())
    win = _window(qtbot, ctx)
    page = win.show_page(win.tr("统计"))
    page.compute()
    qtbot.waitUntil(lambda: page.stats is not None and page.task is None, timeout=30_000)
    assert page.stats.inspections == 1
    add_finished(ctx, site, date.today(), fails={"IC-02": "未亮证"})  # by the office import, say
    qtbot.waitUntil(lambda: page.stats.inspections == 2 and page.task is None, timeout=30_000)
    assert "完成检查 2 次" in page.summary.text()
