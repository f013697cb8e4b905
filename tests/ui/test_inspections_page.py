"""The inspections list: filters narrow the rows, rows arrive page by page, history per site."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from evidence import complete_evidence

from inspector.services.followup import finish as followup_finish
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.walk import Person
from inspector.services.inspection.walk_support import local_day_bounds
from inspector.services.register.entries import SiteData, save_site
from inspector.ui.inspection import page as inspections_page
from inspector.ui.inspection.page import InspectionsPage
from inspector.ui.register.site_history import SiteHistory

CAFE = "school-internet-cafe"


@pytest.fixture
def visits(ctx):
    """Five inspections: two sites, two grids, two inspectors, drafts and finished ones."""
    cafe = save_site(ctx, SiteData(name="星空网吧", kind="internet_cafe", grid="一网格"))
    hall = save_site(ctx, SiteData(name="欢乐电玩城", kind="game_hall", grid="二网格"))
    game = [t.id for t in ctx.catalog.for_site_kind("game_hall")][-1]
    plan = [
        # site, template, inspector, started, answers, finish
        (cafe, CAFE, "张伟", datetime(2026, 9, 3, 2, 0, tzinfo=UTC), {"IC-02": "pass"}, True),
        (cafe, CAFE, "李娜", datetime(2026, 10, 8, 3, 0, tzinfo=UTC), {"IC-02": "fail"}, True),
        (cafe, CAFE, "张伟", datetime(2026, 10, 20, 6, 0, tzinfo=UTC), {"IC-07": "fail"}, True),
        (cafe, CAFE, "张伟", datetime(2026, 11, 2, 1, 0, tzinfo=UTC), {}, False),
        (hall, game, "李娜", datetime(2026, 10, 15, 8, 0, tzinfo=UTC), {}, False),
    ]
    ids = []
    for site, tid, who, when, answers, finish in plan:
        insp = inspections.start_inspection(ctx, site.id, [tid], lead=Person(who), started_at=when)
        for code, outcome in answers.items():
            inspections.set_outcome(ctx, insp.id, tid, code, outcome)
        if finish:
            complete_evidence(ctx, insp.id)  # the photo IC-02 asks for when it fails
            followup_finish.finish(ctx, insp.id)
        ids.append(insp.id)
    return cafe, hall, ids


def _page(qtbot, ctx) -> InspectionsPage:
    page = InspectionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    return page


def _choose(box, data) -> None:
    i = box.findData(data)
    assert i >= 0, f"{data!r} not offered"
    box.setCurrentIndex(i)


def _sites(page) -> list[str]:
    return [page.model.index(r, 1).data() for r in range(page.model.rowCount())]


def test_filters_narrow_the_rows(qtbot, ctx, visits):
    _cafe, _hall, ids = visits
    page = _page(qtbot, ctx)
    assert page.model.rowCount() == 5 and page.count_label.text() == "共 5 条"
    # Newest first.
    assert page.model.inspection_id(0) == ids[3]
    qtbot.wait(20)
    page.grab().save("/tmp/inspections_page.png")

    _choose(page.status, "finished")
    assert page.model.rowCount() == 3
    _choose(page.inspector, "张伟")
    assert page.model.rowCount() == 2
    _choose(page.result, "blacklist_candidate")  # IC-07 is a red line
    assert [page.model.inspection_id(r) for r in range(page.model.rowCount())] == [ids[2]]
    assert page.model.index(0, 7).data() == "红线·黑榜候选"
    page.clear_filters()
    assert page.model.rowCount() == 5

    _choose(page.grid, "二网格")
    assert _sites(page) == ["欢乐电玩城"]
    _choose(page.grid, None)
    _choose(page.kind, "internet_cafe")
    assert page.kind.currentText() == "网吧"
    assert _sites(page) == ["星空网吧"] * 4
    _choose(page.status, "draft")
    assert page.model.rowCount() == 1 and page.model.index(0, 5).data() == "草稿"
    page.clear_filters()

    page.date_from.setDate(QDate(2026, 10, 1))
    page.date_to.setDate(QDate(2026, 10, 31))
    page.use_dates.setChecked(True)
    assert page.model.rowCount() == 3  # 8, 15 and 20 October
    page.date_to.setDate(QDate(2026, 10, 15))
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "共 2 条"


def test_double_click_opens(qtbot, ctx, visits):
    page = _page(qtbot, ctx)
    table = page.table
    rect = table.visualRect(page.model.index(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested, timeout=1000) as sig:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [page.model.inspection_id(2)]


def test_rows_are_read_page_by_page(qtbot, ctx, visits, monkeypatch):
    monkeypatch.setattr(inspections_page, "PAGE_SIZE", 2)
    page = _page(qtbot, ctx)
    model = page.model
    # Every row is reported at once; only the pages the view needed were read.
    assert model.rowCount() == 5 and model.total == 5
    assert model.cached_pages <= 3
    ids = [model.inspection_id(r) for r in range(5)]
    assert len(set(ids)) == 5  # no row twice across pages
    assert model.cached_pages == 3 and model.inspection_id(5) == ""


def test_site_history(qtbot, ctx, visits):
    cafe, hall, _ids = visits
    history = SiteHistory(ctx)
    qtbot.addWidget(history)
    history.set_site(cafe.id)
    assert history.model.rowCount() == 4
    assert "共 4 次巡查" in history.summary.text()
    history.set_site(hall.id)
    assert history.model.rowCount() == 1
    with qtbot.waitSignal(history.start_requested) as sig:
        history.start.click()
    assert sig.args == [hall.id]


def test_local_days_are_exact():
    shanghai = ZoneInfo("Asia/Shanghai")
    since, until = local_day_bounds(date(2026, 10, 1), date(2026, 10, 31), shanghai)
    assert since == datetime(2026, 9, 30, 16, 0, tzinfo=UTC)
    assert until == datetime(2026, 10, 31, 16, 0, tzinfo=UTC)


def test_main_window_pages_and_new_inspection_action(qtbot, ctx, visits):
    from inspector.ui.inspection.walk_window import WalkWindow
    from inspector.ui.shell.main_window import MainWindow

    _cafe, _hall, ids = visits
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "巡查记录" in titles and "网格地图" in titles
    action = win.new_inspection_action
    assert action.shortcut().toString() == "Ctrl+N"
    assert win.menu("文件").actions()[0] is action
    page = win.show_page("巡查记录")
    assert page.model.rowCount() == 5
    # Opening from the list: a finished record read-only, a draft to continue; once each.
    finished = win.walk_hooks.open(ids[0])
    assert isinstance(finished, WalkWindow) and finished.locked
    draft = win.walk_hooks.open(ids[3])
    assert not draft.locked
    assert win.walk_hooks.open(ids[3]) is draft
    map_page = win.show_page("网格地图")
    assert map_page.view.site_items == {}  # the fixture's sites have no coordinates
    win.grab().save("/tmp/main_window_inspections.png")
    finished.close()
    draft.close()


def test_cache_stays_bounded_while_scrolling(qtbot, ctx, monkeypatch):
    """2,000 inspections (many sharing a start time): scroll to the end and back."""
    import random
    from datetime import timedelta

    from inspector.store.engine import write_session
    from inspector.store.models.inspection import Inspection

    site = save_site(ctx, SiteData(name="批量网吧", kind="internet_cafe", grid="一网格"))
    base = datetime(2026, 1, 1, tzinfo=UTC)
    made = [
        Inspection(
            site_id=site.id,
            site_name=f"场所{n:04d}",
            site_kind="internet_cafe",
            grid="一网格",
            status="finished",
            started_at=base + timedelta(minutes=n // 3),  # three per minute: ties
            lead_inspector_name="张伟",
        )
        for n in range(2000)
    ]
    # Newest first, ties by id: the service's order.
    expected = [
        (i.id, i.started_at, i.site_name)
        for i in sorted(sorted(made, key=lambda i: i.id), key=lambda i: i.started_at, reverse=True)
    ]
    with write_session(ctx.engine) as s:
        s.add_all(made)
    monkeypatch.setattr(inspections_page, "PAGE_SIZE", 25)
    monkeypatch.setattr(inspections_page, "CACHE_PAGES", 4)
    page = _page(qtbot, ctx)
    page.reload()
    model, bar = page.model, page.table.verticalScrollBar()
    assert model.rowCount() == 2000 and page.count_label.text() == "共 2000 条"
    for step in range(101):
        bar.setValue(bar.maximum() * step // 100)
        qtbot.wait(1)
        assert model.cached_pages <= 4
    assert model.pages_read >= 2000 // 25 // 2  # most pages were read on the way down
    bottom = page.table.rowAt(page.table.viewport().height() - 1)
    assert bottom == 1999 or bottom == -1
    # Every row once and in order, ties included, whether read by key or by offset.
    assert [model.inspection_id(r) for r in range(2000)] == [e[0] for e in expected]
    assert model.cached_pages <= 4
    rng = random.Random(7)
    for row in rng.sample(range(2000), 60):  # jumps: read by offset
        iid, when, name = expected[row]
        assert model.index(row, 0).data() == when.astimezone().strftime("%Y-%m-%d %H:%M")
        assert model.index(row, 1).data() == name
        assert model.index(row, 1).data(inspections_page.ID_ROLE) == iid
        assert model.cached_pages <= 4
    # Double-click deep in the list still opens the row shown there.
    bar.setValue(bar.maximum())
    qtbot.wait(5)
    rect = page.table.visualRect(model.index(1999, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested, timeout=1000) as sig:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [model.inspection_id(1999)]
