"""Reading and writing single cell values of register spreadsheets (no Qt).

Dates, numbers, yes/no, licence lists (``种类:编号:有效期至;…``) and point lists
(``标签:纬度,经度;…``); a value that cannot be read raises ValueError with a
zh_CN sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from inspector.domain.site_kinds import SCHOOL_KINDS
from inspector.domain.text import Message
from inspector.services.register.entries import LicenceData, PointData

SCHOOL_KIND_WORDS = {"初中": "middle", "高中": "middle", "中学": "middle", "完全中学": "middle"}
TRUE_WORDS = {"是", "1", "true", "yes", "y", "已归档"}
FALSE_WORDS = {"", "否", "0", "false", "no", "n"}


EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel counts a 29 Feb 1900)


def parse_date(text: str) -> date:
    """A date as offices type it: ``2026-03-01``, ``2026/3/1``, ``2026.03.01``,
    ``2026年3月1日``, ``20260301``, with or without a time after it, or an Excel
    serial day number (``46082``) from a cell that lost its date format."""
    t = re.sub(r"[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text.strip())
    serial = re.fullmatch(r"(\d{5})(\.0+)?", t)
    if serial and 10000 <= int(serial[1]) <= 99999:
        return EXCEL_EPOCH + timedelta(days=int(serial[1]))
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", t)
    if not m and re.fullmatch(r"\d{8}", t):
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
    if not m:
        raise ValueError(Message("日期“{}”无法识别（应如 2027-12-31）", text))
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(Message("日期“{}”不存在", text)) from None


def to_float(text: str, what: str) -> float | None:
    if not text:
        return None
    try:
        return float(text.replace("，", "").replace("°", ""))
    except ValueError:
        raise ValueError(Message("{}“{}”不是数字", what, text)) from None


def to_bool(text: str) -> bool:
    t = text.strip().lower()
    if t in TRUE_WORDS:
        return True
    if t in FALSE_WORDS:
        return False
    raise ValueError(Message("已归档“{}”应为 是 或 否", text))


def parse_licences(text: str) -> list[LicenceData]:
    """``种类:编号:有效期至;种类:编号`` (full-width ：； accepted)."""
    out = []
    for part in re.split(r"[;；\n]", text.replace("：", ":")):
        part = part.strip()
        if not part:
            continue
        pieces = [p.strip() for p in part.split(":")]
        valid = None
        if len(pieces) >= 3 and pieces[-1]:
            valid = parse_date(pieces[-1])
        number = (
            ":".join(pieces[1:-1]) if len(pieces) >= 3 else (pieces[1] if len(pieces) > 1 else "")
        )
        out.append(LicenceData(pieces[0], number, valid))
    return out


def format_licences(licences: Iterable[LicenceData]) -> str:
    return ";".join(
        f"{x.kind}:{x.number}:{x.valid_until.isoformat() if x.valid_until else ''}"
        for x in licences
    )


def parse_points(text: str, kind: str) -> list[PointData]:
    """``纬度,经度;纬度,经度`` with an optional ``标签:`` before a point."""
    out = []
    for part in re.split(r"[;；\n]", text.replace("，", ",").replace("：", ":")):
        part = part.strip()
        if not part:
            continue
        label, _, coords = part.rpartition(":")
        nums = [c.strip() for c in coords.split(",")]
        if len(nums) != 2:
            raise ValueError(Message("坐标“{}”应写成 纬度,经度", part))
        lat, lon = to_float(nums[0], Message("纬度")), to_float(nums[1], Message("经度"))
        if lat is None or lon is None:
            raise ValueError(Message("坐标“{}”缺少纬度或经度", part))
        out.append(PointData(lat, lon, kind, label.strip()))
    return out


def format_points(points: Iterable[PointData]) -> str:
    return ";".join(f"{p.label + ':' if p.label else ''}{p.lat:.6f},{p.lon:.6f}" for p in points)


def school_kind_from_text(text: str) -> str | None:
    t = text.strip()
    if t in SCHOOL_KINDS:
        return t
    for code, label in SCHOOL_KINDS.items():
        if t in (label.zh_CN, label.en):
            return code
    return SCHOOL_KIND_WORDS.get(t)


def gate_columns(cells: dict[str, str]) -> list[PointData]:
    """Gates given as separate latitude and longitude columns (``gate_lat:标签`` fields)."""
    out = []
    for key in sorted(k for k in cells if k.startswith("gate_lat:")):
        label = key.partition(":")[2]
        lat_text, lon_text = cells.get(key, ""), cells.get(f"gate_lon:{label}", "")
        if not lat_text and not lon_text:
            continue
        where = label or Message("校门")
        if not lat_text or not lon_text:
            raise ValueError(Message("{}的纬度和经度须同时填写", where))
        lat, lon = to_float(lat_text, Message("纬度")), to_float(lon_text, Message("经度"))
        out.append(PointData(lat, lon, "gate", label))  # type: ignore[arg-type]
    for key in cells:  # a longitude without its latitude column
        if key.startswith("gate_lon:") and f"gate_lat:{key.partition(':')[2]}" not in cells:
            if cells[key]:
                raise ValueError(
                    Message("有经度列却没有对应的纬度列：{}", key.partition(":")[2] or "校门")
                )
    return out
