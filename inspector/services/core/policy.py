"""The distance policy in force: the shipped file, overlaid by the office's own.

The office's ``distance.yaml`` lives in ``settings.policy_dir``; keys it names
replace the shipped ones, and its ``site_kinds`` / ``school_kinds`` entries merge
per kind (so an office can switch on mahjong parlours with one line).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.domain.policy import DistancePolicy, PolicyError, merge_policy_data, parse_policy
from inspector.domain.text import message_of
from inspector.resources import resource
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.yaml_files import read_mapping

POLICY_FILE = "distance.yaml"
SHIPPED_POLICY = resource("policy", POLICY_FILE)


def _read(path: Path) -> dict[str, Any]:
    return read_mapping(
        path,
        unreadable="无法读取距离政策文件 {}：{}",
        malformed="距离政策文件 {} 格式错误：{}",
        not_mapping="距离政策文件 {} 应为映射（键: 值）",
    )


def load_policy_files(office_dir: Path | None = None) -> DistancePolicy:
    data = _read(SHIPPED_POLICY)
    source = str(SHIPPED_POLICY.name)
    if office_dir is not None:
        office_file = office_dir / POLICY_FILE
        if office_file.is_file():
            data = merge_policy_data(data, _read(office_file))
            source = str(office_file)
    try:
        return parse_policy(data, source)
    except PolicyError as exc:
        raise UserError(message_of(exc)) from None


_cache: dict[tuple, DistancePolicy] = {}


def _stamp(path: Path) -> float | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def distance_policy(ctx: AppContext) -> DistancePolicy:
    """The policy for this installation; re-read when a file changes."""
    office = Path(ctx.settings.policy_dir) if ctx.settings.policy_dir else None
    key = (
        str(office),
        _stamp(SHIPPED_POLICY),
        _stamp(office / POLICY_FILE) if office else None,
    )
    policy = _cache.get(key)
    if policy is None:
        policy = load_policy_files(office)
        _cache.clear()
        _cache[key] = policy
    return policy
