"""The documented market workbook still imports, walks three stalls and prints them.

``docs/examples/market_stalls_workbook.py`` was written from ``docs/templates.md``
alone; ``market_stalls_record.py`` walks a market with it. Both run here as a
reader of the documentation would run them (the first as a script in a fresh
folder), and the record is read back with pypdf.
"""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from inspector.services.checklists.xlsform_export import install_workbook
from inspector.services.core.context import open_context
from inspector.services.paperwork import documents

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_documented_market_workbook_walks_three_stalls(tmp_path):
    script = EXAMPLES / "market_stalls_workbook.py"
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    installed = install_workbook(tmp_path / "market-stalls.xlsx", tmp_path / "office")
    assert installed.template.id == "market-stalls"
    assert [s.repeat for s in installed.template.sections] == [False, True, False]

    iid = _load("market_stalls_record").main(str(tmp_path / "data"), str(tmp_path / "office"))
    ctx = open_context(tmp_path / "data")
    try:
        pdf = documents.preview(ctx, "record", iid).data
    finally:
        ctx.close()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")
    text = text.split("第二联")[0]  # the archive copy; the site's copy repeats it
    places = [text.find(f"摊位{s}") for s in ("A01张记蔬菜", "B07李家鲜肉", "C12王氏熟食")]
    assert all(p > 0 for p in places) and places == sorted(places), text[:400]
    assert "活禽区与其他区域隔离" not in text  # MS-04: no live poultry, not asked, not printed
    assert text.count("无健康证的从业人员人数") == 1  # MS-13: only at the cooked-food stall
    assert "营业执照未悬挂" in text  # the note "note on fail" asked for
