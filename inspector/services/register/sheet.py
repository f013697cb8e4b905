"""The spreadsheet side of register import: accepted headers, reading files and cells (no Qt).

Column names are matched after :func:`normalise_header` (case, spaces, ``_ - *``,
colons and anything in brackets ignored); the first header of each field is
what export writes. openpyxl is imported only when an ``.xlsx`` file is read.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path

from inspector.reports.cells import csv_text
from inspector.services.core.errors import UserError

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
    "credit_code": (
        "统一社会信用代码",
        "credit_code",
        "信用代码",
        "社会信用代码",
        "统一社会信用代码/营业执照号",
        "统一社会信用代码/注册号",
        "营业执照号",
        "营业执照号码",
        "营业执照注册号",
        "注册号",
    ),
    "lat": ("纬度", "lat", "latitude"),
    "lon": ("经度", "lon", "lng", "longitude"),
    "datum": ("坐标系", "datum", "坐标系统"),
    "licences": ("证照", "licences", "licenses", "证照列表"),
    "licence_kind": ("证照类型", "licence_kind", "license_kind", "证照种类", "证照名称"),
    "licence_number": (
        "证照编号",
        "licence_number",
        "license_number",
        "许可证号",
        "证号",
        "许可证编号",
        "经营许可证号",
        "证照号码",
    ),
    "licence_valid_until": (
        "有效期至",
        "licence_valid_until",
        "valid_until",
        "有效期",
        "证照有效期",
        "许可证有效期",
        "有效期限",
        "到期日期",
        "证照到期日",
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
    "boundary": ("边界坐标", "boundary", "边界点", "围墙坐标", "校园边界"),
    "datum": ("坐标系", "datum", "坐标系统"),
    "notes": ("备注", "notes", "note", "说明"),
    "archived": ("已归档", "archived", "归档"),
    "id": ("系统编号", "id", "uuid"),
}


def normalise_header(header: str) -> str:
    h = re.sub(r"[（(].*?[)）]", "", str(header or ""))
    return re.sub(r"[\s_\-*：:]", "", h).lower()


def read_table(path: Path) -> list[list[object]]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError("不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件。", path.suffix)
    if not path.is_file():
        raise UserError("文件不存在：{}", path)
    if suffix == ".xlsx":
        return read_xlsx(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError("无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。")
    return [[csv_text(c) for c in r] for r in csv.reader(io.StringIO(text, newline=""))]


def read_xlsx(path: Path) -> list[list[object]]:
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


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) > 1e6:
        return str(int(value))  # a phone number typed into a numeric cell
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
