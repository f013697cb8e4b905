"""Where the shipped data lives (templates, policy, translations, icons).

Three layouts, tried in this order:

* a frozen (PyInstaller) build: ``resources/`` inside the bundle;
* an installed wheel: ``inspector/_resources`` inside the package (the wheel
  build force-includes the top-level ``resources/`` there, see pyproject.toml;
  a wheel is installed unpacked, so it is a real folder beside this file);
* a source checkout: ``resources/`` beside the package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

PACKAGED = "_resources"


@cache
def resources_dir() -> Path:
    """The folder that holds ``templates/``, ``policy/``, ``i18n/`` and ``icons/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    packaged = package / PACKAGED
    if packaged.is_dir():
        return packaged
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource("icons", "inspector.png")``."""
    return resources_dir().joinpath(*parts)
