"""argparse's own words (usage, option headings, its errors) follow --lang and the system."""

from __future__ import annotations

import re

from inspector.cli.language import requested_language, system_language

CJK = re.compile(r"[\u4e00-\u9fff\uff01-\uffef]")


def test_chinese_usage_and_error_with_lang_zh(cli):
    done = cli("--lang", "zh_CN", "bogus")
    assert done.returncode == 2
    assert done.stderr.startswith("用法：inspector")
    assert "inspector: 错误：参数 命令：无效的选择：'bogus'（可选：'db'" in done.stderr
    assert "usage" not in done.stderr and "invalid choice" not in done.stderr
    assert "Traceback" not in done.stderr


def test_english_usage_and_error_with_lang_en(cli):
    done = cli("--lang", "en", "bogus")
    assert done.returncode == 2
    assert done.stderr.startswith("usage: inspector")
    assert "inspector: error: argument command: invalid choice: 'bogus' (choose from 'db'" in (
        done.stderr
    )
    assert not CJK.search(done.stderr), done.stderr


def test_the_system_language_decides_without_lang(cli):
    english = cli("report", env={"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert english.returncode == 2
    assert "error: the following arguments are required: inspection_id, -o/--output" in (
        english.stderr
    )
    assert not CJK.search(english.stderr)
    chinese = cli("report", env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert chinese.returncode == 2
    assert "错误：缺少必需的参数：inspection_id, -o/--output" in chinese.stderr
    # --lang wins over the system
    forced = cli("--lang", "zh_CN", "report", env={"LANG": "en_US.UTF-8", "LC_ALL": ""})
    assert "缺少必需的参数" in forced.stderr


def test_english_help_has_english_headings(cli):
    done = cli("--lang", "en", "--help")
    assert done.returncode == 0
    assert "positional arguments:" in done.stdout and "options:" in done.stdout
    assert "show this help message and exit" in done.stdout
    chinese = cli("--lang", "zh_CN", "--help")
    assert "位置参数:" in chinese.stdout and "选项:" in chinese.stdout  # argparse adds ":"
    assert "显示此帮助信息并退出" in chinese.stdout


def test_language_from_arguments_and_environment():
    assert requested_language(["--lang", "en", "db"], {}) == "en"
    assert requested_language(["--lang=zh_CN"], {"LANG": "en_US.UTF-8"}) == "zh_CN"
    assert requested_language(["db", "--", "--lang", "en"], {"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert system_language({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert system_language({"LANG": "C.UTF-8"}) == "zh_CN"
    assert system_language({}) == "zh_CN"
