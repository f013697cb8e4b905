"""``inspector --self-test``: check that this installation can do its work.

Each step prints one line, ``[OK]`` or ``[FAIL]`` with a detail, and the exit
status is 0 only when every step passed. Without a data directory the test
runs in a fresh temporary one, so it never touches an inspector's data.

Steps: open (create or migrate) the database, load every shipped and office
template, check every photo and signature file against its stored SHA-256, find a CJK font for PDFs,
load the system libraries Qt's X11 platform plugin needs (:mod:`inspector.services.demo.system_libs`;
when one is missing the GUI step is skipped, as Qt would abort), render a sample inspection record in a
throw-away data directory and sign it with a throw-away self-signed
certificate, then verify it as ``inspector verify`` does (intact, valid,
trusted, record hash matching). See :mod:`inspector.services.demo.self_test_pdf`. The installed build runs the same code
(``packaging/build.sh`` checks the frozen executable this way).

Every line is in one language: the caller passes ``say(template, *values)``
(``inspector.cli.language.say`` for the command line, in the language of
``--lang`` or the system); the default fills the zh_CN template as it is. The
templates are zh_CN marked with ``N_`` (collected into the catalogue's
"services" context); values that are :class:`~inspector.domain.text.Message`
are translated by ``say`` too. The ``[OK]``/``[FAIL]`` markers and the exit
status are the same in every language.
"""

from __future__ import annotations

import functools
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector import __version__
from inspector.domain.text import N_, message_of
from inspector.services.demo.self_test_words import Say, fill


@dataclass
class SelfTest:
    data_dir: Path
    out: Callable[[str], None]
    say: Say = fill
    state: dict[str, Any] = field(default_factory=dict)
    failures: int = 0

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        """Run one step (``name`` a zh_CN ``N_`` template) and print its line."""
        name = self.say(name)
        started = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # a self-test reports every failure and goes on
            self.failures += 1
            said = self.say("{}", message_of(exc))  # a service's Message: translated too
            self.out(f"[FAIL] {name}: {type(exc).__name__}: {said}")
            return False
        ms = (time.perf_counter() - started) * 1000
        self.out(f"[OK]   {name}: {detail} ({ms:.0f} ms)")
        return True


def _print(line: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed build on Windows has no console
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:
        print(line.encode("ascii", "backslashreplace").decode("ascii"), file=stream, flush=True)


Step = tuple[str, Callable[[Any], str]]


def run_self_test(
    data_dir: str | Path | None = None,
    out: Callable[[str], None] = _print,
    *,
    work_dir: Path | None = None,
    extra_steps: tuple[Step, ...] = (),
    say: Say = fill,
) -> int:
    """Run every step; 0 when all passed, 1 otherwise.

    ``work_dir`` holds the sample documents (default: a temporary folder, removed
    afterwards); ``extra_steps`` are (name, fn(ctx) -> detail) run after the
    database step, e.g. the GUI check that ``inspector.app`` adds (``name`` a zh_CN
    ``N_`` template like the others); ``say`` puts each line into the output's
    language (default: zh_CN, see :func:`fill`).
    """
    with tempfile.TemporaryDirectory(prefix="inspector-self-test-") as tmp:
        data = Path(data_dir).expanduser() if data_dir else Path(tmp) / "data"
        work = work_dir or Path(tmp) / "work"
        return _run(data, work, out, extra_steps, say)


def _run(
    data_dir: Path,
    work_dir: Path,
    out: Callable[[str], None],
    extra_steps: tuple[Step, ...],
    say: Say = fill,
) -> int:
    test = SelfTest(data_dir, out, say)
    test.state["work_dir"] = work_dir
    python = sys.version.split()[0]
    out(say(N_("Inspector {} 自检 — {}，Python {}"), __version__, sys.platform, python))
    out(say(N_("数据目录：{}"), data_dir))
    try:
        if test.step(N_("数据库"), lambda: _open_database(test)):
            test.step(N_("模板"), lambda: _load_templates(test))
            test.step(N_("证据文件"), lambda: _evidence(test))
        test.step(N_("中文字体"), lambda: _font(test))
        # Without its X11 libraries Qt would abort the process in the GUI step: say which.
        if test.step(N_("系统库"), lambda: _system_libs(test)):
            for name, fn in extra_steps:
                test.step(name, functools.partial(_extra, test, fn))
        if test.step(N_("签名 PDF"), lambda: _sign_sample(test)):
            test.step(N_("验证签名"), lambda: _verify_sample(test))
    finally:
        ctx = test.state.get("ctx")
        if ctx is not None:
            ctx.close()
        pdf = test.state.get("pdf")
        if pdf is not None:
            pdf.close()
    if test.failures:
        out(say(N_("自检失败：{} 项未通过"), test.failures))
        return 1
    out(say(N_("自检通过")))
    return 0


def _extra(test: SelfTest, fn: Callable[[Any], str]) -> str:
    return fn(test.state.get("ctx"))


def _open_database(test: SelfTest) -> str:
    from inspector.services.core.context import open_context

    ctx = open_context(test.data_dir)
    test.state["ctx"] = ctx
    with ctx.engine.connect() as conn:
        ok = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    if ok != "ok":
        raise RuntimeError(f"integrity_check: {ok}")
    if ctx.opened.created:
        return test.say(N_("已新建，版本 {}"), ctx.opened.revision)
    if ctx.opened.upgraded_from:
        return test.say(N_("已从 {} 升级，版本 {}"), ctx.opened.upgraded_from, ctx.opened.revision)
    return test.say(N_("已打开，版本 {}"), ctx.opened.revision)


def _evidence(test: SelfTest) -> str:
    """Every photo and signature file against its stored SHA-256 (see ``db check``)."""
    from inspector.services.inspection.evidence import scan

    problems = scan(test.state["ctx"])
    if problems:
        lines = _joined(test, [p.message() for p in problems[:3]])
        more = f" (+{len(problems) - 3})" if len(problems) > 3 else ""
        raise RuntimeError(
            test.say(N_("{} 个证据文件缺失或被改动：{}{}"), len(problems), lines, more)
        )
    return test.say(N_("照片与签名图片均与存储的 SHA-256 一致"))


def _joined(test: SelfTest, sentences: list[Any]) -> str:
    """Sentences (Messages: translated by ``say``) in one detail, "; " between them."""
    return "; ".join(test.say("{}", s) for s in sentences)


def _load_templates(test: SelfTest) -> str:
    from inspector.services.core.templates import SHIPPED_DIR, load_paths

    ctx = test.state["ctx"]
    shipped = load_paths([SHIPPED_DIR])
    if shipped.problems:
        raise RuntimeError(_joined(test, [p.sentence for p in shipped.problems[:5]]))
    if not shipped.templates:
        raise RuntimeError(test.say(N_("{} 中没有模板"), SHIPPED_DIR))
    catalog = ctx.reload_catalog()
    if catalog.problems:
        raise RuntimeError(_joined(test, [p.sentence for p in catalog.problems[:5]]))
    items = sum(len(s.items) for t in catalog for s in t.sections)
    return test.say(N_("{} 个模板，{} 项"), len(catalog), items)


def _font(test: SelfTest) -> str:
    from inspector.reports.fonts import register_cjk_font

    ctx = test.state.get("ctx")
    status = register_cjk_font(ctx.settings.font_path if ctx else None)
    test.state["font"] = status
    if not status.embedded:
        raise RuntimeError(
            test.say(N_("{} Debian/Ubuntu：apt install fonts-wqy-microhei"), status.message)
        )
    return status.path or status.name


def _system_libs(test: SelfTest) -> str:
    from inspector.services.demo import system_libs

    if not system_libs.uses_xcb():
        return test.say(N_("不使用 X11 (xcb)，无需检查"))
    missing = system_libs.missing_packages()
    if missing:
        raise RuntimeError(system_libs.missing_sentence(missing, test.say))
    return test.say(N_("Qt 的 X11 (xcb) 库齐全：{} 个均可载入"), len(system_libs.XCB_LIBS))


def _sign_sample(test: SelfTest) -> str:
    from inspector.services.demo import self_test_pdf

    pdf = self_test_pdf.signed_sample(test.state["work_dir"], test.state.get("font"), test.say)
    test.state["pdf"] = pdf
    return test.say(N_("{}，{} 字节，{}"), pdf.path.name, pdf.path.stat().st_size, pdf.how)


def _verify_sample(test: SelfTest) -> str:
    from inspector.services.demo import self_test_pdf

    return self_test_pdf.verify_sample(test.state["pdf"], test.say)
