"""Chinese names sort by pinyin (阿 before 便 before 中), not by code point (中 < 便 < 阿)."""

from __future__ import annotations

from datetime import date

from followup_data import add_inspection, add_site

from inspector.domain.collation import pinyin_key, sorted_by_pinyin
from inspector.services.followup import lists
from inspector.services.register import entries as reg

NAMES = ["中华网吧", "便民网吧", "阿里网吧"]  # code-point order
PINYIN = ["阿里网吧", "便民网吧", "中华网吧"]


def test_pinyin_key_reads_words():
    assert sorted(NAMES) == NAMES  # what sorting by code point gives
    assert sorted_by_pinyin(NAMES) == PINYIN
    assert pinyin_key("重庆小面") < pinyin_key("张记") < pinyin_key("中国银行")  # 重 as chong


def test_register_search_and_export_order(ctx):
    for name in NAMES:
        reg.save_site(ctx, reg.SiteData(name=name, kind="internet_cafe", grid="一网格"))
        reg.save_school(ctx, reg.SchoolData(name=name.replace("网吧", "小学")))
    assert [s.name for s in reg.search_sites(ctx)] == PINYIN
    assert [s.name for s in reg.all_site_records(ctx)] == PINYIN
    assert [s.name for s in reg.search_schools(ctx)] == [n.replace("网吧", "小学") for n in PINYIN]


def test_list_entries_and_bulletin_order(ctx):
    ids = [add_site(ctx, name) for name in NAMES]
    for site_id in ids:
        for day in (date(2026, 10, 3), date(2026, 10, 20)):
            add_inspection(ctx, site_id, day)
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    assert [e.site_name for e in lists.entries(ctx, issue.id)] == PINYIN
    snapshot = lists.preview_snapshot(ctx, issue.id)
    assert [x["name"] for x in snapshot["red"]] == PINYIN
