"""Spreadsheet cells that stay data: user text never becomes a formula (formula injection).

A spreadsheet program treats a cell that starts with ``=`` (and, when a CSV
file is opened or a cell edited, ``+``, ``-``, ``@``, a tab or a carriage
return) as a formula. Names, addresses and notes typed by people go into the
register, bulletin and statistics exports, and an office's own wording into
the template workbooks, so every text cell is written as text:

* XLSX: every ``str`` cell gets the string type (openpyxl would store
  ``"=…"`` as a formula and ``"#N/A"`` as an error) and, when it starts with
  one of those characters, Excel's quote prefix, so editing the cell keeps it
  text too.
* CSV: a text cell that starts with one of them is written with a leading
  apostrophe (OWASP's advice); :func:`csv_text` takes it off again when such a
  file is read back, so an export re-imports unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """``value`` for a CSV cell: text that a spreadsheet would run gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        return "'" + value
    return value


def csv_row(values: Iterable[object]) -> list[object]:
    """One CSV row with every text cell made safe (:func:`csv_cell`)."""
    return [csv_cell(v) for v in values]


def csv_text(text: str) -> str:
    """Undo :func:`csv_cell` on a cell read from a CSV file."""
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_LEADS):
        return text[1:]
    return text


def text_cells(workbook: Any) -> int:
    """Mark every text cell of an openpyxl ``workbook`` as text; returns how many were guarded.

    Call it just before ``workbook.save``. The writers put no formulas of their
    own into cells, so any cell openpyxl typed as a formula or an error came
    from text and is turned back into a string.
    """
    guarded = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, str):
                    continue
                cell.data_type = "s"
                if value.startswith(FORMULA_LEADS):
                    cell.quotePrefix = True
                    guarded += 1
    return guarded
