"""Keep the UI translations: resources/i18n/inspector_{zh_CN,en}.ts and their .qm files.

    uv run python packaging/translations.py update    # pyside6-lupdate: inspector/ui + services
    uv run python packaging/translations.py todo      # English still missing (TSV on stdout)
    uv run python packaging/translations.py fill F    # apply "source<TAB>English" lines of F
    uv run python packaging/translations.py release   # pyside6-lrelease -> .qm (committed)

``qt_gaps_zh_CN.ts`` (kept by hand) holds the few texts of Qt's own dialogs that
Qt's ``qtbase_zh_CN.qm`` leaves untranslated; ``release`` compiles it too.

Source strings are zh_CN. ``inspector_zh_CN.ts`` carries every string translated
to itself (a reviewer can change a wording there without touching code);
``inspector_en.ts`` carries the English. ``fill`` matches by source text in any
context; a line ``context<TAB>source<TAB>English`` applies to one context only;
plural forms (``%n``) are written ``one|many``; ``\n`` stands for a line break.

Messages of the layers below the UI (inspector/services, reports, sync, store, domain, cli)
are zh_CN ``str.format`` templates: the string literal that is the first
argument of ``UserError(…)`` (and its subclasses), ``Message(…)`` or ``N_(…)``.
``update`` collects them with :mod:`ast`, writes them into a temporary Python
file of ``QT_TRANSLATE_NOOP("services", "…")`` lines and hands that file to
pyside6-lupdate with the UI sources: they land in the context ``services``,
which the GUI looks up (``inspector.ui.shell.i18n.error_text`` / ``service_text``).
An English template keeps the ``{}`` fields in the same order. A text that must read
differently from the same text in ``services`` is marked ``NC_("Context", "…")``
(inspector/services/sync/field_names.py: the field names, context ``SyncFields``);
``update`` collects it into that context.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")


def ts_path(lang: str) -> Path:
    return I18N / f"inspector_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"inspector_{lang}.qm"


def ui_sources() -> list[str]:
    files = sorted((ROOT / "inspector" / "ui").rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files if "__pycache__" not in p.parts]


SERVICE_PACKAGES = ("services", "reports", "sync", "store", "domain", "cli")
SERVICES_CONTEXT = "services"
# Calls whose first argument is a translatable zh_CN template.
MARKERS = {"UserError", "WorkCancelled", "ImportCancelled", "UntrustedOffice", "Message", "N_"}


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def service_strings() -> list[str]:
    """The templates marked in the non-UI layers, in source order, each once."""
    found: list[str] = []
    for package in SERVICE_PACKAGES:
        for path in sorted((ROOT / "inspector" / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.args]
            for call in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
                first = call.args[0]
                if (
                    _called(call.func) in MARKERS
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                    and first.value.strip()
                ):
                    found.append(first.value)
    return list(dict.fromkeys(found))


def context_strings() -> list[tuple[str, str]]:
    """(context, text) of the ``NC_("Context", "…")`` marks in the non-UI layers, each once."""
    found: list[tuple[str, str]] = []
    for package in SERVICE_PACKAGES:
        for path in sorted((ROOT / "inspector" / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and len(n.args) == 2]
            for call in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
                context, text = call.args
                if (
                    _called(call.func) == "NC_"
                    and isinstance(context, ast.Constant)
                    and isinstance(text, ast.Constant)
                    and isinstance(context.value, str)
                    and isinstance(text.value, str)
                    and text.value.strip()
                ):
                    found.append((context.value, text.value))
    return list(dict.fromkeys(found))


def _py_literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def write_service_strings(path: Path) -> int:
    """Write the service templates (and the ``NC_`` texts in their own contexts) as
    QT_TRANSLATE_NOOP lines that lupdate reads; returns how many lines."""
    strings = service_strings()
    contexts = context_strings()
    lines = [f'QT_TRANSLATE_NOOP("{SERVICES_CONTEXT}", {_py_literal(s)})' for s in strings]
    lines += [f"QT_TRANSLATE_NOOP({_py_literal(c)}, {_py_literal(t)})" for c, t in contexts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix="inspector-services-", suffix=".py")
    os.close(fd)
    services = Path(name)
    try:
        count = write_service_strings(services)
        print(f"{count} service messages", file=sys.stderr)
        for lang in LANGS:
            subprocess.run(
                [_tool("pyside6-lupdate"), *ui_sources(), str(services), "-locations", "none",
                 "-no-obsolete", "-source-language", "zh_CN", "-target-language", lang,
                 "-ts", str(ts_path(lang))],
                cwd=ROOT,
                check=True,
            )  # fmt: skip
    finally:
        services.unlink(missing_ok=True)
    _fill_identity(ts_path("zh_CN"))


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _set(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in text.split("|"):  # English: "one|many"
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def _fill_identity(path: Path) -> None:
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        _set(message, message.findtext("source", ""))
    _write(tree, path)


def unfinished(lang: str = "en") -> list[tuple[str, str]]:
    tree = ET.parse(ts_path(lang))
    out = []
    for context, message in _messages(tree):
        t = message.find("translation")
        if t is None or t.get("type") == "unfinished" or not "".join(t.itertext()).strip():
            out.append((context, message.findtext("source", "")))
    return out


def todo() -> None:
    seen = set()
    for _context, source in unfinished():
        if source not in seen:
            seen.add(source)
            print(source.replace("\n", "\\n"))


def fill(tsv: Path, lang: str = "en") -> int:
    general: dict[str, str] = {}
    specific: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.replace("\\n", "\n") for p in line.split("\t")]
        if len(parts) == 2:
            general[parts[0]] = parts[1]
        elif len(parts) == 3:
            specific[(parts[0], parts[1])] = parts[2]
        else:
            raise SystemExit(f"bad line in {tsv}: {line!r}")
    tree = ET.parse(ts_path(lang))
    done = 0
    for context, message in _messages(tree):
        source = message.findtext("source", "")
        text = specific.get((context, source), general.get(source))
        if text:
            _set(message, text)
            done += 1
    _write(tree, ts_path(lang))
    return done


def release(out_dir: Path | None = None) -> list[Path]:
    made = []
    for lang in LANGS:
        target = (out_dir or I18N) / qm_path(lang).name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(target)],
            cwd=ROOT,
            check=True,
        )
        made.append(target)
    # Qt's own texts that Qt's qtbase_zh_CN.qm leaves untranslated (kept by hand)
    gaps = (out_dir or I18N) / "qt_gaps_zh_CN.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(I18N / "qt_gaps_zh_CN.ts"), "-qm", str(gaps)],
        cwd=ROOT,
        check=True,
    )
    made.append(gaps)
    return made


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "todo":
        todo()
    elif command == "fill":
        print(f"{fill(Path(argv[1]))} messages translated")
        update()  # back into pyside6-lupdate's own layout, so a fill changes only its lines
    elif command == "release":
        for p in release():
            print(p)
    else:
        print(__doc__)
        return 2
    remaining = len(unfinished()) if ts_path("en").exists() else 0
    print(f"English still missing: {remaining}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
