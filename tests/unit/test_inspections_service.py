"""The inspection services on a real SQLite file: start, answer, audit, photos, finish, amend."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from evidence import complete_evidence
from PIL import Image
from sqlalchemy import text

from inspector.services.core.audit import audit_trail
from inspector.services.core.errors import UserError
from inspector.services.followup import finish as followup_finish
from inspector.services.followup.finish import amend
from inspector.services.followup.finish import finish as finish_raw
from inspector.services.inspection import walk as svc
from inspector.services.inspection.data import view_data
from inspector.services.inspection.finish import finish_check, verify_content_hash
from inspector.services.inspection.photos import add_photo, photo_path, remove_photo
from inspector.services.inspection.query import (
    InspectionFilter,
    count_inspections,
    filter_choices,
    list_drafts,
    list_inspections,
    resolve_id,
    site_history,
)
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)
from inspector.services.register.school_distance import map_data, nearest_schools

CAFE = "school-internet-cafe"
SHARED = "school-shared"
GATE = (25.7900, 113.0400)


@pytest.fixture
def world(ctx):
    ctx.settings.inspector_name = "周明远"
    ctx.settings.inspector_id_no = "湘执001"
    ctx.save_settings()
    save_school(ctx, SchoolData(name="北湖小学", points=[PointData(*GATE, label="南门")]))
    near = save_site(
        ctx,
        SiteData(name="星光网吧", kind="internet_cafe", address="北湖路1号", grid="一网格",
                 lat=25.7912, lon=113.0400),
    )  # fmt: skip
    far = save_site(
        ctx,
        SiteData(name="远方网吧", kind="internet_cafe", grid="二网格", lat=25.80, lon=113.04),
    )
    mahjong = save_site(
        ctx, SiteData(name="老友棋牌室", kind="mahjong_parlour", lat=25.7905, lon=113.04)
    )
    return ctx, near, far, mahjong


def _start(ctx, site, templates=(CAFE,), **kw):
    return svc.start_inspection(ctx, site.id, list(templates), **kw)


def finish(ctx, inspection_id, *args):
    """Finish as an inspector does: the photos failed items ask for are added first."""
    complete_evidence(ctx, inspection_id)
    return finish_raw(ctx, inspection_id, *args)


def test_start_freezes_templates_and_fills_header_defaults(world):
    ctx, near, _far, _m = world
    proposed = [t.id for t in svc.propose_templates(ctx, "internet_cafe")]
    assert proposed[0] == SHARED and CAFE in proposed
    insp = _start(ctx, near, (SHARED, CAFE), co=svc.Person("李华", "湘执002"))
    assert insp.status == "draft" and insp.site_kind == "internet_cafe" and insp.grid == "一网格"
    assert (insp.lead_inspector_name, insp.lead_inspector_id_no) == ("周明远", "湘执001")
    assert (insp.co_inspector_name, insp.co_inspector_id_no) == ("李华", "湘执002")
    assert insp.location_text == "北湖路1号" and (insp.lat, insp.lon) == (25.7912, 113.04)
    assert round(insp.computed_distance_m, 1) == 132.9 and insp.nearest_school_name == "北湖小学"
    view = load_inspection(ctx, insp.id)
    assert [r.template_id for r, _t in view.templates] == [SHARED, CAFE]
    row, t = view.templates[1]
    assert (
        row.template_version == t.version and row.content_hash == ctx.catalog.get(CAFE).content_hash
    )
    assert json.loads(row.content)["id"] == CAFE
    assert view.items[0].template_id == SHARED and len(view.items) == len(
        ctx.catalog.get(SHARED).items("internet_cafe")
    ) + len(ctx.catalog.get(CAFE).items("internet_cafe"))
    assert insp.max_score == view.score.max_score > 0 and insp.result == "pass"


def test_start_refuses_bad_input(world):
    ctx, near, _far, _m = world
    with pytest.raises(UserError, match="至少选择"):
        _start(ctx, near, ())
    with pytest.raises(UserError, match="找不到检查表"):
        _start(ctx, near, ("no-such-list",))
    with pytest.raises(UserError, match="找不到该场所"):
        svc.start_inspection(ctx, "00000000-0000-0000-0000-000000000000", [CAFE])
    with pytest.raises(UserError, match="纬度"):
        _start(ctx, near, coordinates="125.0, 113.0")
    assert count_inspections(ctx) == 0


def test_start_for_a_new_site_created_on_the_spot(world):
    ctx = world[0]
    insp = svc.start_for_new_site(
        ctx,
        SiteData(name="新开网吧", kind="internet_cafe", address="青石路5号"),
        [CAFE],
        coordinates="25.7915, 113.0401",
    )
    view = load_inspection(ctx, insp.id)
    assert view.site is not None and view.site.name == "新开网吧"
    assert (insp.lat, insp.lon) == (25.7915, 113.0401) and insp.computed_distance_m is not None


def test_every_answer_is_committed_with_its_audit_rows(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    before = len(audit_trail(ctx, insp.id))
    r = svc.set_outcome(ctx, insp.id, CAFE, "IC-02", "fail")
    assert r.score.deductions == 5 and r.answer.deduction == 5
    svc.set_outcome(ctx, insp.id, CAFE, "IC-02", "pass")
    svc.set_count(ctx, insp.id, CAFE, "IC-10", 1)
    svc.set_choice(ctx, insp.id, CAFE, "IC-12", "poor")
    svc.set_text(ctx, insp.id, CAFE, "IC-13", "  店主不在  ")
    svc.set_note(ctx, insp.id, CAFE, "IC-10", "只有一幅宣传画")
    svc.set_measurement(ctx, insp.id, CAFE, "IC-01", 250)
    svc.set_outcome(ctx, insp.id, CAFE, "IC-03", "na")
    # A second engine (another process would see the same) reads everything back.
    from inspector.services.core.context import open_context

    other = open_context(ctx.paths.root)
    try:
        view = load_inspection(other, insp.id)
    finally:
        other.close()
    a = view.answers
    assert a[(CAFE, "IC-02")].outcome == "pass"
    assert a[(CAFE, "IC-10")].count == 1 and a[(CAFE, "IC-10")].note == "只有一幅宣传画"
    assert a[(CAFE, "IC-12")].choice == "poor" and a[(CAFE, "IC-13")].text == "店主不在"
    assert a[(CAFE, "IC-01")].measurement == 250 and a[(CAFE, "IC-03")].outcome == "na"
    assert view.inspection.deductions == 2 == view.score.deductions  # IC-10: 2 posters short
    trail = audit_trail(ctx, insp.id)[before:]
    fields = [e.field for e in trail]
    assert fields[:2] == [f"{CAFE}/IC-02.outcome"] * 2
    assert (trail[0].old_value, trail[0].new_value) == (None, '"fail"')
    assert (trail[1].old_value, trail[1].new_value) == ('"fail"', '"pass"')
    assert all(e.actor == "周明远" and e.device == ctx.device_id for e in trail)
    assert f"{CAFE}/IC-10.note" in fields and f"{CAFE}/IC-01.measurement" in fields
    # unchanged values are not logged again
    n = len(audit_trail(ctx, insp.id))
    svc.set_count(ctx, insp.id, CAFE, "IC-10", 1)
    assert len(audit_trail(ctx, insp.id)) == n


def test_wrong_values_are_refused_and_nothing_is_written(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    n = len(audit_trail(ctx, insp.id))
    with pytest.raises(UserError, match="不是这种答题方式"):
        svc.set_outcome(ctx, insp.id, CAFE, "IC-04", "pass")  # a count item
    with pytest.raises(UserError, match="不是这种答题方式"):
        svc.set_count(ctx, insp.id, CAFE, "IC-02", 3)
    with pytest.raises(UserError, match="整数"):
        svc.set_count(ctx, insp.id, CAFE, "IC-10", -1)
    with pytest.raises(UserError, match="没有选项"):
        svc.set_choice(ctx, insp.id, CAFE, "IC-12", "excellent")
    with pytest.raises(UserError, match="没有检查项"):
        svc.set_outcome(ctx, insp.id, CAFE, "XX-99", "pass")
    with pytest.raises(UserError, match="数字"):
        svc.set_measurement(ctx, insp.id, CAFE, "IC-01", "abc")
    with pytest.raises(UserError, match="无效的结论"):
        svc.set_outcome(ctx, insp.id, CAFE, "IC-02", "maybe")
    assert len(audit_trail(ctx, insp.id)) == n
    assert load_inspection(ctx, insp.id).answers == {}


def test_header_changes_are_logged_and_coordinates_parsed(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    svc.set_header(ctx, insp.id, co_inspector_name="李华", coordinates="25.8000°N, 113.0400°E")
    view = load_inspection(ctx, insp.id)
    assert view.inspection.co_inspector_name == "李华"
    assert (view.inspection.lat, view.inspection.lon) == (25.8, 113.04)
    assert round(view.inspection.computed_distance_m, 1) == 1107.8
    trail = {e.field: e for e in audit_trail(ctx, insp.id)}
    assert trail["lat"].old_value == "25.7912" and trail["lat"].new_value == "25.8"
    assert trail["co_inspector_name"].new_value == '"李华"'
    with pytest.raises(UserError, match="经度"):
        svc.set_header(ctx, insp.id, coordinates="25.8, 190")
    with pytest.raises(UserError, match="时间"):
        svc.set_header(ctx, insp.id, started_at=datetime(2026, 1, 1))
    when = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
    assert svc.set_header(ctx, insp.id, started_at=when).started_at == when


def test_distance_rule_red_line_and_margin_warning(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    assert load_inspection(ctx, insp.id).distance.needs_measurement
    svc.record_distance(
        ctx, insp.id, CAFE, "IC-01", method="walking_from_entrance", distance_m=150
    )  # not the deciding method: nothing decided yet
    view = load_inspection(ctx, insp.id)
    assert view.answers.get((CAFE, "IC-01")) is None and view.score.result == "pass"
    m = svc.record_distance(
        ctx, insp.id, CAFE, "IC-01", method="straight_line", distance_m=212.34,
        start_point="网吧正门", end_point="北湖小学南门", tool="激光测距仪", gps_accuracy_m=3,
    )  # fmt: skip
    view = load_inspection(ctx, insp.id)
    assert view.answers[(CAFE, "IC-01")].measurement == 212.3
    assert view.distance.warning and view.inspection.distance_warning
    assert finish_check(ctx, insp.id).distance_warning
    svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line", distance_m=190.0)
    view = load_inspection(ctx, insp.id)
    assert view.answers[(CAFE, "IC-01")].measurement == 190.0
    assert view.score.result == "blacklist_candidate" and view.inspection.red_line
    assert not view.inspection.distance_warning  # measured twice by the deciding method
    p = add_photo(ctx, insp.id, _jpeg(), template_id=CAFE, item_code="IC-01",
                  purpose="distance", measurement_id=m.id)  # fmt: skip
    assert p.measurement_id == m.id
    with pytest.raises(UserError, match="测量方法"):
        svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="by_eye", distance_m=1)
    with pytest.raises(UserError, match="不是距离"):
        svc.record_distance(ctx, insp.id, CAFE, "IC-02", method="straight_line", distance_m=1)
    last = load_inspection(ctx, insp.id).measurements[-1]
    svc.remove_distance(ctx, last.id)
    assert load_inspection(ctx, insp.id).answers[(CAFE, "IC-01")].measurement == 212.3
    svc.remove_distance(ctx, m.id)  # no straight-line measurement left: nothing decides
    view = load_inspection(ctx, insp.id)
    assert view.answers[(CAFE, "IC-01")].measurement is None and view.distance.needs_measurement


def test_distance_item_is_na_where_policy_does_not_restrict(world):
    ctx, _near, _far, mahjong = world
    insp = _start(ctx, mahjong, ("school-mahjong-parlour",))
    view = load_inspection(ctx, insp.id)
    a = view.answers[("school-mahjong-parlour", "MJ-01")]
    assert a.outcome == "na" and "距离政策" in a.note
    assert view.distance is not None and not view.distance.applies
    assert not finish_check(ctx, insp.id).distance_unmeasured


def test_nearest_schools_and_map(world):
    ctx, near, far, mahjong = world
    found = nearest_schools(ctx, 25.7912, 113.04, "internet_cafe")
    assert found[0].school_name == "北湖小学" and round(found[0].distance_m, 1) == 132.9
    data = map_data(ctx)
    by = {s.id: s for s in data.sites}
    assert by[near.id].inside and not by[far.id].inside
    assert not by[mahjong.id].inside and not by[mahjong.id].restricted  # policy: off by default
    assert data.schools[0].limit_m == 200 and data.schools[0].points[0].lat == GATE[0]
    assert [s.id for s in map_data(ctx, grid="二网格").sites] == [far.id]


def _jpeg(size=(3200, 1200), orientation: int | None = None) -> bytes:
    img = Image.new("RGB", size, (200, 30, 30))
    out = io.BytesIO()
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        img.save(out, "JPEG", exif=exif.tobytes())
    else:
        img.save(out, "JPEG")
    return out.getvalue()


def test_photos_are_oriented_downscaled_hashed_and_originals_kept(world, tmp_path):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    raw = _jpeg(orientation=6)  # camera held sideways: the picture must be turned upright
    src = tmp_path / "IMG_0001.JPG"
    src.write_bytes(raw)
    p = add_photo(ctx, insp.id, src, template_id=CAFE, item_code="IC-02", caption="未亮证")
    assert (p.width, p.height) == (600, 1600)  # rotated 90°, long side 1600
    stored = photo_path(ctx, p)
    with Image.open(stored) as img:
        assert img.size == (600, 1600) and img.format == "JPEG"
    assert p.original_sha256 == hashlib.sha256(raw).hexdigest()
    assert p.stored_sha256 == hashlib.sha256(stored.read_bytes()).hexdigest()
    assert not p.original_kept and not list(ctx.paths.originals.glob("*"))
    ctx.settings.keep_original_photos = True
    p2 = add_photo(ctx, insp.id, raw, template_id=CAFE, item_code="IC-02", original_name="x.jpg")
    kept = ctx.paths.originals / f"{p2.id}.jpg"
    assert p2.original_kept and kept.read_bytes() == raw
    assert [x.id for x in load_inspection(ctx, insp.id).photos_for(CAFE, "IC-02")] == [p.id, p2.id]
    remove_photo(ctx, p.id)
    assert not stored.exists()
    assert [x.id for x in load_inspection(ctx, insp.id).photos] == [p2.id]
    assert {e.field for e in audit_trail(ctx, insp.id) if e.entity == "photo"} == {
        "added",
        "removed",
    }
    with pytest.raises(UserError, match="无法读取该图片"):
        add_photo(ctx, insp.id, b"not an image")
    with pytest.raises(UserError, match="没有检查项"):
        add_photo(ctx, insp.id, raw, template_id=CAFE, item_code="XX-01")
    header = add_photo(ctx, insp.id, _jpeg((640, 480)), purpose="header")
    assert header.item_code is None and (header.width, header.height) == (640, 480)


def test_finish_lists_gaps_locks_and_hashes(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    svc.set_outcome(ctx, insp.id, CAFE, "IC-02", "fail")  # photo expected on failure
    svc.set_outcome(ctx, insp.id, CAFE, "IC-11", "fail")
    add_photo(ctx, insp.id, _jpeg((800, 600)), template_id=CAFE, item_code="IC-11")
    check = finish_check(ctx, insp.id)
    assert [r.item.code for r in check.missing_photos] == ["IC-02"]
    unanswered = {r.item.code for r in check.unanswered}
    assert "IC-03" in unanswered and "IC-13" not in unanswered  # IC-13 is optional
    assert check.distance_unmeasured and not check.ok and check.messages()
    # The photo is required, not only expected: finishing names the item and writes nothing.
    with pytest.raises(UserError, match=r"IC-02.*附照片"):
        finish_raw(ctx, insp.id)
    assert load_inspection(ctx, insp.id).inspection.status == "draft"
    add_photo(ctx, insp.id, _jpeg((800, 600)), template_id=CAFE, item_code="IC-02")
    done = finish_raw(ctx, insp.id)
    assert done.status == "finished" and done.finished_at is not None
    assert len(done.content_hash) == 64 and verify_content_hash(ctx, insp.id)
    assert load_inspection(ctx, insp.id).locked
    refused = [
        lambda: svc.set_outcome(ctx, insp.id, CAFE, "IC-03", "pass"),
        lambda: svc.set_count(ctx, insp.id, CAFE, "IC-10", 3),
        lambda: svc.set_measurement(ctx, insp.id, CAFE, "IC-01", 300),
        lambda: svc.set_text(ctx, insp.id, CAFE, "IC-13", "x"),
        lambda: svc.set_choice(ctx, insp.id, CAFE, "IC-12", "good"),
        lambda: svc.set_note(ctx, insp.id, CAFE, "IC-02", "x"),
        lambda: svc.set_header(ctx, insp.id, notes="x"),
        lambda: svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line",
                                    distance_m=300),
        lambda: add_photo(ctx, insp.id, _jpeg((100, 100))),
        lambda: finish(ctx, insp.id),
    ]  # fmt: skip
    for write in refused:
        with pytest.raises(UserError):
            write()
    assert verify_content_hash(ctx, insp.id)
    # A change behind the application's back is detected.
    with ctx.engine.begin() as conn:
        conn.execute(text("update answer set outcome='pass' where item_code='IC-02'"))
    assert not verify_content_hash(ctx, insp.id)
    assert view_data(load_inspection(ctx, insp.id))["content_hash_ok"] is False


def test_amendment_keeps_the_original_and_logs_the_reason(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    with pytest.raises(UserError, match="尚未完成"):
        amend(ctx, insp.id, CAFE, "IC-02", outcome="pass", reason="x")
    with pytest.raises(UserError, match="不能早于"):
        finish(ctx, insp.id, insp.started_at - timedelta(minutes=1))
    with pytest.raises(UserError, match="不晚于现在"):
        finish(ctx, insp.id, datetime.now(UTC) + timedelta(hours=1))
    svc.set_outcome(ctx, insp.id, CAFE, "IC-02", "fail")
    svc.set_choice(ctx, insp.id, CAFE, "IC-14", "yes")  # minors present: IC-05 is asked
    svc.set_count(ctx, insp.id, CAFE, "IC-05", 2)  # minors present: red line
    end = insp.started_at  # may equal the start; never before it, never in the future
    assert finish(ctx, insp.id, end).finished_at == end  # the visit's end, as recorded
    with pytest.raises(UserError, match="理由"):
        amend(ctx, insp.id, CAFE, "IC-05", count=0, reason="  ")
    am = amend(ctx, insp.id, CAFE, "IC-05", count=0, reason="误将成年人计入", actor="李华")
    view = load_inspection(ctx, insp.id)
    assert view.answers[(CAFE, "IC-05")].count == 2  # the original stays
    assert view.effective((CAFE, "IC-05")).count == 0 and am.actor == "李华"
    assert view.amendments[(CAFE, "IC-05")][0].reason == "误将成年人计入"
    assert view.score.result == "deducted" and view.inspection.result == "deducted"
    assert view.inspection.amendment_count == 1
    assert verify_content_hash(ctx, insp.id)  # the finished record itself is untouched
    entries = [e for e in audit_trail(ctx, insp.id) if e.kind == "amendment"]
    by_field = {e.field: e for e in entries}
    assert by_field[f"{CAFE}/IC-05.count"].old_value == "2"
    assert by_field[f"{CAFE}/IC-05.count"].new_value == "0"
    assert by_field["result"].old_value == '"blacklist_candidate"'
    assert all(e.reason == "误将成年人计入" and e.actor == "李华" for e in entries)
    with pytest.raises(UserError, match="没有选项"):
        amend(ctx, insp.id, CAFE, "IC-12", choice="meh", reason="r")


def _cases_of(ctx, inspection_id):
    from sqlmodel import select

    from inspector.store.engine import read_session
    from inspector.store.models import RectificationCase

    with read_session(ctx.engine) as s:
        q = select(RectificationCase).where(RectificationCase.inspection_id == inspection_id)
        return {c.item_code: c for c in s.exec(q)}


def test_an_amendment_that_finds_a_failure_opens_its_case(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    svc.set_outcome(ctx, insp.id, CAFE, "IC-02", "pass")
    svc.set_outcome(ctx, insp.id, CAFE, "IC-03", "fail")
    svc.set_note(ctx, insp.id, CAFE, "IC-03", "营业执照过期")
    done = finish(ctx, insp.id)
    assert set(_cases_of(ctx, insp.id)) == {"IC-03"}
    # Going over the photos at the office: the licence was not displayed after all.
    amend(ctx, insp.id, CAFE, "IC-02", outcome="fail", reason="复核照片：许可证未悬挂")
    cases = _cases_of(ctx, insp.id)
    assert set(cases) == {"IC-02", "IC-03"}
    new = cases["IC-02"]
    assert new.state == "open" and new.finding == "复核照片：许可证未悬挂"
    assert new.found_on == done.finished_at.astimezone().date()
    today = datetime.now().astimezone().date()
    assert new.deadline == today + timedelta(days=3)  # the item's rectify_days, from today
    assert load_inspection(ctx, insp.id).inspection.result == "deducted"
    # A further amendment of the same item opens nothing more.
    amend(ctx, insp.id, CAFE, "IC-02", outcome="fail", reason="补充说明")
    assert set(_cases_of(ctx, insp.id)) == {"IC-02", "IC-03"}


def test_an_amendment_that_clears_a_failure_withdraws_its_case(world):
    from inspector.services.followup import cases as case_svc
    from inspector.services.followup import stats

    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    for code in ("IC-02", "IC-03"):
        svc.set_outcome(ctx, insp.id, CAFE, code, "fail")
    finish(ctx, insp.id)
    opened = _cases_of(ctx, insp.id)
    case_svc.correct_on_spot(ctx, opened["IC-02"].id, "当场悬挂")
    amend(ctx, insp.id, CAFE, "IC-03", outcome="pass", reason="执照已续期，误记", actor="李华")
    amend(ctx, insp.id, CAFE, "IC-02", outcome="pass", reason="误记")
    got = _cases_of(ctx, insp.id)
    assert got["IC-03"].state == "withdrawn" and got["IC-03"].closed_at is not None
    assert got["IC-03"].closing_note == "更正：执照已续期，误记（李华）"
    assert got["IC-02"].state == "rectified_on_site"  # already closed: left as it was
    day = got["IC-03"].found_on
    quarter = f"{day.year}Q{(day.month - 1) // 3 + 1}"
    st = stats.period_stats(ctx, quarter)
    assert (st.problems_found, st.problems_fixed) == (1, 1)  # the withdrawn one never was
    # a withdrawn case is no earlier offence: failing the item again is not a repeat
    again = _start(ctx, near)
    svc.set_outcome(ctx, again.id, CAFE, "IC-03", "fail")
    finish(ctx, again.id)
    assert _cases_of(ctx, again.id)["IC-03"].repeat is False
    third = _start(ctx, near)
    svc.set_outcome(ctx, third.id, CAFE, "IC-03", "fail")
    finish(ctx, third.id)
    assert _cases_of(ctx, third.id)["IC-03"].repeat is True  # the second one counts


def test_lists_filters_paging_drafts_and_history(world):
    ctx, near, far, _m = world
    base = datetime(2026, 3, 1, 8, tzinfo=UTC)
    ids = []
    for i in range(6):
        site = near if i % 2 == 0 else far
        insp = _start(ctx, site, started_at=base + timedelta(days=i))
        if i < 4:
            if i == 0:
                svc.set_choice(ctx, insp.id, CAFE, "IC-14", "yes")  # minors present: IC-05 is asked
                svc.set_count(ctx, insp.id, CAFE, "IC-05", 1)
            finish(ctx, insp.id)
        ids.append(insp.id)
    assert count_inspections(ctx) == 6
    page1 = list_inspections(ctx, limit=4)
    page2 = list_inspections(ctx, limit=4, offset=4)
    assert [i.id for i in page1 + page2] == ids[::-1]
    assert {i.id for i in list_drafts(ctx)} == set(ids[4:])
    assert count_inspections(ctx, InspectionFilter(status="finished")) == 4
    assert count_inspections(ctx, InspectionFilter(grid="二网格")) == 3
    assert count_inspections(ctx, InspectionFilter(result="blacklist_candidate")) == 1
    assert count_inspections(ctx, InspectionFilter(site_kind="internet_cafe")) == 6
    assert count_inspections(ctx, InspectionFilter(inspector="周明远")) == 6
    assert count_inspections(ctx, InspectionFilter(inspector="别人")) == 0
    window = InspectionFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 4))
    assert [i.id for i in list_inspections(ctx, window)] == ids[1:4][::-1]
    assert [i.id for i in site_history(ctx, far.id)] == [ids[5], ids[3], ids[1]]
    assert filter_choices(ctx)["grid"] == ["一网格", "二网格"]
    assert resolve_id(ctx, ids[2][:8]) == ids[2]
    with pytest.raises(UserError, match="找不到"):
        resolve_id(ctx, "ffffffff-x")
    with pytest.raises(UserError, match="至少"):
        resolve_id(ctx, "ab")
    with pytest.raises(UserError, match="状态"):
        list_inspections(ctx, InspectionFilter(status="open"))


def test_cli_list_and_show(world, cli, capsys):
    from inspector.app import main

    ctx, near, far, _m = world
    a = _start(ctx, near)
    svc.set_choice(ctx, a.id, CAFE, "IC-14", "yes")  # minors present: IC-05 is asked
    svc.set_count(ctx, a.id, CAFE, "IC-05", 1)
    finish(ctx, a.id)
    b = _start(ctx, far)
    root = str(ctx.paths.root)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", root, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, _err = run("inspections", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["id"] for r in rows] == [b.id, a.id]
    assert rows[1]["result"] == "blacklist_candidate" and rows[1]["status"] == "finished"
    code, out, _err = run("inspections", "list", "--status", "draft")
    assert code == 0 and "远方网吧" in out and "星光网吧" not in out and "共 1 条" in out
    code, out, _err = run("inspections", "show", a.id[:6], "--json")
    data = json.loads(out)
    assert data["id"] == a.id
    assert data["content_hash"] == load_inspection(ctx, a.id).inspection.content_hash
    assert data["content_hash_ok"] is True
    minors = next(i for i in data["items"] if i["code"] == "IC-05")
    assert minors["status"] == "fail" and minors["value"]["count"] == 1
    code, out, _err = run("inspections", "show", a.id)
    assert code == 0 and "星光网吧" in out and "黑榜候选" in out and "内容校验：一致" in out
    with pytest.raises(SystemExit) as exc:
        run("inspections", "list", "--from", "2026-13-01")
    assert exc.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
    # the installed command, in its own process: a bad id is one sentence and status 2
    proc = cli("--data-dir", root, "inspections", "show", "zzzz9999")
    assert proc.returncode == 2 and "找不到" in proc.stderr and "Traceback" not in proc.stderr
    proc = cli("--data-dir", root, "inspections", "list", "--json")
    assert proc.returncode == 0 and len(json.loads(proc.stdout)) == 2


def test_a_failing_batch_writes_nothing(world):
    ctx, near, _far, _m = world
    insp = _start(ctx, near)
    n = len(audit_trail(ctx, insp.id))
    batch = [
        (CAFE, "IC-02", {"outcome": "fail", "note": "未亮证"}),
        (CAFE, "IC-10", {"count": 1}),
        (CAFE, "IC-12", {"choice": "excellent"}),  # no such option: the whole batch is refused
    ]
    with pytest.raises(UserError, match="没有选项"):
        svc.answer_many(ctx, insp.id, batch)
    view = load_inspection(ctx, insp.id)
    assert view.answers == {} and len(audit_trail(ctx, insp.id)) == n
    assert view.inspection.deductions == 0
    score = svc.answer_many(ctx, insp.id, batch[:2])
    assert score.deductions == 7 and load_inspection(ctx, insp.id).inspection.deductions == 7


def test_a_new_site_that_cannot_be_saved_starts_nothing(world):
    ctx = world[0]
    before = count_inspections(ctx)
    with pytest.raises(UserError):
        svc.start_for_new_site(ctx, SiteData(name="", kind="internet_cafe"), [CAFE])
    with pytest.raises(UserError, match="找不到检查表"):
        svc.start_for_new_site(ctx, SiteData(name="半途网吧", kind="internet_cafe"), ["nope"])
    from inspector.services.register.entries import search_sites

    assert count_inspections(ctx) == before
    assert not [s for s in search_sites(ctx) if s.name == "半途网吧"]  # rolled back with it


def test_finishing_opens_rectification_cases_in_the_same_transaction(ctx, tmp_path):
    """Every failed item that needs rectifying has its case as soon as the record is finished;
    if the cases cannot be opened, the inspection stays a draft."""
    from sqlmodel import select

    from inspector.services.core.errors import UserError
    from inspector.services.inspection import walk as inspections
    from inspector.services.register.entries import SiteData, save_site
    from inspector.store.engine import read_session
    from inspector.store.models import Inspection, RectificationCase

    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    insp = inspections.start_inspection(ctx, site.id, ["school-internet-cafe"])
    inspections.set_outcome(ctx, insp.id, "school-internet-cafe", "IC-02", "fail")
    inspections.set_outcome(ctx, insp.id, "school-internet-cafe", "IC-03", "pass")
    complete_evidence(ctx, insp.id)

    # A broken office policy file: finishing is refused whole, nothing is half-written.
    policy_dir = tmp_path / "policy"
    policy_dir.mkdir()
    (policy_dir / "lists.yaml").write_text("cases: [不是映射\n", encoding="utf-8")
    ctx.settings.policy_dir = str(policy_dir)
    with pytest.raises(UserError):
        followup_finish.finish(ctx, insp.id)
    with read_session(ctx.engine) as s:
        assert s.get(Inspection, insp.id).status == "draft"
        assert s.exec(select(RectificationCase)).all() == []

    ctx.settings.policy_dir = ""
    followup_finish.finish(ctx, insp.id)
    with read_session(ctx.engine) as s:
        cases = s.exec(
            select(RectificationCase).where(RectificationCase.inspection_id == insp.id)
        ).all()
    assert [c.item_code for c in cases] == ["IC-02"]
    assert cases[0].state == "open" and cases[0].deadline is not None
