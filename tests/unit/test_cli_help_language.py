"""The subcommands' own help texts (help, description, metavar) follow --lang too.

The parser is built in-process in each language and every command group and
subcommand's ``format_help()`` is read; one real process checks the top level.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from inspector.cli import build_parser
from inspector.cli.language import CHINESE, ENGLISH, WORDS, ZH_CN, english_catalogue, use_language

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uffef]")
# Chinese that stays in the English help on purpose: the product's Chinese name
# and an example of a document number prefix (example data).
KEPT_IN_ENGLISH = ("文明创建巡查助手", "苏仙巡〔2026〕")


@pytest.fixture
def parser_in():
    """Build the full parser in a language; zh_CN again afterwards."""

    def build(language: str) -> argparse.ArgumentParser:
        use_language(language)
        return build_parser()

    yield build
    use_language(CHINESE)


def all_parsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """The parser and every command group and subcommand below it, with its prog."""
    yield parser.prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from all_parsers(child)


def help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """The texts of ours a parser shows: description, epilog, helps, metavars."""
    for text in (parser.description, parser.epilog):
        if text:
            yield text
    for action in parser._actions:
        if isinstance(action.help, str):
            yield action.help
        metavars = action.metavar if isinstance(action.metavar, tuple) else (action.metavar,)
        yield from (m for m in metavars if isinstance(m, str))
        if isinstance(action, argparse._SubParsersAction):
            yield from (c.help for c in action._choices_actions if c.help)


def test_every_subcommand_help_is_english_with_lang_en(parser_in):
    parsers = list(all_parsers(parser_in(ENGLISH)))
    assert len(parsers) > 60  # every group and subcommand, not just the top level
    progs = {prog for prog, _ in parsers}
    assert {"inspector sites import", "inspector office certs accept"} <= progs
    mixed = {}
    for prog, parser in parsers:
        text = parser.format_help()
        for kept in KEPT_IN_ENGLISH:
            text = text.replace(kept, "")
        if CJK.search(text):
            mixed[prog] = sorted({line.strip() for line in text.splitlines() if CJK.search(line)})
    assert not mixed, mixed


def test_every_help_text_has_its_english_in_the_catalogue(parser_in):
    catalogue = english_catalogue()
    missing = {
        text
        for _, parser in all_parsers(parser_in(CHINESE))
        for text in help_texts(parser)
        if CJK.search(text) and text not in catalogue
    }
    # argparse's own words and ours around them are translated in cli/language.py
    missing -= set(WORDS[CHINESE].values()) | set(ZH_CN.values())
    assert not missing, sorted(missing)


def test_no_english_from_the_catalogue_with_lang_zh(parser_in):
    catalogue = english_catalogue()
    parsers = list(all_parsers(parser_in(CHINESE)))
    sources = {text for _, parser in parsers for text in help_texts(parser)}
    english = {catalogue[s] for s in sources if s in catalogue and catalogue[s] != s}
    assert len(english) > 100
    shown = "\n".join(" ".join(parser.format_help().split()) for _, parser in parsers)
    assert "导入场所：任何一行有误则全部不导入" in shown
    leaked = sorted(e for e in english if " ".join(e.split()) in shown)
    assert not leaked, leaked


def test_top_level_help_in_a_real_process(cli):
    english = cli("--lang", "en", "--help")
    assert english.returncode == 0
    assert "--data-dir DATA_DIR  data folder (default: the user data folder" in english.stdout
    text = english.stdout
    for kept in KEPT_IN_ENGLISH:
        text = text.replace(kept, "")
    assert not CJK.search(text), english.stdout
    sites = cli("--lang", "en", "sites", "import", "--help")
    assert "import only the valid rows and list the skipped ones" in " ".join(sites.stdout.split())
    assert not CJK.search(sites.stdout), sites.stdout
    chinese = cli("--lang", "zh_CN", "sites", "import", "--help")
    assert "只导入有效的行，并列出跳过的行" in chinese.stdout
    assert "valid rows" not in chinese.stdout
