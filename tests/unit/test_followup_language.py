"""document_language = "en" for the red/black bulletin, the statistics report and the
notice's policy wording; Chinese stays the default and old snapshots still print."""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path

import pytest
from followup_data import add_inspection, add_site
from pypdf import PdfReader

from inspector.reports import bulletin_pdf
from inspector.reports.labels import LABELS
from inspector.services.core.errors import UserError
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import lists
from inspector.services.followup import report_files as followup_docs
from inspector.services.paperwork import keys
from inspector.services.paperwork.notice_views import rectification_policy

REPORTS = Path(__file__).resolve().parents[2] / "inspector" / "reports"


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.fixture
def english(ctx):
    ctx.settings.office_name = "青石街道文明创建办公室"
    ctx.settings.inspector_name = "李明"
    ctx.settings.document_language = "en"
    ctx.save_settings()
    return ctx


@pytest.fixture
def published(english):
    ctx = english
    good = add_site(ctx, "清风网吧", code="91430000CLEAN")
    bad = add_site(ctx, "夜猫网吧", grid="二网格", code="91430000NIGHT")
    for day in (date(2026, 10, 3), date(2026, 10, 20)):
        add_inspection(ctx, good, day)
    i = add_inspection(ctx, bad, date(2026, 10, 9), {"IC-07": "屏幕有不良内容"})
    followup_finish.open_cases_for_inspection(ctx, i)
    issue = lists.draft_list(ctx, "2026-10", "school_perimeter", today=date(2026, 11, 2))
    black = next(e for e in lists.entries(ctx, issue.id) if e.colour == "black")
    lists.set_reply(ctx, black.id, "已整改，申请复查")
    return lists.publish(ctx, issue.id, "No. 10", today=date(2026, 11, 3))


def test_english_bulletin_is_signed_and_reads_in_english(english, published, tmp_path):
    verify = pytest.importorskip("inspector.reports.verify")
    keys.create_demo_key(english)
    out = followup_docs.export_bulletin(english, published.id, tmp_path, sign=None)
    pdf = out.files[0]
    text = _text(pdf)
    for expected in (
        "Civilized City Red and Black List, School perimeter, October 2026",
        "1. Red list (sites: 1)",
        "2. Black list (sites: 1)",
        "Reason for listing",
        "Inspected 2 times this period",  # the red reason in English
        "Red-line problems found: 1",  # the black reason in English
        "No obscene, violent or gambling content on screens",  # the failed item's English template text
        "Overdue",  # the case state (a one-day red-line deadline long past)
        "Site's reply: 已整改，申请复查",  # the reply prints as entered
        "夜猫网吧",
        "Date of issue: 2026-11-03",
        "Page 1",
        published.snapshot_sha256,
    ):
        assert expected in text, expected
    for chinese in ("红黑榜", "上榜理由", "发布日期", "第 1 页", "逾期未改", "检查中发现红线问题"):
        assert chinese not in text, chinese
    report = verify.verify_pdf(pdf.read_bytes(), keys.trusted_certs(english))
    assert report.intact and report.valid and report.trusted
    assert PdfReader(pdf).metadata.title.startswith("Civilized City Red and Black List")


def test_the_same_issue_prints_in_chinese_when_the_setting_is_chinese(english, published, tmp_path):
    english.settings.document_language = "zh_CN"
    english.save_settings()
    out = followup_docs.export_bulletin(english, published.id, tmp_path, sign=False)
    text = _text(out.files[0])
    assert "2026年10月校园周边文明创建红黑榜" in text
    assert "检查中发现红线问题 1 次" in text and "逾期未改" in text
    assert "Red list" not in text and "Page 1" not in text


def test_a_snapshot_without_english_fields_falls_back_to_chinese(english, published, tmp_path):
    """Issues published before the ``*_en`` fields existed keep printing, half in Chinese."""
    snapshot = json.loads(published.snapshot)
    for entry in snapshot["red"] + snapshot["black"]:
        entry.pop("reasons_en")
        for problem in entry.get("problems", []):
            problem.pop("status_en")
            problem.pop("item_en")
    for key in ("period_label_en", "category_label_en"):
        snapshot.pop(key)
    path = bulletin_pdf.write_bulletin_pdf(snapshot, tmp_path / "old.pdf", language="en")
    text = _text(path)
    assert "Civilized City Red and Black List, 校园周边, 2026年10月" in text
    assert "检查中发现红线问题 1 次" in text  # no English reason stored: printed as stored
    assert "Overdue" in text and "逾期未改" not in text  # states are known words: translated
    assert "Reason for listing" in text


def test_english_statistics_pdf(english, published, tmp_path):
    out = followup_docs.export_stats(english, "2026Q4", tmp_path / "q4.pdf", sign=False)
    text = _text(out.files[0])
    for expected in (
        "Civilized City Inspection Statistics, Q4 2026",
        "Period: 2026-10-01 to 2026-12-31",
        "Inspections this period: 3 (3 routine, 0 re-inspections)",
        "2. Score rate by category",
        "School perimeter",  # category label in English
        "Internet café",  # site kind in English
        "No obscene, violent or gambling content on screens",  # most failed item in English
        "二网格",  # grid names print as entered
        "Compiled by: 青石街道文明创建办公室",
    ):
        assert expected in text, expected
    for chinese in ("文明创建检查统计", "总体情况", "得分率", "校园周边", "网吧 "):
        assert chinese not in text, chinese


def test_notice_consequence_follows_the_document_language(english):
    from inspector.services.demo.document_samples import internet_cafe_template
    from inspector.services.paperwork.notice_views import notice_view
    from inspector.services.paperwork.views import load_bundle

    data = internet_cafe_template()
    for section in data["sections"]:  # an office list without correction data for IC-12
        for item in section["items"]:
            if item["code"] == "IC-12":
                item.pop("correction")
    iid = add_sample_inspection(english, template_data=data)
    doc = notice_view(english, load_bundle(english, iid), "N-1", "R-1")
    assert doc.consequence.startswith("Complete the corrections within the time stated")
    by_code = {item.code: item for item in doc.items}
    # an item without its own correction: the policy's wording; with one: the template's
    assert by_code["IC-12"].correction.startswith("Correct to the checklist standard: ")
    assert by_code["IC-03"].correction == 'Put up a "No minors" sign at the entrance'
    assert by_code["IC-03"].basis.startswith("Internet café regulation art. 21")
    english.settings.document_language = "zh_CN"
    doc = notice_view(english, load_bundle(english, iid), "N-1", "R-1")
    assert doc.consequence.startswith("请你单位在上述期限内整改完毕")
    assert "，将列入红黑榜" in doc.consequence  # wrapped YAML lines join without a space


def test_office_policy_in_chinese_only_prints_chinese_in_english_documents(english, tmp_path):
    folder = tmp_path / "policy"
    folder.mkdir()
    (folder / "rectification.yaml").write_text(
        "version: 1\nconsequence: 逾期不改的，依法处理。\ncorrection_prefix: 请整改：\n", "utf-8"
    )
    english.settings.policy_dir = str(folder)
    policy = rectification_policy(english)
    assert policy.consequence.get("en") == "逾期不改的，依法处理。"
    assert policy.correction_prefix.get("en") == "请整改："
    (folder / "rectification.yaml").write_text("consequence: [1, 2]\n", "utf-8")
    with pytest.raises(UserError, match="consequence"):
        rectification_policy(english)


def _label_keys() -> set[str]:
    """Every literal first argument of label(...) / fmt(...) in inspector/reports."""
    keys: set[str] = set()
    for path in REPORTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("label", "fmt")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                keys.add(node.args[0].value)
    return keys


def test_every_printed_label_has_an_english_form():
    keys = _label_keys()
    assert len(keys) > 50 and "一、红榜（{} 家）" in keys  # the scan sees the bulletin
    missing = sorted(k for k in keys if k not in LABELS)
    assert not missing, missing


CJK = re.compile(r"[\u3001-\u303f\u4e00-\u9fff\uff01-\uffef]")


def _sheet_texts(path: Path, typed: set[str]) -> list[str]:
    """Every cell text and sheet name of a workbook that holds Chinese not typed by people."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    found = [name for name in wb.sheetnames if CJK.search(name)]
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if not isinstance(value, str):
                    continue
                rest = value
                for t in sorted(typed, key=len, reverse=True):
                    rest = rest.replace(t, "")
                if CJK.search(rest):
                    found.append(value)
    return found


def test_english_workbooks(english, published, tmp_path):
    from openpyxl import load_workbook

    typed = {"清风网吧", "夜猫网吧", "清风网吧路1号", "夜猫网吧路1号", "一网格", "二网格",
             "屏幕有不良内容", "已整改，申请复查", "青石街道文明创建办公室", "李明"}  # fmt: skip
    out = followup_docs.export_bulletin(english, published.id, tmp_path, sign=False)
    xlsx = out.files[1]
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Red list", "Black list", "Removed", "Issue"]
    assert wb["Black list"]["B3"].value == "夜猫网吧"
    assert "Overdue" in wb["Black list"]["H3"].value
    assert _sheet_texts(xlsx, typed) == []

    stats = followup_docs.export_stats(english, "2026Q4", tmp_path / "q4.xlsx", sign=False)
    wb = load_workbook(stats.files[0])
    assert wb.sheetnames[:3] == ["Overview", "By category", "By grid"]
    assert wb["Overview"]["A1"].value == "Civilized City Inspection Statistics, Q4 2026"
    assert wb["By category"]["A2"].value == "School perimeter"
    assert _sheet_texts(stats.files[0], typed) == []

    english.settings.document_language = "zh_CN"
    english.save_settings()
    zh = followup_docs.export_stats(english, "2026Q4", tmp_path / "zh.xlsx", sign=False)
    assert "总体" in _sheet_texts(zh.files[0], typed)  # the check does see Chinese
