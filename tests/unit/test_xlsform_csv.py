"""The same layout as CSV sheets written by hand: a folder with survey.csv, choices.csv and
settings.csv (UTF-8 with the byte-order mark WPS and Excel write) is the same template as
the workbook; a problem in a CSV sheet names the sheet, row and column, and nothing is written.
"""

from __future__ import annotations

import csv

from xlsform_book import SURVEY_HEAD, survey_rows, write_book

from inspector.services.checklists.xlsform import WorkbookError, read_workbook
from inspector.services.checklists.xlsform_export import install_workbook


def _write_sheets(folder, survey):
    folder.mkdir()
    sheets = {
        "survey": [SURVEY_HEAD, *survey],
        "choices": [["list_name", "name", "label::zh_CN", "label::en"],
                    ["yn", "yes", "有", "Yes"], ["yn", "no", "没有", "No"]],
        "settings": [["form_id", "version", "form_title", "form_title::en", "category",
                      "applies_to"],
                     ["test-market", 1, "测试农贸市场检查", "Test market", "market",
                      "farmers_market"]],
    }  # fmt: skip
    for name, rows in sheets.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows([["" if c is None else c for c in r] for r in rows])
    return folder


def test_csv_sheets_written_by_hand_are_the_same_template_as_the_workbook(tmp_path):
    folder = _write_sheets(tmp_path / "sheets", survey_rows())
    _data, from_csv = read_workbook(folder)
    _data, from_book = read_workbook(write_book(tmp_path / "book.xlsx"))
    assert from_csv.content_hash == from_book.content_hash
    assert [s.repeat for s in from_csv.sections] == [False, True]
    installed = install_workbook(folder / "survey.csv", tmp_path / "office")
    assert installed.path.name == "test-market.v1.yaml" and installed.path.is_file()


def test_a_problem_in_a_csv_sheet_names_sheet_row_and_column(tmp_path):
    rows = survey_rows()
    rows[2][SURVEY_HEAD.index("relevant")] = "${TM-03} = 1"  # TM-02 names the later TM-03
    folder = _write_sheets(tmp_path / "sheets", rows)
    try:
        install_workbook(folder, tmp_path / "office")
    except WorkbookError as exc:
        problems = [str(p) for p in exc.problems]
    else:
        raise AssertionError("a reference to a later item was accepted")
    assert any(
        p.startswith("survey，第 4 行，relevant 列：relevant：引用了后面的检查项 ${TM-03}")
        for p in problems
    ), problems
    assert not (tmp_path / "office").exists()
