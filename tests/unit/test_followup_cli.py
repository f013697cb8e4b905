"""``inspector lists``, ``stats`` and ``cases list`` run headless in a subprocess."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from followup_data import add_inspection, add_site
from pypdf import PdfReader

from inspector.services.followup import finish as followup_finish


@pytest.mark.slow  # four subprocess runs
def test_lists_stats_and_cases_commands(ctx, data_dir, cli, tmp_path):
    today = date.today()
    site = add_site(ctx, "夜猫网吧", grid="二网格")
    insp = add_inspection(ctx, site, today - timedelta(days=20), {"IC-07": "不良内容"})
    followup_finish.open_cases_for_inspection(ctx, insp)
    ctx.close()
    period = (today - timedelta(days=20)).strftime("%Y-%m")
    out = tmp_path / "out"
    r = cli("--data-dir", str(data_dir), "lists", "--period", period, "-o", str(out),
            "--publish", "第1期", "--no-sign")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "黑榜 1 家" in r.stdout and "已发布" in r.stdout
    pdf = next(out.glob("*.pdf"))
    assert "夜猫网吧" in PdfReader(pdf).pages[0].extract_text()
    q = f"{today.year}Q{(today.month - 1) // 3 + 1}"
    r = cli(
        "--data-dir",
        str(data_dir),
        "stats",
        "--quarter",
        q,
        "-o",
        str(tmp_path / "s.xlsx"),
        "--no-sign",
    )
    assert r.returncode == 0, r.stderr and (tmp_path / "s.xlsx").is_file()
    r = cli("--data-dir", str(data_dir), "cases", "list", "--overdue", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(x["site"], x["state"]) for x in rows] == [("夜猫网吧", "overdue")]
    r = cli("--data-dir", str(data_dir), "lists", "--period", "2026-13", "-o", str(out))
    assert r.returncode == 2 and "2026-13" in r.stderr and "Traceback" not in r.stderr
