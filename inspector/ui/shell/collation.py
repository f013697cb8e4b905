"""Sorting Chinese text in views by pinyin, with Qt's collator (ICU, Chinese locale).

Qt compares table items by code point, which puts 中 before 阿; a Chinese
reader looks names up by pinyin. :class:`CollatedItem` is a table item that
sorts through a shared :class:`QCollator` for ``zh_CN`` (numbers by value).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QTableWidgetItem


@lru_cache(maxsize=1)
def collator() -> QCollator:
    """The collator views sort Chinese names with (zh_CN, numbers compared by value)."""
    c = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    c.setNumericMode(True)
    return c


def pinyin_less(a: str, b: str) -> bool:
    return collator().compare(a, b) < 0


class CollatedItem(QTableWidgetItem):
    """A table cell whose text sorts by pinyin (with the zh_CN collator)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return pinyin_less(self.text(), other.text())
