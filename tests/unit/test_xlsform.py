"""Templates from XLSForm workbooks: import, every class of error, export and back."""

from __future__ import annotations

import openpyxl
import pytest
import yaml
from xlsform_book import SURVEY_HEAD, survey_rows, write_book

from inspector.services.checklists.xlsform import WorkbookError, read_workbook
from inspector.services.checklists.xlsform_export import export_workbook, install_workbook
from inspector.services.core.templates import SHIPPED_DIR, load_file, load_paths


def _col(name: str) -> int:
    return SURVEY_HEAD.index(name)


def test_a_workbook_written_cell_by_cell_is_a_template(tmp_path):
    book = write_book(tmp_path / "market.xlsx")
    data, t = read_workbook(book)
    assert (t.id, t.version, t.category, t.applies_to) == (
        "test-market", 1, "market", ("farmers_market",)
    )  # fmt: skip
    assert [s.code for s in t.sections] == ["whole", "stall"]
    assert t.sections[1].repeat and not t.sections[0].repeat
    assert t.item("TM-02").answer == "choice" and [c.code for c in t.item("TM-02").choices] == [
        "yes", "no"
    ]  # fmt: skip
    assert t.item("TM-03").relevant == "${TM-02} = 'yes'"
    assert t.item("TM-03").constraint_message.zh_CN == "数量应在 0 到 200 之间"
    assert t.item("TM-04").answer == "measurement" and t.item("TM-04").limit.max == 5
    assert t.item("TS-01").note_on_fail and t.item("TM-01").photo_on_fail
    assert t.title.en == "Test market"
    installed = install_workbook(book, tmp_path / "office")
    assert installed.path.name == "test-market.v1.yaml" and not installed.already
    assert load_file(installed.path).content_hash == t.content_hash
    assert yaml.safe_load(installed.path.read_text("utf-8")) == data
    # The same book again writes nothing new.
    assert install_workbook(book, tmp_path / "office").already


def _problems(tmp_path, **kw) -> list[str]:
    book = write_book(tmp_path / "bad.xlsx", **kw)
    with pytest.raises(WorkbookError) as exc:
        install_workbook(book, tmp_path / "office")
    assert not (tmp_path / "office").exists()  # all or nothing: not even the folder
    return [str(p) for p in exc.value.problems]


def _edit(row: int, column: str, value: object) -> list[list[object]]:
    rows = survey_rows()
    rows[row - 2][_col(column)] = value  # row numbers as the sheet shows them
    return rows


# (what is wrong, survey rows or keyword, the expected line)
CASES = {
    "unknown column": (
        {"extra_survey_column": "guidence"},
        "survey，第 1 行，guidence 列：未知的列 'guidence'",
    ),
    "unknown type": (
        {"survey": _edit(3, "type", "yes_no")},
        "survey，第 3 行，type 列：未知的 type 'yes_no'",
    ),
    "bad relevant": (
        {"survey": _edit(5, "relevant", "${TM-02} = = 'yes'")},
        "survey，第 5 行，relevant 列：relevant：表达式第 12 个字符处无法理解",
    ),
    "reference to a later item": (
        {"survey": _edit(4, "relevant", "${TM-04} > 1")},
        "survey，第 4 行，relevant 列：relevant：引用了后面的检查项 ${TM-04}，只能引用前面的项",
    ),
    "unknown name": (
        {"survey": _edit(5, "relevant", "${TM-99} = 'yes'")},
        "survey，第 5 行，relevant 列：relevant：${TM-99} 不是本模板的检查项",
    ),
    "cycle": (
        {"survey": _edit(5, "relevant", "${TM-03} > 1")},
        "survey，第 5 行，relevant 列：relevant：条件引用了本项自身 ${TM-03}（循环引用）",
    ),
    "type mismatch": (
        {"survey": _edit(5, "relevant", "${TM-02} > 3")},
        "survey，第 5 行，relevant 列：relevant：类型不符：choice 项不能与数字比较",
    ),
    "duplicate name": (
        {"survey": _edit(6, "name", "TM-01")},
        "survey，第 6 行，name 列：name 'TM-01' 重复（第 3 行已用过）",
    ),
    "unclosed group": (
        {"survey": survey_rows()[:4]},
        "survey，第 2 行，type 列：这一行开始的分组没有用 end_group 结束",
    ),
    "unclosed repeat": (
        {"survey": survey_rows()[:-1]},
        "survey，第 8 行，type 列：这一行开始的分组没有用 end_repeat 结束",
    ),
    "missing choices list": (
        {"choices": False},
        "survey，第 4 行，type 列：choices 表中没有选项列表 'yn'",
    ),
    "bad constraint": (
        {"survey": _edit(5, "constraint", ". >= 'many'")},
        "survey，第 5 行，constraint 列：constraint：类型不符：count 项不能与文字比较",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_class_of_error_gives_its_sentence(tmp_path, case):
    kw, expected = CASES[case]
    problems = _problems(tmp_path, **kw)
    assert any(p.startswith(expected) for p in problems), problems


def test_cli_import_reports_problems_with_exit_2_and_writes_nothing(cli, tmp_path):
    book = write_book(tmp_path / "bad.xlsx", survey=_edit(3, "type", "yes_no"))
    proc = cli("--data-dir", str(tmp_path / "d"), "templates", "import", str(book),
               "--into", str(tmp_path / "office"))  # fmt: skip
    assert proc.returncode == 2
    assert "survey，第 3 行，type 列：未知的 type 'yes_no'" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "office").exists()
    good = write_book(tmp_path / "good.xlsx")
    proc = cli("--data-dir", str(tmp_path / "d"), "templates", "import", str(good),
               "--into", str(tmp_path / "office"))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "OK  test-market v1" in proc.stdout and "（重复：逐个填写）" in proc.stdout
    assert (tmp_path / "office" / "test-market.v1.yaml").is_file()


def test_every_shipped_template_exports_and_imports_with_the_same_hash(tmp_path):
    report = load_paths([SHIPPED_DIR])
    assert len(report.templates) == 10
    for t in report.templates:
        book = export_workbook(t, tmp_path / f"{t.id}.xlsx")
        _data, back = read_workbook(book)
        assert back.content_hash == t.content_hash, t.id
        folder = export_workbook(t, tmp_path / f"csv-{t.id}")
        _data, back = read_workbook(folder)
        assert back.content_hash == t.content_hash, t.id
    wb = openpyxl.load_workbook(tmp_path / "market.xlsx")
    assert wb.sheetnames == ["survey", "choices", "settings"]


def test_cli_export_of_a_shipped_template_round_trips(cli, tmp_path):
    out = tmp_path / "cafe.xlsx"
    proc = cli("--data-dir", str(tmp_path / "d"), "templates", "export", "school-internet-cafe",
               "-o", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    shipped = load_file(SHIPPED_DIR / "school-internet-cafe.yaml")
    assert shipped.content_hash in proc.stdout
    assert read_workbook(out)[1].content_hash == shipped.content_hash
    proc = cli("--data-dir", str(tmp_path / "d"), "templates", "export", "nope", "-o", str(out))
    assert proc.returncode == 2 and "没有编号为 nope 的模板" in proc.stderr
