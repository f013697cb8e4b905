"""The commands' result lines in one language, run as real processes on a demo data
directory: under ``--lang en`` no Chinese outside the user's own data, under
``--lang zh_CN`` none of the catalogue's English sentences."""

from __future__ import annotations

import ast
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.cli.language import english_catalogue

pytestmark = pytest.mark.slow  # a demo and sixteen processes: about a minute on two busy cores

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uffef]+")
# Tables whose text is the user's data (names, addresses, grids, people, numbers):
# the command line prints it as it is in any language.
USER_TABLES = (
    "site", "school", "inspection", "rectification_case", "distance_measurement",
    "generated_document", "document_number_block", "issued_number", "setting",
    "sync_device", "sync_office", "school_point", "answer",
)  # fmt: skip


def _start(data: Path, *args: str, lang: str = "en") -> subprocess.Popen:
    env = dict(os.environ, INSPECTOR_KEY_PASSPHRASE="", LANG="C.UTF-8")
    env.pop("LC_ALL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "inspector.app", "--lang", lang, "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=data.parent,
    )


def _finish(started: dict[str, subprocess.Popen]) -> dict[str, subprocess.CompletedProcess]:
    """Wait for processes started together (read-only commands run side by side)."""
    done = {}
    for name, proc in started.items():
        out, err = proc.communicate(timeout=180)
        done[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return done


def _run(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return _finish({"one": _start(data, *args, lang=lang)})["one"]


def _user_data(database: Path) -> list[str]:
    """The Chinese texts stored in the user's tables, longest first."""
    found: set[str] = set()
    with sqlite3.connect(database) as con:
        for table in USER_TABLES:
            for row in con.execute(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, str) and CJK.search(value) and len(value) <= 300:
                        found.add(value)
    # the shipped checklists are data too: an English title may keep its Chinese term
    from inspector.services.core.templates import load_paths

    for template in load_paths([ROOT / "resources" / "templates"]).templates:
        found.add(template.title.get("en"))
    return sorted(found, key=len, reverse=True)


def _foreign_chinese(text: str, user_data: list[str]) -> list[str]:
    """Chinese left in ``text`` once user data and paths are taken out."""
    for value in user_data:
        text = text.replace(value, " ")
    words = [w for w in text.split() if "/" not in w]  # paths are the user's files
    return CJK.findall(" ".join(words))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    from inspector.services.demo.builder import create_demo

    data = tmp_path_factory.mktemp("cli-lang") / "data"
    create_demo(data)
    return data


@pytest.fixture(scope="module")
def english_runs(demo: Path) -> dict[str, subprocess.CompletedProcess]:
    """A dozen commands under --lang en: the readers side by side, then the writers one
    by one, then the office log of a refused package."""
    finished = _finished_id(demo)
    out = demo.parent
    templates = str(ROOT / "resources" / "templates")
    runs = _finish(
        {
            "db info": _start(demo, "db", "info"),
            "inspections list": _start(demo, "inspections", "list", "--limit", "8"),
            "inspections show": _start(demo, "inspections", "show", finished[:8]),
            "templates check": _start(demo, "templates", "check", templates),
            "failing": _start(demo, "inspections", "show", "zzzz"),
        }
    )
    runs["cases list"] = _run(demo, "cases", "list", "--all")
    runs["sites export"] = _run(demo, "sites", "export", str(out / "sites.csv"))
    runs["numbers show"] = _run(demo, "numbers", "show")
    runs["documents"] = _run(demo, "documents", finished[:8], "-o", str(out / "docs"))
    runs["export"] = _run(demo, "export", "--to", str(out / "usb"))
    _office_refuses_own_package(demo, out / "usb")
    runs["office log"] = _run(demo, "office", "log")
    return runs


def _office_refuses_own_package(data: Path, usb: Path) -> None:
    """Make the data directory an office and import its own package (from a device not
    registered there): refused, and written to the import log as a zh_CN sentence."""
    from inspector.services.core.context import open_context
    from inspector.services.sync import service as sync

    ctx = open_context(data)
    try:
        sync.office_init(ctx, "东风街道创建办")
        reports = sync.import_inbox(ctx, usb)
    finally:
        ctx.close()
    assert [r.result for r in reports] == ["rejected"]


def _finished_id(data: Path) -> str:
    with sqlite3.connect(data / "inspector.sqlite3") as con:
        return con.execute(
            "SELECT id FROM inspection WHERE status = 'finished' AND '周明远' IN"
            " (lead_inspector_name, co_inspector_name) ORDER BY started_at LIMIT 1"
        ).fetchone()[0]


def test_every_command_ran_as_expected(english_runs):
    for name, done in english_runs.items():
        assert "Traceback" not in done.stderr, (name, done.stderr)
        expected = 2 if name == "failing" else 0
        assert done.returncode == expected, (name, done.returncode, done.stdout, done.stderr)
        assert done.stdout.strip() or done.stderr.strip(), name


def test_english_output_has_no_chinese_outside_the_users_data(english_runs, demo):
    user_data = _user_data(demo / "inspector.sqlite3")
    problems = {}
    for name, done in english_runs.items():
        left = _foreign_chinese(done.stdout + "\n" + done.stderr, user_data)
        if left:
            problems[name] = left
    assert not problems, problems


def test_english_lines_say_what_happened(english_runs):
    """The sentences are the catalogue's English, filled with the values."""
    runs = english_runs
    assert "Integrity check: ok" in runs["db info"].stdout
    assert re.search(r"^\d+ in all, \d+ shown\.$", runs["inspections list"].stdout, re.M)
    assert "Content check: ok" in runs["inspections show"].stdout
    assert re.search(
        r"Result: (Pass|Deducted|Blacklist candidate)", runs["inspections show"].stdout
    )
    assert re.search(r"^\d+ case\(s\) in all\.$", runs["cases list"].stderr, re.M)
    assert re.search(r"^Exported \d+ site\(s\) to .*sites\.csv\.$", runs["sites export"].stdout)
    assert "(8 sections," not in runs["templates check"].stdout  # counted, not fixed
    assert re.search(r"^OK  market v\d+  Markets", runs["templates check"].stdout, re.M)
    assert runs["numbers show"].stdout.startswith("Number block: ")
    assert re.search(
        r"On-site Inspection Record .*\(\d+ page\(s\), signed\) → ", runs["documents"].stdout
    )
    assert re.search(
        r"record\(s\), \d+ file\(s\), \d+ bytes, not encrypted\.", runs["export"].stdout
    )
    log = runs["office log"].stdout
    assert "  rejected  The package was refused" in log and "not registered" in log
    assert runs["failing"].stderr.startswith("Error: ")


@pytest.fixture(scope="module")
def chinese_runs(demo, english_runs) -> dict[str, subprocess.CompletedProcess]:
    finished = _finished_id(demo)
    return _finish(
        {
            "db info": _start(demo, "db", "info", lang="zh_CN"),
            "inspections show": _start(demo, "inspections", "show", finished[:8], lang="zh_CN"),
            "office log": _start(demo, "office", "log", lang="zh_CN"),
        }
    )


def _cli_templates() -> list[str]:
    """The zh_CN templates marked in inspector/cli (N_ calls)."""
    found = []
    for path in sorted((ROOT / "inspector" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "N_":
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append(arg.value)
    return found


def test_chinese_output_has_none_of_the_english_sentences(chinese_runs):
    catalogue = english_catalogue()
    english_parts = set()
    for source in _cli_templates():
        for part in re.split(r"\{[^}]*\}", catalogue.get(source, "")):
            part = part.strip(" .,:;()")
            # two English words at least: a single word may be part of an id or a
            # revision name (0014a_pending_certs), which stays as it is
            if len(re.findall(r"[A-Za-z]{2,}", part)) >= 2:
                english_parts.add(part)
    assert len(english_parts) > 100  # the catalogue is there
    english_parts -= {"2 = FULL"}  # the same in both languages
    old_mixes = ("data dir", "schema revision", "total ", "imported ", "checked:", "hash check")
    for name, done in chinese_runs.items():
        assert done.returncode == 0, (name, done.stderr)
        text = done.stdout + done.stderr
        assert [p for p in english_parts if p in text] == [], name
        assert [m for m in old_mixes if m in text] == [], name
        assert CJK.search(text), name
    assert "完整性检查：通过" in chinese_runs["db info"].stdout
    assert "拒收  数据包已拒收" in chinese_runs["office log"].stdout
