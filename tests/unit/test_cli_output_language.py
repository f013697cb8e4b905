"""Every line a command prints is in the command line's language: no Chinese literal
in inspector/cli/ reaches the output without passing through the translation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from inspector.cli import language
from inspector.domain.text import Message

CLI = Path(__file__).resolve().parents[2] / "inspector" / "cli"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uffef]")
# Calls whose string arguments are translated (or are the zh_CN source of a translation).
TRANSLATING = {"say", "tr", "N_", "Message", "UserError", "word", "said"}
# language.py holds argparse's zh_CN catalogue and our own words per language.
EXEMPT = {"language.py"}


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _bare_chinese(node: ast.AST, skip: set[int]) -> list[ast.Constant]:
    """The Chinese string constants under ``node`` outside any translating call."""
    if isinstance(node, ast.Call) and _called(node.func) in TRANSLATING:
        return []
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and CJK.search(node.value) and id(node) not in skip:
            return [node]
        return []
    out: list[ast.Constant] = []
    for child in ast.iter_child_nodes(node):
        out += _bare_chinese(child, skip)
    return out


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.name, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for path in sorted(CLI.glob("*.py"))
    ]


def _is_output(call: ast.Call) -> bool:
    """print(…), something.write(…) (sys.stderr.write) and getpass prompts."""
    name = _called(call.func)
    return name in ("print", "write", "getpass")


def test_printed_arguments_carry_no_untranslated_chinese():
    found = []
    for name, tree in _modules():
        if name in EXEMPT:
            continue
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _is_output(call):
                for arg in [*call.args, *(k.value for k in call.keywords)]:
                    found += [f"{name}:{c.lineno}: {c.value!r}" for c in _bare_chinese(arg, set())]
    assert not found, "Chinese printed without say()/tr():\n" + "\n".join(found)


def test_no_chinese_literal_outside_a_translation_anywhere_in_the_commands():
    """Stricter: a Chinese literal kept in a variable and printed later is caught too."""
    found = []
    for name, tree in _modules():
        if name in EXEMPT:
            continue
        skip = _docstrings(tree)
        found += [f"{name}:{c.lineno}: {c.value!r}" for c in _bare_chinese(tree, skip)]
    assert not found, "Chinese outside say()/tr()/N_():\n" + "\n".join(found)


def test_say_templates_are_marked_for_the_catalogue():
    """say()'s template is N_("…") (collected by packaging/translations.py), or a name or a
    table entry holding one (the stricter test above finds a Chinese literal left unmarked)."""
    found = []
    for name, tree in _modules():
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _called(call.func) == "say" and call.args:
                first = call.args[0]
                marked = isinstance(first, ast.Call) and _called(first.func) == "N_"
                if not (marked or isinstance(first, (ast.Name, ast.Subscript))):
                    found.append(f"{name}:{call.lineno}")
    assert not found, found


SERVICES = CLI.parent / "services" / "demo"
# The self-test's lines: what it returns, raises or hands to ``out`` goes through ``say``.
SELF_TEST = [
    SERVICES / "self_test.py",
    SERVICES / "self_test_pdf.py",
    SERVICES / "self_test_words.py",
    SERVICES / "system_libs.py",
    CLI.parent / "ui" / "shell" / "self_check.py",
]


def _self_test_lines(tree: ast.Module) -> list[ast.AST]:
    """The expressions that become a self-test line: returned, raised, or passed to out()."""
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and node.value is not None:
            if not isinstance(node.value, ast.Compare):  # a bool, not a line
                found.append(node.value)
        elif isinstance(node, ast.Raise) and node.exc is not None:
            found.append(node.exc)
        elif isinstance(node, ast.Call) and _called(node.func) in ("out", "print"):
            found += [*node.args, *(k.value for k in node.keywords)]
    return found


def test_the_self_test_lines_carry_no_untranslated_chinese():
    """``inspector --self-test`` speaks one language too: every Chinese literal that can
    reach a line is a ``say``/``N_`` template (the sample PDF's own text is not a line)."""
    found = []
    for path in SELF_TEST:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        skip = _docstrings(tree)
        for expr in _self_test_lines(tree):
            found += [f"{path.name}:{c.lineno}: {c.value!r}" for c in _bare_chinese(expr, skip)]
    assert not found, "Chinese in a self-test line without say()/N_():\n" + "\n".join(found)


def test_the_self_test_says_marked_templates():
    """Each ``say(...)`` of the self-test has a template the catalogue collects: ``N_("…")``,
    a name holding one (``words.GUI_DONE``), or the bare "{}" that passes a Message on."""
    found = []
    for path in SELF_TEST:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _called(call.func) == "say" and call.args:
                first = call.args[0]
                marked = isinstance(first, ast.Call) and _called(first.func) == "N_"
                named = isinstance(first, (ast.Name, ast.Attribute))
                passes_on = isinstance(first, ast.Constant) and first.value == "{}"
                if not (marked or named or passes_on):
                    found.append(f"{path.name}:{call.lineno}")
    assert not found, found


def test_the_ast_check_catches_a_bare_line():
    """The check above is not vacuous: a bare Chinese print is found, a wrapped one not."""
    bare = ast.parse('print(f"已导入 {n} 个")\nprint(say(N_("已导入 {} 个"), n))')
    calls = [c for c in ast.walk(bare) if isinstance(c, ast.Call) and _is_output(c)]
    hits = [len(_bare_chinese(a, set())) for c in calls for a in c.args]
    assert hits == [2, 0]  # the f-string's two Chinese parts


@pytest.fixture
def english():
    language.use_language("en")
    yield
    language.use_language("zh_CN")


def test_say_fills_the_english_template_and_translates_message_values(english):
    catalogue = language.english_catalogue()
    template = "已导出 {} 个场所到 {}。"
    assert template in catalogue
    line = language.say(template, 3, "/tmp/x.csv")
    assert line == catalogue[template].format(3, "/tmp/x.csv")
    assert not CJK.search(line)
    # a Message value (a label from the services) is translated too
    inner = Message("合格")
    assert language.say("得分：{}  结果：{}", "9/10", inner).endswith(catalogue["合格"])


def test_say_is_the_chinese_template_filled_in_chinese():
    language.use_language("zh_CN")
    assert language.say("已导出 {} 个场所到 {}。", 3, "a.csv") == "已导出 3 个场所到 a.csv。"


def test_a_stored_sentence_is_matched_back_to_its_template(english):
    catalogue = language.english_catalogue()
    template = "已登记设备 {}（{}），指纹 {}"
    stored = template.format("平板一号", "dev-1", "ab:cd")
    assert language.said_stored(stored) == catalogue[template].format("平板一号", "dev-1", "ab:cd")
    assert language.said_stored("完全不在目录里的句子") == "完全不在目录里的句子"
