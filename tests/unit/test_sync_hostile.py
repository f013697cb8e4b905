"""A hostile corpus: packages written without the project's packaging code, each refused whole.

The cases are in tests/hostile_corpus.py, the office they meet in
tests/hostile_base.py. Each case asserts the outcome, the sentence, and that
the database (every table but the import log, which gains one "rejected"
line) and every file of the data directory are exactly as they were. About
half of the cases go through the command line (``inspector office import``,
exit status 2), the rest call the service; one goes through a real process.

``INSPECTOR_CORPUS_TABLE=FILE uv run pytest tests/unit/test_sync_hostile.py
tests/unit/test_sync_hostile_accepted.py`` also writes the corpus as a
markdown table (case, outcome, sentence).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hostile_base import A_ID, Base, _deep, _import_log, _snapshot, build_base, run_cli, write_table
from hostile_corpus import CASES
from hostile_writer import Spoil
from sync_helpers import open_ctx

from inspector.services.sync import service as sync
from inspector.sync.safety import ZipLimits


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    return build_base(tmp_path_factory)


RESULTS: list[tuple[str, str, str]] = []


@pytest.fixture(scope="module", autouse=True)
def _corpus_table():
    yield
    if RESULTS:
        lines = ["| # | case | outcome | sentence |", "|---|---|---|---|"]
        for i, (name, outcome, sentence) in enumerate(RESULTS, 1):
            lines.append(f"| {i} | {name} | {outcome} | {sentence.replace('|', '/')} |")
        write_table(lines, append=False)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c.name for c in CASES])
def test_hostile_package_is_refused_whole(index, base, tmp_path, capsys):
    c = CASES[index]
    root = tmp_path / "office"
    shutil.copytree(base.root, root)
    if c.setup:
        ctx = open_ctx(root)
        c.setup(ctx)
        ctx.close()
    data = c.build(base)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / f"{A_ID}-000004.inspkg"
    path.write_bytes(data)
    before = _snapshot(root)
    log_before = _import_log(root)
    via_cli = index % 2 == 0 and c.limits is None
    if via_cli:
        code, _out, err = run_cli(["--data-dir", str(root), "office", "import", str(inbox)], capsys)
        assert code == 2, err
        sentence = err.strip()
        assert not path.exists() and (tmp_path / "refused" / path.name).is_file()
        reason = (tmp_path / "refused" / (path.name + ".reason.txt")).read_text("utf-8")
        assert all(w in reason for w in c.words), reason
    else:
        ctx = open_ctx(root)
        try:
            report = sync.import_file(ctx, path, limits=c.limits or ZipLimits())
        finally:
            ctx.close()
        assert report.result == "rejected", report.message
        sentence = str(report.message)
    assert "Traceback" not in sentence
    for word in c.words:
        assert word in sentence, sentence
    assert _snapshot(root) == before
    log = _import_log(root)
    assert log[: len(log_before)] == log_before and len(log) == len(log_before) + 1
    assert log[-1][0] == "rejected" and all(w in log[-1][1] for w in c.words)
    RESULTS.append((c.name, "refused (exit 2)" if via_cli else "refused", log[-1][1]))


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 80


def test_cli_in_a_real_process(base, tmp_path):
    """The command itself, as a process: a nested manifest is one sentence and status 2."""
    import subprocess
    import sys

    root = tmp_path / "office"
    shutil.copytree(base.root, root)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / f"{A_ID}-000004.inspkg").write_bytes(
        base.pkg(spoil=Spoil(manifest_bytes=_deep(5000).encode()))
    )
    main = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run(
        [sys.executable, str(main), "--data-dir", str(root), "office", "import", str(inbox)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "INSPECTOR_DATA_DIR": ""},
    )
    assert done.returncode == 2, done.stderr
    assert "嵌套" in done.stderr and "Traceback" not in done.stderr + done.stdout
    assert (tmp_path / "refused" / f"{A_ID}-000004.inspkg.reason.txt").is_file()
