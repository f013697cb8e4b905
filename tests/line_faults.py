"""Counting line-breaking faults in a PDF's text (pdftotext -layout).

A layout line holds several table cells side by side; it is cut into cell
lines at runs of two or more spaces. A fault is a cell line that starts with
closing punctuation or ends with opening punctuation, or a protected token
(a credit code, licence or document number) that no single cell line holds.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

CLOSING = "，。、：；！？）」』》〉】〕"
OPENING = "（「『《〈【〔"


def cell_lines(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = []
    for line in text.splitlines():
        out.extend(part.strip() for part in re.split(r"\s{2,}", line) if part.strip())
    return out


def faults(pdf: Path, tokens: tuple[str, ...] = ()) -> list[str]:
    """Every fault in ``pdf``, as a short description."""
    lines = cell_lines(pdf)
    found = []
    for line in lines:
        if line[0] in CLOSING:
            found.append(f"starts with {line[0]}: {line[:30]}")
        if line[-1] in OPENING:
            found.append(f"ends with {line[-1]}: {line[-30:]}")
    compact = [line.replace(" ", "") for line in lines]
    whole = "".join(compact)
    for token in tokens:
        if token in whole and not any(token in c for c in compact):
            found.append(f"split: {token}")
    return found
