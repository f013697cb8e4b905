"""Per-installation settings, kept in the database's ``setting`` table as JSON."""

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


def load_settings(engine: Engine) -> Settings:
    with read_session(engine) as s:
        rows = {r.key: r.value for r in s.exec(select(Setting))}
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in rows:
            try:
                values[f.name] = json.loads(rows[f.name])
            except ValueError:
                continue
    return Settings(**values)


def save_settings(engine: Engine, settings: Settings) -> None:
    with write_session(engine) as s:
        for key, value in asdict(settings).items():
            row = s.get(Setting, key)
            encoded = json.dumps(value, ensure_ascii=False)
            if row is None:
                s.add(Setting(key=key, value=encoded))
            elif row.value != encoded:
                row.value = encoded
                s.add(row)


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
