"""``inspector sites|schools import|export`` in a subprocess: exit codes and stderr."""

from __future__ import annotations

from inspector.services import register as reg
from inspector.services.context import open_context

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
    assert "未导入任何场所" in lines[2]
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
    assert "已导入 1 个学校" in r.stdout
    r = cli("--data-dir", str(data_dir), "schools", "import", str(tmp_path / "nope.xlsx"))
    assert r.returncode == 2 and "文件不存在" in r.stderr
    r = cli("--data-dir", str(data_dir), "schools", "export", str(tmp_path / "s.xlsx"))
    assert r.returncode == 0 and "已导出 1 个学校" in r.stdout
