"""Third-party notices: every distribution the app runs with, its licence and licence texts.

The list is not kept by hand: :func:`components` walks the requirements of the
installed ``inspector`` distribution (and of each requirement, recursively)
with :mod:`importlib.metadata`, so it names exactly what is installed (or, in
a frozen build, what was installed when it was built: ``packaging/inspector.spec``
writes ``THIRD-PARTY-NOTICES.txt`` with :func:`write_notices` at build time).
The About dialog shows the bundled file, or the same list made on the spot
when running from source or from a wheel.

Components that are not Python distributions (Python itself, the Qt libraries
inside PySide6, OpenSSL inside cryptography, the Font Awesome fonts inside
qtawesome) are added from :data:`EMBEDDED`, facts about those wheels.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
_REQUIREMENT = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
ROOT_DIST = "inspector"
COMMON_LICENCES = Path("/usr/share/common-licenses")  # Debian's copies of the GNU licences

# (inside distribution, component, licence): what a wheel bundles besides its own code.
EMBEDDED: tuple[tuple[str, str, str], ...] = (
    ("pyside6-essentials", "Qt 6 libraries", "LGPL-3.0-only (used as shared libraries)"),
    ("cryptography", "OpenSSL", "Apache-2.0"),
    ("qtawesome", "Font Awesome Free fonts", "SIL OFL 1.1 (fonts), CC BY 4.0 (icons)"),
    ("psycopg-binary", "libpq (PostgreSQL client)", "PostgreSQL License"),
    ("pillow", "libjpeg-turbo, libpng, zlib, FreeType and others", "see Pillow's licence"),
)


@dataclass
class Component:
    """One distribution: name, version, licence and the texts of its licence files."""

    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key) or []
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and len(text) <= 80 and "\n" not in text:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    return text.splitlines()[0][:80] if text else "UNKNOWN"


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    out = []
    for f in dist.files or []:
        parts = f.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        name = f.name.upper()
        in_licences = len(parts) > 2 and parts[1] == "licenses"
        if in_licences or name.startswith(("LICEN", "COPYING", "NOTICE")):
            try:
                out.append(("/".join(parts[1:]), f.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return out


def _common_licence(licence: str) -> list[tuple[str, str]]:
    """The LGPL/GPL text for a wheel that ships none (PySide6, shiboken6), from the system."""
    out = []
    for spdx, name in (("LGPL-3.0", "LGPL-3"), ("GPL-3.0", "GPL-3")):
        path = COMMON_LICENCES / name
        if spdx in licence and path.is_file():
            out.append((str(path), path.read_text(encoding="utf-8")))
    if not out and "LGPL-3.0" in licence:
        out.append(("LGPL-3.0", "See https://www.gnu.org/licenses/lgpl-3.0.html"))
    return out


def _requirements(
    dist: metadata.Distribution, extras: tuple[str, ...] = ()
) -> list[tuple[str, tuple[str, ...]]]:
    """(name, extras) this distribution requires, leaving out what only an extra asks for
    (unless it is one of ``extras``, e.g. ``postgres`` for an office build).

    Other markers (a platform, a Python version) are not evaluated: a requirement
    for another platform is simply not installed, and :func:`components` skips it.
    """
    out = []
    for line in dist.requires or []:
        requirement, _, marker = line.partition(";")
        wanted = re.search(r"\bextra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        if wanted and wanted.group(1) not in extras:
            continue
        match = _REQUIREMENT.match(requirement.strip())
        if match:
            asked = tuple(e.strip() for e in (match.group(2) or "").split(",") if e.strip())
            out.append((match.group(1), asked))
    return out


def components(root: str = ROOT_DIST, extras: tuple[str, ...] = ()) -> list[Component]:
    """Every installed distribution ``root`` (with ``extras``) depends on, sorted by name."""
    seen: dict[str, Component] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(root, extras)]
    done: set[tuple[str, tuple[str, ...]]] = set()
    while todo:
        name, asked = todo.pop()
        name = _norm(name)
        if (name, asked) in done:
            continue
        done.add((name, asked))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional extra, or another platform's requirement, not installed
        if name not in seen:
            licence = _licence(dist.metadata)
            texts = _licence_texts(dist) or _common_licence(licence)
            seen[name] = Component(dist.metadata["Name"], dist.version, licence, texts)
        todo.extend(_requirements(dist, asked))
    seen.pop(_norm(root), None)
    return sorted(seen.values(), key=lambda c: c.name.lower())


def embedded(found: list[Component]) -> list[tuple[str, str, str]]:
    """(component, licence, inside which distribution) for what the found wheels bundle."""
    names = {_norm(c.name) for c in found}
    rows = [("Python", "PSF-2.0", f"{sys.version.split()[0]}")]
    rows += [(what, lic, inside) for inside, what, lic in EMBEDDED if inside in names]
    return rows


def notices_text(root: str = ROOT_DIST, extras: tuple[str, ...] = ()) -> str:
    """The whole notices file: a table of components, then every licence text."""
    found = components(root, extras)
    lines = [
        "Inspector — third-party notices",
        "",
        "Inspector is released under the MIT licence (LICENSE). It is distributed with",
        "the following components, under their own licences:",
        "",
    ]
    width = max((len(c.name) for c in found), default=10) + 2
    for c in found:
        lines.append(f"{c.name:<{width}}{c.version:<14}{c.licence}")
    lines += ["", "Bundled inside those components:", ""]
    for what, lic, inside in embedded(found):
        lines.append(f"{what} ({inside}): {lic}")
    for c in found:
        for fname, text in c.texts:
            lines += ["", "=" * 78, f"{c.name} {c.version} — {fname}", "=" * 78, text.rstrip()]
    return "\n".join(lines) + "\n"


def write_notices(path: Path, root: str = ROOT_DIST, extras: tuple[str, ...] = ()) -> Path:
    """Write :func:`notices_text` to ``path`` (UTF-8)."""
    path.write_text(notices_text(root, extras), encoding="utf-8")
    return path
