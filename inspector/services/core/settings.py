"""Per-installation settings, kept in the database's ``setting`` table as JSON.

A :class:`Settings` object remembers the values it was loaded with. Saving
writes only the keys changed since then, inside one ``BEGIN IMMEDIATE``
transaction (the database's write lock) that first re-reads every row; the
keys this object did not change take the stored values. So a setting changed
by another program meanwhile (``inspector office init`` while the GUI is open
on a shared database, a bundle import) survives a later save from an object
loaded before it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import Engine
from sqlmodel import select

from inspector.store.engine import read_session, write_session
from inspector.store.models import Setting


@dataclass
class Settings:
    office_name: str = ""
    inspector_name: str = ""
    inspector_id_no: str = ""
    grid: str = ""
    community: str = ""
    device_id: str = ""
    language: str = ""  # "" follows the system locale; "zh_CN" or "en"
    document_language: str = "zh_CN"
    template_dir: str = ""  # office templates folder
    policy_dir: str = ""  # office policy folder
    keep_original_photos: bool = False
    font_path: str = ""  # a CJK TrueType font for PDFs; empty: search the system
    backup_dir: str = ""
    office_mode: bool = False


def _decode(rows: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in rows:
            try:
                values[f.name] = json.loads(rows[f.name])
            except ValueError:
                continue
    return values


def _remember(settings: Settings) -> None:
    """Note the current values as the ones loaded (the base of the next save)."""
    settings.__dict__["_loaded"] = asdict(settings)


def load_settings(engine: Engine) -> Settings:
    with read_session(engine) as s:
        rows = {r.key: r.value for r in s.exec(select(Setting))}
    settings = Settings(**_decode(rows))
    _remember(settings)
    return settings


def save_settings(engine: Engine, settings: Settings) -> None:
    """Write the keys changed since ``settings`` was loaded; take the others from the database.

    An object that was never loaded (made in code) writes all its keys.
    """
    loaded: dict[str, Any] | None = settings.__dict__.get("_loaded")
    current = asdict(settings)
    changed = {k: v for k, v in current.items() if loaded is None or loaded.get(k) != v}
    with write_session(engine) as s:
        stored = {r.key: r for r in s.exec(select(Setting))}
        for key, value in changed.items():
            encoded = json.dumps(value, ensure_ascii=False)
            row = stored.get(key)
            if row is None:
                s.add(Setting(key=key, value=encoded))
            elif row.value != encoded:
                row.value = encoded
                s.add(row)
        fresh = _decode({k: r.value for k, r in stored.items() if k not in changed})
    for key, value in fresh.items():
        setattr(settings, key, value)
    _remember(settings)


def get_value(engine: Engine, key: str, default: Any = None) -> Any:
    """A raw setting not in :class:`Settings` (capabilities keep their own keys)."""
    with read_session(engine) as s:
        row = s.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_value(engine: Engine, key: str, value: Any) -> None:
    with write_session(engine) as s:
        row = s.get(Setting, key)
        encoded = json.dumps(value, ensure_ascii=False)
        if row is None:
            s.add(Setting(key=key, value=encoded))
        else:
            row.value = encoded
            s.add(row)
