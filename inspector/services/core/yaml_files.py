"""Reading the small YAML files an office keeps beside the shipped ones (policies, aliases).

Each file must hold one mapping; every way it can fail (unreadable, not YAML, not a
mapping) becomes a :class:`UserError` with the caller's own sentence, which names the
file and, where there is one, the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from inspector.services.core.errors import UserError


def read_mapping(
    path: Path,
    *,
    unreadable: str,
    malformed: str,
    not_mapping: str,
    missing_ok: bool = False,
) -> dict[str, Any]:
    """The mapping in ``path``; an empty file is an empty mapping, and so is a missing one
    when ``missing_ok``. The three sentences are zh_CN templates: ``unreadable`` and
    ``malformed`` take the path and the reason, ``not_mapping`` the path."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        if missing_ok and isinstance(exc, FileNotFoundError):
            return {}
        raise UserError(unreadable, path, exc.strerror or exc) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError(malformed, path, exc) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UserError(not_mapping, path)
    return data
