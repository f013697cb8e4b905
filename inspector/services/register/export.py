"""Export of the register as CSV or XLSX (no Qt): every site or school, archived too.

The columns carry the Chinese headers that :mod:`inspector.services.register.import_export`
reads back, so an exported file can be edited and imported again. openpyxl is
imported only when an ``.xlsx`` file is written.
"""

from __future__ import annotations

import csv
from pathlib import Path

from inspector.domain.site_kinds import SCHOOL_KINDS, kind_label
from inspector.domain.text import N_, Message
from inspector.reports.cells import csv_row, text_cells
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.register.cells import format_licences, format_points
from inspector.services.register.entries import all_school_records, all_site_records
from inspector.services.register.sheet import SCHOOL_COLUMNS, SITE_COLUMNS, SUFFIXES
from inspector.store.atomic import atomic_open, atomic_path
from inspector.store.faults import fault_message


def _site_rows(ctx: AppContext) -> tuple[list[str], list[list[object]]]:
    order = [
        "name", "kind", "address", "grid", "community", "responsible_person", "phone",
        "credit_code", "lat", "lon", "datum", "licences", "notes", "archived", "id",
    ]  # fmt: skip
    header = [SITE_COLUMNS[f][0] for f in order]
    rows: list[list[object]] = []
    for d in all_site_records(ctx):
        rows.append(
            [
                d.name, kind_label(d.kind), d.address, d.grid, d.community,
                d.responsible_person, d.phone, d.credit_code,
                "" if d.lat is None else d.lat, "" if d.lon is None else d.lon,
                "" if d.lat is None else "WGS-84", format_licences(d.licences), d.notes, "是" if d.archived else "否", d.id,
            ]
        )  # fmt: skip
    return header, rows


def _school_rows(ctx: AppContext) -> tuple[list[str], list[list[object]]]:
    order = ["name", "kind", "address", "grid", "community", "gates", "boundary", "datum",
             "notes", "archived", "id"]  # fmt: skip
    header = [SCHOOL_COLUMNS[f][0] for f in order]
    rows: list[list[object]] = []
    for d in all_school_records(ctx):
        rows.append(
            [
                d.name, SCHOOL_KINDS[d.kind].zh_CN if d.kind in SCHOOL_KINDS else d.kind,
                d.address, d.grid, d.community, format_points(d.gates),
                format_points(d.boundary), "WGS-84" if d.points else "", d.notes,
                "是" if d.archived else "否", d.id,
            ]
        )  # fmt: skip
    return header, rows


def export_sites(ctx: AppContext, path: Path) -> int:
    """Write every site (archived too) to ``path`` (.csv or .xlsx); returns the row count."""
    return _write_table(Path(path), *_site_rows(ctx), title="场所")


def export_schools(ctx: AppContext, path: Path) -> int:
    """Write every school (archived too) to ``path`` (.csv or .xlsx); returns the row count."""
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
                writer.writerows(csv_row(r) for r in rows)
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
            text_cells(book)
            with atomic_path(path) as tmp:
                book.save(tmp)
    except OSError as exc:
        fault = fault_message(exc, N_("导出登记表"), path)
        raise UserError(fault or Message("无法写入 {}：{}", path, exc.strerror or exc)) from None
    return len(rows)
