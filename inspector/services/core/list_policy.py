"""The list and rectification policy in force: the shipped ``lists.yaml`` and the office's.

The office's file (``<settings.policy_dir>/lists.yaml``) is laid over the shipped
one key by key, so it may name only what it changes.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from inspector.domain.list_rules import ListPolicy, PolicyError, parse_policy
from inspector.resources import resource
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.yaml_files import read_mapping
from inspector.store.types import utcnow

POLICY_FILE = "lists.yaml"


def _read(path: Path) -> dict[str, Any]:
    return read_mapping(
        path,
        unreadable="无法读取红黑榜策略文件 {}：{}",
        malformed="红黑榜策略文件 {} 格式错误：{}",
        not_mapping="红黑榜策略文件 {} 应为键值表",
    )


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def policy_files(ctx: AppContext) -> list[Path]:
    files = [resource("policy", POLICY_FILE)]
    if ctx.settings.policy_dir:
        office = Path(ctx.settings.policy_dir) / POLICY_FILE
        if office.is_file():
            files.append(office)
    return files


def load_list_policy(ctx: AppContext) -> ListPolicy:
    data: dict[str, Any] = {}
    for path in policy_files(ctx):
        data = _merge(data, _read(path))
    try:
        return parse_policy(data)
    except PolicyError as exc:
        raise UserError("红黑榜策略有误：{}", exc) from None


def today_local() -> date:
    """Today's date where the computer is (deadlines and overdue are local dates)."""
    return utcnow().astimezone().date()


def local_date(moment: datetime) -> date:
    return moment.astimezone().date()


def local_tz():
    return datetime.now().astimezone().tzinfo
