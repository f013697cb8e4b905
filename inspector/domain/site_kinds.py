"""The kinds of site the register knows, grouped by the campaign's categories.

Codes are stable identifiers used by templates (``applies_to``), the policy
files and the register's import columns; labels are what people read.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.domain.text import LocalText

# Categories that lists and statistics are grouped by.
SCHOOL_PERIMETER = "school_perimeter"
MARKET = "market"
WINDOW = "window"
PUBLIC_PLACE = "public_place"

CATEGORY_LABELS: dict[str, LocalText] = {
    SCHOOL_PERIMETER: LocalText("校园周边", "School perimeter"),
    MARKET: LocalText("农贸市场", "Markets"),
    WINDOW: LocalText("窗口行业", "Window industry"),
    PUBLIC_PLACE: LocalText("公共场所", "Public places"),
}


@dataclass(frozen=True)
class SiteKind:
    code: str
    label: LocalText
    category: str
    five_small: bool = False  # one of the 五小门店


SITE_KINDS: tuple[SiteKind, ...] = (
    SiteKind("internet_cafe", LocalText("网吧", "Internet café"), SCHOOL_PERIMETER),
    SiteKind("game_hall", LocalText("电子游戏厅", "Game hall"), SCHOOL_PERIMETER),
    SiteKind("bar", LocalText("酒吧", "Bar"), SCHOOL_PERIMETER),
    SiteKind("mahjong_parlour", LocalText("棋牌室", "Mahjong / chess parlour"), SCHOOL_PERIMETER),
    SiteKind(
        "publication_seller",
        LocalText("出版物及文具经营店", "Publication / stationery seller"),
        SCHOOL_PERIMETER,
    ),
    SiteKind("food_shop", LocalText("食品店·小吃店", "Food / snack shop"), SCHOOL_PERIMETER),
    SiteKind("restaurant", LocalText("餐饮店", "Restaurant"), SCHOOL_PERIMETER),
    SiteKind("tobacco_seller", LocalText("烟草零售点", "Tobacco seller"), SCHOOL_PERIMETER),
    SiteKind("alcohol_seller", LocalText("酒类零售点", "Alcohol seller"), SCHOOL_PERIMETER),
    SiteKind("lottery_seller", LocalText("彩票销售点", "Lottery outlet"), SCHOOL_PERIMETER),
    SiteKind("small_eatery", LocalText("五小门店·小餐饮", "Small eatery"), SCHOOL_PERIMETER, True),
    SiteKind(
        "small_grocery", LocalText("五小门店·小食杂", "Small grocery"), SCHOOL_PERIMETER, True
    ),
    SiteKind(
        "small_salon",
        LocalText("五小门店·小美容美发", "Small hair / beauty salon"),
        SCHOOL_PERIMETER,
        True,
    ),
    SiteKind("small_hostel", LocalText("五小门店·小旅馆", "Small hostel"), SCHOOL_PERIMETER, True),
    SiteKind(
        "small_entertainment",
        LocalText("五小门店·小歌舞娱乐", "Small karaoke / entertainment"),
        SCHOOL_PERIMETER,
        True,
    ),
    SiteKind("farmers_market", LocalText("农贸市场", "Farmers' market"), MARKET),
    SiteKind("market_stall", LocalText("市场摊位", "Market stall"), MARKET),
    SiteKind("shopping_mall", LocalText("商场·超市", "Shopping mall / supermarket"), MARKET),
    SiteKind("bank", LocalText("银行网点", "Bank branch"), WINDOW),
    SiteKind("post_office", LocalText("邮政网点", "Post office"), WINDOW),
    SiteKind("telecom_hall", LocalText("通信营业厅", "Telecom service hall"), WINDOW),
    SiteKind("government_hall", LocalText("政务服务大厅", "Government service hall"), WINDOW),
    SiteKind("hospital", LocalText("医院", "Hospital"), WINDOW),
    SiteKind("station", LocalText("车站", "Bus / railway station"), WINDOW),
    SiteKind(
        "public_venue",
        LocalText("公共场所（宾馆、影剧院、体育场馆等）", "Other public venue"),
        PUBLIC_PLACE,
    ),
)

BY_CODE: dict[str, SiteKind] = {k.code: k for k in SITE_KINDS}

SCHOOL_KINDS: dict[str, LocalText] = {
    "primary": LocalText("小学", "Primary school"),
    "middle": LocalText("中学", "Secondary school"),
    "kindergarten": LocalText("幼儿园", "Kindergarten"),
    "nine_year": LocalText("九年一贯制学校", "Nine-year school"),
}


def site_kind(code: str) -> SiteKind | None:
    return BY_CODE.get(code)


def kind_label(code: str, language: str = "zh_CN") -> str:
    kind = BY_CODE.get(code)
    return kind.label.get(language) if kind else code


# The licence a licence number stands for when a sheet gives no licence type: the
# permit the kind's trade needs (the business licence, 营业执照, for the rest).
DEFAULT_LICENCES: dict[str, str] = {
    "internet_cafe": "网络文化经营许可证",
    "game_hall": "娱乐经营许可证",
    "small_entertainment": "娱乐经营许可证",
    "publication_seller": "出版物经营许可证",
    "food_shop": "食品经营许可证",
    "restaurant": "食品经营许可证",
    "small_eatery": "食品经营许可证",
    "small_grocery": "食品经营许可证",
    "tobacco_seller": "烟草专卖零售许可证",
    "bar": "食品经营许可证",
    "alcohol_seller": "食品经营许可证",
    "lottery_seller": "彩票代销证",
    "small_hostel": "特种行业许可证",
    "small_salon": "公共场所卫生许可证",
    "bank": "金融许可证",
    "hospital": "医疗机构执业许可证",
    "public_venue": "公共场所卫生许可证",
}
BUSINESS_LICENCE = "营业执照"


def default_licence(code: str) -> str:
    """The licence type a bare licence number of a site of kind ``code`` is taken to be."""
    return DEFAULT_LICENCES.get(code, BUSINESS_LICENCE)


def alias_key(text: str) -> str:
    """How kind texts are compared: without spaces, and full-width brackets as half-width."""
    return "".join(text.split()).replace("（", "(").replace("）", ")").lower()


def kind_from_text(text: str, aliases: dict[str, str] | None = None) -> str | None:
    """The kind code for a code or a label in either language (for imports).

    ``aliases`` maps other names an office uses (``alias_key`` of the text) to codes.
    """
    t = text.strip()
    if not t:
        return None
    if t in BY_CODE:
        return t
    for k in SITE_KINDS:
        if t in (k.label.zh_CN, k.label.en) or t == k.label.zh_CN.removeprefix("五小门店·"):
            return k.code
    code = (aliases or {}).get(alias_key(t))
    return code if code in BY_CODE else None


def category_of(code: str) -> str | None:
    kind = BY_CODE.get(code)
    return kind.category if kind else None
