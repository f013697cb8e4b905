"""Import and export of the register as CSV or XLSX (no Qt).

Import has two steps. :func:`parse_sites` / :func:`parse_schools` read a file and
return a :class:`Preview`: for every data row either a record or the problems
that keep it out. :func:`apply_preview` then saves the good rows in one
transaction. Column names are matched loosely (English names or the Chinese
headers an office spreadsheet uses, see ``docs/register.md``). openpyxl is
imported only when an ``.xlsx`` file is read or written.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlmodel import col, select

from inspector.domain.site_kinds import SCHOOL_KINDS, kind_from_text, kind_label
from inspector.domain.text import N_, Message, message_of
from inspector.services.context import AppContext
from inspector.services.errors import UserError
from inspector.services.register import (
    LicenceData,
    SchoolData,
    SiteData,
    all_school_records,
    all_site_records,
    save_school_in,
    save_site_in,
    school_problems,
    site_problems,
)
from inspector.services.register_cells import (
    format_licences,
    format_points,
    parse_date,
    parse_licences,
    parse_points,
    school_kind_from_text,
    to_bool,
    to_float,
)
from inspector.store.atomic import atomic_open, atomic_path
from inspector.store.engine import write_session
from inspector.store.faults import fault_message
from inspector.store.models import Licence, School, SchoolPoint, Site

SUFFIXES = (".csv", ".xlsx")

# field -> accepted headers (compared after normalising); the first is what export writes.
SITE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("场所名称", "名称", "name", "店名", "门店名称", "单位名称", "商户名称"),
    "kind": ("场所类型", "类型", "kind", "type", "类别", "行业类型"),
    "address": ("地址", "address", "经营地址", "场所地址", "详细地址"),
    "grid": ("网格", "grid", "所属网格", "网格名称"),
    "community": ("社区", "community", "所属社区"),
    "responsible_person": (
        "负责人",
        "responsible_person",
        "responsible",
        "法定代表人",
        "经营者",
        "联系人",
    ),
    "phone": ("联系电话", "phone", "电话", "手机", "手机号码"),
    "credit_code": ("统一社会信用代码", "credit_code", "信用代码", "社会信用代码"),
    "lat": ("纬度", "lat", "latitude"),
    "lon": ("经度", "lon", "lng", "longitude"),
    "licences": ("证照", "licences", "licenses", "证照列表"),
    "licence_kind": ("证照类型", "licence_kind", "license_kind", "证照种类", "证照名称"),
    "licence_number": ("证照编号", "licence_number", "license_number", "许可证号", "证号"),
    "licence_valid_until": (
        "有效期至",
        "licence_valid_until",
        "valid_until",
        "有效期",
        "证照有效期",
    ),
    "notes": ("备注", "notes", "note", "说明"),
    "archived": ("已归档", "archived", "归档"),
    "id": ("系统编号", "id", "uuid"),
}

SCHOOL_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("学校名称", "名称", "name", "学校", "校名"),
    "kind": ("学校类型", "类型", "kind", "type", "学段"),
    "address": ("地址", "address", "学校地址"),
    "grid": ("网格", "grid", "所属网格"),
    "community": ("社区", "community", "所属社区"),
    "gates": ("校门坐标", "gates", "校门", "校门点"),
    "boundary": ("边界坐标", "boundary", "边界点", "围墙坐标"),
    "notes": ("备注", "notes", "note", "说明"),
    "archived": ("已归档", "archived", "归档"),
    "id": ("系统编号", "id", "uuid"),
}


@dataclass
class RowResult:
    row: int  # spreadsheet row number: the header is row 1
    record: SiteData | SchoolData | None = None
    problems: list[str] = field(default_factory=list)
    name: str = ""  # the name cell as read, also for bad rows

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def label(self) -> str:
        return self.name


@dataclass
class Preview:
    kind: str  # "sites" | "schools"
    path: Path
    rows: list[RowResult]
    unknown_columns: list[str] = field(default_factory=list)

    @property
    def good(self) -> list[RowResult]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]

    def problem_lines(self) -> list[str]:
        return [f"第 {r.row} 行：{'；'.join(r.problems)}" for r in self.bad]


# --- reading ------------------------------------------------------------------------------


def _normalise(header: str) -> str:
    h = re.sub(r"[（(].*?[)）]", "", str(header or ""))
    return re.sub(r"[\s_\-*：:]", "", h).lower()


def _read_table(path: Path) -> list[list[object]]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError("不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件。", path.suffix)
    if not path.is_file():
        raise UserError("文件不存在：{}", path)
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError("无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。")
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise UserError("无法读取 Excel 文件 {}：{}", path.name, exc) from None
    try:
        sheet = book.worksheets[0]
        return [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) > 1e6:
        return str(int(value))  # a phone number typed into a numeric cell
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _map_columns(
    header: list[object], columns: dict[str, tuple[str, ...]]
) -> tuple[dict[str, int], list[str]]:
    lookup = {_normalise(a): f for f, aliases in columns.items() for a in aliases}
    found: dict[str, int] = {}
    unknown: list[str] = []
    for i, h in enumerate(header):
        text = _cell_text(h)
        name = lookup.get(_normalise(text))
        if name and name not in found:
            found[name] = i
        elif text:
            unknown.append(text)
    return found, unknown


def _parse(path: Path, kind: str, columns: dict[str, tuple[str, ...]], build: Callable) -> Preview:
    table = _read_table(Path(path))
    while table and not any(_cell_text(c) for c in table[0]):
        table.pop(0)
    if not table:
        raise UserError("文件 {} 是空的。", Path(path).name)
    found, unknown = _map_columns(table[0], columns)
    if "name" not in found:
        expected = "、".join(columns["name"][:3])
        raise UserError("文件 {} 的第一行没有名称列（应为 {} 之一）。", Path(path).name, expected)
    preview = Preview(kind, Path(path), [], unknown)
    ids: dict[str, int] = {}
    for number, raw in enumerate(table[1:], start=2):
        cells = {f: _cell_text(raw[i]) if i < len(raw) else "" for f, i in found.items()}
        if not any(cells.values()):
            continue  # blank line
        result = RowResult(number, name=cells.get("name", ""))
        try:
            result.record, result.problems = build(cells)
        except ValueError as exc:
            result.problems = [message_of(exc)]
        rid = cells.get("id", "")
        if rid:
            if rid in ids:
                result.problems.append(Message("系统编号与第 {} 行重复", ids[rid]))
            ids.setdefault(rid, number)
        if result.problems:
            result.record = None
        preview.rows.append(result)
    return preview


def parse_sites(path: Path) -> Preview:
    """Read a sites file; every data row becomes a record or a list of problems."""
    return _parse(path, "sites", SITE_COLUMNS, _build_site)


def parse_schools(path: Path) -> Preview:
    return _parse(path, "schools", SCHOOL_COLUMNS, _build_school)


def _build_site(cells: dict[str, str]) -> tuple[SiteData, list[str]]:
    problems: list[str] = []
    kind_text = cells.get("kind", "")
    kind = kind_from_text(kind_text)
    if not kind:
        problems.append(
            Message("场所类型“{}”无法识别", kind_text) if kind_text else Message("缺少场所类型")
        )
    data = SiteData(name=cells["name"], kind=kind or "", id=cells.get("id") or None)
    for f in ("address", "grid", "community", "responsible_person", "phone", "credit_code"):
        setattr(data, f, cells.get(f, ""))
    data.notes = cells.get("notes", "")
    for f, what in (("lat", Message("纬度")), ("lon", Message("经度"))):
        try:
            setattr(data, f, to_float(cells.get(f, ""), what))
        except ValueError as exc:
            problems.append(message_of(exc))
    try:
        data.archived = to_bool(cells.get("archived", ""))
        data.licences = parse_licences(cells.get("licences", ""))
        if cells.get("licence_kind") or cells.get("licence_number"):
            until = cells.get("licence_valid_until", "")
            data.licences.append(
                LicenceData(
                    cells.get("licence_kind", ""),
                    cells.get("licence_number", ""),
                    parse_date(until) if until else None,
                )
            )
    except ValueError as exc:
        problems.append(message_of(exc))
    problems += [p for p in site_problems(data) if "场所类型" not in p]
    return data, problems


def _build_school(cells: dict[str, str]) -> tuple[SchoolData, list[str]]:
    problems: list[str] = []
    kind_text = cells.get("kind", "")
    kind = school_kind_from_text(kind_text) if kind_text else "primary"
    if not kind:
        problems.append(
            Message("学校类型“{}”无法识别（小学、中学、幼儿园、九年一贯制学校）", kind_text)
        )
    data = SchoolData(name=cells["name"], kind=kind or "primary", id=cells.get("id") or None)
    for f in ("address", "grid", "community", "notes"):
        setattr(data, f, cells.get(f, ""))
    for f, point_kind in (("gates", "gate"), ("boundary", "boundary")):
        try:
            data.points += parse_points(cells.get(f, ""), point_kind)
        except ValueError as exc:
            problems.append(message_of(exc))
    try:
        data.archived = to_bool(cells.get("archived", ""))
    except ValueError as exc:
        problems.append(message_of(exc))
    problems += school_problems(data)
    return data, problems


# --- applying -----------------------------------------------------------------------------


class ImportCancelled(UserError):
    """The user stopped an import; nothing was saved."""


def apply_preview(
    ctx: AppContext, preview: Preview, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Save every good row of the preview in one transaction; returns how many were saved.

    ``progress(done, total)`` is called every 50 rows; when it returns False the
    transaction is rolled back and :class:`ImportCancelled` raised.
    """
    sites = preview.kind == "sites"
    save = save_site_in if sites else save_school_in
    parent, child, link = (
        (Site, Licence, "site_id") if sites else (School, SchoolPoint, "school_id")
    )
    rows = preview.good
    ids = [r.record.id for r in rows if r.record and r.record.id]
    with write_session(ctx.engine) as s:
        children: dict[str, list] = {}
        loaded: list = []  # the session's identity map holds rows weakly: keep them here
        for start in range(0, len(ids), 500):  # rows to update, loaded in bulk
            chunk = ids[start : start + 500]
            loaded += s.exec(select(parent).where(col(parent.id).in_(chunk)))
            for c in s.exec(select(child).where(col(getattr(child, link)).in_(chunk))):
                children.setdefault(getattr(c, link), []).append(c)
        for i, r in enumerate(rows):
            if progress is not None and i % 50 == 0 and not progress(i, len(rows)):
                raise ImportCancelled("导入已取消，没有导入任何数据。")
            try:
                save(s, ctx.device_id, r.record, children)
            except UserError as exc:
                raise UserError("第 {} 行：{}", r.row, exc) from None
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)


# --- export -------------------------------------------------------------------------------


def _site_rows(ctx: AppContext) -> tuple[list[str], list[list[object]]]:
    order = [
        "name", "kind", "address", "grid", "community", "responsible_person", "phone",
        "credit_code", "lat", "lon", "licences", "notes", "archived", "id",
    ]  # fmt: skip
    header = [SITE_COLUMNS[f][0] for f in order]
    rows = []
    for d in all_site_records(ctx):
        rows.append(
            [
                d.name, kind_label(d.kind), d.address, d.grid, d.community,
                d.responsible_person, d.phone, d.credit_code,
                "" if d.lat is None else d.lat, "" if d.lon is None else d.lon,
                format_licences(d.licences), d.notes, "是" if d.archived else "否", d.id,
            ]
        )  # fmt: skip
    return header, rows


def _school_rows(ctx: AppContext) -> tuple[list[str], list[list[object]]]:
    order = ["name", "kind", "address", "grid", "community", "gates", "boundary", "notes",
             "archived", "id"]  # fmt: skip
    header = [SCHOOL_COLUMNS[f][0] for f in order]
    rows = []
    for d in all_school_records(ctx):
        rows.append(
            [
                d.name, SCHOOL_KINDS[d.kind].zh_CN if d.kind in SCHOOL_KINDS else d.kind,
                d.address, d.grid, d.community, format_points(d.gates),
                format_points(d.boundary), d.notes, "是" if d.archived else "否", d.id,
            ]
        )  # fmt: skip
    return header, rows


def export_sites(ctx: AppContext, path: Path) -> int:
    """Write every site (archived too) to ``path`` (.csv or .xlsx); returns the row count."""
    return _write_table(Path(path), *_site_rows(ctx), title="场所")


def export_schools(ctx: AppContext, path: Path) -> int:
    return _write_table(Path(path), *_school_rows(ctx), title="学校")


def _write_table(path: Path, header: list[str], rows: list[list[object]], title: str) -> int:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError("不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件名。", path.suffix)
    try:
        if suffix == ".csv":
            with atomic_open(path, text=True, encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows(rows)
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = title
            sheet.append(header)
            for r in rows:
                sheet.append(r)
            for column in sheet.columns:
                width = max(len(str(c.value or "")) for c in column)
                sheet.column_dimensions[column[0].column_letter].width = min(60, 4 + width * 1.6)
            with atomic_path(path) as tmp:
                book.save(tmp)
    except OSError as exc:
        raise UserError(fault_message(exc, N_("导出登记表"), path)) from None
    return len(rows)
