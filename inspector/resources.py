"""Where the shipped data lives (templates, policy, translations, icons).

Three layouts, tried in this order:

* a frozen (PyInstaller) build: ``resources/`` inside the bundle;
* an installed wheel: ``inspector/_resources`` inside the package (the wheel
  build force-includes the top-level ``resources/`` there, see pyproject.toml),
  found with :mod:`importlib.resources`;
* a source checkout: ``resources/`` beside the package.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

PACKAGED = "_resources"


@cache
def resources_dir() -> Path:
    """The folder that holds ``templates/``, ``policy/``, ``i18n/`` and ``icons/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    packaged = importlib_resources.files("inspector").joinpath(PACKAGED)
    if packaged.is_dir():
        return Path(str(packaged))  # a wheel is installed unpacked: a real folder
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource("icons", "inspector.png")``."""
    return resources_dir().joinpath(*parts)
