"""packaging/translations.py finds the service messages that the GUI translates."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402  (packaging/translations.py)


def test_extraction_finds_user_error_templates_and_marked_texts():
    found = translations.service_strings()
    assert "找不到检查记录 {}。" in found  # UserError template (services/paperwork/views.py)
    assert "纬度 {} 超出范围（-90 至 90）" in found  # Message (services/register/entries.py)
    assert "现场检查记录" in found  # N_ (services/paperwork/documents.py)
    assert "已取消，没有保存任何内容。" in found  # WorkCancelled (services/core/progress.py)
    assert "密钥编码无效（不是 base64）。" in found  # sync/keys.py
    assert len(found) == len(set(found)) > 150
    assert not any("{" + "exc" in s or "{path}" in s for s in found), "f-string left over"


def test_no_f_string_reaches_a_marker():
    """An f-string cannot be looked up in the catalogue: every marker gets a literal."""
    offenders = []
    for package in translations.SERVICE_PACKAGES:
        for path in sorted((ROOT / "inspector" / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and node.args
                    and translations._called(node.func) in translations.MARKERS
                    and isinstance(node.args[0], ast.JoinedStr)
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def test_lupdate_file_is_python_that_reads_back_the_same_strings(tmp_path):
    target = tmp_path / "services.py"
    count = translations.write_service_strings(target)
    calls = [
        n
        for n in ast.walk(ast.parse(target.read_text(encoding="utf-8")))
        if isinstance(n, ast.Call)
    ]
    assert len(calls) == count
    services = [c for c in calls if c.args[0].value == "services"]
    others = [(c.args[0].value, c.args[1].value) for c in calls if c not in services]
    assert [c.args[1].value for c in services] == translations.service_strings()
    assert others == translations.context_strings()
    assert ("SyncFields", "其他字段") in others and len(others) > 130
