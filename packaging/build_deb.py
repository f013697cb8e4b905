"""Build a Debian package (.deb) around the PyInstaller folder.

    uv run python packaging/build_deb.py                       # builds the folder first
    uv run python packaging/build_deb.py --folder dist/inspector --out dist

Layout of the package (Debian's conventions for an application that brings its
own runtime):

    /opt/inspector/                        the one-folder build, as built
    /usr/bin/inspector                     a launcher: exec /opt/inspector/inspector "$@"
    /usr/share/applications/inspector.desktop
    /usr/share/icons/hicolor/{48x48,64x64,128x128,256x256}/apps/inspector.png
    /usr/share/icons/hicolor/scalable/apps/inspector.svg
    /usr/share/metainfo/cn.civilizedcity.inspector.metainfo.xml   (AppStream)
    /usr/share/doc/inspector/{copyright,changelog.gz}
    /usr/share/lintian/overrides/inspector       (the tags this layout earns, with reasons)

No maintainer scripts: the icon cache and the menu are refreshed by the file
triggers of hicolor-icon-theme and desktop-file-utils, so ``dpkg -r`` removes
every file the package put down. The version comes from the package metadata
(taken from inspector/_version.py, the one place it is written). The build reports the newest
glibc symbol version any ELF file in the folder needs: that is the oldest
system the package runs on, and it goes into ``Depends: libc6 (>= …)``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from email.utils import format_datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "inspector"
MAINTAINER = "Inspector maintainers <inspector@civilizedcity.invalid>"
ICON_SIZES = (48, 64, 128, 256)
# AppStream wants a reverse-DNS component id; the desktop file keeps the name the app
# announces (QGuiApplication.setDesktopFileName("inspector")).
APPSTREAM_ID = "cn.civilizedcity.inspector"
# Libraries the bundled Qt loads from the system (the xcb platform plugin, fonts, GL).
DEPENDS = [
    "libfontconfig1",
    "libfreetype6",
    "libgl1",
    "libegl1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "sensible-utils",  # the bundled libblkid/libmount name sensible-pager
]
RECOMMENDS = ["fonts-wqy-microhei"]  # a CJK TrueType font for the PDFs
# Tags that follow from shipping a self-contained application folder, each with its reason.
OVERRIDES = {
    "dir-or-file-in-opt": "a self-contained application folder, as built by PyInstaller",
    "embedded-library": "the folder brings its own libraries (Qt, Python, OpenSSL) by design",
    "unstripped-binary-or-object": "bundled wheels' libraries ship as their vendors built them",
    "shared-library-lacks-prerequisites": "bundled Python extension modules",
    "library-not-linked-against-libc": "bundled Python extension modules",
    "shared-library-is-executable": "bundled libraries keep their vendors' file modes",
    "custom-library-search-path": "bundled Qt libraries find each other through $ORIGIN",
    "no-manual-page": "inspector --help documents the command line",
}


def _say(text: str) -> None:
    print(text, flush=True)


def version() -> str:
    """The version written in inspector/_version.py, as the installed metadata carries it."""
    return metadata.version(PACKAGE)


def glibc_floor(folder: Path) -> tuple[str, str]:
    """(newest GLIBC_x.y needed by any ELF file under ``folder``, the file that needs it)."""
    best: tuple[int, ...] = (0,)
    who = ""
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for found in set(re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)):
            key = tuple(int(x) for x in found.split("."))
            if key > best:
                best, who = key, str(path.relative_to(folder))
    return ".".join(str(x) for x in best), who


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _gzip(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write(text.encode("utf-8"))
    path.chmod(0o644)


def _icons(root: Path) -> None:
    from PIL import Image

    source = ROOT / "resources" / "icons"
    with Image.open(source / "inspector.png") as big:
        for size in ICON_SIZES:
            target = root / f"usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            big.resize((size, size), Image.Resampling.LANCZOS).save(target)
            target.chmod(0o644)
    svg = root / f"usr/share/icons/hicolor/scalable/apps/{PACKAGE}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "inspector.svg", svg)
    svg.chmod(0o644)


def _metainfo(ver: str, today: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APPSTREAM_ID}</id>
  <metadata_license>MIT</metadata_license>
  <project_license>MIT</project_license>
  <name>Inspector</name>
  <name xml:lang="zh-CN">文明创建巡查助手</name>
  <summary>Offline inspections for the civilized-city campaign</summary>
  <summary xml:lang="zh-CN">文明城市创建离线巡查检查</summary>
  <description>
    <p>Checklists for shops near schools, markets and service counters, every answer
      stored the moment it is made, signed PDF records and rectification notices,
      red and black lists, and file-based sync to the sub-district office.</p>
    <p xml:lang="zh-CN">校园周边、农贸市场和窗口单位的检查表，答案即时保存，签名的检查记录与限期整改通知书，
      红黑榜，以及与街道办的文件同步。</p>
  </description>
  <launchable type="desktop-id">{PACKAGE}.desktop</launchable>
  <categories>
    <category>Office</category>
  </categories>
  <provides>
    <binary>{PACKAGE}</binary>
  </provides>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{ver}" date="{today}"/>
  </releases>
</component>
"""


def _copyright() -> str:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    body = "\n".join(" " + (line if line.strip() else ".") for line in licence.splitlines())
    return f"""Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: inspector
Comment: The components bundled in /opt/inspector come with their own licences,
 listed with their full texts in /opt/inspector/_internal/THIRD-PARTY-NOTICES.txt
 (also shown in the application's About box). The Qt libraries are used under
 the LGPL-3.0 (/usr/share/common-licenses/LGPL-3).

Files: *
Copyright: 2026 The Inspector authors
License: MIT
{body}
"""


def _changelog(ver: str) -> str:
    when = format_datetime(datetime.now(UTC).replace(microsecond=0))
    return (
        f"{PACKAGE} ({ver}) unstable; urgency=medium\n\n"
        f"  * Release {ver}; see the project's history for the changes.\n\n"
        f" -- {MAINTAINER}  {when}\n"
    )


def _control(ver: str, floor: str, installed_kb: int) -> str:
    depends = ", ".join([f"libc6 (>= {floor})", *DEPENDS])
    return f"""Package: {PACKAGE}
Version: {ver}
Architecture: amd64
Maintainer: {MAINTAINER}
Installed-Size: {installed_kb}
Depends: {depends}
Recommends: {", ".join(RECOMMENDS)}
Section: misc
Priority: optional
Homepage: https://civilizedcity.invalid/inspector
Description: offline inspections for the civilized-city campaign
 Inspector (文明创建巡查助手) helps inspectors of the National Civilized City
 campaign: checklists for shops near schools, markets and service counters,
 every answer stored at once, signed PDF records and rectification notices,
 red and black lists, and file-based sync to the sub-district office.
 .
 The application brings its own Python and Qt in /opt/inspector.
"""


def stage(folder: Path, root: Path) -> tuple[str, str, str]:
    """Lay the package's files out under ``root``; returns (version, glibc floor, needing file)."""
    ver = version()
    floor, who = glibc_floor(folder)
    shutil.copytree(folder, root / "opt" / PACKAGE, symlinks=True)
    for path in (root / "opt").rglob("*"):  # dpkg wants sane modes: no group/other write
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)
    _write(
        root / "usr/bin" / PACKAGE,
        f"#!/bin/sh\n# Inspector launcher (the application lives in /opt/{PACKAGE})\n"
        f'exec /opt/{PACKAGE}/{PACKAGE} "$@"\n',
        0o755,
    )
    desktop = root / "usr/share/applications" / f"{PACKAGE}.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "packaging" / "inspector.desktop", desktop)
    desktop.chmod(0o644)
    _icons(root)
    today = datetime.now(UTC).date().isoformat()
    _write(root / "usr/share/metainfo" / f"{APPSTREAM_ID}.metainfo.xml", _metainfo(ver, today))
    _write(root / "usr/share/doc" / PACKAGE / "copyright", _copyright())
    _gzip(root / "usr/share/doc" / PACKAGE / "changelog.gz", _changelog(ver))
    _write(
        root / "usr/share/lintian/overrides" / PACKAGE,
        "".join(f"# {why}\n{PACKAGE}: {tag}\n" for tag, why in OVERRIDES.items()),
    )
    for d in [root, *root.rglob("*")]:
        if d.is_dir() and not d.is_symlink():
            d.chmod(0o755)
    size_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    _write(root / "DEBIAN" / "control", _control(ver, floor, size_kb))
    return ver, floor, who


def build(folder: Path, out: Path) -> Path:
    """Build ``inspector_<version>_amd64.deb`` from the PyInstaller ``folder`` into ``out``."""
    if not (folder / PACKAGE).is_file():
        raise SystemExit(f"build_deb: {folder / PACKAGE} not found: build the folder first")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="inspector-deb-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        ver, floor, who = stage(folder, root)
        _say(f"glibc floor: GLIBC_{floor} (newest symbol version needed; by {who})")
        deb = out / f"{PACKAGE}_{ver}_amd64.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    _say(f"built: {deb} ({deb.stat().st_size // (1024 * 1024)} MB)")
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, help="the PyInstaller folder (default: build it)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .deb goes")
    args = parser.parse_args(argv)
    folder = args.folder
    if folder is None:
        env = dict(os.environ, SKIP_SELF_TEST="1")
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, env=env)
        folder = ROOT / "dist" / PACKAGE
    build(folder.resolve(), args.out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
