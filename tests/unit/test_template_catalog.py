"""The shipped templates, the catalog with office overrides, and ``inspector templates check``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from inspector.domain.site_kinds import SCHOOL_PERIMETER, SITE_KINDS
from inspector.domain.templates import parse_template
from inspector.services.core.templates import SHIPPED_DIR, TemplateCatalog, load_file, load_paths

SHIPPED_FILES = sorted(SHIPPED_DIR.glob("*.yaml"))
EXPECTED_IDS = {
    "school-shared",
    "school-internet-cafe",
    "school-game-hall",
    "school-mahjong-parlour",
    "school-publication-seller",
    "school-food-shop",
    "market",
    "window-counter",
    "public-smoking-ban",
    "street-frontage",
}


@pytest.fixture(scope="module")
def shipped():
    report = load_paths([SHIPPED_DIR])
    assert report.problems == []
    return {t.id: t for t in report.templates}


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=[p.name for p in SHIPPED_FILES])
def test_every_shipped_file_parses_and_is_named_after_its_id(path):
    t = load_file(path)
    assert path.stem == t.id
    assert t.title.zh_CN and t.title.en
    for _, i in t.items():
        assert i.text.zh_CN and i.text.en, i.code
        if i.guidance:
            assert i.guidance.zh_CN and i.guidance.en, i.code


def test_shipped_set_covers_the_domain_lists(shipped):
    assert set(shipped) == EXPECTED_IDS


def test_item_codes_are_unique_across_all_templates(shipped):
    codes = [i.code for t in shipped.values() for _, i in t.items()]
    assert len(codes) == len(set(codes)) > 100


def test_every_site_kind_gets_a_proposal_and_school_shops_get_the_shared_list():
    catalog = TemplateCatalog.load()
    for kind in SITE_KINDS:
        proposed = [t.id for t in catalog.for_site_kind(kind.code)]
        assert proposed, kind.code
        if kind.category == SCHOOL_PERIMETER:
            assert proposed[0] == "school-shared", kind.code
            assert "street-frontage" in proposed, kind.code


def test_proposals_for_an_internet_cafe_and_a_hospital():
    catalog = TemplateCatalog.load()
    assert [t.id for t in catalog.for_site_kind("internet_cafe")] == [
        "school-shared",
        "school-internet-cafe",
        "street-frontage",
        "public-smoking-ban",
    ]
    assert [t.id for t in catalog.for_site_kind("hospital")] == [
        "window-counter",
        "street-frontage",
        "public-smoking-ban",
    ]
    assert [t.id for t in catalog.for_site_kind("market_stall")] == ["market"]
    for kind in ("food_shop", "small_eatery", "small_grocery"):
        assert "school-food-shop" in [t.id for t in catalog.for_site_kind(kind)]


def test_item_applicability_splits_market_from_stall_and_window_variants(shipped):
    market = shipped["market"]
    whole = {i.code for _, i in market.items("farmers_market")}
    stall = {i.code for _, i in market.items("market_stall")}
    assert {"MK-05", "MK-09", "MK-21"} <= whole - stall  # scale, zoning, pesticide notice
    assert {"MK-07", "MK-11", "MK-15"} <= stall - whole  # the stall's own licence, certs, bin
    window = shipped["window-counter"]
    assert "WC-14" in {i.code for _, i in window.items("hospital")}
    assert "WC-14" not in {i.code for _, i in window.items("bank")}
    assert "WC-16" in {i.code for _, i in window.items("station")}
    assert "WC-07" not in {i.code for _, i in window.items("post_office")}


def test_severities_and_answer_kinds_follow_the_domain_brief(shipped):
    def get(tid, code):
        return shipped[tid].item(code)

    for tid, code in (
        ("school-internet-cafe", "IC-01"),
        ("school-game-hall", "GH-01"),
        ("school-mahjong-parlour", "MJ-01"),
    ):
        distance = get(tid, code)
        assert distance.rule == "distance_to_school" and distance.is_red_line
        assert distance.unit == "m" and distance.limit.min == 200
    assert get("school-shared", "SS-01").is_red_line  # no licence at all
    assert get("school-shared", "SS-03").severity == "deduct"
    assert get("school-shared", "SS-03").photo_on_fail
    posters = get("school-internet-cafe", "IC-10")
    assert posters.per_unit and posters.count_rule.fail_below == 3
    queue = get("window-counter", "WC-14")
    assert (queue.answer, queue.unit, queue.limit.max) == ("measurement", "min", 15)
    assert get("window-counter", "WC-12").is_red_line  # red envelopes
    assert get("school-publication-seller", "PB-03").answer == "count"
    assert get("market", "MK-26").severity == "advisory"
    for t in shipped.values():
        for _, i in t.items():
            if i.severity == "deduct":
                assert i.points > 0, i.code
            if i.answer == "count" and i.per_unit:
                assert i.severity == "deduct", i.code


def test_content_hash_is_the_same_on_every_load(shipped):
    again = {t.id: t.content_hash for t in load_paths([SHIPPED_DIR]).templates}
    assert again == {tid: t.content_hash for tid, t in shipped.items()}
    assert len(set(again.values())) == len(again)


def _office_copy(folder: Path, tid: str, version: int, title: str) -> Path:
    data = yaml.safe_load((SHIPPED_DIR / f"{tid}.yaml").read_text("utf-8"))
    data["version"] = version
    data["title"] = {"zh_CN": title, "en": "Office copy"}
    folder.mkdir(exist_ok=True)
    path = folder / f"office-{tid}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def test_office_template_with_higher_version_replaces_shipped(tmp_path):
    office = tmp_path / "office"
    _office_copy(office, "street-frontage", 5, "本街道门前三包检查")
    catalog = TemplateCatalog.load(office)
    t = catalog.get("street-frontage")
    assert (t.version, t.title.zh_CN) == (5, "本街道门前三包检查")
    assert catalog.is_office("street-frontage") and not catalog.is_office("market")
    assert len(catalog) == len(EXPECTED_IDS) and catalog.problems == []
    assert t in catalog.for_site_kind("bank")


def test_office_template_with_lower_or_equal_version_does_not_replace(tmp_path):
    newer = parse_template({**_raw("market"), "version": 3}, "market.yaml")
    older = parse_template({**_raw("market"), "version": 2}, "office-market.yaml")
    catalog = TemplateCatalog([newer], office=[older])
    assert catalog.get("market") is newer and catalog.ignored == [older]
    assert not catalog.is_office("market")

    office = tmp_path / "office"
    _office_copy(office, "market", 2, "同版本副本")
    catalog = TemplateCatalog.load(office)
    assert catalog.get("market").title.zh_CN == "农贸市场及摊位检查"
    (problem,) = catalog.problems
    assert problem.source == "office-market.yaml" and "version 改大" in problem.message


def test_office_folder_problems_are_kept_and_good_files_still_load(tmp_path):
    office = tmp_path / "office"
    _office_copy(office, "window-counter", 5, "新版窗口检查")
    (office / "broken.yaml").write_text("id: x\nversion: 1\n", "utf-8")
    catalog = TemplateCatalog.load(office)
    assert catalog.get("window-counter").version == 5
    assert catalog.problems and {p.source for p in catalog.problems} == {"broken.yaml"}
    missing = TemplateCatalog.load(tmp_path / "nowhere")
    assert "不存在" in missing.problems[0].message and len(missing) == len(EXPECTED_IDS)


def test_context_catalog_follows_the_office_folder_setting(ctx, tmp_path):
    assert ctx.catalog.get("school-shared").version == 4
    office = tmp_path / "office"
    _office_copy(office, "school-shared", 5, "本单位共性检查")
    ctx.settings.template_dir = str(office)
    ctx.save_settings()
    assert ctx.catalog.get("school-shared").version == 5
    assert ctx.catalog.is_office("school-shared")


def _raw(tid: str) -> dict:
    return yaml.safe_load((SHIPPED_DIR / f"{tid}.yaml").read_text("utf-8"))


def test_cli_check_passes_on_the_shipped_folder(cli):
    proc = cli("templates", "check", str(SHIPPED_DIR))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    for tid in EXPECTED_IDS:
        assert f"OK  {tid} v" in proc.stdout


def test_cli_check_lists_every_problem_and_exits_2(cli, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    shutil.copy(SHIPPED_DIR / "market.yaml", folder / "good.yaml")
    data = _raw("school-game-hall")
    data["sections"][0]["items"][0].pop("unit")
    data["sections"][1]["items"][0]["answer"] = "yes_no"
    (folder / "game.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    (folder / "syntax.yaml").write_text("id: a\n  title: [\n", "utf-8")
    (folder / "kind.yaml").write_text(
        (SHIPPED_DIR / "school-food-shop.yaml")
        .read_text("utf-8")
        .replace("id: school-food-shop", "id: food-copy")
        .replace("small_grocery]", "grocery]"),
        "utf-8",
    )
    proc = cli("templates", "check", str(folder))
    assert proc.returncode == 2
    err = proc.stderr
    assert "game.yaml [GH-01]: 测量项（measurement）需要单位 unit" in err
    assert "game.yaml [GH-03]: answer 应为" in err
    assert "syntax.yaml [第 2 行" in err and "YAML 格式错误" in err
    assert "kind.yaml: 未知的场所类型 'grocery'" in err
    assert "Traceback" not in err
    assert "发现 " in err.splitlines()[-1]

    single = cli("templates", "check", str(folder / "game.yaml"))
    assert (
        single.returncode == 2 and "GH-03" in single.stderr and "syntax.yaml" not in single.stderr
    )
    missing = cli("templates", "check", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "不存在" in missing.stderr
