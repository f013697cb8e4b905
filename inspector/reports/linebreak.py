"""Chinese line breaking for the printed documents.

reportlab's ``wordWrap='CJK'`` breaks after any character and only partly
keeps closing punctuation off a line's start. The rules here (the usual
禁则 of Chinese typesetting) are:

- no line starts with closing punctuation (，。：；、）」』》 …);
- no line ends with opening punctuation (（「《 …);
- a run of Latin letters and digits (a credit code, a licence number, an
  English word) and a document number such as 苏仙巡〔2026〕0001 are never
  split, unless the run alone is wider than the line;
- Latin text breaks at spaces, and the space at a break is dropped.

:class:`Paragraph` is reportlab's Paragraph with these rules in its CJK line
breaking; every document builder uses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as _RLParagraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

CLOSING = set("，。、：；！？）」』》〉】〕］｝’”,.;:!?)]}%％‰℃°・…—～")
OPENING = set("（「『《〈【〔［｛‘“([{")
# runs that are one word on paper: Latin letters/digits (codes, licence and ID
# numbers, English words) and document numbers: a short CJK prefix (at most four
# characters, as 苏仙巡, 湘文执罚, 文市函: more would swallow the prose before a
# citation), the year in 〔〕 or [], the serial (and a version suffix)
_UNITS = re.compile(
    r"[\u4e00-\u9fff]{1,4}[〔\[]\d{4}[〕\]][0-9A-Za-z]+(?:-v\d+)?"
    r"|临[0-9A-F]{6}-\d+(?:-v\d+)?"
    r"|[0-9A-Za-z][0-9A-Za-z\-_/.:#@+×]*[0-9A-Za-z]"
)


def break_allowed(text: str) -> list[bool]:
    """``ok[i]``: whether a line may break before ``text[i]`` (``ok[0]`` is False)."""
    ok = [True] * (len(text) + 1)
    ok[0] = False
    for i in range(1, len(text)):
        prev, ch = text[i - 1], text[i]
        if ch in CLOSING or prev in OPENING:
            ok[i] = False
        elif prev.isascii() and ch.isascii() and not prev.isspace() and not ch.isspace():
            ok[i] = False  # inside a Latin word or number
        elif ch.isspace() and not prev.isspace():
            ok[i] = False  # break after the space, not before it
    for m in _UNITS.finditer(text):
        for i in range(m.start() + 1, m.end()):
            ok[i] = False
    return ok


def line_spans(
    text: str, widths: Sequence[float], max_widths: Sequence[float], hard: Sequence[bool] = ()
) -> list[tuple[int, int, float]]:
    """Greedy lines ``(start, end, width)`` of ``text`` with per-character ``widths``.

    ``hard[i]`` ends a line after character ``i`` (an explicit line break). A
    space where a line breaks is left out of both lines.
    """
    ok = break_allowed(text)
    n = len(text)
    lines: list[tuple[int, int, float]] = []
    start = 0
    while start < n:
        max_w = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i, end = 0.0, start, None
        while i < n:
            if used + widths[i] > max_w + 1e-6 and i > start:
                # back up to the last place a break is allowed
                b = i
                while b > start and not ok[b]:
                    b -= 1
                end = b if b > start else i  # a unit wider than the line is cut
                break
            used += widths[i]
            i += 1
            if hard and hard[i - 1]:
                end = i
                break
        if end is None:
            end = n
        line_end = end
        while line_end > start + 1 and text[line_end - 1].isspace() and end < n:
            line_end -= 1
        lines.append((start, line_end, sum(widths[start:line_end])))
        start = end
        while start < n and text[start].isspace() and not (hard and hard[start - 1]):
            start += 1
    return lines


def split_plain(
    text: str, max_widths: Sequence[float], font: str, size: float
) -> list[tuple[float, str]]:
    """One-style text as reportlab's ``wordSplit`` returns it: ``(extra space, line)``."""
    widths = [stringWidth(ch, font, size) for ch in text]
    out = []
    for k, (a, b, used) in enumerate(line_spans(text, widths, max_widths)):
        max_w = max_widths[min(k, len(max_widths) - 1)]
        out.append((max_w - used, text[a:b]))
    return out


class Paragraph(_RLParagraph):
    """reportlab's Paragraph; with ``wordWrap='CJK'`` it breaks lines by the rules above."""

    def breakLinesCJK(self, maxWidths):
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        frags = self.frags
        style = self.style
        if (
            getattr(self, "bulletText", None)
            or style.endDots
            or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0))
        ):
            return super().breakLinesCJK(maxWidths)
        if len(frags) == 1 and not hasattr(frags[0], "cbDefn"):
            self.height = 0
            f = frags[0]
            text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
            lines = split_plain(text, maxWidths, f.fontName, f.fontSize)
            wrapped = [(sp, [line]) for sp, line in lines]
            return f.clone(kind=0, lines=wrapped, ascent=f.fontSize, descent=-0.2 * f.fontSize)
        if not frags or any(hasattr(f, "cbDefn") for f in frags):
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        glyphs: list[cjkU] = []
        for f in frags:
            text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
            glyphs.extend(cjkU(t, f, "utf8") for t in text) if text else glyphs.append(
                cjkU(text, f, "utf8")
            )
        text = "".join(g or "\u200b" for g in glyphs)
        widths = [g.width for g in glyphs]
        hard = [hasattr(g.frag, "lineBreak") for g in glyphs]
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        bounds = auto not in ("", "off")
        out = []
        spans = line_spans(text, widths, maxWidths, hard)
        for k, (a, b, used) in enumerate(spans):
            max_w = maxWidths[min(k, len(maxWidths) - 1)]
            line_break = b > a and hard[b - 1]
            out.append(makeCJKParaLine(glyphs[a:b], max_w, used, max_w - used, line_break, bounds))
        return ParaLines(kind=1, lines=out)
