"""Conditions, constraints, stall repeats, evidence rules and template versions, end to end
on a real SQLite file, with the record PDF read back."""

from __future__ import annotations

import io
import json

import pytest
from evidence import complete_evidence
from pypdf import PdfReader
from sqlmodel import select
from xlsform_book import write_book

from inspector.domain.conditions import ExpressionError, evaluate, parse_expression
from inspector.services.checklists.xlsform_export import export_workbook, install_workbook
from inspector.services.core.errors import UserError
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import reinspection, stats
from inspector.services.followup.finish import finish
from inspector.services.inspection import walk as svc
from inspector.services.inspection.finish import finish_check
from inspector.services.inspection.view import load_inspection
from inspector.services.paperwork import documents
from inspector.services.paperwork.numbering import set_block
from inspector.services.register.entries import SiteData, save_site
from inspector.store.engine import read_session
from inspector.store.models import InspectionTemplate, RectificationCase

TID = "test-market"


@pytest.fixture
def market(ctx, tmp_path):
    """The office folder holds the workbook's template; a market is registered."""
    office = tmp_path / "office"
    install_workbook(write_book(tmp_path / "market.xlsx"), office)
    ctx.settings.template_dir = str(office)
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.save_settings()
    ctx.reload_catalog()
    set_block(ctx, "苏仙巡〔2026〕", 1, 100)
    site = save_site(ctx, SiteData(name="五里牌农贸市场", kind="farmers_market", grid="一网格"))
    insp = svc.start_inspection(ctx, site.id, [TID])
    return ctx, insp.id


def test_the_grammar_reads_the_issue_operators_and_never_evaluates_python():
    values = {"a": 3, "b": "yes", "c": None}
    expr = parse_expression("not(${a} >= 4) and (selected(${b}, 'yes') or ${c} != 2.5)")
    assert evaluate(expr, values.get) is True
    assert evaluate(parse_expression("${c} = 1 or ${a} < 3"), values.get) is False
    for bad in ("__import__('os')", "${a} = ", "${a}", "${a} == 1", "${a} = 1 and"):
        with pytest.raises(ExpressionError):
            parse_expression(bad)


def _status(ctx, iid):
    view = load_inspection(ctx, iid)
    return view, {r.code: view.status(r.key) for r in view.items}


def test_a_condition_hides_an_item_keeps_its_answer_and_restores_it(market):
    ctx, iid = market
    view, status = _status(ctx, iid)
    assert status["TM-03"] == "hidden"  # asked only when the market has a cooked-food zone
    svc.set_choice(ctx, iid, TID, "TM-02", "yes")
    assert _status(ctx, iid)[1]["TM-03"] == "unanswered"
    svc.set_count(ctx, iid, TID, "TM-03", 2)
    view, status = _status(ctx, iid)
    assert status["TM-03"] == "fail" and view.score.deductions == 3
    svc.set_choice(ctx, iid, TID, "TM-02", "no")
    view, status = _status(ctx, iid)
    assert status["TM-03"] == "hidden" and view.score.deductions == 0  # not scored
    assert view.answers[(TID, "TM-03")].count == 2  # kept in the database
    assert "TM-03" not in {r.item.code for r in finish_check(ctx, iid).unanswered}
    svc.set_choice(ctx, iid, TID, "TM-02", "yes")
    view, status = _status(ctx, iid)
    assert status["TM-03"] == "fail" and view.score.deductions == 3  # back as it was


def test_a_constraint_refuses_the_value_with_its_message_and_saves_nothing(market):
    ctx, iid = market
    svc.set_choice(ctx, iid, TID, "TM-02", "yes")
    with pytest.raises(UserError, match="数量应在 0 到 200 之间"):
        svc.set_count(ctx, iid, TID, "TM-03", 500)
    assert (TID, "TM-03") not in load_inspection(ctx, iid).answers
    svc.set_count(ctx, iid, TID, "TM-03", 200)
    assert load_inspection(ctx, iid).answers[(TID, "TM-03")].count == 200


def _walk_three_stalls(ctx, iid):
    svc.set_outcome(ctx, iid, TID, "TM-01", "pass")
    svc.set_choice(ctx, iid, TID, "TM-02", "no")
    svc.set_measurement(ctx, iid, TID, "TM-04", 2)
    with pytest.raises(UserError):
        svc.set_text(ctx, iid, TID, "TS-00#2", "B07")  # stall 1 comes first
    for n, name in enumerate(("A01 张记蔬菜", "B07 李家鲜肉", "C12 王氏熟食"), start=1):
        svc.set_text(ctx, iid, TID, f"TS-00#{n}", name)
    svc.set_outcome(ctx, iid, TID, "TS-01#1", "pass")
    svc.set_count(ctx, iid, TID, "TS-02#1", 0)
    svc.set_outcome(ctx, iid, TID, "TS-01#2", "fail")  # no licence shown at B07
    svc.set_count(ctx, iid, TID, "TS-02#2", 0)
    svc.set_outcome(ctx, iid, TID, "TS-01#3", "pass")
    svc.set_count(ctx, iid, TID, "TS-02#3", 2)  # two open bins at C12


def test_a_market_walked_stall_by_stall(market):
    ctx, iid = market
    _walk_three_stalls(ctx, iid)
    view = load_inspection(ctx, iid)
    assert [r.code for r in view.items if r.instance] == [
        f"TS-0{i}#{n}" for n in (1, 2, 3) for i in (0, 1, 2)
    ]
    assert view.score.deductions == 2 + 1  # B07: licence; C12: open bins (1 point, not per bin)
    # "note on fail" is enforced at finish, naming the stall's item.
    with pytest.raises(UserError, match=r"TS-01#2.*说明"):
        finish(ctx, iid)
    svc.set_note(ctx, iid, TID, "TS-01#2", "未亮照")
    finish(ctx, iid)
    with read_session(ctx.engine) as s:
        cases = {c.item_code: c for c in s.exec(select(RectificationCase))}
    assert set(cases) == {"TS-01#2", "TS-02#3"}
    assert cases["TS-01#2"].finding == "摊位 B07 李家鲜肉：未亮照"
    assert cases["TS-02#3"].finding.startswith("摊位 C12 王氏熟食")
    # The record lists the stalls one by one.
    text = "\n".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(documents.preview(ctx, "record", iid).data)).pages
    ).replace(" ", "")
    positions = [text.find(f"摊位{name}") for name in ("A01张记蔬菜", "B07李家鲜肉", "C12王氏熟食")]
    assert all(p > 0 for p in positions) and positions == sorted(positions), text
    assert "熟食摊位无防蝇设施" not in text  # hidden: not printed
    # Statistics count stalls inspected and stalls failed.
    month = load_inspection(ctx, iid).inspection.finished_at.astimezone().strftime("%Y-%m")
    st = stats.period_stats(ctx, month)
    assert (st.stalls_inspected, st.stalls_failed) == (3, 2)


def test_photo_on_fail_is_required_only_while_relevant(market):
    ctx, iid = market
    svc.set_outcome(ctx, iid, TID, "TM-01", "fail")
    with pytest.raises(UserError, match=r"TM-01.*附照片"):
        finish(ctx, iid)
    assert complete_evidence(ctx, iid) == 1
    finish(ctx, iid)


def test_old_inspections_keep_version_n_when_the_office_installs_n_plus_1(market, tmp_path):
    ctx, iid = market
    svc.set_outcome(ctx, iid, TID, "TM-01", "fail")
    complete_evidence(ctx, iid)
    finish(ctx, iid)
    with read_session(ctx.engine) as s:
        frozen = s.exec(
            select(InspectionTemplate).where(InspectionTemplate.inspection_id == iid)
        ).one()
    v1_hash, v1_content = frozen.content_hash, frozen.content
    # Version 2 from a workbook: TM-01 reworded, a new item.
    t1 = ctx.catalog.get(TID)
    data = json.loads(json.dumps(t1.data))
    data["version"] = 2
    data["sections"][0]["items"][0]["text"] = "入口公示投诉电话和市场管理员姓名"
    from inspector.domain.templates import parse_template

    book = export_workbook(parse_template(data), tmp_path / "v2.xlsx")
    install_workbook(book, tmp_path / "office")
    ctx.reload_catalog()
    assert ctx.catalog.get(TID).version == 2
    with read_session(ctx.engine) as s:
        frozen = s.exec(
            select(InspectionTemplate).where(InspectionTemplate.inspection_id == iid)
        ).one()
    assert (frozen.template_version, frozen.content_hash, frozen.content) == (
        1,
        v1_hash,
        v1_content,
    )
    assert load_inspection(ctx, iid).templates[0][1].item("TM-01").text.zh_CN == "入口公示投诉电话"
    # The re-inspection of the version-1 case asks version 1's item.
    site_id = load_inspection(ctx, iid).inspection.site_id
    rid = reinspection.start_reinspection(ctx, site_id)
    items = {r.item.code: r.item for r in load_inspection(ctx, rid).items}
    assert items["TM-01"].text.zh_CN == "入口公示投诉电话"
    # A new inspection uses version 2.
    new = svc.start_inspection(ctx, site_id, [TID])
    assert load_inspection(ctx, new.id).templates[0][0].template_version == 2


def test_reinspection_of_a_conditional_item_of_the_shipped_cafe_list(ctx):
    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    cafe = "school-internet-cafe"
    insp = svc.start_inspection(ctx, site.id, [cafe])
    _view, status = _status(ctx, insp.id)
    assert status["IC-05"] == status["IC-15"] == "hidden"
    svc.set_choice(ctx, insp.id, cafe, "IC-14", "yes")
    svc.set_count(ctx, insp.id, cafe, "IC-05", 2)
    svc.set_choice(ctx, insp.id, cafe, "IC-15", "none")
    svc.set_note(ctx, insp.id, cafe, "IC-15", "经营者拒绝劝离")
    complete_evidence(ctx, insp.id)
    assert finish(ctx, insp.id).result == "blacklist_candidate"
    rid = reinspection.start_reinspection(ctx, site.id)
    assert {r.item.code for r in load_inspection(ctx, rid).items} == {"IC-05", "IC-15"}


def test_reinspection_of_stall_cases_shows_the_stalls_they_were_found_at(market):
    ctx, iid = market
    _walk_three_stalls(ctx, iid)
    svc.set_note(ctx, iid, TID, "TS-01#2", "未亮照")
    finish(ctx, iid)
    site_id = load_inspection(ctx, iid).inspection.site_id
    rid = reinspection.start_reinspection(ctx, site_id)
    view = load_inspection(ctx, rid)
    # Stalls 2 and 3 only (stall 1 had no case); the cut section holds both carried items.
    assert [r.code for r in view.items] == [
        "TS-00#2", "TS-01#2", "TS-02#2", "TS-00#3", "TS-01#3", "TS-02#3"
    ]  # fmt: skip
    assert view.answers[(TID, "TS-00#2")].text == "B07 李家鲜肉"  # the stall's name, carried
    reinspection.record_answer(ctx, rid, TID, "TS-01#2", "pass", "已亮照")
    reinspection.record_answer(ctx, rid, TID, "TS-02#3", "fail", "仍未加盖")
    complete_evidence(ctx, rid)
    followup_finish.finish_reinspection(ctx, rid)
    with read_session(ctx.engine) as s:
        states = {c.item_code: c.state for c in s.exec(select(RectificationCase))}
    assert states["TS-01#2"] == "verified" and states["TS-02#3"] != "verified"


def test_an_amendment_that_hides_a_failed_item_withdraws_its_case(ctx):
    from inspector.services.followup.finish import amend

    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    cafe = "school-internet-cafe"
    insp = svc.start_inspection(ctx, site.id, [cafe])
    svc.set_choice(ctx, insp.id, cafe, "IC-14", "yes")
    svc.set_count(ctx, insp.id, cafe, "IC-05", 1)
    complete_evidence(ctx, insp.id)
    finish(ctx, insp.id)
    amend(ctx, insp.id, cafe, "IC-14", choice="no", reason="误将成年顾客当作未成年人")
    view = load_inspection(ctx, insp.id)
    assert view.is_hidden((cafe, "IC-05")) and view.inspection.result != "blacklist_candidate"
    with read_session(ctx.engine) as s:
        case = s.exec(select(RectificationCase).where(RectificationCase.item_code == "IC-05")).one()
    assert case.state == "withdrawn"


def test_statistics_fold_a_stall_item_over_its_stalls(market):
    ctx, iid = market
    _walk_three_stalls(ctx, iid)
    svc.set_outcome(ctx, iid, TID, "TS-01#3", "fail")  # a second stall without its licence
    svc.set_note(ctx, iid, TID, "TS-01#2", "未亮照")
    svc.set_note(ctx, iid, TID, "TS-01#3", "未亮照")
    finish(ctx, iid)
    month = load_inspection(ctx, iid).inspection.finished_at.astimezone().strftime("%Y-%m")
    st = stats.period_stats(ctx, month)
    rows = {r.detail: r.count for r in st.top_failed}
    assert rows[f"{TID} / TS-01"] == 2 and rows[f"{TID} / TS-02"] == 1
    assert (st.stalls_inspected, st.stalls_failed) == (3, 2)


def test_a_constraint_holds_only_while_its_item_is_asked(ctx):
    """IC-05 (1 to 500 minors) is asked only when IC-14 says minors are present."""
    site = save_site(ctx, SiteData(name="青松网吧", kind="internet_cafe", grid="一网格"))
    cafe = "school-internet-cafe"
    insp = svc.start_inspection(ctx, site.id, [cafe])
    batch = [(cafe, "IC-14", {"choice": "no"}), (cafe, "IC-05", {"count": 0})]
    svc.answer_many(ctx, insp.id, batch)  # hidden by the answer just before it: kept, not refused
    assert load_inspection(ctx, insp.id).answers[(cafe, "IC-05")].count == 0
    with pytest.raises(UserError, match="人数应在 1 到 500 之间"):
        svc.answer_many(
            ctx, insp.id, [(cafe, "IC-14", {"choice": "yes"}), (cafe, "IC-05", {"count": 0})]
        )
    assert load_inspection(ctx, insp.id).answers[(cafe, "IC-14")].choice == "no"  # all or nothing
