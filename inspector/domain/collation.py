"""Sorting Chinese names the way a Chinese reader expects: by pinyin, not code point.

``pinyin_key`` is a sort key for services and reports; the GUI sorts its models
with QCollator instead. pypinyin reads whole words, so polyphonic characters in
common names (重庆, 银行) get the reading of the word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")


@lru_cache(maxsize=65536)
def pinyin_key(text: str) -> tuple[str, str]:
    """Sort key: the tone-numbered pinyin of ``text`` (other characters as they are), lowered,
    then the text itself so that equal readings still sort the same way every time."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text or "", style=Style.TONE3, errors="default")
    return (" ".join(s.lower() for s in syllables), text or "")


def sorted_by_pinyin(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """``items`` sorted by the pinyin of ``key(item)``."""
    return sorted(items, key=lambda item: pinyin_key(key(item)))
