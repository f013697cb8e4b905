"""``inspector --self-test`` in one language, run as real processes: under ``--lang en``
no Chinese outside paths and the sample's document number, under ``--lang zh_CN`` none
of the catalogue's English sentences; an English system language without ``--lang``
gives English too, C.UTF-8 gives Chinese (as the other commands decide)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.cli.language import english_catalogue

pytestmark = pytest.mark.slow  # three full self-tests (database, GUI, a signed record)

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uffef]+")
# The sample record's document number: a temporary number (prefix 临, then the device's
# code) given by the numbering rules, the same in every language, and the file named by it.
DOC_NUMBER = re.compile(r"临[0-9A-F]+-\d+")
PATH = re.compile(r"/[^\s，（）]+")


def _start(data: Path, *args: str, lang_env: str = "C.UTF-8") -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG=lang_env)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    data.parent.mkdir(parents=True)
    return subprocess.Popen(
        [sys.executable, "-m", "inspector.app", "--data-dir", str(data), *args, "--self-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=data.parent,
    )


def _english_sentences() -> list[str]:
    """The catalogue's English texts of the self-test's lines (fixed words, 6+ letters)."""
    from inspector.services.demo import self_test, self_test_pdf, self_test_words, system_libs

    sources = set()
    for module in (self_test, self_test_pdf, self_test_words, system_libs):
        text = Path(module.__file__).read_text(encoding="utf-8")
        sources |= set(re.findall(r'N_\(\s*"([^"]+)"', text))
    catalogue = english_catalogue()
    words = set()
    for source in sources:  # words the zh_CN source has itself (Python, Qt, xcb) do not count
        for word in re.findall(r"[A-Za-z][a-z]{3,}(?: [a-z]+)*", catalogue[source]):
            if not any(w in source for w in word.split()):
                words.add(word)
    return sorted(words)


def test_self_test_in_english_and_in_chinese(tmp_path):
    runs = {
        "en": _start(tmp_path / "en" / "data", "--lang", "en"),
        "zh_CN": _start(tmp_path / "zh" / "data", "--lang", "zh_CN"),
        "system-en": _start(tmp_path / "sys" / "data", lang_env="en_US.UTF-8"),
    }
    out = {}
    for name, proc in runs.items():
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stdout + stderr
        out[name] = stdout.splitlines()

    for name in ("en", "system-en"):
        lines = out[name]
        assert lines[-1] == "self-test passed", lines
        assert sum(line.startswith("[OK]") for line in lines) == 8, lines
        assert lines[1].startswith("Data directory: ")
        leftover = [CJK.findall(DOC_NUMBER.sub("", line)) for line in lines]
        assert not any(leftover), [(x, y) for x, y in zip(lines, leftover, strict=True) if y]

    zh = out["zh_CN"]
    assert zh[-1] == "自检通过" and zh[1].startswith("数据目录：")
    assert sum(line.startswith("[OK]") for line in zh) == 8, zh
    english = _english_sentences()
    assert len(english) > 20, english  # the check below is not vacuous
    text = "\n".join(PATH.sub("", line) for line in zh)  # paths (a test folder, fonts) aside
    found = [w for w in english if w in text]
    assert not found, (found, zh)
    # each step's line in Chinese: the step name and its detail
    assert all(CJK.search(line) for line in zh if line.startswith("[OK]")), zh
