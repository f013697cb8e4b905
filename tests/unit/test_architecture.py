"""The layer rules of docs/architecture.md, checked by import-linter."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is a dev dependency"
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def _cycles(graph) -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan), each sorted."""
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:  # iterative, so deep chains cannot hit the recursion limit
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in edges:
                    continue  # an external package
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for m in modules:
        if m not in index:
            visit(m)
    return found


def _describe(graph, group: list[str]) -> str:
    """One cycle of the group, as a chain of imports with their line numbers."""
    inside = set(group)
    lines = []
    for a in group:
        for b in sorted(graph.find_modules_directly_imported_by(a)):
            if b in inside:
                where = [d["line_number"] for d in graph.get_import_details(importer=a, imported=b)]
                lines.append(f"  {a} -> {b} (line {', '.join(map(str, where))})")
    return "\n".join(lines)


def test_no_import_cycles():
    """No module of inspector imports, directly or through others, a module that imports it.

    The graph includes imports under ``if TYPE_CHECKING:`` and imports inside
    functions: a circle through either still ties two modules together.
    """
    import grimp

    graph = grimp.build_graph("inspector", cache_dir=None)
    groups = _cycles(graph)
    report = "\n\n".join(f"cycle among {g}:\n{_describe(graph, g)}" for g in groups)
    assert not groups, f"import cycles in inspector:\n{report}"


def test_cycle_finder_finds_a_cycle():
    """The check above can fail: a graph with a circle (even through TYPE_CHECKING) is caught."""
    import grimp

    graph = grimp.build_graph("inspector", cache_dir=None)
    graph.add_import(
        importer="inspector.services.inspection.finish",
        imported="inspector.services.followup.finish",
    )
    groups = _cycles(graph)
    assert ["inspector.services.followup.finish", "inspector.services.inspection.finish"] in [
        [m for m in g if m.endswith(".finish")] for g in groups
    ]
