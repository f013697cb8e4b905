"""Coordinate systems in use in China and where a coordinate came from.

Every stored coordinate is WGS-84 (CGCS2000 agrees with it to centimetres at
this scale). Coordinates from 高德 and 腾讯 maps are GCJ-02 and from 百度 BD-09;
they are converted on entry with the published forward transforms and an
iterative inverse (the forward transform is applied to a guess and the guess
moved by the difference until it reproduces the given point to about a
millimetre). The coordinate's source is kept beside it as ``origin:datum``.
"""

from __future__ import annotations

import math

from inspector.domain.text import LocalText, Message

WGS84 = "wgs84"
CGCS2000 = "cgcs2000"
GCJ02 = "gcj02"
BD09 = "bd09"

DATUMS: dict[str, LocalText] = {
    WGS84: LocalText("WGS-84", "WGS-84"),
    CGCS2000: LocalText("CGCS2000", "CGCS2000"),
    GCJ02: LocalText("GCJ-02", "GCJ-02"),
    BD09: LocalText("BD-09", "BD-09"),
}

# How an office sheet or a user may name a datum.
DATUM_ALIASES: dict[str, str] = {
    "wgs84": WGS84, "wgs-84": WGS84, "wgs 84": WGS84, "gps": WGS84, "epsg:4326": WGS84,
    "cgcs2000": CGCS2000, "cgcs 2000": CGCS2000, "天地图": CGCS2000, "国家2000": CGCS2000,
    "gcj02": GCJ02, "gcj-02": GCJ02, "火星坐标": GCJ02, "高德": GCJ02, "腾讯": GCJ02,
    "bd09": BD09, "bd-09": BD09, "百度": BD09,
}  # fmt: skip

# Where a coordinate came from, and the datum that origin gives.
ORIGINS: dict[str, tuple[LocalText, str]] = {
    "gps": (LocalText("本机 GPS 定位", "GPS of this laptop"), WGS84),
    "typed": (LocalText("手工输入（WGS-84）", "Typed (WGS-84)"), WGS84),
    "amap": (LocalText("高德地图", "Amap"), GCJ02),
    "tencent": (LocalText("腾讯地图", "Tencent Maps"), GCJ02),
    "baidu": (LocalText("百度地图", "Baidu Maps"), BD09),
    "tianditu": (LocalText("天地图", "Tianditu"), CGCS2000),
    "sheet": (LocalText("街道登记表", "Office sheet"), ""),  # the sheet states it, or not
    "geojson": (LocalText("GeoJSON 文件", "GeoJSON file"), WGS84),
    "map": (LocalText("地图上点选", "Clicked on the map"), WGS84),
}

# The choices offered when a coordinate is typed or pasted.
ENTRY_ORIGINS = ("typed", "amap", "tencent", "baidu", "tianditu", "gps")


class DatumError(ValueError):
    """An unknown datum name; the message is for the user."""


def datum_of(name: str) -> str:
    """The datum code for a name as written in a sheet or on the command line."""
    key = (name or "").strip().lower()
    if key in DATUMS:
        return key
    if key in DATUM_ALIASES:
        return DATUM_ALIASES[key]
    raise DatumError(
        Message("坐标系“{}”无法识别，应为 WGS-84、CGCS2000、GCJ-02 或 BD-09", name.strip())
    )


def source(origin: str, datum: str | None = None) -> str:
    """The stored source text ``origin:datum`` (the origin's own datum by default; an
    empty datum means nobody stated it and the coordinate was taken as WGS-84)."""
    return f"{origin}:{ORIGINS[origin][1] if datum is None else datum}"


def split_source(text: str) -> tuple[str, str]:
    """``(origin, datum)`` of a stored source; an empty source is ``("", "")`` (not recorded)."""
    origin, _, datum = (text or "").partition(":")
    return origin, datum


def describe_source(text: str, lang: str = "zh_CN") -> str:
    """A readable source: "高德地图（GCJ-02，已换算为 WGS-84）" or "来源未记录（按 WGS-84）"."""
    english = lang.startswith("en")
    open_, close = (" (", ")") if english else ("（", "）")
    origin, datum = split_source(text)
    if not origin:
        return LocalText("来源未记录（按 WGS-84）", "Source not recorded (taken as WGS-84)").get(
            lang
        )
    name = ORIGINS[origin][0].get(lang) if origin in ORIGINS else origin
    if datum in (GCJ02, BD09):
        tail = LocalText("{}，已换算为 WGS-84", "{}, converted to WGS-84").get(lang)
        return f"{name}{open_}{tail.format(DATUMS[datum].get(lang))}{close}"
    if not datum:
        tail = LocalText("坐标系未注明，按 WGS-84", "datum not stated, taken as WGS-84").get(lang)
        return f"{name}{open_}{tail}{close}"
    label = DATUMS[datum].get(lang) if datum in DATUMS else datum
    return f"{name}{open_}{label}{close}" if label not in name else name


# --- the transforms ------------------------------------------------------------------------

_A = 6378245.0  # the Krasovsky 1940 semi-major axis the GCJ-02 formula is stated in
_EE = 0.00669342162296594323
_X_PI = math.pi * 3000.0 / 180.0


def in_china(lat: float, lon: float) -> bool:
    """The rough box in which map apps apply the GCJ-02 shift (outside it they do not)."""
    return 0.8293 <= lat <= 55.8271 and 72.004 <= lon <= 137.8347


def _shift_lat(x: float, y: float) -> float:
    r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    r += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return r


def _shift_lon(x: float, y: float) -> float:
    r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    r += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return r


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """The published GCJ-02 forward transform (identity outside China)."""
    if not in_china(lat, lon):
        return lat, lon
    dlat = _shift_lat(lon - 105.0, lat - 35.0)
    dlon = _shift_lon(lon - 105.0, lat - 35.0)
    rad = math.radians(lat)
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return lat + dlat, lon + dlon


def gcj02_to_bd09(lat: float, lon: float) -> tuple[float, float]:
    """The published BD-09 forward transform from GCJ-02."""
    z = math.hypot(lon, lat) + 0.00002 * math.sin(lat * _X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _X_PI)
    return z * math.sin(theta) + 0.006, z * math.cos(theta) + 0.0065


def wgs84_to_bd09(lat: float, lon: float) -> tuple[float, float]:
    return gcj02_to_bd09(*wgs84_to_gcj02(lat, lon))


def _invert(forward, lat: float, lon: float) -> tuple[float, float]:
    """Solve ``forward(x) == (lat, lon)`` by fixed-point steps (the shift varies slowly)."""
    g_lat, g_lon = lat, lon
    for _ in range(30):
        f_lat, f_lon = forward(g_lat, g_lon)
        d_lat, d_lon = f_lat - lat, f_lon - lon
        g_lat, g_lon = g_lat - d_lat, g_lon - d_lon
        if abs(d_lat) < 1e-10 and abs(d_lon) < 1e-10:
            break
    return g_lat, g_lon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """WGS-84 from GCJ-02, iterated to about a millimetre."""
    return _invert(wgs84_to_gcj02, lat, lon)


def bd09_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """WGS-84 from BD-09, iterated to about a millimetre."""
    return _invert(wgs84_to_bd09, lat, lon)


def to_wgs84(lat: float, lon: float, datum: str) -> tuple[float, float]:
    """A coordinate in ``datum`` as WGS-84 (CGCS2000 is taken as equal to WGS-84)."""
    if datum == GCJ02:
        return gcj02_to_wgs84(lat, lon)
    if datum == BD09:
        return bd09_to_wgs84(lat, lon)
    if datum in (WGS84, CGCS2000, ""):
        return lat, lon
    raise DatumError(Message("坐标系“{}”无法识别", datum))


def from_wgs84(lat: float, lon: float, datum: str) -> tuple[float, float]:
    """A WGS-84 coordinate expressed in ``datum`` (for export in an office's datum)."""
    if datum == GCJ02:
        return wgs84_to_gcj02(lat, lon)
    if datum == BD09:
        return wgs84_to_bd09(lat, lon)
    return lat, lon
