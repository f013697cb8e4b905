"""Find a Chinese TrueType font on this computer and register it with reportlab.

reportlab embeds TrueType fonts (``.ttf``, and one face of a ``.ttc``) as
subsets, so a PDF made with such a font shows the same glyphs everywhere. It
cannot use fonts with PostScript (CFF) outlines, which rules out the Noto CJK
families. When no usable font is found the built-in CID font ``STSong-Light``
is used instead: its glyphs are not embedded, so the reader must supply them.
The returned :class:`FontStatus` carries a zh_CN sentence the UI and CLI show: a
:class:`~inspector.domain.text.Message` (its template is in the translation catalogue),
which the GUI shows with ``service_text`` and the command line with ``say``/``said``.

reportlab is imported inside the functions: the GUI start path imports this
module without paying for reportlab.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from inspector.domain.text import Message, joined, message_of

log = logging.getLogger(__name__)

FALLBACK_CID_FONT = "STSong-Light"
PROBE_CHARS = "中文检查记录"

# File names in order of preference on each system (searched in the folders below).
WINDOWS_FILES = ("msyh.ttc", "simsun.ttc", "simhei.ttf", "msyh.ttf", "simkai.ttf", "simfang.ttf")
MAC_FILES = (
    "PingFang.ttc",
    "STHeiti Light.ttc",
    "STHeiti Medium.ttc",
    "Songti.ttc",
    "Supplemental/Songti.ttc",
    "Arial Unicode.ttf",
    "Supplemental/Arial Unicode.ttf",
)
LINUX_FILES = (
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "uming.ttc",
    "ukai.ttc",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
)


@dataclass(frozen=True)
class FontStatus:
    """Which font the PDFs use.

    ``name`` is the reportlab font name to use in styles; ``embedded`` is False
    for the CID fallback, whose glyphs the PDF does not carry; ``message`` is a
    zh_CN :class:`Message` for the user (a warning when ``embedded`` is False).
    """

    name: str
    path: str | None
    embedded: bool
    message: str

    @property
    def ok(self) -> bool:
        return self.embedded


class FontProblem(Exception):
    """A font file that cannot serve as the embedded CJK font (a zh_CN Message)."""


_lock = threading.Lock()
_cache: dict[tuple[str | None, bool], FontStatus] = {}


def register_cjk_font(font_path: str | None = None, *, search_system: bool = True) -> FontStatus:
    """Register the CJK font for PDFs and say which one it is.

    ``font_path`` (usually ``settings.font_path``) is tried first; then the
    usual locations on Windows, macOS and Linux; then the CID fallback.
    Repeated calls with the same arguments return the cached status.
    """
    key = (font_path or None, search_system)
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        status = _register(font_path or None, search_system)
        _cache[key] = status
    if not status.embedded:
        log.warning("%s", status.message)
    return status


def _register(font_path: str | None, search_system: bool) -> FontStatus:
    problems: list[str] = []
    if font_path:
        try:
            return _register_truetype(Path(font_path).expanduser())
        except FontProblem as exc:
            problems.append(Message("设置中的字体 {} 不可用：{}", font_path, message_of(exc)))
    if search_system:
        for candidate in system_font_candidates():
            try:
                status = _register_truetype(candidate)
            except FontProblem as exc:
                log.info("skipping font %s: %s", candidate, exc)
                continue
            if problems:
                status = FontStatus(
                    status.name, status.path, True, joined([*problems, status.message])
                )
            return status
    return _register_fallback(problems)


def system_font_candidates() -> Iterator[Path]:
    """Existing font files worth trying, best first, for the running system."""
    seen: set[Path] = set()
    for path in _candidate_paths():
        if path in seen:
            continue
        seen.add(path)
        if path.is_file():
            yield path


def _candidate_paths() -> Iterable[Path]:
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        for folder in (windir / "Fonts", Path("C:/Windows/Fonts")):
            yield from (folder / name for name in WINDOWS_FILES)
        local = os.environ.get("LOCALAPPDATA")
        if local:
            yield from (Path(local) / "Microsoft/Windows/Fonts" / n for n in WINDOWS_FILES)
    elif sys.platform == "darwin":
        for folder in (
            Path("/System/Library/Fonts"),
            Path("/Library/Fonts"),
            Path.home() / "Library/Fonts",
        ):
            yield from (folder / name for name in MAC_FILES)
    else:
        folders = [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local/share/fonts",
            Path.home() / ".fonts",
        ]
        for name in LINUX_FILES:
            for folder in folders:
                if folder.is_dir():
                    yield from sorted(folder.rglob(name))


def _register_truetype(path: Path) -> FontStatus:
    if not path.is_file():
        raise FontProblem(Message("文件不存在"))
    index = 0
    try:
        outlines = truetype_outlines(path, index)
    except (OSError, ValueError, struct.error) as exc:
        raise FontProblem(Message("无法读取字体文件（{}）", message_of(exc))) from None
    if outlines != "truetype":
        raise FontProblem(
            Message("字形为 PostScript/CFF 轮廓，reportlab 无法嵌入，请改用 TrueType 字体")
        )

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = "CJK-" + "".join(ch if ch.isalnum() else "-" for ch in path.stem)
    if index:
        name += f"-{index}"
    try:
        registered = pdfmetrics.getRegisteredFontNames()
        if name not in registered:
            font = TTFont(name, str(path), subfontIndex=index)
            missing = [ch for ch in PROBE_CHARS if ord(ch) not in font.face.charToGlyph]
            if missing:
                raise FontProblem(Message("字体不含中文字形"))
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=name, italic=name, boldItalic=name
            )
    except TTFError as exc:
        raise FontProblem(Message("reportlab 无法使用该字体（{}）", str(exc))) from None
    return FontStatus(
        name=name,
        path=str(path),
        embedded=True,
        message=Message("PDF 字体：{}（嵌入子集）", str(path)),
    )


def _register_fallback(problems: list[str]) -> FontStatus:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FALLBACK_CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
    message: str = Message(
        "未找到可嵌入的中文 TrueType 字体，PDF 改用内置字体 STSong-Light（不嵌入字形，"
        "打开 PDF 的电脑须装有中文字体）。请在设置中指定字体文件，"
        "例如 simsun.ttc、msyh.ttc 或 wqy-microhei.ttc。"
    )
    if problems:
        message = joined([*problems, message])
    return FontStatus(name=FALLBACK_CID_FONT, path=None, embedded=False, message=message)


def truetype_outlines(path: Path, index: int = 0) -> str:
    """``"truetype"`` if the face has ``glyf`` outlines, ``"cff"`` for CFF, else ``"unknown"``."""
    with path.open("rb") as f:
        head = f.read(12)
        offset = 0
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            if index >= count:
                raise ValueError(Message("集合中没有第 {} 个字体", index))
            f.seek(12 + 4 * index)
            offset = struct.unpack(">I", f.read(4))[0]
            f.seek(offset)
            head = f.read(12)
        sfnt = head[:4]
        if sfnt == b"OTTO":
            return "cff"
        if sfnt not in (b"\x00\x01\x00\x00", b"true"):
            raise ValueError(Message("不是 TrueType/OpenType 字体"))
        num_tables = struct.unpack(">H", head[4:6])[0]
        records = f.read(16 * num_tables)
    tags = {records[i * 16 : i * 16 + 4] for i in range(num_tables)}
    if b"glyf" in tags:
        return "truetype"
    if b"CFF " in tags or b"CFF2" in tags:
        return "cff"
    return "unknown"
