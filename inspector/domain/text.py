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


# --- messages for the user, translatable by the GUI ----------------------------------------
#
# Layers below the UI write their messages in zh_CN. A message with fields is a
# ``str.format`` template plus values (``"找不到检查记录 {}。"``, inspection_id) so that
# the GUI can translate the template and fill in the values in the interface language;
# packaging/translations.py collects the string literals passed to ``N_``, ``Message``
# and ``UserError`` into the catalogue's "services" context.


def N_(text: str) -> str:
    """Mark a zh_CN text for translation; returns it unchanged (the GUI translates it)."""
    return text


class Message(str):
    """A zh_CN sentence that remembers the template and values it was made from.

    It *is* the filled Chinese sentence wherever a ``str`` goes (CLI output, logs,
    comparisons); the GUI shows ``template`` translated, filled with ``values``
    (values that are Messages themselves are translated too). Without values the
    template is used as it is: no ``.format``, so literal braces are safe.
    """

    template: str
    values: tuple

    def __new__(cls, template: str, *values: object) -> Message:
        made = super().__new__(cls, template.format(*values) if values else template)
        made.template = template
        made.values = values
        return made

    def __getnewargs__(self) -> tuple:  # copy/pickle rebuild from the parts
        return (self.template, *self.values)


def message_of(exc: BaseException) -> str:
    """An exception's message, as the :class:`Message` it was raised with when it was."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def joined(parts: list[str]) -> str:
    """Sentences joined with "；", staying translatable when they are Messages."""
    if not parts:
        return ""
    out = parts[0]
    for part in parts[1:]:
        out = Message("{}；{}", out, part)
    return out
