"""The site-kind alias table: how offices name kinds in their spreadsheets (no Qt).

A built-in table ships in ``resources/site_kind_aliases.yaml``; an office keeps
its own in ``site-kind-aliases.yaml`` in the data directory, which wins. Both
map the text found in a sheet's kind column to a kind code. A clerk who maps an
unknown kind in the import preview (or with ``--map-kind``) has it remembered in
the office table, so the next sheet needs no mapping.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from inspector.domain.site_kinds import BY_CODE, alias_key
from inspector.resources import resource
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.yaml_files import read_mapping
from inspector.store.atomic import atomic_write_text

OFFICE_FILE = "site-kind-aliases.yaml"
HEADER = (
    "# 本单位的场所类型别名（表格中的写法: 类型代码），导入时优先于内置别名。\n"
    "# Office site-kind aliases (text in the sheet: kind code); they win over the built-in ones.\n"
)


def builtin_aliases_path() -> Path:
    return resource("site_kind_aliases.yaml")


def office_aliases_path(ctx: AppContext) -> Path:
    return ctx.paths.root / OFFICE_FILE


def _read_table(path: Path) -> dict[str, Any]:
    """The table in ``path`` as written (a missing file is an empty table)."""
    return read_mapping(
        path,
        unreadable="无法读取场所类型别名表 {}：{}",
        malformed="无法读取场所类型别名表 {}：{}",
        not_mapping="场所类型别名表 {} 应为“写法: 类型代码”的列表。",
        missing_ok=True,
    )


def _read(path: Path) -> dict[str, str]:
    data = _read_table(path)
    out: dict[str, str] = {}
    for text, code in data.items():
        code = str(code).strip()
        if code not in BY_CODE:
            raise UserError("场所类型别名表 {}：“{}”对应的类型代码“{}”不存在。", path, text, code)
        out[alias_key(str(text))] = code
    return out


def load_aliases(ctx: AppContext | None = None) -> dict[str, str]:
    """The built-in aliases overlaid with the office's (keys are ``alias_key`` texts)."""
    table = _read(builtin_aliases_path())
    if ctx is not None:
        table.update(_read(office_aliases_path(ctx)))
    return table


def remember_aliases(ctx: AppContext, mapping: dict[str, str]) -> None:
    """Add ``mapping`` (sheet text -> kind code) to the office's alias table on disk."""
    for code in mapping.values():
        if code not in BY_CODE:
            raise UserError("场所类型代码“{}”不存在。", code)
    path = office_aliases_path(ctx)
    data = _read_table(path)  # a damaged table is refused, never written over
    data.update({text.strip(): code for text, code in mapping.items()})
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    try:
        atomic_write_text(path, HEADER + body)
    except OSError as exc:
        raise UserError("无法写入场所类型别名表 {}：{}", path, exc.strerror) from None


def parse_kind_map(items: list[str]) -> dict[str, str]:
    """``原文=kind`` pairs from the command line; the kind may be a code or a label."""
    from inspector.domain.site_kinds import kind_from_text

    out: dict[str, str] = {}
    for item in items:
        text, sep, kind = item.partition("=")
        if not sep or not text.strip() or not kind.strip():
            raise UserError("--map-kind 应写成 原文=类型，例如 --map-kind 理发店=small_salon。")
        code = kind_from_text(kind)
        if code is None:
            raise UserError("--map-kind {}：类型“{}”不存在。", item, kind.strip())
        out[text.strip()] = code
    return out
