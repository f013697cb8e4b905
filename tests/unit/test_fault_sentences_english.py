"""Every storage-fault sentence reads as English under ``--lang en``.

A storage fault is told as "Could not {what}: …" (``store/faults.py``), the
"what" being a short zh_CN action handed to ``fault_message``/``storage_faults``
(``N_("备份数据库")`` → "back up the database"). This reads the code for every
such action and the English catalogue for its translation in the ``services``
context, and asks that each fits after "Could not": a lowercase verb phrase,
not a title ("Export Certificate") nor a gerund ("Opening the data folder",
which once made "Could not Opening the data folder").
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALLS = {"fault_message": 1, "storage_faults": 0}  # which argument is the action
MARKERS = {"N_", "QT_TRANSLATE_NOOP", "str"}


def _literal(node: ast.AST) -> str | None:
    """The zh_CN text of ``"…"``, ``N_("…")``, ``QT_TRANSLATE_NOOP("services", "…")``, ``str(…)``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
        if node.func.id in MARKERS:
            return _literal(node.args[-1])
    return None


def _actions() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "inspector").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                index = CALLS.get(name)
                if index is not None and len(node.args) > index:
                    text = _literal(node.args[index])
                    if text:
                        found.add(text)
            elif isinstance(node, ast.Assign):  # what = …; WHAT = {…: …}
                names = {getattr(t, "id", "") for t in node.targets}
                if "what" in names and (text := _literal(node.value)):
                    found.add(text)
                if "WHAT" in names and isinstance(node.value, ast.Dict):  # marked texts only
                    calls = [v for v in node.value.values if isinstance(v, ast.Call)]
                    found.update(t for v in calls if (t := _literal(v)))
    return found


def _services_english() -> dict[str, str]:
    tree = ET.parse(ROOT / "resources" / "i18n" / "inspector_en.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "services":
            return {
                m.findtext("source") or "": m.findtext("translation") or ""
                for m in context.iter("message")
            }
    raise AssertionError("no services context in inspector_en.ts")


def test_the_scan_finds_the_known_actions():
    actions = _actions()
    assert {"备份数据库", "导出数据包", "打开数据目录", "保存答案", "保存签名"} <= actions


def test_every_action_reads_after_could_not():
    english = _services_english()
    bad = []
    for zh in sorted(_actions()):
        en = english.get(zh, "")
        first = en.split(" ", 1)[0]
        if not en or not first.islower() or first.endswith("ing"):
            bad.append(f"{zh} → {en!r}")
    assert bad == [], "these make 'Could not …' ungrammatical: " + "; ".join(bad)
