"""The fixed words of the printed documents in each document language.

Keys are the zh_CN text itself, so Chinese output is the key unchanged;
``label(key, "en")`` gives the English, or the key when none is listed.
Templates with ``{}`` fields are filled with ``fmt``.
"""

from __future__ import annotations

LABELS: dict[str, str] = {
    # titles and headings
    "现场检查记录": "On-site Inspection Record",
    "限期整改通知书": "Rectification Notice",
    "送达回证": "Proof of Service",
    "检查情况": "Findings",
    "距学校距离测量": "Distance to the nearest school",
    "评分与结论": "Score and result",
    "现场采取的措施": "Measures taken on site",
    "其他说明": "Other notes",
    "现场照片": "Site photos",
    "签名": "Signatures",
    "电子签章": "Digital signature",
    "（盖章）": "(Seal)",
    # record facts
    "被检查单位": "Inspected party",
    "场所类型": "Site type",
    "地址": "Address",
    "负责人": "Person in charge",
    "信用代码": "Credit code",
    "证照": "Licences",
    "未登记": "None registered",
    "检查时间": "Inspection time",
    "检查地点": "Place",
    "检查人员": "Inspectors",
    "检查表": "Checklists",
    "无": "None",
    # item table
    "编号": "No.",
    "检查内容": "Check",
    "结果": "Result",
    "数量/测量": "Count / measure",
    "扣分": "Deduction",
    "备注": "Note",
    "【红线】": " [RED LINE]",
    # distance table
    "检查项目": "Item",
    "结论": "Result",
    "测量距离": "Measured",
    "规定距离": "Required",
    "测量方法": "Method",
    "最近学校": "Nearest school",
    "起点": "From",
    "终点": "To",
    "测量工具": "Tool",
    "定位精度": "GPS accuracy",
    "坐标直线距离（核对）": "Straight line from coordinates (check)",
    "测量人": "Measured by",
    "计算方法": "Computed as",
    "场所坐标来源": "Site coordinates from",
    "学校坐标来源": "School coordinates from",
    "距离依据": "Legal basis",
    "边界未录入，按校门点估算": "No boundary recorded: estimated from the gates",
    "米": "m",
    # result words
    "合格": "Pass",
    "不合格": "Fail",
    "不适用": "Not applicable",
    "未检查": "Not checked",
    "记录": "Recorded",
    "未测量": "Not measured",
    "不合格（距离不足）": "Fail (too close)",
    "不合格（红线问题，列入黑榜候选）": "Fail (red-line problem, blacklist candidate)",
    "未评分": "Not scored",
    "未评定": "Not assessed",
    "（未完成）": "(not finished)",
    "红线": "red line",
    "提示": "advisory",
    "检查人员（主办）": "Inspector (lead)",
    "检查人员（协办）": "Inspector (second)",
    "被检查方": "Inspected party",
    "见证人": "Witness",
    "直线距离": "Straight line",
    "自学校出入口步行距离": "Walking distance from the school entrance",
    "按交通规则步行距离": "Walking distance following traffic rules",
    "距离测量": "Distance measurement",
    "现场": "On site",
    "整改": "Rectification",
    # signatures
    "（签名后记录已更改，须重新签名）": "(Record changed after signing: sign again)",
    "（未签名）": "(not signed)",
    "（照片文件缺失）": "(photo file missing)",
    "（未设置检查单位）": "(office not set)",
    "以上记录经被检查方核对无误。本记录一式两份，检查单位与被检查方各执一份。": (
        "The inspected party has checked this record. It is made in two copies, "
        "one for the office and one for the inspected party."
    ),
    "被检查方拒绝签名，理由及见证人见签名栏。本记录一式两份，检查单位与被检查方各执一份。": (
        "The inspected party refused to sign; the reason and the witness are given below. "
        "It is made in two copies, one for the office and one for the inspected party."
    ),
    "第一联 存档": "Copy 1: office file",
    "第二联 被检查单位留存": "Copy 2: for the inspected party",
    # notice
    "依据：{}": "Basis: {}",
    "不设整改期限：移送有关执法部门依法处理": "No deadline: referred to the enforcement authority",
    "　　　　年　　月　　日　　时　　分（送达时填写，不早于签发日期 {}）": (
        "____-__-__ __:__ (filled in on service, not before the date of issue {})"
    ),
    "送达人签名：　　　　　　　　　　　　": "Server's signature:",
    "序号": "#",
    "发现的问题": "Problem found",
    "违反的检查条款": "Checklist item breached",
    "整改要求": "Required correction",
    "整改期限": "Deadline",
    "送达文书": "Document served",
    "受送达人": "Served on",
    "送达地点": "Place of service",
    "送达时间": "Time of service",
    "送达人": "Served by",
    "受送达人签收": "Receipt by the party",
    "签名：　　　　　　　日期：": "Signature:                    Date:",
    "受送达人拒绝签收的，由送达人注明拒收事由和日期，并由见证人签名，视为送达。": (
        "If the party refuses to sign, the server notes the reason and date and a "
        "witness signs; the notice then counts as served."
    ),
    "（沿此线裁开，回证由检查单位留存）": "(Cut here: the office keeps the proof of service)",
    "按检查标准整改到位：": "Correct to the checklist standard: ",
    # formatted texts
    "编号：{}": "No. {}",
    "第 {} 页 共 {} 页": "Page {} of {}",
    "图 {}  {}": "Fig. {}  {}",
    "拒绝签名。理由：{}": "Refused to sign. Reason: {}",
    "未说明": "not given",
    "见证人：{}": "Witness: {}",
    "{}（证号 {}）": "{} (ID {})",
    "{} 至 {}": "{} to {}",
    "得分：{}　　结论：{}": "Score: {}    Result: {}",
    "　　（存在红线问题）": "    (red-line problem found)",
    "共 {} 张，见附页。": "{} photos, see the appendix.",
    "记录标识：{}　内容摘要 SHA-256：{}": "Record ID: {}  Content SHA-256: {}",
    "生成时间：{}": "Generated: {}",
    "附页：现场照片（编号 {}）": "Appendix: site photos (No. {})",
    "{}（编号 {}）": "{} (No. {})",
    "{}（{}）": "{} ({})",
    "（{}）": " ({})",
    "{}前\n（{} 日内）": "by {}\n(days allowed: {})",
    "{}：": "To {}:",
    "地址：{}": "Address: {}",
    "负责人：{}": "Person in charge: {}",
    "统一社会信用代码：{}": "Credit code: {}",
    "（扣 {} 分）": " ({} points deducted)",
    "已更正：{}": "Corrected: {}",
    "{}：{}": "{}: {}",
    "。{}": ". {}",
    "《{}》第 {} 项：{}": "{}, item {}: {}",
    "（第 {} 版）": " (version {})",
    "（有效期至 {}）": " (valid until {})",
    "（已过期：有效期至 {}）": " (EXPIRED: valid until {})",
    "{}，本单位检查人员{}在{}对你单位进行检查（现场检查记录编号 {}），发现下列问题，"
    "不符合相应检查条款的要求。现责令你单位按下列要求在规定期限内整改到位：": (
        "On {}, our inspectors {} inspected your premises at {} (inspection record No. {}) "
        "and found the problems below, which do not meet the checklist. You are required "
        "to correct them as set out below within the stated time:"
    ),
    # visible signature stamp
    "电子签名 已签署": "Digitally signed",
    "签名人：{}": "Signer: {}",
    "时间：{}": "Time: {}",
    "证书：{}": "Cert: {}",
    # red/black list bulletin
    "（草稿，未发布）": "(Draft, not published)",
    "草稿": "DRAFT",
    "场所名称": "Name",
    "证照号码/统一社会信用代码": "Licence no. / credit code",
    "上榜理由": "Reason for listing",
    "存在问题": "Problem found",
    "整改情况": "Status",
    "复查日期": "Re-checked",
    "上榜理由及场所说明": "Reasons and the site's reply",
    "移出日期": "Removed on",
    "理由": "Reason",
    "场所说明：{}": "Site's reply: {}",
    "{}：现场照片": "{}: site photos",
    "本期无。": "None this period.",
    "一、红榜（{} 家）": "1. Red list (sites: {})",
    "二、黑榜（{} 家）": "2. Black list (sites: {})",
    "三、经复查合格移出黑榜（{} 家）": "3. Removed from the black list after passing re-inspection (sites: {})",
    "附：黑榜问题照片": "Appendix: photos of the black-list problems",
    "（发布单位）": "(issuing office)",
    "（未发布）": "(not published)",
    "发布单位：{}": "Issued by: {}",
    "发布日期：{}": "Date of issue: {}",
    "本期快照 SHA-256：{}": "Snapshot SHA-256 of this issue: {}",
    "第 {} 页": "Page {}",
    # bulletin workbook
    "红榜": "Red list",
    "黑榜": "Black list",
    "移出黑榜": "Removed",
    "发布信息": "Issue",
    "经复查合格移出黑榜": "removed from the black list after passing re-inspection",
    "{}（{}）{}": "{} ({}): {}",
    "场所说明": "Site's reply",
    "标题": "Title",
    "期号": "Issue number",
    "期间": "Period",
    "发布单位": "Issued by",
    "发布日期": "Date of issue",
    "快照 SHA-256": "Snapshot SHA-256",
    # statistics report
    "统计期间：{}": "Period: {}",
    "一、总体情况": "1. Overview",
    "二、分类别得分率": "2. Score rate by category",
    "三、分网格得分率": "3. Score rate by grid",
    "四、分场所类型得分率": "4. Score rate by site type",
    "五、分检查员得分率": "5. Score rate by inspector",
    "六、问题发现与整改": "6. Problems found and corrected",
    "七、不合格最多的检查项": "7. Most failed checklist items",
    "八、各网格逾期未整改问题": "8. Overdue problems by grid",
    "截至统计日期 {} 仍逾期未整改的问题，按网格统计（不论在哪一期发现）。": (
        "Problems still overdue on {} (the date of this report), by grid, "
        "whichever period they were found in."
    ),
    "各类别得分率": "Score rate by category",
    "各网格得分率（前 {} 个）": "Score rate by grid (first {})",
    "逾期未整改（含移交执法）问题数": "Overdue problems (incl. referred to law enforcement)",
    "无数据": "No data",
    "类别": "Category",
    "网格": "Grid",
    "检查员": "Inspector",
    "检查次数": "Inspections",
    "得分": "Score",
    "应得分": "Maximum",
    "得分率": "Score rate",
    "检查项": "Checklist item",
    "检查表 / 编号": "Checklist / item no.",
    "不合格次数": "Failures",
    "逾期问题数": "Overdue problems",
    "发现问题与已整改：{}": "Problems corrected of those found: {}",
    "（未设置）": "(not set)",
    "统计单位：{}　统计日期：{}": "Compiled by: {}    Date: {}",
    # statistics workbook
    "总体": "Overview",
    "统计期间": "Period",
    "常规检查": "Routine",
    "复查": "Re-inspections",
    "总得分率(%)": "Score rate (%)",
    "发现问题": "Problems found",
    "已整改": "Corrected",
    "整改率": "Correction rate",
    "摊位检查数": "Stalls inspected",
    "不合格摊位数": "Stalls with a failure",
    "统计单位": "Compiled by",
    "得分率(%)": "Score rate (%)",
    "分类别": "By category",
    "分网格": "By grid",
    "分场所类型": "By site type",
    "分检查员": "By inspector",
    "{}得分率": "Score rate ({})",
    "不合格最多的检查项": "Most failed items",
    "逾期问题分网格": "Overdue by grid",
    # versions and amendments
    "{}（第 {} 版）": "{} (version {})",
    "本文书为第 {} 版，替代第 {} 版（原版本仍保存，不再有效）。更改原因：{}": (
        "This is version {} of this document; it replaces version {} (kept, no longer in"
        " force). Reason for the change: {}"
    ),
    "签于更正前（更正后须重新签名）": "Signed before the amendment (to be signed again)",
    "更正记录": "Amendments",
    "原结果": "Was",
    "更正为": "Now",
    "更正时间": "Amended at",
    "更正人": "By",
}


def is_english(lang: str) -> bool:
    return lang.startswith("en")


def label(key: str, lang: str = "zh_CN") -> str:
    """``key`` (the zh_CN text) in ``lang``; the key itself when Chinese or unlisted."""
    return LABELS.get(key, key) if is_english(lang) else key


def fmt(key: str, lang: str, *values: object) -> str:
    """The ``{}`` template ``key`` in ``lang``, filled with ``values``."""
    return label(key, lang).format(*values)


def list_sep(lang: str) -> str:
    """How names in a list are joined: 、/； in Chinese, ", " / "; " in English."""
    return "; " if is_english(lang) else "；"
