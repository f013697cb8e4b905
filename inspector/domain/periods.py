"""Reporting periods: a month ("2026-10") or a quarter ("2026Q4") as date ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from inspector.domain.text import Message

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})[Qq]([1-4])$")


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


class PeriodError(ValueError):
    """The text is not a month like 2026-10 nor a quarter like 2026Q4."""


@dataclass(frozen=True)
class Period:
    """Days ``start`` (included) to ``end`` (excluded), in local dates."""

    key: str  # canonical: "2026-10" or "2026Q4"
    kind: str  # "month" | "quarter"
    start: date
    end: date

    @property
    def label(self) -> str:
        """The period in Chinese, e.g. 2026年10月 or 2026年第四季度."""
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        return f"{self.start.year}年第{'一二三四'[(self.start.month - 1) // 3]}季度"

    @property
    def label_en(self) -> str:
        """The period in English, e.g. October 2026 or Q4 2026."""
        if self.kind == "month":
            return f"{MONTHS_EN[self.start.month - 1]} {self.start.year}"
        return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"

    def text(self, language: str = "zh_CN") -> str:
        """:attr:`label` or :attr:`label_en` for a document or interface language."""
        return self.label_en if language.startswith("en") else self.label

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.end.toordinal() - 1)

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    def bounds(self, tz: tzinfo) -> tuple[datetime, datetime]:
        """The period as aware datetimes (local midnight to local midnight) in ``tz``."""
        return (
            datetime.combine(self.start, time(0), tzinfo=tz),
            datetime.combine(self.end, time(0), tzinfo=tz),
        )


def _add_months(year: int, month: int, n: int) -> date:
    index = year * 12 + (month - 1) + n
    return date(index // 12, index % 12 + 1, 1)


def month(year: int, month_no: int) -> Period:
    if not 1 <= month_no <= 12:
        raise PeriodError(Message("月份应在 1–12 之间：{}", month_no))
    start = date(year, month_no, 1)
    return Period(f"{year}-{month_no:02d}", "month", start, _add_months(year, month_no, 1))


def quarter(year: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise PeriodError(Message("季度应在 1–4 之间：{}", q))
    start = date(year, 3 * (q - 1) + 1, 1)
    return Period(f"{year}Q{q}", "quarter", start, _add_months(year, start.month, 3))


def parse_period(text: str) -> Period:
    """``"2026-10"`` → October 2026; ``"2026Q4"`` → October to December 2026."""
    value = text.strip()
    m = _MONTH.match(value)
    if m:
        try:
            return month(int(m.group(1)), int(m.group(2)))
        except PeriodError as exc:
            raise PeriodError(Message("期间“{}”无效：{}", text, exc)) from None
    m = _QUARTER.match(value)
    if m:
        return quarter(int(m.group(1)), int(m.group(2)))
    raise PeriodError(Message("无法识别的期间“{}”：请写成月份 2026-10 或季度 2026Q4。", text))


def month_of(day: date) -> Period:
    return month(day.year, day.month)


def quarter_of(day: date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def previous(period: Period) -> Period:
    day = date.fromordinal(period.start.toordinal() - 1)
    return month_of(day) if period.kind == "month" else quarter_of(day)
