"""``inspector sites|schools import|export`` in a subprocess: exit codes and stderr."""

from __future__ import annotations

from inspector.services.core.context import open_context
from inspector.services.register import entries as reg

GOOD = (
    "场所名称,场所类型,地址\n星际网络会所,网吧,青石路12号\n启智书店,出版物及文具经营店,青石路20号\n"
)
MIXED = GOOD + "赌场,casino,某路\n,网吧,无名\n"


def names(data_dir):
    ctx = open_context(data_dir)
    try:
        return sorted(s.name for s in reg.search_sites(ctx, include_archived=True))
    finally:
        ctx.close()


def test_import_all_or_nothing(cli, tmp_path, data_dir):
    f = tmp_path / "mixed.csv"
    f.write_text(MIXED, encoding="utf-8")
    r = cli("--data-dir", str(data_dir), "sites", "import", str(f))
    assert r.returncode == 2
    lines = r.stderr.splitlines()
    assert lines[0] == "第 4 行：场所类型“casino”无法识别"
    assert lines[1] == "第 5 行：名称不能为空"
    assert lines[2].startswith("无法识别的场所类型：casino（1 行）")
    assert "未导入任何场所" in lines[3]
    assert "Traceback" not in r.stderr
    assert names(data_dir) == []


def test_import_skip_invalid_imports_valid_rows(cli, tmp_path, data_dir):
    f = tmp_path / "mixed.csv"
    f.write_text(MIXED, encoding="utf-8")
    r = cli("--data-dir", str(data_dir), "sites", "import", "--skip-invalid", str(f))
    assert r.returncode == 0, r.stderr
    assert "第 4 行" in r.stderr and "跳过 2 行" in r.stderr
    assert "已导入 2 个场所" in r.stdout
    assert names(data_dir) == ["启智书店", "星际网络会所"]


def test_import_valid_file_then_export_both_formats(cli, tmp_path, data_dir):
    f = tmp_path / "good.csv"
    f.write_text(GOOD, encoding="utf-8")
    assert cli("--data-dir", str(data_dir), "sites", "import", str(f)).returncode == 0
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"out{suffix}"
        r = cli("--data-dir", str(data_dir), "sites", "export", str(out))
        assert r.returncode == 0, r.stderr
        assert "已导出 2 个场所" in r.stdout and out.stat().st_size > 0
    r = cli("--data-dir", str(data_dir), "sites", "export", str(tmp_path / "out.txt"))
    assert r.returncode == 2 and "不支持的文件类型" in r.stderr


def test_schools_import_and_missing_file(cli, tmp_path, data_dir):
    f = tmp_path / "schools.csv"
    f.write_text('学校名称,学校类型,校门坐标\n青石路小学,小学,"25.7892,113.04"\n', encoding="utf-8")
    r = cli("--data-dir", str(data_dir), "schools", "import", str(f))
    assert r.returncode == 0, r.stderr
    assert "已导入 1 所学校" in r.stdout
    r = cli("--data-dir", str(data_dir), "schools", "import", str(tmp_path / "nope.xlsx"))
    assert r.returncode == 2 and "文件不存在" in r.stderr
    r = cli("--data-dir", str(data_dir), "schools", "export", str(tmp_path / "s.xlsx"))
    assert r.returncode == 0 and "已导出 1 所学校" in r.stdout


def test_office_sheet_kinds_mapped_on_the_command_line(cli, tmp_path, data_dir):
    from tests.unit.test_register_office import office_sheet

    f = tmp_path / "台账.xlsx"
    office_sheet(f)
    r = cli("--data-dir", str(data_dir), "sites", "import", str(f))
    assert r.returncode == 2 and names(data_dir) == []
    assert "未使用的列：序号、发证机关" in r.stdout
    assert "无法识别的场所类型：洗车店（3 行）" in r.stderr
    assert "第 7 行：统一社会信用代码“" in r.stderr and "第 18 位应为" in r.stderr
    assert "2 行的统一社会信用代码校验位有误" in r.stderr and "Traceback" not in r.stderr
    args = ["--map-kind", "洗车店=public_venue", "--accept-unchecked", "--skip-invalid"]
    r = cli("--data-dir", str(data_dir), "sites", "import", *args, str(f))
    assert r.returncode == 0, r.stderr
    assert "已导入 57 个场所（新增 57，更新 0）" in r.stdout
    assert "第 19 行：统一社会信用代码“" in r.stdout and "标记为未核验" in r.stdout
    assert "跳过 3 行" in r.stderr
    assert "洗车店: public_venue" in (data_dir / "site-kind-aliases.yaml").read_text("utf-8")
    # The next import needs no --map-kind: the office table remembers it.
    r = cli("--data-dir", str(data_dir), "sites", "import", "--accept-unchecked",
            "--skip-invalid", str(f))  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "已导入 57 个场所（新增 0，更新 57）" in r.stdout
    assert len(names(data_dir)) == 57
    print("\n$ inspector --data-dir D sites import 台账.xlsx\n" + r.stdout + r.stderr)


def test_map_kind_to_an_unknown_kind_is_refused(cli, tmp_path, data_dir):
    f = tmp_path / "s.csv"
    f.write_text(GOOD, encoding="utf-8")
    r = cli("--data-dir", str(data_dir), "sites", "import", "--map-kind", "洗车店=carwash", str(f))
    assert r.returncode == 2
    assert "类型“carwash”不存在" in r.stderr and "Traceback" not in r.stderr
