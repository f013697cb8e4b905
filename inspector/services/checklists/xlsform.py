"""Checklist templates from workbooks in the XLSForm layout (XLSX, or CSV sheets).

A workbook has a ``survey`` sheet (one row per item; ``begin_group``/``end_group``
rows make sections, ``begin_repeat``/``end_repeat`` a section answered once per
stall), a ``choices`` sheet and a ``settings`` sheet; ``docs/templates.md``
lists the columns. :func:`read_workbook` turns it into the same data a YAML
file holds and validates it with :func:`~inspector.domain.templates.parse_template`;
every problem is located as "sheet, row, column". Nothing is written here:
:mod:`inspector.services.template_install` writes the YAML file.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.domain.templates import Template, TemplateError, parse_template
from inspector.domain.text import Message
from inspector.reports.cells import csv_text
from inspector.services.core.errors import UserError

SHEETS = ("survey", "choices", "settings")
TYPES = {"pass_fail": "pass_fail", "integer": "count", "decimal": "measurement", "text": "text"}
SELECT_ONE = "select_one"
BEGIN = {"begin_group": False, "begin_repeat": True}
END = {"end_group": False, "end_repeat": True}
FLAGS = ("per_unit", "photo_on_fail", "note_on_fail", "required", "referral")
TEXTS = ("correction", "legal_basis")  # notice wording per item, in two languages
NUMBERS = ("points", "max_deduction", "fail_above", "fail_below", "rectify_days")
WORDS = ("severity", "unit", "rule", "relevant", "constraint")
SURVEY_COLUMNS = (
    "type", "name", "label", "label::zh_CN", "label::en", "hint", "hint::zh_CN", "hint::en",
    "required", "relevant", "constraint", "constraint_message", "constraint_message::zh_CN",
    "constraint_message::en", "severity", "points", "per_unit", "max_deduction", "fail_above",
    "fail_below", "unit", "min", "max", "photo_on_fail", "note_on_fail", "applies_to", "rule",
    "rectify_days", "correction", "correction::zh_CN", "correction::en", "legal_basis",
    "legal_basis::zh_CN", "legal_basis::en", "referral", "plausible_min", "plausible_max",
)  # fmt: skip
CHOICES_COLUMNS = ("list_name", "name", "label", "label::zh_CN", "label::en", "fails")
SETTINGS_COLUMNS = (
    "form_id", "version", "form_title", "form_title::zh_CN", "form_title::en",
    "description::zh_CN", "description::en", "category", "applies_to", "legal_basis",
    "legal_basis::zh_CN", "legal_basis::en",
)  # fmt: skip
# Which column a template field is written in (to place the domain's problems).
FIELD_COLUMNS = {
    "text": "label::zh_CN", "answer": "type", "guidance": "hint::zh_CN", "limit": "min", "plausible": "plausible_min",
    "choices": "type", "code": "name", "constraint_message": "constraint_message::zh_CN",
    "id": "form_id", "title": "form_title", "description": "description::zh_CN",
    "distance_to_school": "rule",
}  # fmt: skip


@dataclass(frozen=True)
class SheetProblem:
    """One problem of a workbook: where it is and what is wrong (a zh_CN Message)."""

    sheet: str
    row: int  # 1-based as the spreadsheet shows it; 0 for the whole sheet
    column: str
    message: str

    @property
    def sentence(self) -> Message:
        """ "sheet, row, column: sentence" (``str()``: the zh_CN line)."""
        if not self.row:
            return Message("{}：{}", self.sheet, self.message)
        if not self.column:
            return Message("{}，第 {} 行：{}", self.sheet, self.row, self.message)
        return Message("{}，第 {} 行，{} 列：{}", self.sheet, self.row, self.column, self.message)

    def __str__(self) -> str:
        return str(self.sentence)


class WorkbookError(UserError):
    """A workbook that is not a valid template; ``problems`` lists every problem found."""

    def __init__(self, problems: list[SheetProblem]):
        super().__init__(
            Message("\n".join(["{}"] * len(problems)), *(p.sentence for p in problems))
        )
        self.problems = problems


@dataclass
class Row:
    number: int
    cells: dict[str, Any]

    def get(self, column: str) -> Any:
        return self.cells.get(column)


@dataclass
class Workbook:
    """The three sheets as header-keyed rows (empty rows dropped)."""

    source: str
    sheets: dict[str, list[Row]] = field(default_factory=dict)
    headers: dict[str, list[tuple[int, str]]] = field(default_factory=dict)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _add_sheet(book: Workbook, name: str, rows: list[list[Any]]) -> None:
    if not rows:
        book.sheets[name], book.headers[name] = [], []
        return
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    book.headers[name] = [(i, h) for i, h in enumerate(header) if h]
    out = []
    for n, values in enumerate(rows[1:], start=2):
        cells = {h: _clean(values[i]) for i, h in book.headers[name] if i < len(values)}
        cells = {k: v for k, v in cells.items() if v is not None}
        if cells:
            out.append(Row(n, cells))
    book.sheets[name] = out


def load_workbook(path: Path) -> Workbook:
    """Read an ``.xlsx`` file, or a folder (or ``survey.csv``) with the sheets as CSV files."""
    path = Path(path)
    book = Workbook(path.name)
    if path.is_dir() or path.suffix.lower() == ".csv":
        folder = path if path.is_dir() else path.parent
        for name in SHEETS:
            f = folder / f"{name}.csv"
            if f.is_file():
                try:
                    with f.open(encoding="utf-8-sig", newline="") as fh:
                        rows = [[csv_text(c) for c in r] for r in csv.reader(fh)]
                    _add_sheet(book, name, rows)
                except (UnicodeDecodeError, csv.Error) as exc:
                    raise UserError(
                        "无法读取 {}：应为 UTF-8 编码的 CSV（{}）。", f.name, exc
                    ) from None
        return book
    try:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise UserError("找不到文件 {}。", path) from None
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise UserError("无法打开工作簿 {}：应为 .xlsx 文件（{}）。", path.name, exc) from None
    try:
        for ws in wb.worksheets:
            name = ws.title.strip().lower()
            if name in SHEETS:
                _add_sheet(book, name, [list(r) for r in ws.iter_rows(values_only=True)])
    finally:
        wb.close()
    return book


class _Reader:
    def __init__(self, book: Workbook):
        self.book = book
        self.problems: list[SheetProblem] = []
        self.item_rows: dict[str, int] = {}
        self.section_rows: dict[str, int] = {}

    def add(self, sheet: str, row: int, column: str, message: str) -> None:
        self.problems.append(SheetProblem(sheet, row, column, message))

    def columns(self, sheet: str, known: tuple[str, ...]) -> None:
        for _i, h in self.book.headers.get(sheet, []):
            if h not in known:
                self.add(sheet, 1, h, Message("未知的列 {!r}（可用的列见 docs/templates.md）", h))

    def text(self, sheet: str, row: Row, base: str, required: bool = True) -> Any:
        zh = row.get(f"{base}::zh_CN") or row.get(base)
        en = row.get(f"{base}::en")
        if zh is None:
            if required:
                self.add(sheet, row.number, f"{base}::zh_CN", Message("缺少中文文字"))
            if en is not None:
                self.add(sheet, row.number, f"{base}::zh_CN", Message("有英文而没有中文"))
            return None
        zh = str(zh)
        return {"zh_CN": zh, "en": str(en)} if en is not None else zh

    def number(self, sheet: str, row: Row, column: str) -> Any:
        v = row.get(column)
        if v is None or isinstance(v, bool):
            return v
        if isinstance(v, int | float):
            return v
        s = str(v)
        try:
            return int(s)
        except ValueError:
            pass
        try:
            return float(s)
        except ValueError:
            self.add(sheet, row.number, column, Message("应为数字，实为 {!r}", s))
            return None

    def flag(self, sheet: str, row: Row, column: str) -> bool | None:
        v = row.get(column)
        if v is None or isinstance(v, bool):
            return v
        s = str(v).strip().lower()
        if s in ("yes", "true", "true()", "1", "是"):
            return True
        if s in ("no", "false", "false()", "0", "否"):
            return False
        self.add(sheet, row.number, column, Message("应为 yes 或 no，实为 {!r}", v))
        return None


def _kinds(value: Any) -> Any:
    parts = [p for p in str(value).replace(",", " ").split() if p]
    return "*" if parts == ["*"] else parts


def read_workbook(path: Path) -> tuple[dict[str, Any], Template]:
    """The template data and the validated template; raises :class:`WorkbookError`."""
    book = load_workbook(path)
    r = _Reader(book)
    for name in ("survey", "settings"):
        if name not in book.sheets:
            r.add(name, 0, "", Message("工作簿缺少工作表 {}", name))
    if r.problems:
        raise WorkbookError(r.problems)
    r.columns("survey", SURVEY_COLUMNS)
    r.columns("choices", CHOICES_COLUMNS)
    r.columns("settings", SETTINGS_COLUMNS)
    data = _settings(r)
    lists = _choice_lists(r)
    data["sections"] = _survey(r, lists)
    if r.problems:
        raise WorkbookError(r.problems)
    try:
        template = parse_template(data, source=book.source)
    except TemplateError as exc:
        raise WorkbookError([_locate(r, p.where, p.message) for p in exc.problems]) from None
    return data, template


def _settings(r: _Reader) -> dict[str, Any]:
    rows = r.book.sheets["settings"]
    if not rows:
        r.add("settings", 2, "", Message("settings 表第 2 行应填写 form_id、version 等"))
        return {}
    row = rows[0]
    data: dict[str, Any] = {}
    if row.get("form_id") is not None:
        data["id"] = str(row.get("form_id"))
    version = r.number("settings", row, "version")
    if version is not None:
        if not isinstance(version, int) or version < 1:
            r.add("settings", row.number, "version", Message("应为正整数，实为 {!r}", version))
        data["version"] = version
    title = r.text("settings", row, "form_title")
    if title is not None:
        data["title"] = title
    if row.get("category") is not None:
        data["category"] = str(row.get("category"))
    if row.get("applies_to") is not None:
        data["applies_to"] = _kinds(row.get("applies_to"))
    description = r.text("settings", row, "description", required=False)
    if description is not None:
        data["description"] = description
    basis = r.text("settings", row, "legal_basis", required=False)
    if basis is not None:
        data["legal_basis"] = basis
    return data


def _choice_lists(r: _Reader) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    for row in r.book.sheets.get("choices", []):
        name, code = row.get("list_name"), row.get("name")
        if name is None or code is None:
            col = "list_name" if name is None else "name"
            r.add("choices", row.number, col, Message("缺少 {}", col))
            continue
        choice: dict[str, Any] = {"code": str(code)}
        text = r.text("choices", row, "label")
        if text is not None:
            choice["text"] = text
        fails = r.flag("choices", row, "fails")
        if fails is not None:
            choice["fails"] = fails
        lists.setdefault(str(name), []).append(choice)
    return lists


def _survey(r: _Reader, lists: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    opened = (0, False)  # row of the open group and whether it is a repeat
    for row in r.book.sheets["survey"]:
        raw = row.get("type")
        if raw is None:
            r.add("survey", row.number, "type", Message("缺少 type"))
            continue
        kind = "_".join(str(raw).split())
        if kind in BEGIN:
            if current is not None:
                r.add("survey", row.number, "type",
                      Message("分组不能嵌套：第 {} 行开始的分组还没有结束", opened[0]))  # fmt: skip
            current = _section(r, row, BEGIN[kind])
            sections.append(current)
            opened = (row.number, BEGIN[kind])
            continue
        if kind in END:
            if current is None:
                r.add("survey", row.number, "type", Message("{} 前没有对应的开始行", kind))
            elif END[kind] != opened[1]:
                want = "end_repeat" if opened[1] else "end_group"
                r.add("survey", row.number, "type",
                      Message("第 {} 行开始的分组应以 {} 结束", opened[0], want))  # fmt: skip
            current = None
            continue
        item = _item(r, row, kind, lists)
        if current is None:
            r.add("survey", row.number, "type",
                  Message("检查项应在 begin_group 与 end_group 之间（分组即分节）"))  # fmt: skip
        elif item is not None:
            current["items"].append(item)
    if current is not None:
        end = "end_repeat" if opened[1] else "end_group"
        r.add("survey", opened[0], "type", Message("这一行开始的分组没有用 {} 结束", end))
    return sections


def _section(r: _Reader, row: Row, repeat: bool) -> dict[str, Any]:
    code = row.get("name")
    if code is None:
        r.add("survey", row.number, "name", Message("分组需要 name（分节代码）"))
    section: dict[str, Any] = {"code": str(code or f"#{row.number}")}
    r.section_rows[section["code"]] = row.number
    title = r.text("survey", row, "label")
    if title is not None:
        section["title"] = title
    if row.get("relevant") is not None:
        section["relevant"] = str(row.get("relevant"))
    if repeat:
        section["repeat"] = True
    allowed = {"type", "name", "label", "label::zh_CN", "label::en", "relevant"}
    for column in sorted(set(row.cells) - allowed):
        r.add("survey", row.number, column, Message("分组行只用 name、label、relevant"))
    section["items"] = []
    return section


def _item(
    r: _Reader, row: Row, kind: str, lists: dict[str, list[dict[str, Any]]]
) -> dict[str, Any] | None:
    n = row.number
    d: dict[str, Any] = {}
    if kind.startswith(SELECT_ONE + "_") or kind == SELECT_ONE:
        list_name = str(row.get("type")).split(None, 1)[1:] or [""]
        name = list_name[0].strip()
        if not name:
            r.add("survey", n, "type", Message("select_one 后应写选项列表名"))
        elif name not in lists:
            r.add("survey", n, "type", Message("choices 表中没有选项列表 {!r}", name))
        else:
            d["choices"] = lists[name]
        d["answer"] = "choice"
    elif kind in TYPES:
        d["answer"] = TYPES[kind]
    else:
        known = ", ".join([*TYPES, "select_one 列表名", *BEGIN, *END])
        r.add("survey", n, "type", Message("未知的 type {!r}（可用：{}）", row.get("type"), known))
        return None
    code = row.get("name")
    if code is None:
        r.add("survey", n, "name", Message("检查项需要 name（检查项代码）"))
        return None
    d["code"] = str(code)
    if d["code"] in r.item_rows:
        r.add("survey", n, "name",
              Message("name {!r} 重复（第 {} 行已用过）", d["code"], r.item_rows[d["code"]]))  # fmt: skip
    r.item_rows.setdefault(d["code"], n)
    text = r.text("survey", row, "label")
    if text is not None:
        d["text"] = text
    guidance = r.text("survey", row, "hint", required=False)
    if guidance is not None:
        d["guidance"] = guidance
    message = r.text("survey", row, "constraint_message", required=False)
    if message is not None:
        d["constraint_message"] = message
    for column in TEXTS:
        value = r.text("survey", row, column, required=False)
        if value is not None:
            d[column] = value
    for column in WORDS:
        if row.get(column) is not None:
            d[column] = str(row.get(column))
    for column in NUMBERS:
        v = r.number("survey", row, column)
        if v is not None:
            d[column] = v
    for column in FLAGS:
        v = r.flag("survey", row, column)
        if v is not None:
            d[column] = v
    limit = {k: v for k in ("min", "max") if (v := r.number("survey", row, k)) is not None}
    if limit:
        d["limit"] = limit
    plausible = {
        k: v for k in ("min", "max") if (v := r.number("survey", row, f"plausible_{k}")) is not None
    }
    if plausible:
        d["plausible"] = plausible
    if row.get("applies_to") is not None:
        d["applies_to"] = _kinds(row.get("applies_to"))
    return d


def _locate(r: _Reader, where: str, message: str) -> SheetProblem:
    """Place a problem of the template model on its sheet, row and column."""
    text = str(message)
    if not where:
        for key in ("id", "version", "title", "category", "applies_to", "description"):
            if text.startswith(key) or key in text[:24]:
                return SheetProblem("settings", 2, FIELD_COLUMNS.get(key, key), message)
        return SheetProblem("settings", 2, "", message)
    if where in r.item_rows:
        column = "name"
        for key in (*SURVEY_COLUMNS, *FIELD_COLUMNS):
            if text.startswith(key):
                column = FIELD_COLUMNS.get(key, key)
                break
        return SheetProblem("survey", r.item_rows[where], column, message)
    if where in r.section_rows:
        column = "relevant" if text.startswith("relevant") or "条件" in text else "name"
        return SheetProblem("survey", r.section_rows[where], column, message)
    return SheetProblem("survey", 0, "", Message("{}：{}", where, message))
