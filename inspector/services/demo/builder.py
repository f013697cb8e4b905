"""A demo data directory built from code: one fictional sub-district of Suxian, Chenzhou.

Everything here is invented (names, people, numbers); positions lie around
25.79 N, 113.04 E. The random generator is seeded, so every run makes the same
data, and ids are derived from names so two demo directories share a register.

Later capabilities add their own demo data: put one entry in
:data:`DEMO_EXTENSIONS` — a callable taking the open :class:`AppContext`, or a
``"module:function"`` string imported when the demo is built.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import math
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import platformdirs

from inspector.domain.credit_code import with_check_character
from inspector.resources import resource
from inspector.services.core.context import AppContext, open_context
from inspector.services.core.errors import UserError
from inspector.services.register.entries import (
    LicenceData,
    PointData,
    SchoolData,
    SiteData,
    register_counts,
    save_school_in,
    save_site_in,
)
from inspector.store.engine import write_session
from inspector.store.paths import APP_AUTHOR, APP_NAME, DB_FILE

DEMO_EXTENSIONS: list[Callable[[AppContext], object] | str] = [
    # One line per capability, e.g. "inspector.services.inspection_demo:add_demo_inspections",
    "inspector.services.demo.inspections:add_demo_inspections",
    "inspector.services.demo.document_samples:add_demo_paperwork",
    "inspector.services.demo.followup:add_demo_followup",
]

SEED = 2017
ID_SPACE = uuid.uuid5(uuid.NAMESPACE_URL, "inspector:demo")
TODAY = date(2026, 6, 1)  # licence dates are relative to a fixed day (deterministic)

OFFICE = "苏仙区某街道文明创建办公室（演示）"
INSPECTOR = ("周明远", "湘执4310030001")

M_PER_DEG_LAT = 111_320.0

# name, kind, gates, boundary corners (offsets in metres east/north of the centre)
SCHOOLS = [
    ("青石路小学", "primary", (25.79000, 113.04000), "青石社区", "苏仙区青石路18号",
     [("南门", 0, -90), ("东门", 110, 0)], [(-100, -90), (110, -90), (110, 80), (-100, 80)]),
    ("桂花中学", "middle", (25.79620, 113.04850), "桂花社区", "苏仙区桂花路66号",
     [("正门", 0, -130), ("北门", 20, 140)], [(-150, -130), (150, -130), (150, 140), (-150, 140)]),
    ("东塘幼儿园", "kindergarten", (25.78520, 113.03350), "东塘社区", "苏仙区东塘街9号",
     [("大门", 0, -40)], [(-40, -40), (40, -40), (40, 35), (-40, 35)]),
]  # fmt: skip

# name, kind, school index (0..2), metres east, metres north of that school's first gate
SITES = [
    ("星际网络会所", "internet_cafe", 0, 60, -130),
    ("极速网咖", "internet_cafe", 1, -90, -110),
    ("云端网吧", "internet_cafe", 2, 420, 300),
    ("欢乐电玩城", "game_hall", 0, -150, -60),
    ("动感游戏厅", "game_hall", 1, 350, -260),
    ("和顺棋牌室", "mahjong_parlour", 0, 210, -160),
    ("老街坊棋牌", "mahjong_parlour", 2, -140, -90),
    ("启智书店", "publication_seller", 0, 40, -40),
    ("学海文具店", "publication_seller", 1, 30, -50),
    ("小灵通文具", "publication_seller", 2, 70, -30),
    ("张记零食铺", "food_shop", 0, -35, -45),
    ("甜甜小吃店", "food_shop", 1, -60, -40),
    ("湘味米粉店", "restaurant", 0, 120, -210),
    ("桂花园酒家", "restaurant", 1, 240, 60),
    ("顺心烟酒店", "tobacco_seller", 1, 160, -90),
    ("惠民烟草便利店", "tobacco_seller", 0, -260, 40),
    ("阿婆早餐店", "small_eatery", 0, 80, -70),
    ("刘家饺子馆", "small_eatery", 2, 55, -60),
    ("邻里便利店", "small_grocery", 0, -90, -100),
    ("东塘食杂店", "small_grocery", 2, -30, -80),
    ("时尚发型屋", "small_salon", 1, 190, -150),
    ("丽人美容院", "small_salon", 2, 260, 110),
    ("青石旅社", "small_hostel", 0, 310, -40),
    ("桂花招待所", "small_hostel", 1, -280, 30),
    ("好声音KTV", "small_entertainment", 1, 420, -180),
    ("青石农贸市场", "farmers_market", 0, 380, -330),
    ("东塘集贸市场", "farmers_market", 2, 300, -260),
    ("青石农贸市场 A12 号摊位", "market_stall", 0, 385, -335),
    ("青石农贸市场 B03 号摊位", "market_stall", 0, 372, -322),
    ("东塘集贸市场 熟食 5 号摊", "market_stall", 2, 305, -255),
    ("万家福超市", "shopping_mall", 1, -420, -300),
    ("农商银行青石支行", "bank", 0, 520, 120),
    ("建设银行桂花路网点", "bank", 1, -360, 220),
    ("邮政储蓄青石营业所", "post_office", 0, 450, 260),
    ("移动营业厅桂花路店", "telecom_hall", 1, 280, 330),
    ("街道政务服务中心", "government_hall", 0, 600, 400),
    ("社区卫生服务中心", "hospital", 2, 500, 180),
    ("苏仙区第三人民医院（虚构）", "hospital", 1, 700, -500),
    ("青石路公交站", "station", 0, 20, -160),
    ("东塘客运站", "station", 2, 650, -420),
    ("东塘影剧院", "public_venue", 2, 380, 420),
    ("桂花宾馆", "public_venue", 1, -520, 380),
    # the kinds art. 58 (bars) and 59 (alcohol, lottery) keep away from schools, last so
    # that the sites above keep their positions; the lottery outlet lies 60 m from the
    # primary school's south wall, inside the zone once the office enables the kind
    ("夜色清吧", "bar", 1, 260, -300),
    ("醇香名酒行", "alcohol_seller", 1, -60, -150),
    ("鸿运福利彩票站", "lottery_seller", 0, 40, -60),
]

COMMUNITIES = ("青石社区", "桂花社区", "东塘社区")
ROADS = {"青石社区": "青石路", "桂花社区": "桂花路", "东塘社区": "东塘街"}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗谢唐邓曾彭萧"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂兰华建国红梅志文"

LICENCES = {
    "internet_cafe": ["网络文化经营许可证", "消防安全检查合格证"],
    "game_hall": ["娱乐经营许可证"],
    "small_entertainment": ["娱乐经营许可证"],
    "publication_seller": ["出版物经营许可证"],
    "food_shop": ["食品经营许可证"],
    "restaurant": ["食品经营许可证"],
    "small_eatery": ["食品经营许可证"],
    "small_grocery": ["食品经营许可证"],
    "market_stall": ["食品经营许可证"],
    "shopping_mall": ["食品经营许可证"],
    "tobacco_seller": ["烟草专卖零售许可证"],
    "bar": ["食品经营许可证"],
    "alcohol_seller": ["食品经营许可证"],
    "lottery_seller": ["彩票代销证"],
    "small_hostel": ["特种行业许可证", "公共场所卫生许可证"],
    "small_salon": ["公共场所卫生许可证"],
    "bank": ["金融许可证"],
    "hospital": ["医疗机构执业许可证"],
    "public_venue": ["公共场所卫生许可证"],
}
NO_BUSINESS_LICENCE = {"government_hall", "station", "hospital"}


def demo_id(kind: str, name: str) -> str:
    return str(uuid.uuid5(ID_SPACE, f"{kind}:{name}"))


def offset(lat: float, lon: float, east_m: float, north_m: float) -> tuple[float, float]:
    """The point ``east_m``/``north_m`` metres from (lat, lon), small distances only."""
    dlat = north_m / M_PER_DEG_LAT
    dlon = east_m / (M_PER_DEG_LAT * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def demo_schools() -> list[SchoolData]:
    out = []
    for name, kind, (lat, lon), community, address, gates, corners in SCHOOLS:
        points = [PointData(*offset(lat, lon, e, n), "gate", label) for label, e, n in gates]
        points += [
            PointData(*offset(lat, lon, e, n), "boundary", f"角点{i}")
            for i, (e, n) in enumerate(corners, 1)
        ]
        out.append(
            SchoolData(
                name=name,
                kind=kind,
                address=address,
                grid=f"{community}第1网格",
                community=community,
                points=points,
                id=demo_id("school", name),
            )
        )
    return out


def _credit_code(rng: random.Random) -> str:
    """A credit code whose check character is right (GB 32100, via python-stdnum)."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    drawn = "".join(rng.choice(chars) for _ in range(10))  # as many draws as ever: same demo
    return with_check_character("92431003" + drawn[:9])


def _licences(rng: random.Random, kind: str, credit: str) -> list[LicenceData]:
    kinds = ([] if kind in NO_BUSINESS_LICENCE else ["营业执照"]) + LICENCES.get(kind, [])
    out = []
    for k in kinds:
        if k == "营业执照":
            out.append(LicenceData(k, credit, None))
            continue
        days = rng.choice([-40, 25, 200, 400, 700, 1000])  # some expired, some close
        number = f"{'JY' if '食品' in k else 'XK'}{rng.randrange(10**11, 10**12)}"
        out.append(LicenceData(k, number, TODAY + timedelta(days=days)))
    return out


def demo_sites(schools: list[SchoolData]) -> list[SiteData]:
    rng = random.Random(SEED)
    out = []
    for i, (name, kind, school_index, east, north) in enumerate(SITES):
        school = schools[school_index]
        gate = school.gates[0]
        lat, lon = offset(gate.lat, gate.lon, east + rng.uniform(-3, 3), north + rng.uniform(-3, 3))
        community = school.community
        grid_no = 1 + (abs(east) + abs(north) > 300) + (i % 2)
        person = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        credit = _credit_code(rng)
        has_coords = i % 13 != 12  # a few sites were registered without a position
        out.append(
            SiteData(
                name=name,
                kind=kind,
                address=f"苏仙区{ROADS[community]}{rng.randint(1, 240)}号",
                grid=f"{community}第{grid_no}网格",
                community=community,
                responsible_person=person,
                phone=f"13{rng.randint(0, 9)}{rng.randint(10**7, 10**8 - 1)}",
                credit_code="" if kind in NO_BUSINESS_LICENCE else credit,
                lat=lat if has_coords else None,
                lon=lon if has_coords else None,
                notes="演示数据，均为虚构。" if i == 0 else "",
                licences=_licences(rng, kind, credit),
                id=demo_id("site", name),
            )
        )
    return out


# --- where the demo's coordinates came from (the 200 m rule) --------------------------------


def demo_coordinate_sources(schools: list[SchoolData], sites: list[SiteData]) -> None:
    """Campus lines and gates drawn on 天地图 (CGCS2000); sites from the office's sheet in
    WGS-84. The boundary corners are listed in order, so each school has its polygon."""
    for school in schools:
        for p in school.points:
            p.coord_source = "tianditu:cgcs2000"
    for site in sites:
        if site.lat is not None:
            site.coord_source = "sheet:wgs84"


def _resolve(extension: Callable[[AppContext], object] | str) -> Callable[[AppContext], object]:
    if callable(extension):
        return extension
    module, _, attr = extension.partition(":")
    return getattr(importlib.import_module(module), attr)


def create_demo(data_dir: Path, *, cached: bool = False) -> dict[str, int]:
    """Fill a new (or empty) data directory with the demo; returns what was made.

    With ``cached`` the demo is built once into the user's cache folder (keyed by
    the code and data it is built from, and by today's date) and copied from there:
    ``inspector --demo`` then starts in a moment from the second time on.
    """
    data_dir = Path(data_dir)
    if (data_dir / DB_FILE).exists():
        raise UserError("目录 {} 已有数据库：演示数据只能生成到新的或空的目录中。", data_dir)
    if not cached:
        return _build(data_dir)
    source = _cached_demo()
    shutil.copytree(source / "data", data_dir, dirs_exist_ok=True)
    return json.loads((source / "summary.json").read_text(encoding="utf-8"))


def _build(data_dir: Path) -> dict[str, int]:
    ctx = open_context(data_dir)
    try:
        ctx.settings.office_name = OFFICE
        ctx.settings.inspector_name, ctx.settings.inspector_id_no = INSPECTOR
        ctx.settings.community = "青石社区"
        ctx.settings.grid = "青石社区第1网格"
        ctx.save_settings()
        schools = demo_schools()
        sites = demo_sites(schools)
        demo_coordinate_sources(schools, sites)
        with write_session(ctx.engine) as s:
            for school in schools:
                save_school_in(s, ctx.device_id, school)
            for site in sites:
                save_site_in(s, ctx.device_id, site)
        for extension in DEMO_EXTENSIONS:
            _resolve(extension)(ctx)
        counts = register_counts(ctx)
    finally:
        ctx.close()
    return {"sites": counts["sites"], "schools": counts["schools"]}


def _cache_key() -> str:
    """Changes whenever the demo could come out different: code, shipped data, the day."""
    root = Path(__file__).resolve().parent.parent.parent
    digest = hashlib.sha256(f"{date.today()}|{DEMO_EXTENSIONS!r}".encode())
    code = [f for f in sorted(root.rglob("*.py")) if f.relative_to(root).parts[0] != "ui"]
    for f in code + sorted(resource().rglob("*.yaml")):
        digest.update(f.name.encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def _cached_demo() -> Path:
    base = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "demo"
    target = base / _cache_key()
    if (target / "summary.json").exists():
        return target
    base.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix="building-", dir=base))
    summary = _build(building / "data")
    (building / "summary.json").write_text(json.dumps(summary), encoding="utf-8")
    try:
        building.rename(target)
    except OSError:  # another process made it first
        shutil.rmtree(building, ignore_errors=True)
    for old in base.iterdir():  # keep only the current demo
        if old != target and not old.name.startswith("building-"):
            shutil.rmtree(old, ignore_errors=True)
    return target
