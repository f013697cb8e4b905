"""Checks on the templates and policy files an office bundle carries, at both ends.

The office runs them before it writes a bundle, a field installation before
the files replace its own; both use the checks the app uses when it loads the
files (the template parser, the distance and list policy parsers, the notice
policy's wording rules). Every problem is one sentence naming the file and,
where it can be found, the line: ``policy/lists.yaml 第 11 行：…``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from inspector.domain import list_rules
from inspector.domain import policy as distance_rules
from inspector.domain.templates import Problem
from inspector.domain.text import Message, message_of
from inspector.resources import resource
from inspector.services.core.list_policy import _merge as merge_list_policy
from inspector.services.core.templates import SUFFIXES, load_paths

POLICY_FILES = ("distance.yaml", "lists.yaml", "rectification.yaml")
SEVERITIES = ("red_line", "deduct", "advisory")


def _sentence(file: str, line: int | None, text: str) -> Message:
    if line is None:
        return Message("{}：{}", file, text)
    return Message("{} 第 {} 行：{}", file, line, text)


# ---------------------------------------------------------------- locating a line


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None


def _child(node: yaml.Node | None, key: str | int) -> tuple[yaml.Node | None, int | None]:
    """The value node under ``key`` (a mapping key or a list index) and the key's line."""
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v, k.start_mark.line + 1
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        item = node.value[key]
        return item, item.start_mark.line + 1
    return None, None


def _path_line(root: yaml.Node | None, path: Iterable[str | int]) -> int | None:
    node, line = root, None
    for key in path:
        node, line = _child(node, key)
        if node is None:
            return None
    return line


def _strings(value: object) -> list[str]:
    """Every string among a message's values (nested messages and lists included)."""
    if isinstance(value, Message) and value.values:
        return [s for v in value.values for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _line_in(root: yaml.Node | None, message: str) -> int | None:
    """The line of the deepest key path that the message names (``black.score_below``)."""
    values = _strings(message)
    candidates = list(values)
    candidates += [".".join(values[i : i + 2]) for i in range(len(values) - 1)]
    best: tuple[int, int] | None = None
    for text in candidates:
        path = [p for p in text.split(".") if p]
        line = _path_line(root, path) if path else None
        if line is not None and (best is None or len(path) > best[0]):
            best = (len(path), line)
    return best[1] if best else None


def _mentioned_key_line(node: yaml.Node | None, text: str) -> int | None:
    """The line of a key of ``node`` that the problem text names (``answer 应为…``)."""
    if not isinstance(node, yaml.MappingNode):
        return None
    for k, _v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value and str(k.value) in text:
            return k.start_mark.line + 1
    return None


def _find_code(root: yaml.Node | None, code: str) -> yaml.Node | None:
    """The section or item mapping whose ``code`` is ``code``."""
    sections, _ = _child(root, "sections")
    if not isinstance(sections, yaml.SequenceNode):
        return None
    for section in sections.value:
        sc, _ = _child(section, "code")
        if isinstance(sc, yaml.ScalarNode) and sc.value == code:
            return section
    for section in sections.value:
        items, _ = _child(section, "items")
        for item in items.value if isinstance(items, yaml.SequenceNode) else []:
            ic, _ = _child(item, "code")
            if isinstance(ic, yaml.ScalarNode) and ic.value == code:
                return item
    return None


def _template_line(root: yaml.Node | None, problem: Problem) -> int | None:
    where = problem.where
    template = getattr(where, "template", where)
    values: tuple[Any, ...] = getattr(where, "values", ())
    if template == "第 {} 行第 {} 列":
        return int(values[0])
    node: yaml.Node | None = root
    if template == "分节 {}":
        node, _ = _child(_child(root, "sections")[0], int(values[0]) - 1)
    elif template == "{} 第 {} 项":
        section = _find_code(root, str(values[0]))
        node, _ = _child(_child(section, "items")[0], int(values[1]) - 1)
    elif where:
        node = _find_code(root, str(where))
    if node is None:
        return None
    return _mentioned_key_line(node, str(problem.message)) or node.start_mark.line + 1


# ---------------------------------------------------------------- templates


def check_templates(files: dict[str, bytes], prefix: str = "templates/") -> list[Message]:
    """Problems of the template files (name -> bytes), one sentence each."""
    if not files:
        return []
    out: list[Message] = []
    with tempfile.TemporaryDirectory(prefix="inspector-templates-") as tmp:
        folder = Path(tmp)
        for name, body in files.items():
            if Path(name).suffix not in SUFFIXES or "/" in name:
                out.append(_sentence(prefix + name, None, Message("不是 .yaml 模板文件")))
                continue
            (folder / name).write_bytes(body)
        if not out:
            for problem in load_paths([folder]).problems:
                name = Path(problem.source).name
                body = files.get(name, b"")
                root = _compose(body.decode("utf-8", errors="replace"))
                out.append(_sentence(prefix + name, _template_line(root, problem), problem.message))
    return out


# ---------------------------------------------------------------- policy


def _load_yaml(name: str, body: bytes) -> tuple[Any, yaml.Node | None, Message | None]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None, None, _sentence(name, None, Message("文件不是 UTF-8 编码，请另存为 UTF-8"))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line = mark.line + 1 if mark is not None else None
        return None, None, _sentence(name, line, Message("YAML 格式错误（{}）", problem))
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, None, _sentence(name, 1, Message("文件的顶层应为键值表（键: 值）"))
    return data, _compose(text), None


def _shipped(name: str) -> dict[str, Any]:
    return yaml.safe_load(resource("policy", name).read_text("utf-8")) or {}


def _wording(value: Any) -> bool:
    if value is None or isinstance(value, str):
        return True
    return isinstance(value, dict) and isinstance(value.get("zh_CN"), str)


def _rectification(data: dict[str, Any]) -> list[tuple[list[str], Message]]:
    """The notice policy's rules (the app's reader skips bad days; a bundle may not carry them)."""
    problems: list[tuple[list[str], Message]] = []
    days = data.get("deadline_days")
    if days is not None and not isinstance(days, dict):
        problems.append((["deadline_days"], Message("deadline_days 应为 严重程度: 天数 的键值表")))
    for key, value in (days or {}).items() if isinstance(days, dict) else ():
        if key not in SEVERITIES:
            problems.append((["deadline_days", str(key)], Message("未知的严重程度 {!r}", key)))
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.append(
                (
                    ["deadline_days", str(key)],
                    Message("整改期限应为非负整数（天数），实为 {!r}", value),
                )
            )
    for key in ("consequence", "correction_prefix"):
        if not _wording(data.get(key)):
            problems.append(([key], Message("{} 应为文字或 {{zh_CN, en}}", key)))
    return problems


def check_policy(files: dict[str, bytes], prefix: str = "policy/") -> list[Message]:
    """Problems of the policy files (name -> bytes), one sentence each."""
    out: list[Message] = []
    for name, body in sorted(files.items()):
        if name not in POLICY_FILES:
            continue  # other files travel as they are; the app does not read them
        label = prefix + name
        data, root, bad = _load_yaml(label, body)
        if bad is not None:
            out.append(bad)
            continue
        try:
            if name == "distance.yaml":
                merged = distance_rules.merge_policy_data(_shipped(name), data)
                distance_rules.parse_policy(merged, name)
            elif name == "lists.yaml":
                list_rules.parse_policy(merge_list_policy(_shipped(name), data))
            else:
                for path, text in _rectification(data):
                    out.append(_sentence(label, _path_line(root, path), text))
        except (distance_rules.PolicyError, list_rules.PolicyError) as exc:
            said = message_of(exc)
            if isinstance(said, Message) and said.template == "{}：{}" and said.values[0] == name:
                said = said.values[1]  # the distance parser names the file itself
            out.append(_sentence(label, _line_in(root, said), said))
        except (AttributeError, TypeError, ValueError) as exc:  # a value of the wrong shape
            out.append(_sentence(label, None, Message("内容的结构不对（{}）", exc)))
    return out
