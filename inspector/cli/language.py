"""The command line's language: argparse's own words follow ``--lang`` and the system.

argparse looks its words up through ``gettext`` (``argparse._`` and
``argparse.ngettext``, read at call time). :func:`use_language` points both at
the small zh_CN catalogue below (our own translations of Python 3.11's
messages) or back to plain English, before the parser is built and used. A
message missing here (another Python version) stays English rather than
failing. ``--lang`` decides; without it the system language (``LC_ALL``,
``LC_MESSAGES``, ``LANG``) does, as in the GUI: Chinese, C/POSIX or unset give
zh_CN, any other language English.
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Sequence

CHINESE = "zh_CN"
ENGLISH = "en"

ZH_CN: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示此帮助信息并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是 %(matches)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 必须给出其中一个",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "can't open '%(filename)s': %(error)s": "无法打开 '%(filename)s'：%(error)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了显式给出的参数 %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r（可选：%(choices)s）",
    "unexpected option string: %s": "意外的选项：%s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}  # fmt: skip
ZH_CN_PLURAL: dict[str, str] = {"expected %s argument": "需要 %s 个值"}

# Our own words around argparse's, per language.
WORDS: dict[str, dict[str, str]] = {
    CHINESE: {
        "error": "错误：",
        "command": "命令",
        "version": "显示版本号并退出",
        "description": "文明创建巡查助手 Inspector — 不带子命令时打开图形界面。",
        "lang": "界面语言（默认跟随系统）",
        "cancelled": "已取消。",
    },
    ENGLISH: {
        "error": "error: ",
        "command": "command",
        "version": "show the version number and exit",
        "description": "Inspector (文明创建巡查助手) — without a command, opens the window.",
        "lang": "interface language (default: the system's)",
        "cancelled": "Cancelled.",
    },
}


def system_language(environ: dict[str, str] | None = None) -> str:
    """zh_CN or en from the locale variables, the way gettext reads them."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("@")[0]
            if code in ("C", "POSIX") or code.startswith("zh"):
                return CHINESE
            return ENGLISH
    return CHINESE


def requested_language(argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """The language of ``--lang X`` / ``--lang=X`` in ``argv``, else the system's."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in (CHINESE, ENGLISH):
            return argv[i + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in (CHINESE, ENGLISH):
            return arg.split("=", 1)[1]
    return system_language(environ)


_current = CHINESE


def _zh(message: str) -> str:
    return ZH_CN.get(message, message)


def _zh_plural(singular: str, plural: str, n: int) -> str:
    text = ZH_CN_PLURAL.get(singular)
    return text if text is not None else (singular if n == 1 else plural)


def use_language(language: str) -> str:
    """Make argparse speak ``language`` (zh_CN or en) from now on; returns it."""
    global _current
    _current = CHINESE if language == CHINESE else ENGLISH
    if _current == CHINESE:
        argparse._ = _zh  # type: ignore[attr-defined]
        argparse.ngettext = _zh_plural  # type: ignore[attr-defined]
    else:
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
    return _current


def current_language() -> str:
    """The command line's language now: zh_CN (also before any parse) or en."""
    return _current


def word(key: str) -> str:
    """One of our own words around argparse's, in the command line's language."""
    return WORDS[_current][key]


def language_code() -> str:
    """The command line's language as the label tables take it: "zh_CN" or "en"."""
    return _current


def tr(text: str) -> str:
    """A help text of the parser (a zh_CN source marked with ``N_``) in the command
    line's language: as it is in zh_CN; in English from the catalogue
    (``resources/i18n/inspector_en.ts``, context "services"), as it is if missing.
    Call it while building the parser, after :func:`use_language`."""
    if _current == CHINESE:
        return text
    return english_catalogue().get(text, text)


def english(message: object) -> str:
    """A text in English where the catalogue has it: a :class:`Message`'s template is
    looked up and filled with its values (values that are Messages translated too); a
    plain string is user data or a number and stays as it is."""
    from inspector.domain.text import Message

    if not isinstance(message, Message):
        return str(message)
    template = english_catalogue().get(message.template, message.template)
    values = [english(v) if isinstance(v, Message) else v for v in message.values]
    try:
        return template.format(*values) if values else template
    except (IndexError, KeyError, ValueError):
        return str(message)


def say(template: str, *values: object) -> str:
    """A line a command prints, in the command line's language.

    ``template`` is a zh_CN ``str.format`` template marked with ``N_`` at the call
    (``say(N_("已导出 {} 个场所到 {}。"), count, path)``), so that
    packaging/translations.py collects it into the "services" context. In zh_CN it is
    filled as it is; in English the catalogue's template is filled. Values that are
    :class:`~inspector.domain.text.Message` (a service's sentence, a label) are
    translated the same way, as the GUI does; other values (names, paths, numbers)
    are printed as they are.
    """
    from inspector.domain.text import Message

    if _current == CHINESE:
        return template.format(*values) if values else template
    return english(Message(template, *values))


def listing(items: Sequence[object]) -> str:
    """Items in a line, joined as the command line's language lists them: "a、b" or "a, b"."""
    return ("、" if _current == CHINESE else ", ").join(str(i) for i in items)


def said(text: object) -> str:
    """A sentence made below the command line in the command line's language: a
    :class:`Message` (a service's warning, a verification line) or a template without
    fields marked with ``N_`` (a service's note) that the catalogue has."""
    from inspector.domain.text import Message

    if _current == CHINESE:
        return str(text)
    if isinstance(text, Message):
        return english(text)
    return english_catalogue().get(str(text), str(text))


def said_stored(text: str) -> str:
    """A zh_CN sentence kept as text (the office's import log stores the filled
    sentence, not its template) in the command line's language: the catalogue
    template it was filled from is found by matching, and its English filled with
    the same values (themselves translated when they are sentences too). A text that
    matches no template is printed as it is."""
    if _current == CHINESE or not text:
        return text
    catalogue = english_catalogue()
    if text in catalogue:
        return catalogue[text]
    for pattern, english_template in _stored_patterns():
        found = pattern.fullmatch(text)
        if found:
            values = [said_stored(v) for v in found.groups()]
            try:
                return english_template.format(*values)
            except (IndexError, KeyError, ValueError):
                break
    return text


_PATTERNS: list = []


def _stored_patterns() -> list:
    """(regex, English template) for the catalogue's templates with plain ``{}``
    fields, the ones with the most fixed text first (so "{}；{}" comes last)."""
    if not _PATTERNS:
        import re

        found = []
        for source, text in english_catalogue().items():
            if "{}" not in source or re.search(r"\{[^}]", source):
                continue  # no fields, or fields with a format spec: not matched back
            fixed = source.split("{}")
            if not any(part.strip() for part in fixed):
                continue
            pattern = "(.*?)".join(re.escape(part) for part in fixed)
            found.append((len("".join(fixed)), re.compile(pattern, re.DOTALL), text))
        found.sort(key=lambda x: -x[0])
        _PATTERNS.extend((p, t) for _n, p, t in found)
    return _PATTERNS


_CATALOGUES: dict[str, dict[str, str]] = {}


def english_catalogue(context: str = "services") -> dict[str, str]:
    """source -> English of one context of the catalogue, "services" unless told
    (read once; empty if missing)."""
    if context not in _CATALOGUES:
        import xml.etree.ElementTree as ET

        from inspector.resources import resource

        try:
            root = ET.parse(resource("i18n", "inspector_en.ts")).getroot()
        except (OSError, ET.ParseError):
            return {}
        found: dict[str, str] = {}
        for part in root.iter("context"):
            if part.findtext("name") != context:
                continue
            for msg in part.iter("message"):
                source, text = msg.findtext("source"), msg.findtext("translation")
                if source and text:
                    found[source] = text
        _CATALOGUES[context] = found
    return _CATALOGUES[context]


def said_in(context: str, text: str) -> str:
    """A text marked ``NC_(context, …)`` (a synced record's field name) in the command
    line's language: as it is in zh_CN, in English from that context of the catalogue."""
    if _current == CHINESE:
        return text
    return english_catalogue(context).get(text, text)
