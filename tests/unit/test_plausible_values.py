"""Plausible values: hard ranges refused, surprising values confirmed and recorded.

Real SQLite files; the services are the ones the walk, the CLI and the demo call.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from inspector.domain.plausible import (
    Range,
    contradicts_computed,
    hard_range,
    plausible_range,
)
from inspector.domain.templates import TemplateError, parse_template
from inspector.services.core.audit import audit_trail
from inspector.services.core.errors import UserError
from inspector.services.core.value_checks import ImplausibleValue, phone_problem
from inspector.services.inspection import walk as svc
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)

CAFE = "school-internet-cafe"
GATE = (25.7900, 113.0400)


@pytest.fixture
def draft(ctx):
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    save_school(ctx, SchoolData(name="北湖小学", points=[PointData(*GATE, label="南门")]))
    site = save_site(
        ctx, SiteData(name="星光网吧", kind="internet_cafe", lat=25.79202, lon=113.0400)
    )
    insp = svc.start_inspection(ctx, site.id, [CAFE])
    return ctx, insp


def _answer(ctx, iid, code):
    row = load_inspection(ctx, iid).answers.get((CAFE, code))
    return row


def _db_count(ctx, sql: str, **params) -> int:
    with ctx.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def test_ranges_derived_from_limits_and_count_rules(ctx):
    t = ctx.catalog.get(CAFE)
    distance = t.item("IC-01")
    assert hard_range(distance) == Range(0, 100_000)
    assert plausible_range(distance) == Range(0, 2_000)  # ten times the 200 m limit
    posters = t.item("IC-10")  # fail_below 3
    assert plausible_range(posters) == Range(0, 100)
    waiting = ctx.catalog.get("window-counter").item("WC-14")  # limit max 15 min
    assert plausible_range(waiting) == Range(0, 150) and hard_range(waiting) == Range(0, 1440)
    share = ctx.catalog.get("window-counter").item("WC-11")
    assert hard_range(share) == Range(0, 100)
    assert contradicts_computed(99_999, 223.9)
    assert not contradicts_computed(260.0, 223.9)  # a walking distance a little longer
    assert not contradicts_computed(99_999, None)  # nothing computed: nothing to contradict


def _template(item_extra: dict) -> dict:
    item = {"code": "X-01", "text": "数量", "answer": "count", "fail_above": 0,
            "severity": "deduct", "points": 1, **item_extra}  # fmt: skip
    return {"id": "t", "version": 1, "title": "T", "category": "market", "applies_to": "*",
            "sections": [{"code": "s", "title": "S", "items": [item]}]}  # fmt: skip


def test_template_plausible_field_is_read_and_checked():
    t = parse_template(_template({"plausible": {"max": 30}}), "t.yaml")
    assert plausible_range(t.item("X-01")) == Range(0, 30)
    for bad, words in (
        ({"plausible": {"max": 30, "maxi": 3}}, "未知字段"),
        ({"plausible": {"min": 40, "max": 30}}, "plausible.min 大于 plausible.max"),
        ({"plausible": {"max": 1_000_000}}, "超出该单位可能的范围"),
        ({"plausible": 5}, "plausible 应写成"),
        ({"answer": "pass_fail", "fail_above": None, "plausible": {"max": 3}}, "只适用于"),
    ):
        data = _template(bad)
        data["sections"][0]["items"][0] = {
            k: v for k, v in data["sections"][0]["items"][0].items() if v is not None
        }
        with pytest.raises(TemplateError) as err:
            parse_template(data, "t.yaml")
        assert any(words in p.message for p in err.value.problems), err.value.problems


def test_service_refuses_values_outside_the_hard_range(draft):
    ctx, insp = draft
    before = _db_count(ctx, "select count(*) from audit_log")
    with pytest.raises(UserError, match="不可能成立"):
        svc.set_count(ctx, insp.id, CAFE, "IC-10", 100_000, confirmed=True)
    with pytest.raises(UserError, match="距离应为 0 到 100000"):
        svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line",
                            distance_m=9_999_999, confirmed=True)  # fmt: skip
    # answer_many (demo, re-inspection) goes through the same check
    with pytest.raises(UserError, match="不可能成立"):
        svc.answer_many(ctx, insp.id, [(CAFE, "IC-10", {"count": 1_000_000})])
    assert _db_count(ctx, "select count(*) from audit_log") == before
    assert _db_count(ctx, "select count(*) from answer where item_code = 'IC-10'") == 0
    assert _db_count(ctx, "select count(*) from distance_measurement") == 0


def test_implausible_count_needs_confirmation_and_is_recorded(draft):
    ctx, insp = draft
    with pytest.raises(ImplausibleValue) as err:
        svc.set_count(ctx, insp.id, CAFE, "IC-10", 5000)
    assert err.value.value == 5000 and err.value.expected == Range(0, 100)
    assert "5000" in str(err.value) and "0–100" in str(err.value)
    assert _answer(ctx, insp.id, "IC-10") is None  # nothing saved
    svc.set_count(ctx, insp.id, CAFE, "IC-10", 5000, confirmed=True)
    row = _answer(ctx, insp.id, "IC-10")
    assert row.count == 5000 and "〔已核实〕" in row.note and "5000" in row.note
    trail = [e for e in audit_trail(ctx, insp.id) if e.kind == "confirm"]
    assert len(trail) == 1 and "5000" in (trail[0].new_value or "") and "5000" in trail[0].reason
    # a plausible value afterwards takes the confirmation out of the note again
    svc.set_count(ctx, insp.id, CAFE, "IC-10", 4)
    assert "〔已核实〕" not in (_answer(ctx, insp.id, "IC-10").note or "")


def test_distance_contradicting_the_coordinates_needs_confirmation(draft):
    ctx, insp = draft
    computed = load_inspection(ctx, insp.id).inspection.computed_distance_m
    assert 200 < computed < 260
    with pytest.raises(ImplausibleValue) as err:
        svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line",
                            distance_m=99_999)  # fmt: skip
    assert err.value.computed_m == pytest.approx(computed)
    assert "99999.0" in str(err.value) and f"{computed:.1f}" in str(err.value)
    assert _db_count(ctx, "select count(*) from distance_measurement") == 0
    svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line",
                        distance_m=99_999, confirmed=True)  # fmt: skip
    view = load_inspection(ctx, insp.id)
    assert view.measurements[0].distance_m == 99_999 and "〔已核实〕" in view.measurements[0].note
    answer = view.answers[(CAFE, "IC-01")]
    assert answer.measurement == 99_999 and f"{computed:.1f}" in answer.note
    assert any(e.kind == "confirm" for e in audit_trail(ctx, insp.id))
    # a figure that agrees with the coordinates is not asked about
    svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line", distance_m=230)


def test_phone_problem():
    assert phone_problem("0735-2345678") is None
    assert phone_problem("138 0000 0000") is None
    assert phone_problem("") is None
    assert phone_problem("abc") is not None
    assert phone_problem("1" * 25) is not None


def test_an_item_with_a_constraint_is_not_asked_about(ctx):
    minors = ctx.catalog.get(CAFE).item("IC-05")  # constraint ". >= 1 and . <= 500"
    assert plausible_range(minors) == hard_range(minors)


def test_a_distance_without_coordinates_is_checked_against_its_range(ctx):
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    site = save_site(ctx, SiteData(name="无坐标网吧", kind="internet_cafe"))
    insp = svc.start_inspection(ctx, site.id, [CAFE])
    assert load_inspection(ctx, insp.id).inspection.computed_distance_m is None
    with pytest.raises(ImplausibleValue) as err:
        svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line",
                            distance_m=5_000)  # fmt: skip
    assert err.value.expected == Range(0, 2_000) and err.value.computed_m is None
    svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line", distance_m=450)
    assert _db_count(ctx, "select count(*) from distance_measurement") == 1


def test_a_far_distance_the_coordinates_agree_with_is_not_asked(draft):
    ctx, _insp = draft
    far = save_site(ctx, SiteData(name="远方网吧", kind="internet_cafe", lat=25.83, lon=113.04))
    insp = svc.start_inspection(ctx, far.id, [CAFE])
    computed = load_inspection(ctx, insp.id).inspection.computed_distance_m
    assert computed > 4_000  # beyond the plausible 2 000 m, but what the map says
    svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line",
                        distance_m=computed + 20)  # fmt: skip
    assert "〔已核实〕" not in (load_inspection(ctx, insp.id).measurements[0].note or "")


def test_start_refuses_an_inspector_name_longer_than_its_field(ctx):
    ctx.settings.inspector_name = "名" * 101  # typed in the settings
    ctx.save_settings()
    site = save_site(ctx, SiteData(name="星光网吧", kind="internet_cafe"))
    with pytest.raises(UserError, match="“主检查员”最多 100 个字，现为 101 个字"):
        svc.start_inspection(ctx, site.id, [CAFE])
    assert _db_count(ctx, "select count(*) from inspection") == 0
    with pytest.raises(UserError, match="检查地点"):
        svc.start_inspection(ctx, site.id, [CAFE], lead=svc.Person("周明远"),
                             location_text="路" * 301)  # fmt: skip


def test_a_measurement_point_longer_than_its_field_is_refused(draft):
    ctx, insp = draft
    with pytest.raises(UserError, match="“起点”最多 300 个字"):
        svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line",
                            distance_m=230, start_point="门" * 301)  # fmt: skip
    assert _db_count(ctx, "select count(*) from distance_measurement") == 0


def test_the_confirmation_is_printed_on_the_record(draft):
    import io

    from pypdf import PdfReader

    from inspector.services.paperwork import documents
    from inspector.services.paperwork.numbering import set_block

    ctx, insp = draft
    set_block(ctx, "苏仙巡〔2026〕", 1, 100)
    svc.set_count(ctx, insp.id, CAFE, "IC-10", 5000, confirmed=True)
    data = documents.preview(ctx, "record", insp.id).data
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    compact = text.replace(" ", "").replace("\n", "")
    assert "〔已核实〕" in compact and "检查员确认数值无误" in compact


def test_an_amendment_refuses_a_figure_outside_the_hard_range(ctx):
    from inspector.services.demo.document_samples import add_sample_inspection
    from inspector.services.followup.finish import amend

    iid = add_sample_inspection(ctx, photos=0)
    with pytest.raises(UserError, match="不可能成立"):
        amend(ctx, iid, CAFE, "IC-10", reason="重新点数", count=9_999_999)
    assert _db_count(ctx, "select count(*) from amendment") == 0
    amend(ctx, iid, CAFE, "IC-10", reason="重新点数", count=4)
    assert _db_count(ctx, "select count(*) from amendment") == 1


def test_plausible_goes_through_a_workbook_and_back(tmp_path):
    from inspector.services.checklists.xlsform import read_workbook
    from inspector.services.checklists.xlsform_export import export_workbook

    data = _template({"plausible": {"min": 1, "max": 30}})
    template = parse_template(data, "t.yaml")
    path = export_workbook(template, tmp_path / "t.xlsx")
    _data, again = read_workbook(path)
    assert again.item("X-01").plausible == template.item("X-01").plausible
    assert again.content_hash == template.content_hash
