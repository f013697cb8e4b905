"""Any template as a workbook in the XLSForm layout, and installing a workbook as YAML.

:func:`export_workbook` writes the ``survey``, ``choices`` and ``settings``
sheets so that reading the workbook back (:func:`inspector.services.checklists.xlsform.read_workbook`)
gives the same data, hence the same content hash. :func:`install_workbook`
reads a workbook and writes the template as a YAML file into the office
template folder: all or nothing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from inspector.domain.templates import Template
from inspector.reports.cells import csv_row, text_cells
from inspector.services.checklists.xlsform import (
    CHOICES_COLUMNS,
    FLAGS,
    NUMBERS,
    SURVEY_COLUMNS,
    WORDS,
    read_workbook,
)
from inspector.services.core.errors import UserError
from inspector.services.core.templates import load_file
from inspector.store.atomic import atomic_open, atomic_path, atomic_write_text

TYPE_OF = {"pass_fail": "pass_fail", "count": "integer", "measurement": "decimal", "text": "text"}
SURVEY_ORDER = tuple(
    c
    for c in SURVEY_COLUMNS
    if c not in ("label", "hint", "constraint_message", "correction", "legal_basis")
)
CHOICE_ORDER = tuple(c for c in CHOICES_COLUMNS if c != "label")
SETTINGS_ORDER = (
    "form_id", "version", "form_title::zh_CN", "form_title::en", "description::zh_CN",
    "description::en", "category", "applies_to", "legal_basis::zh_CN", "legal_basis::en",
)  # fmt: skip


def _cell(value: Any) -> Any:
    """A value as a cell that reads back as the same value (5.0 stays a decimal)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return value


def _text(row: dict[str, Any], base: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, str):
        row[f"{base}::zh_CN"] = value
        return
    row[f"{base}::zh_CN"] = value.get("zh_CN")
    if value.get("en") is not None:
        row[f"{base}::en"] = value.get("en")


def _kinds(value: Any) -> str:
    return value if isinstance(value, str) else " ".join(value)


def sheets_of(template: Template) -> dict[str, tuple[tuple[str, ...], list[dict[str, Any]]]]:
    """The three sheets of ``template`` as (columns, rows)."""
    data = template.data
    survey: list[dict[str, Any]] = []
    choices: list[dict[str, Any]] = []
    for sd in data.get("sections", []):
        begin = {"type": "begin_repeat" if sd.get("repeat") else "begin_group", "name": sd["code"]}
        _text(begin, "label", sd.get("title"))
        if sd.get("relevant"):
            begin["relevant"] = sd["relevant"]
        survey.append(begin)
        for d in sd.get("items", []):
            row: dict[str, Any] = {"name": d["code"]}
            if d.get("answer") == "choice":
                row["type"] = f"select_one {d['code']}"
                for ch in d.get("choices", []):
                    c: dict[str, Any] = {"list_name": d["code"], "name": ch["code"]}
                    _text(c, "label", ch.get("text"))
                    if "fails" in ch:
                        c["fails"] = _cell(ch["fails"])
                    choices.append(c)
            else:
                row["type"] = TYPE_OF.get(d.get("answer"), d.get("answer"))
            _text(row, "label", d.get("text"))
            _text(row, "hint", d.get("guidance"))
            _text(row, "constraint_message", d.get("constraint_message"))
            _text(row, "correction", d.get("correction"))
            _text(row, "legal_basis", d.get("legal_basis"))
            for key in (*WORDS, *NUMBERS, *FLAGS):
                if key in d:
                    row[key] = _cell(d[key])
            for key, v in (d.get("limit") or {}).items():
                row[key] = _cell(v)
            for key, v in (d.get("plausible") or {}).items():
                row[f"plausible_{key}"] = _cell(v)
            if "applies_to" in d:
                row["applies_to"] = _kinds(d["applies_to"])
            survey.append(row)
        survey.append({"type": "end_repeat" if sd.get("repeat") else "end_group"})
    settings: dict[str, Any] = {"form_id": data.get("id"), "version": data.get("version")}
    _text(settings, "form_title", data.get("title"))
    _text(settings, "description", data.get("description"))
    _text(settings, "legal_basis", data.get("legal_basis"))
    settings["category"] = data.get("category")
    settings["applies_to"] = _kinds(data.get("applies_to", []))
    return {
        "survey": (SURVEY_ORDER, survey),
        "choices": (CHOICE_ORDER, choices),
        "settings": (SETTINGS_ORDER, [settings]),
    }


def export_workbook(template: Template, out: Path) -> Path:
    """Write ``template`` as ``out`` (.xlsx), or as three CSV files when ``out`` is a folder,
    has no suffix or ends in ``.csv`` (``survey.csv``, ``choices.csv``, ``settings.csv``)."""
    out = Path(out)
    sheets = sheets_of(template)
    if out.suffix.lower() == ".csv" or out.is_dir() or not out.suffix:
        folder = out if out.is_dir() else out.parent
        folder.mkdir(parents=True, exist_ok=True)
        for name, (columns, rows) in sheets.items():
            csv_path = folder / f"{name}.csv"
            with atomic_open(csv_path, text=True, encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(columns)
                for row in rows:  # text a spreadsheet would run keeps a leading '
                    w.writerow(csv_row("" if row.get(c) is None else row.get(c) for c in columns))
        return folder
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, (columns, rows) in sheets.items():
        ws = wb.create_sheet(name)
        ws.append(list(columns))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([row.get(c) for c in columns])
        ws.freeze_panes = "A2"
    text_cells(wb)  # an office's wording is text, never a formula
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as tmp:  # synced before it is renamed into place, no debris
        wb.save(tmp)
    return out


@dataclass(frozen=True)
class Installed:
    template: Template
    path: Path
    already: bool  # the same content was installed before: nothing written


def preview_workbook(path: Path) -> tuple[Template, str]:
    """The template a workbook holds and its YAML text; raises WorkbookError."""
    data, template = read_workbook(path)
    text = f"# 由工作簿 {Path(path).name} 导入\n" + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, width=100
    )
    return template, text


def install_workbook(path: Path, folder: Path) -> Installed:
    """Read a workbook and write it as ``<id>.v<version>.yaml`` into ``folder``.

    Nothing is written when the workbook has any problem, nor when the folder
    already holds the same id and version with other content (raise the version).
    """
    template, text = preview_workbook(path)
    folder = Path(folder)
    target = folder / f"{template.id}.v{template.version}.yaml"
    for existing in sorted(folder.glob("*.y*ml")) if folder.is_dir() else []:
        try:
            other = load_file(existing)
        except Exception:  # broken files are the catalog's business, not this install's
            continue
        if (other.id, other.version) != (template.id, template.version):
            continue
        if other.content_hash == template.content_hash:
            return Installed(other, existing, True)
        raise UserError(
            "{} 中已有 {} 第 {} 版，内容不同：请在 settings 表中提高 version 后再导入。",
            existing.name,
            template.id,
            template.version,
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, text)  # whole or not at all, the temporary removed
    except OSError as exc:
        raise UserError("无法写入模板文件夹 {}：{}", folder, exc.strerror or exc) from None
    written = load_file(target)
    if written.content_hash != template.content_hash:  # pragma: no cover - a YAML round trip bug
        target.unlink()
        raise UserError("写入的模板与工作簿内容不一致，已撤销。")
    return Installed(written, target, False)
