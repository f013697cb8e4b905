"""Reading checklist templates from YAML files, and the catalog the app uses.

The catalog holds the shipped templates (``resources/templates``) and, when a
folder is set, the office's own; an office template replaces a shipped one of
the same id when its version is higher.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from inspector.domain.templates import Problem, Template, TemplateError, parse_template
from inspector.resources import resource

SHIPPED_DIR = resource("templates")
SUFFIXES = (".yaml", ".yml")


def load_file(path: Path) -> Template:
    """Load one template file or raise :class:`TemplateError` naming the file."""
    source = path.name
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError([Problem(source, "", "文件不是 UTF-8 编码")]) from None
    except OSError as exc:
        raise TemplateError([Problem(source, "", f"无法读取文件：{exc.strerror}")]) from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise TemplateError([Problem(source, where, f"YAML 格式错误：{problem}")]) from None
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
            report.problems.append(Problem(str(path), "", "文件夹中没有 .yaml 模板文件"))
        if not path.exists():
            report.problems.append(Problem(str(path), "", "文件或文件夹不存在"))
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
                    Problem(f.name, "", f"模板 {t.id} 版本 {t.version} 与 {seen[key]} 重复")
                )
                continue
            seen[key] = f.name
            report.templates.append(t)
    return report


class TemplateCatalog:
    """The templates in force: shipped ones, overridden by the office's newer versions."""

    def __init__(self, templates: Iterable[Template], problems: Iterable[Problem] = ()):
        best: dict[str, Template] = {}
        for t in templates:
            if t.id not in best or t.version > best[t.id].version:
                best[t.id] = t
        self._by_id = best
        self.problems = list(problems)

    @classmethod
    def load(cls, office_dir: Path | None = None) -> TemplateCatalog:
        paths = [SHIPPED_DIR]
        if office_dir is not None and office_dir.is_dir():
            paths.append(office_dir)
        report = load_paths(paths)
        return cls(report.templates, report.problems)

    def __iter__(self):
        return iter(sorted(self._by_id.values(), key=lambda t: (t.category, t.id)))

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, template_id: str) -> Template | None:
        return self._by_id.get(template_id)

    def for_site_kind(self, site_kind: str) -> list[Template]:
        """Templates that apply to a site of this kind, kind-specific lists after shared ones."""
        found = [t for t in self if t.applies(site_kind)]
        return sorted(found, key=lambda t: ("*" not in t.applies_to, t.category, t.id))
