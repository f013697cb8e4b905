"""Bundles are checked at both ends; the built-in policy returns only on request; one row per thing.

The office and the device run as the command line runs them (in-process,
``inspector.cli.run``): exit status, the sentence on stderr, and the files
and settings on disk afterwards.
"""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date
from pathlib import Path

from sqlmodel import select
from sync_helpers import open_ctx

from inspector.cli import build_parser, run
from inspector.resources import resource
from inspector.services.core.list_policy import load_list_policy
from inspector.services.register import entries as reg
from inspector.services.register import export as register_export
from inspector.services.register import import_export as register_io
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import read_session
from inspector.store.models import Licence, SchoolPoint, Site
from inspector.sync.bundle import build_bundle

SHIPPED_LISTS = resource("policy", "lists.yaml").read_text("utf-8")
SHIPPED_TEMPLATE = resource("templates", "street-frontage.yaml").read_text("utf-8")


def cli(data_dir: Path, *argv: str) -> int:
    return run(build_parser().parse_args(["--data-dir", str(data_dir), *argv]))


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def lists_yaml(score_below: str) -> str:
    return SHIPPED_LISTS.replace("score_below: 60", f"score_below: {score_below}")


def make_office(tmp_path: Path, *, lists: str | None = None, template: str | None = None) -> Path:
    """An office data directory with its own policy folder and template folder."""
    root = tmp_path / "office"
    ctx = open_ctx(root)
    sync.office_init(ctx, "东风街道创建办")
    (tmp_path / "policy").mkdir()
    (tmp_path / "tpl").mkdir()
    if lists is not None:
        (tmp_path / "policy" / "lists.yaml").write_text(lists, "utf-8")
    if template is not None:
        (tmp_path / "tpl" / "office-frontage.yaml").write_text(template, "utf-8")
    ctx.settings.policy_dir = str(tmp_path / "policy")
    ctx.settings.template_dir = str(tmp_path / "tpl")
    ctx.save_settings()
    ctx.close()
    return root


def office_template(version: int = 1, severity: str = "deduct") -> str:
    text = SHIPPED_TEMPLATE.replace("id: street-frontage", "id: office-frontage", 1)
    text = re.sub(r"(?m)^version: \d+$", f"version: {version}", text, count=1)
    return text.replace("severity: deduct", f"severity: {severity}", 1)


def test_office_bundle_refuses_a_bad_policy_file_naming_file_and_line(tmp_path, capsys):
    office = make_office(tmp_path, lists=lists_yaml("lots"), template=office_template())
    out = tmp_path / "out" / "office.inspbundle"
    assert cli(office, "office", "bundle", "-o", str(out)) == 2
    err = capsys.readouterr().err.strip()
    line = line_of(SHIPPED_LISTS, "score_below: 60")
    assert err == (
        f"错误：配置包未写出：policy/lists.yaml 第 {line} 行："
        "策略项 black.score_below 应为数字，实际为 'lots'"
    )
    assert not out.exists()
    assert not out.parent.exists() or not list(out.parent.iterdir())  # no partial file either
    # a bad template is named with its line too; both problems in one sentence
    (tmp_path / "tpl" / "office-frontage.yaml").write_text(office_template(severity="dedcut"))
    assert cli(office, "office", "bundle", "-o", str(out)) == 2
    err = capsys.readouterr().err
    tpl_line = line_of(office_template(severity="dedcut"), "severity: dedcut")
    assert f"templates/office-frontage.yaml 第 {tpl_line} 行：severity 应为" in err
    assert "policy/lists.yaml" in err and not out.exists()
    # fixed: written
    (tmp_path / "policy" / "lists.yaml").write_text(lists_yaml("50"), "utf-8")
    (tmp_path / "tpl" / "office-frontage.yaml").write_text(office_template(), "utf-8")
    assert cli(office, "office", "bundle", "-o", str(out)) == 0
    assert out.exists()


def _resigned(office_root: Path, good: Path, dest: Path, change: dict[str, bytes]) -> Path:
    """The good bundle with some entries changed, signed by the office (a bug or a hand edit)."""
    ctx = open_ctx(office_root)
    bundle = bundles.read_office_bundle(good)
    signing, _enc = sync.office_private_keys(ctx)
    ctx.close()
    entries = {**bundle.entries, **change}
    bundle.manifest.sequence += 1
    dest.write_bytes(build_bundle(bundle.manifest, entries, signing))
    return dest


def test_device_keeps_its_templates_and_policy_when_a_bundle_brings_a_bad_one(tmp_path, capsys):
    office = make_office(tmp_path, lists=lists_yaml("50"), template=office_template())
    field = tmp_path / "field"
    open_ctx(field).close()
    good = tmp_path / "good.inspbundle"
    assert cli(office, "office", "bundle", "-o", str(good)) == 0
    octx = open_ctx(office)
    fp = sync.own_office(octx).fingerprint
    octx.close()
    assert cli(field, "bundle", "import", str(good), "--accept-fingerprint", fp) == 0
    installed_lists = field / "office" / "policy" / "lists.yaml"
    installed_tpl = field / "office" / "templates" / "office-frontage.yaml"
    before = (installed_lists.read_bytes(), installed_tpl.read_bytes())
    ctx = open_ctx(field)
    assert load_list_policy(ctx).black.score_below == 50
    ctx.close()
    capsys.readouterr()

    bad = _resigned(
        office,
        good,
        tmp_path / "bad.inspbundle",
        {
            "policy/lists.yaml": lists_yaml("lots").encode(),
            "templates/office-frontage.yaml": office_template(version=2).encode(),
        },
    )
    assert cli(field, "bundle", "import", str(bad)) == 2
    captured = capsys.readouterr()
    assert "已安装办公室“东风街道创建办”的第 2 号配置包" in captured.out
    assert captured.err.strip().startswith(
        "配置包中的检查表或策略文件有误，本机保留了原有的检查表和策略：policy/lists.yaml 第 "
    )
    assert "black.score_below 应为数字，实际为 'lots'" in captured.err
    assert (installed_lists.read_bytes(), installed_tpl.read_bytes()) == before
    ctx = open_ctx(field)
    assert load_list_policy(ctx).black.score_below == 50  # inspections can still be finished
    assert ctx.catalog.get("office-frontage").version == 1
    assert sync.trusted_office(ctx).bundle_sequence == 2  # the rest of the bundle installed
    ctx.close()


def test_builtin_policy_returns_only_when_the_office_says_so(tmp_path, capsys):
    office = make_office(tmp_path, lists=lists_yaml("50"))
    field = tmp_path / "field"
    open_ctx(field).close()
    b1 = tmp_path / "1.inspbundle"
    assert cli(office, "office", "bundle", "-o", str(b1)) == 0
    octx = open_ctx(office)
    fp = sync.own_office(octx).fingerprint
    octx.settings.policy_dir = ""  # the office stops sending policy files
    octx.save_settings()
    octx.close()
    assert cli(field, "bundle", "import", str(b1), "--accept-fingerprint", fp) == 0

    b2 = tmp_path / "2.inspbundle"
    assert cli(office, "office", "bundle", "-o", str(b2)) == 0
    assert cli(field, "bundle", "import", str(b2)) == 0
    ctx = open_ctx(field)
    assert load_list_policy(ctx).black.score_below == 50  # no policy files: kept
    ctx.close()

    b3 = tmp_path / "3.inspbundle"
    assert cli(office, "office", "bundle", "-o", str(b3), "--builtin-policy") == 0
    with zipfile.ZipFile(b3) as zf:
        assert json.loads(zf.read("bundle.json"))["policy"] == "builtin"
        assert not [n for n in zf.namelist() if n.startswith("policy/")]
    capsys.readouterr()
    assert cli(field, "bundle", "import", str(b3)) == 0
    assert "已恢复内置策略" in capsys.readouterr().out
    ctx = open_ctx(field)
    assert ctx.settings.policy_dir == ""
    assert load_list_policy(ctx).black.score_below == 60
    ctx.close()
    assert not (field / "office" / "policy").exists()


def test_register_built_from_a_devices_spreadsheet_reaches_devices_once(tmp_path):
    field = open_ctx(tmp_path / "field")
    office = open_ctx(tmp_path / "office")
    other = open_ctx(tmp_path / "other")
    sync.office_init(office, "东风街道创建办")
    for device in (field, other):
        sync.register_device(office, sync.device_identity(device).card())
    first = bundles.build_office_bundle(office, tmp_path / "0.inspbundle")
    fp = sync.own_office(office).fingerprint
    bundles.import_office_bundle(field, first, fp)
    bundles.import_office_bundle(other, first, fp)
    reg.save_site(
        field,
        reg.SiteData(
            "星光网吧",
            "internet_cafe",
            address="北湖路1号",
            licences=[
                reg.LicenceData("营业执照", "91431000MA4L000001", date(2030, 1, 1)),
                reg.LicenceData("网络文化经营许可证", "湘网文〔2024〕001号"),
            ],
        ),
    )
    reg.save_school(
        field,
        reg.SchoolData(
            "北湖小学",
            points=[reg.PointData(25.79, 113.03, label="东门"), reg.PointData(25.791, 113.031)],
        ),
    )
    # the office builds its register from the device's spreadsheets, then gets its package
    register_export.export_sites(field, tmp_path / "sites.csv")
    register_export.export_schools(field, tmp_path / "schools.csv")
    register_io.apply_preview(office, register_io.parse_sites(tmp_path / "sites.csv"))
    register_io.apply_preview(office, register_io.parse_schools(tmp_path / "schools.csv"))
    sync.export_changes(field, tmp_path / "inbox")
    (report,) = sync.import_inbox(office, tmp_path / "inbox")
    assert report.result == "imported", report.message
    with read_session(office.engine) as s:
        assert len(s.exec(select(Licence)).all()) == 4  # the office register holds both copies
        assert len(s.exec(select(SchoolPoint)).all()) == 4

    path = bundles.build_office_bundle(office, tmp_path / "1.inspbundle")
    bundle = bundles.read_office_bundle(path)
    assert bundle.manifest.records["licence"] == 2
    assert bundle.manifest.records["school_point"] == 2
    assert bundle.manifest.records["site"] == 1 and bundle.manifest.records["school"] == 1
    for device in (field, other):
        bundles.import_office_bundle(device, path)
        with read_session(device.engine) as s:
            assert len(s.exec(select(Site)).all()) == 1
            kinds = sorted(x.kind for x in s.exec(select(Licence)))
            assert kinds == sorted(["营业执照", "网络文化经营许可证"])
            assert len(s.exec(select(SchoolPoint)).all()) == 2
    with read_session(field.engine) as s:  # the device's own rows stand for the group
        own = {x.id for x in s.exec(select(Licence))}
    assert {
        json.loads(line)["row"]["id"]
        for line in bundle.entries["register/licence.jsonl"].splitlines()
    } == own
    for ctx in (field, office, other):
        ctx.close()


def test_office_init_creates_the_inbox_and_refused_folders(tmp_path, capsys):
    root = tmp_path / "office"
    open_ctx(root).close()
    assert cli(root, "office", "init", "--name", "东风街道创建办") == 0
    out = capsys.readouterr().out
    assert (root / "inbox").is_dir() and (root / "refused").is_dir()
    assert f"收件文件夹：{root / 'inbox'}" in out
    assert f"拒收文件夹：{root / 'refused'}" in out
    # a configured inbox elsewhere is created too, with refused/ beside it
    ctx = open_ctx(root)
    sync.set_inbox_dir(ctx, tmp_path / "share" / "in")
    sync.office_init(ctx, "东风街道创建办")
    ctx.close()
    assert (tmp_path / "share" / "in").is_dir() and (tmp_path / "share" / "refused").is_dir()
