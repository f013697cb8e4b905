"""Text in two languages: simplified Chinese first, English optional."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LocalText:
    zh_CN: str
    en: str = ""

    def get(self, language: str = "zh_CN") -> str:
        """The text in ``language`` ("zh_CN" or "en"), falling back to Chinese."""
        if language.startswith("en") and self.en:
            return self.en
        return self.zh_CN

    def __str__(self) -> str:
        return self.zh_CN

    def to_data(self) -> dict[str, str]:
        return {"zh_CN": self.zh_CN, "en": self.en} if self.en else {"zh_CN": self.zh_CN}
