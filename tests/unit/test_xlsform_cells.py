"""A template exported as a workbook is data, not formulas, and still comes back the same.

An office's own list may hold text that a spreadsheet would run: an item's
wording pasted from a web page as ``=HYPERLINK(…)``, a hint that starts with a
dash or a plus. The XLSX export keeps such cells as text (openpyxl reads their
type back), the CSV sheets carry the leading apostrophe, and both import again
with the same content hash.
"""

from __future__ import annotations

import csv

import openpyxl
import yaml

from inspector.services.checklists.xlsform import read_workbook
from inspector.services.checklists.xlsform_export import export_workbook
from inspector.services.core.templates import SHIPPED_DIR, load_file

LINK = '=HYPERLINK("http://evil.example/","点我")'
HINT_ZH = "-先看门头牌匾"
HINT_EN = "+check the sign first"
CORRECTION = "@SUM(1,2) 立即整改"


def _hostile_template(tmp_path):
    data = yaml.safe_load((SHIPPED_DIR / "street-frontage.yaml").read_text(encoding="utf-8"))
    item = data["sections"][0]["items"][0]
    item["text"]["zh_CN"] = LINK
    item["guidance"] = {"zh_CN": HINT_ZH, "en": HINT_EN}
    item["correction"] = {"zh_CN": CORRECTION, "en": "Put it right"}
    path = tmp_path / "street-frontage.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_file(path)


def test_xlsx_export_keeps_user_text_as_text_and_imports_the_same(tmp_path):
    template = _hostile_template(tmp_path)
    book = export_workbook(template, tmp_path / "book.xlsx")
    cells = {}
    for sheet in openpyxl.load_workbook(book).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cells[cell.value] = (cell.data_type, bool(cell.quotePrefix))
    for value in (LINK, HINT_ZH, HINT_EN, CORRECTION):
        assert cells.get(value) == ("s", True), (value, cells.get(value))
    assert all(kind != "f" for kind, _ in cells.values())
    _data, back = read_workbook(book)
    assert back.content_hash == template.content_hash


def test_csv_sheets_carry_the_apostrophe_and_import_the_same(tmp_path):
    template = _hostile_template(tmp_path)
    folder = export_workbook(template, tmp_path / "sheets")
    with (folder / "survey.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    first = next(r for r in rows[1:] if "'" + LINK in r)
    assert first[head.index("hint::zh_CN")] == "'" + HINT_ZH
    assert first[head.index("hint::en")] == "'" + HINT_EN
    assert not any(c.startswith(("=", "+", "-", "@")) for r in rows for c in r)
    _data, back = read_workbook(folder)
    assert back.content_hash == template.content_hash
