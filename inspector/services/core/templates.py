"""Reading checklist templates from YAML files, and the catalog the app uses.

The catalog holds the shipped templates (``resources/templates``) and, when a
folder is set, the office's own; an office template replaces a shipped one of
the same id when its version is higher.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from inspector.domain.site_kinds import category_of
from inspector.domain.templates import (
    ALL_KINDS,
    Problem,
    Template,
    TemplateError,
    parse_template,
)
from inspector.domain.text import Message
from inspector.resources import resource

SHIPPED_DIR = resource("templates")
SUFFIXES = (".yaml", ".yml")


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping.

    Plain YAML keeps the last of two equal keys silently; in a checklist that
    usually means a copied item whose second ``text`` hides the first.
    """


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode) -> dict:
    seen: set = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node)
        if isinstance(key, str | int | float | bool) and key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates
)


def _yaml_problem(source: str, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    where = Message("第 {} 行第 {} 列", mark.line + 1, mark.column + 1) if mark is not None else ""
    problem = getattr(exc, "problem", None) or str(exc)
    if problem.startswith("duplicate key"):
        return Problem(source, where, Message("YAML 中同一层有重复的键 {}", problem[14:]))
    return Problem(source, where, Message("YAML 格式错误（{}），请检查缩进、冒号和引号", problem))


def load_file(path: Path) -> Template:
    """Load one template file or raise :class:`TemplateError` naming the file."""
    source = path.name
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError(
            [Problem(source, "", Message("文件不是 UTF-8 编码，请另存为 UTF-8"))]
        ) from None
    except OSError as exc:
        raise TemplateError(
            [Problem(source, "", Message("无法读取文件：{}", exc.strerror))]
        ) from None
    try:
        data = yaml.load(raw, Loader=_StrictLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        raise TemplateError([_yaml_problem(source, exc)]) from None
    if data is None:
        raise TemplateError([Problem(source, "", Message("文件为空"))])
    return parse_template(data, source)


def template_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


@dataclass
class LoadReport:
    templates: list[Template] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_paths(paths: Iterable[Path]) -> LoadReport:
    """Load every template file under the given files/folders, collecting all problems."""
    report = LoadReport()
    seen: dict[tuple[str, int], str] = {}
    for path in paths:
        files = template_files(path) if path.is_dir() else [path]
        if path.is_dir() and not files:
            report.problems.append(Problem(str(path), "", Message("文件夹中没有 .yaml 模板文件")))
        if not path.exists():
            report.problems.append(Problem(str(path), "", Message("文件或文件夹不存在")))
            continue
        for f in files:
            try:
                t = load_file(f)
            except TemplateError as exc:
                report.problems.extend(exc.problems)
                continue
            key = (t.id, t.version)
            if key in seen:
                report.problems.append(
                    Problem(
                        f.name,
                        "",
                        Message("模板 {} 版本 {} 与 {} 重复", t.id, t.version, seen[key]),
                    )
                )
                continue
            seen[key] = f.name
            report.templates.append(t)
    return report


class TemplateCatalog:
    """The templates in force: shipped ones, overridden by the office's newer versions.

    Within each group the highest version of an id wins. An office template
    replaces the shipped one of the same id only when its version is higher; an
    office template of a lower version is kept in :attr:`ignored`, one of the
    same version is reported in :attr:`problems` (which of the two is meant?).
    """

    def __init__(
        self,
        templates: Iterable[Template],
        problems: Iterable[Problem] = (),
        office: Iterable[Template] = (),
    ):
        self.problems = list(problems)
        self.ignored: list[Template] = []
        best = _highest(templates)
        self._office_ids: set[str] = set()
        for t in _highest(office).values():
            current = best.get(t.id)
            if current is None or t.version > current.version:
                best[t.id] = t
                self._office_ids.add(t.id)
            elif t.version == current.version:
                self.problems.append(
                    Problem(
                        t.source,
                        "",
                        Message(
                            "本单位模板 {} 的版本 {} 与内置模板相同，未采用；"
                            "要替换内置模板请把 version 改大",
                            t.id,
                            t.version,
                        ),
                    )
                )
            else:
                self.ignored.append(t)
        self._by_id = best

    @classmethod
    def load(cls, office_dir: Path | None = None) -> TemplateCatalog:
        """The shipped templates plus those in the office folder (if it is set)."""
        shipped = load_paths([SHIPPED_DIR])
        problems = list(shipped.problems)
        office: list[Template] = []
        if office_dir is not None:
            if not office_dir.is_dir():
                problems.append(Problem(str(office_dir), "", Message("本单位模板文件夹不存在")))
            elif template_files(office_dir):
                report = load_paths([office_dir])
                office = report.templates
                problems.extend(report.problems)
        return cls(shipped.templates, problems, office=office)

    def __iter__(self) -> Iterator[Template]:
        return iter(sorted(self._by_id.values(), key=lambda t: (t.category, t.id)))

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, template_id: str) -> Template | None:
        return self._by_id.get(template_id)

    def is_office(self, template_id: str) -> bool:
        """True when the template in force came from the office folder."""
        return template_id in self._office_ids

    def for_site_kind(self, site_kind: str) -> list[Template]:
        """Templates to propose for a site of this kind, in the order to fill them in.

        Lists of the site's own category come first, the broadest (shared) one
        before the kind-specific ones; cross-cutting lists (smoking ban, street
        frontage) follow. Templates for every kind (``"*"``) lead.
        """
        category = category_of(site_kind)

        def order(t: Template) -> tuple[int, int, str]:
            if ALL_KINDS in t.applies_to:
                return (0, 0, t.id)
            return (1 if t.category == category else 2, -len(t.applies_to), t.id)

        return sorted((t for t in self._by_id.values() if t.applies(site_kind)), key=order)


def _highest(templates: Iterable[Template]) -> dict[str, Template]:
    best: dict[str, Template] = {}
    for t in templates:
        if t.id not in best or t.version > best[t.id].version:
            best[t.id] = t
    return best
