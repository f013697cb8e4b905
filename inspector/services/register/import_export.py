"""Import of the register from CSV or XLSX (no Qt); export is :mod:`~inspector.services.register.export`.

Import has two steps. :func:`parse_sites` / :func:`parse_schools` read a file and
return a :class:`Preview`: for every data row either a record or the problems
that keep it out. :func:`apply_preview` then saves the good rows in one
transaction. Column names are matched loosely (English names or the Chinese
headers an office spreadsheet uses, see ``docs/register.md``). openpyxl is
imported only when an ``.xlsx`` file is read or written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlmodel import col, select

from inspector.domain.credit_code import credit_code_problem, normalise_credit_code
from inspector.domain.datum import DatumError, datum_of, to_wgs84
from inspector.domain.datum import source as source_of
from inspector.domain.site_kinds import (
    alias_key,
    default_licence,
    kind_from_text,
)
from inspector.domain.text import Message, message_of
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.register.cells import (
    gate_columns,
    parse_date,
    parse_licences,
    parse_points,
    school_kind_from_text,
    to_bool,
    to_float,
)
from inspector.services.register.entries import (
    LicenceData,
    SchoolData,
    SiteData,
    save_school_in,
    save_site_in,
    school_problems,
    site_problems,
)
from inspector.services.register.matching import match_rows
from inspector.services.register.sheet import (
    SCHOOL_COLUMNS,
    SITE_COLUMNS,
    cell_text,
    column_letter,
    normalise_header,
    read_table,
)
from inspector.store.engine import write_session
from inspector.store.models import Licence, School, SchoolPoint, Site


@dataclass
class RowResult:
    row: int  # spreadsheet row number: the header is row 1
    record: SiteData | SchoolData | None = None
    problems: list[str] = field(default_factory=list)
    name: str = ""  # the name cell as read, also for bad rows
    # Doubts the clerk may overrule (a credit code failing its check): the row is held
    # back unless the preview accepts them, and then saved marked as unchecked.
    warnings: list[str] = field(default_factory=list)
    cells: dict[str, str] = field(default_factory=dict)  # the row as read, by field
    kind_text: str = ""  # the kind cell when it named no known kind

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
    unknown_columns: list[str] = field(default_factory=list)  # read but not used: shown
    fields: set[str] = field(default_factory=set)  # the fields the sheet has columns for
    aliases: dict[str, str] = field(default_factory=dict)  # kind aliases it was read with
    accept_unchecked: bool = False  # import rows whose credit code fails its check
    outcome: dict[str, int] = field(default_factory=dict)  # added / updated, after apply

    def lets_in(self, r: RowResult) -> bool:
        return r.ok and (self.accept_unchecked or not r.warnings)

    @property
    def good(self) -> list[RowResult]:
        return [r for r in self.rows if self.lets_in(r)]

    @property
    def bad(self) -> list[RowResult]:
        return [r for r in self.rows if not self.lets_in(r)]

    @property
    def held(self) -> list[RowResult]:
        """Rows kept out only by doubts the clerk may overrule (``accept_unchecked``)."""
        return [r for r in self.rows if r.ok and r.warnings]

    def unknown_kinds(self) -> dict[str, list[int]]:
        """Kind texts no kind or alias matched, with the rows that use them."""
        out: dict[str, list[int]] = {}
        for r in self.rows:
            if r.kind_text:
                out.setdefault(r.kind_text, []).append(r.row)
        return out

    def problem_lines(self) -> list[str]:
        return [f"第 {r.row} 行：{'；'.join(r.problems + r.warnings)}" for r in self.bad]


# --- reading ------------------------------------------------------------------------------


def _map_columns(
    header: list[object],
    columns: dict[str, tuple[str, ...]],
    extra: Callable[[str], str | None] | None = None,
) -> tuple[dict[str, int], list[str]]:
    """Field -> column index, and the headers of columns no field uses.

    ``extra(normalised header)`` may name a field for headers outside ``columns``.
    """
    lookup = {normalise_header(a): f for f, aliases in columns.items() for a in aliases}
    found: dict[str, int] = {}
    unknown: list[str] = []
    for i, h in enumerate(header):
        text = cell_text(h)
        name = lookup.get(normalise_header(text))
        if name is None and extra is not None and text:
            name = extra(normalise_header(text))
        if name and name not in found:
            found[name] = i
        elif text:
            unknown.append(text)
    return found, unknown


def _parse(
    path: Path,
    kind: str,
    columns: dict[str, tuple[str, ...]],
    build: Callable,
    aliases: dict[str, str] | None = None,
    extra: Callable[[str], str | None] | None = None,
) -> Preview:
    table = read_table(Path(path))
    offset = 0  # rows above the header, so that row numbers are the spreadsheet's
    while table and not any(cell_text(c) for c in table[0]):
        table.pop(0)
        offset += 1
    if not table:
        raise UserError("文件 {} 是空的。", Path(path).name)
    # An office sheet often has a title line (and a date line) above its header:
    # the header is the first of the top rows that has a name column.
    for skip in range(min(5, len(table))):
        if "name" in _map_columns(table[skip], columns, extra)[0]:
            table, offset = table[skip:], offset + skip
            break
    found, unknown = _map_columns(table[0], columns, extra)
    if "name" not in found:
        expected = "、".join(columns["name"][:3])
        raise UserError("文件 {} 的第一行没有名称列（应为 {} 之一）。", Path(path).name, expected)
    for i in range(max(len(r) for r in table)):  # data under no header is not dropped silently
        if i < len(table[0]) and cell_text(table[0][i]):
            continue
        if any(i < len(r) and cell_text(r[i]) for r in table[1:]):
            unknown.append(Message("{} 列（无标题）", column_letter(i)))
    preview = Preview(kind, Path(path), [], unknown, set(found), dict(aliases or {}))
    ids: dict[str, int] = {}
    for number, raw in enumerate(table[1:], start=2 + offset):
        cells = {f: cell_text(raw[i]) if i < len(raw) else "" for f, i in found.items()}
        if not any(cells.values()):
            continue  # blank line
        result = RowResult(number, name=cells.get("name", ""), cells=cells)
        _build_row(result, build, preview.aliases)
        rid = cells.get("id", "")
        if rid:
            if rid in ids:
                result.problems.append(Message("系统编号与第 {} 行重复", ids[rid]))
                result.record = None
            ids.setdefault(rid, number)
        preview.rows.append(result)
    _mark_duplicates(preview)
    return preview


def _build_row(result: RowResult, build: Callable, aliases: dict[str, str]) -> None:
    result.problems, result.warnings, result.kind_text = [], [], ""
    try:
        result.record, result.problems, result.warnings, result.kind_text = build(
            result.cells, aliases
        )
    except ValueError as exc:
        result.record, result.problems = None, [message_of(exc)]
    if result.problems:
        result.record = None


def _mark_duplicates(preview: Preview) -> None:
    """Two rows of one sheet with the same credit code describe one site: say so."""
    seen: dict[str, int] = {}
    for r in preview.rows:
        code = getattr(r.record, "credit_code", "") if r.record is not None else ""
        if not code:
            continue
        if code in seen:
            r.problems.append(Message("统一社会信用代码与第 {} 行重复", seen[code]))
            r.record = None
        else:
            seen[code] = r.row


def remap_kinds(preview: Preview, mapping: dict[str, str]) -> None:
    """Read again the rows whose kind text ``mapping`` now names (text -> kind code)."""
    preview.aliases.update({alias_key(t): code for t, code in mapping.items()})
    build = _build_site if preview.kind == "sites" else _build_school
    for r in preview.rows:
        if r.cells.get("kind", "") in mapping:
            _build_row(r, build, preview.aliases)
    _mark_duplicates(preview)


def parse_sites(
    path: Path, aliases: dict[str, str] | None = None, datum: str | None = None
) -> Preview:
    """Read a sites file; every data row becomes a record or a list of problems.

    ``aliases`` maps other names of kinds (see :mod:`inspector.services.core.kind_aliases`).
    Coordinates are in the datum of the row's ``坐标系`` cell, else ``datum``
    (``--datum``), else taken as WGS-84 with the datum marked as not stated;
    GCJ-02 and BD-09 are converted to WGS-84.
    """
    default = _default_datum(datum)
    return _parse(path, "sites", SITE_COLUMNS, partial(_build_site, default_datum=default), aliases)


def _gate_field(header: str) -> str | None:
    """``南门纬度`` / ``校门经度`` / ``纬度``: a gate's latitude or longitude in its own column."""
    m = re.fullmatch(r"(.*门)?(纬度|经度|lat|lon|lng|latitude|longitude)", header)
    if not m:
        return None
    label = "" if m[1] in (None, "校门", "大门", "学校大门") else m[1]
    return f"gate_{'lat' if m[2] in ('纬度', 'lat', 'latitude') else 'lon'}:{label}"


def parse_schools(path: Path, datum: str | None = None) -> Preview:
    """Read a schools file; ``边界坐标``/``校园边界`` are the campus polygon's corners in order."""
    default = _default_datum(datum)
    return _parse(
        path,
        "schools",
        SCHOOL_COLUMNS,
        partial(_build_school, default_datum=default),
        extra=_gate_field,
    )


def _default_datum(datum: str | None) -> str:
    if not datum:
        return ""
    try:
        return datum_of(datum)
    except DatumError as exc:
        raise UserError(message_of(exc)) from None


def _row_datum(cells: dict[str, str], default: str, problems: list[str]) -> str | None:
    """The row's datum code ("" when no one stated it), or None when the cell is wrong."""
    text = cells.get("datum", "")
    if not text:
        return default
    try:
        return datum_of(text)
    except DatumError as exc:
        problems.append(message_of(exc))
        return None


def _build_site(
    cells: dict[str, str], aliases: dict[str, str], default_datum: str = ""
) -> tuple[SiteData, list[str], list[str], str]:
    """A site record from one row: (record, problems, warnings, unknown kind text)."""
    problems: list[str] = []
    warnings: list[str] = []
    kind_text = cells.get("kind", "")
    kind = kind_from_text(kind_text, aliases)
    if not kind:
        problems.append(
            Message("场所类型“{}”无法识别", kind_text) if kind_text else Message("缺少场所类型")
        )
    data = SiteData(name=cells["name"], kind=kind or "", id=cells.get("id") or None)
    for f in ("address", "grid", "community", "responsible_person", "phone"):
        setattr(data, f, cells.get(f, ""))
    data.credit_code = normalise_credit_code(cells.get("credit_code", ""))
    doubt = credit_code_problem(data.credit_code)
    if doubt:
        warnings.append(doubt)
        data.credit_code_unchecked = True
    data.notes = cells.get("notes", "")
    for f, what in (("lat", Message("纬度")), ("lon", Message("经度"))):
        try:
            setattr(data, f, to_float(cells.get(f, ""), what))
        except ValueError as exc:
            problems.append(message_of(exc))
    row_datum = _row_datum(cells, default_datum, problems)
    if data.lat is not None and data.lon is not None and row_datum is not None:
        if -90 <= data.lat <= 90 and -180 <= data.lon <= 180:
            data.lat, data.lon = to_wgs84(data.lat, data.lon, row_datum)
        data.coord_source = source_of("sheet", row_datum)
    try:
        data.archived = to_bool(cells.get("archived", ""))
        data.licences = parse_licences(cells.get("licences", ""))
        for lic in data.licences:  # ":XK001:2027-12-31": a number without its type
            if not lic.kind and lic.number and kind:
                lic.kind = default_licence(kind)
        if cells.get("licence_kind") or cells.get("licence_number"):
            until = cells.get("licence_valid_until", "")
            data.licences.append(
                LicenceData(
                    cells.get("licence_kind", "") or (default_licence(kind) if kind else ""),
                    cells.get("licence_number", ""),
                    parse_date(until) if until else None,
                )
            )
    except ValueError as exc:
        problems.append(message_of(exc))
    # Without a kind a bare licence number has no type yet: the kind is the problem.
    problems += [
        p for p in site_problems(data) if "场所类型" not in p and (kind or "证照缺少种类" not in p)
    ]
    return data, problems, warnings, kind_text if kind_text and not kind else ""


def _build_school(
    cells: dict[str, str], _aliases: dict[str, str], default_datum: str = ""
) -> tuple[SchoolData, list[str], list[str], str]:
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
        data.points += gate_columns(cells)
    except ValueError as exc:
        problems.append(message_of(exc))
    row_datum = _row_datum(cells, default_datum, problems)
    if row_datum is not None:
        for pt in data.points:
            if -90 <= pt.lat <= 90 and -180 <= pt.lon <= 180:
                pt.lat, pt.lon = to_wgs84(pt.lat, pt.lon, row_datum)
            pt.coord_source = source_of("sheet", row_datum)
    try:
        data.archived = to_bool(cells.get("archived", ""))
    except ValueError as exc:
        problems.append(message_of(exc))
    problems += school_problems(data)
    return data, problems, [], ""


def rows_without_datum(preview: Preview) -> int:
    """Good rows whose coordinates came without a stated datum (taken as WGS-84)."""
    n = 0
    for r in preview.good:
        rec = r.record
        sources = [p.coord_source for p in rec.points] if isinstance(rec, SchoolData) else []
        if isinstance(rec, SiteData) and rec.lat is not None:
            sources = [rec.coord_source]
        n += any(src == "sheet:" for src in sources)
    return n


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
    parent, child, link = (
        (Site, Licence, "site_id") if sites else (School, SchoolPoint, "school_id")
    )
    rows = preview.good
    with write_session(ctx.engine) as s:
        records = [r.record for r in rows if r.record is not None]
        preview.outcome = match_rows(s, preview.kind, records, preview.fields)
        ids = [r.record.id for r in rows if r.record and r.record.id]
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
            rec = r.record  # a good row always has one: a row without is a bad row
            try:
                if isinstance(rec, SiteData):
                    save_site_in(s, ctx.device_id, rec, children)
                elif isinstance(rec, SchoolData):
                    save_school_in(s, ctx.device_id, rec, children)
            except UserError as exc:
                raise UserError("第 {} 行：{}", r.row, exc) from None
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)
