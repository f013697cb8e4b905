"""What the conflict dialog calls the fields of the synced records, and how it shows values.

The names stay in the translation context ``SyncFields``. Every column of every table in
``inspector.sync.tables.SYNCED_TABLES`` has a name here (a test checks it); an unknown
one reads as "other field", so no internal column name reaches the UI. Values that are
codes (a site kind, a case's state, a result, yes/no) are shown in words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspector.domain import cases as rules
from inspector.domain.datum import describe_source
from inspector.domain.policy import METHODS
from inspector.services.paperwork.check import KIND_LABELS as DOCUMENT_KINDS
from inspector.ui.inspection.page import RESULT_LABELS, STATUS_LABELS
from inspector.ui.shell.i18n import current_language, kind_text, service_text

FIELD_NAMES = {
    "active": str(QT_TRANSLATE_NOOP("SyncFields", "启用")),
    "actor": str(QT_TRANSLATE_NOOP("SyncFields", "操作人")),
    "address": str(QT_TRANSLATE_NOOP("SyncFields", "地址")),
    "amendment_count": str(QT_TRANSLATE_NOOP("SyncFields", "更正次数")),
    "answered_at": str(QT_TRANSLATE_NOOP("SyncFields", "作答时间")),
    "archived": str(QT_TRANSLATE_NOOP("SyncFields", "已归档")),
    "assigned_to": str(QT_TRANSLATE_NOOP("SyncFields", "分配给")),
    "at": str(QT_TRANSLATE_NOOP("SyncFields", "时间")),
    "block_id": str(QT_TRANSLATE_NOOP("SyncFields", "编号段")),
    "caption": str(QT_TRANSLATE_NOOP("SyncFields", "说明文字")),
    "case_id": str(QT_TRANSLATE_NOOP("SyncFields", "整改事项")),
    "change_reason": str(QT_TRANSLATE_NOOP("SyncFields", "修改原因")),
    "choice": str(QT_TRANSLATE_NOOP("SyncFields", "选项")),
    "closed_at": str(QT_TRANSLATE_NOOP("SyncFields", "办结时间")),
    "closing_note": str(QT_TRANSLATE_NOOP("SyncFields", "办结说明")),
    "closing_photo": str(QT_TRANSLATE_NOOP("SyncFields", "办结照片")),
    "co_inspector_id_no": str(QT_TRANSLATE_NOOP("SyncFields", "协办检查员证号")),
    "co_inspector_name": str(QT_TRANSLATE_NOOP("SyncFields", "协办检查员")),
    "community": str(QT_TRANSLATE_NOOP("SyncFields", "社区")),
    "computed_distance_m": str(QT_TRANSLATE_NOOP("SyncFields", "按坐标计算的距离（米）")),
    "content": str(QT_TRANSLATE_NOOP("SyncFields", "内容")),
    "content_hash": str(QT_TRANSLATE_NOOP("SyncFields", "内容校验值")),
    "coord_source": str(QT_TRANSLATE_NOOP("SyncFields", "坐标来源")),
    "count": str(QT_TRANSLATE_NOOP("SyncFields", "数量")),
    "created_at": str(QT_TRANSLATE_NOOP("SyncFields", "创建时间")),
    "created_by_device": str(QT_TRANSLATE_NOOP("SyncFields", "创建设备")),
    "credit_code": str(QT_TRANSLATE_NOOP("SyncFields", "统一社会信用代码")),
    "credit_code_unchecked": str(QT_TRANSLATE_NOOP("SyncFields", "信用代码未校验")),
    "deadline": str(QT_TRANSLATE_NOOP("SyncFields", "整改期限")),
    "deadline_days": str(QT_TRANSLATE_NOOP("SyncFields", "整改天数")),
    "deduction": str(QT_TRANSLATE_NOOP("SyncFields", "扣分")),
    "deductions": str(QT_TRANSLATE_NOOP("SyncFields", "扣分合计")),
    "device": str(QT_TRANSLATE_NOOP("SyncFields", "设备")),
    "distance_basis": str(QT_TRANSLATE_NOOP("SyncFields", "距离依据")),
    "distance_limit_m": str(QT_TRANSLATE_NOOP("SyncFields", "距离限值（米）")),
    "distance_m": str(QT_TRANSLATE_NOOP("SyncFields", "距离（米）")),
    "distance_method": str(QT_TRANSLATE_NOOP("SyncFields", "测距方法")),
    "distance_warning": str(QT_TRANSLATE_NOOP("SyncFields", "距离提醒")),
    "end_point": str(QT_TRANSLATE_NOOP("SyncFields", "终点")),
    "entity": str(QT_TRANSLATE_NOOP("SyncFields", "记录类型")),
    "entity_id": str(QT_TRANSLATE_NOOP("SyncFields", "记录编号")),
    "escalated_at": str(QT_TRANSLATE_NOOP("SyncFields", "移交时间")),
    "escalation_note": str(QT_TRANSLATE_NOOP("SyncFields", "移交说明")),
    "field": str(QT_TRANSLATE_NOOP("SyncFields", "字段")),
    "file_name": str(QT_TRANSLATE_NOOP("SyncFields", "文件名")),
    "finding": str(QT_TRANSLATE_NOOP("SyncFields", "发现情况")),
    "finished_at": str(QT_TRANSLATE_NOOP("SyncFields", "完成时间")),
    "first": str(QT_TRANSLATE_NOOP("SyncFields", "起始号")),
    "found_on": str(QT_TRANSLATE_NOOP("SyncFields", "发现日期")),
    "generated_at": str(QT_TRANSLATE_NOOP("SyncFields", "生成时间")),
    "gps_accuracy_m": str(QT_TRANSLATE_NOOP("SyncFields", "定位精度（米）")),
    "grid": str(QT_TRANSLATE_NOOP("SyncFields", "网格")),
    "height": str(QT_TRANSLATE_NOOP("SyncFields", "高度")),
    "id": str(QT_TRANSLATE_NOOP("SyncFields", "记录编号")),
    "inputs_hash": str(QT_TRANSLATE_NOOP("SyncFields", "输入校验值")),
    "inspection_id": str(QT_TRANSLATE_NOOP("SyncFields", "所属检查")),
    "issued_at": str(QT_TRANSLATE_NOOP("SyncFields", "发号时间")),
    "item_code": str(QT_TRANSLATE_NOOP("SyncFields", "检查项编号")),
    "item_text": str(QT_TRANSLATE_NOOP("SyncFields", "检查项内容")),
    "kind": str(QT_TRANSLATE_NOOP("SyncFields", "类型")),
    "label": str(QT_TRANSLATE_NOOP("SyncFields", "点位名称")),
    "last": str(QT_TRANSLATE_NOOP("SyncFields", "截止号")),
    "lat": str(QT_TRANSLATE_NOOP("SyncFields", "纬度")),
    "lead_inspector_id_no": str(QT_TRANSLATE_NOOP("SyncFields", "主办检查员证号")),
    "lead_inspector_name": str(QT_TRANSLATE_NOOP("SyncFields", "主办检查员")),
    "location_text": str(QT_TRANSLATE_NOOP("SyncFields", "检查地点")),
    "lon": str(QT_TRANSLATE_NOOP("SyncFields", "经度")),
    "max_score": str(QT_TRANSLATE_NOOP("SyncFields", "满分")),
    "measured_at": str(QT_TRANSLATE_NOOP("SyncFields", "测量时间")),
    "measured_by": str(QT_TRANSLATE_NOOP("SyncFields", "测量人")),
    "measurement": str(QT_TRANSLATE_NOOP("SyncFields", "测量值")),
    "measurement_id": str(QT_TRANSLATE_NOOP("SyncFields", "所属测量")),
    "measures_taken": str(QT_TRANSLATE_NOOP("SyncFields", "已采取的措施")),
    "method": str(QT_TRANSLATE_NOOP("SyncFields", "方法")),
    "name": str(QT_TRANSLATE_NOOP("SyncFields", "名称")),
    "nearest_school_name": str(QT_TRANSLATE_NOOP("SyncFields", "最近的学校")),
    "new_value": str(QT_TRANSLATE_NOOP("SyncFields", "新值")),
    "note": str(QT_TRANSLATE_NOOP("SyncFields", "备注")),
    "notes": str(QT_TRANSLATE_NOOP("SyncFields", "备注")),
    "notice_number": str(QT_TRANSLATE_NOOP("SyncFields", "通知书编号")),
    "number": str(QT_TRANSLATE_NOOP("SyncFields", "编号")),
    "old_value": str(QT_TRANSLATE_NOOP("SyncFields", "原值")),
    "original_kept": str(QT_TRANSLATE_NOOP("SyncFields", "保留原图")),
    "original_name": str(QT_TRANSLATE_NOOP("SyncFields", "原文件名")),
    "original_sha256": str(QT_TRANSLATE_NOOP("SyncFields", "原图校验值")),
    "outcome": str(QT_TRANSLATE_NOOP("SyncFields", "结论")),
    "pages": str(QT_TRANSLATE_NOOP("SyncFields", "页数")),
    "parent_inspection_id": str(QT_TRANSLATE_NOOP("SyncFields", "原检查")),
    "phone": str(QT_TRANSLATE_NOOP("SyncFields", "电话")),
    "png_sha256": str(QT_TRANSLATE_NOOP("SyncFields", "签名图校验值")),
    "position": str(QT_TRANSLATE_NOOP("SyncFields", "顺序")),
    "prefix": str(QT_TRANSLATE_NOOP("SyncFields", "编号前缀")),
    "purpose": str(QT_TRANSLATE_NOOP("SyncFields", "用途")),
    "reason": str(QT_TRANSLATE_NOOP("SyncFields", "理由")),
    "recheck_on": str(QT_TRANSLATE_NOOP("SyncFields", "复查日期")),
    "red_line": str(QT_TRANSLATE_NOOP("SyncFields", "触及红线")),
    "refusal_reason": str(QT_TRANSLATE_NOOP("SyncFields", "拒签原因")),
    "refused": str(QT_TRANSLATE_NOOP("SyncFields", "拒签")),
    "reinspection_id": str(QT_TRANSLATE_NOOP("SyncFields", "复查")),
    "repeat": str(QT_TRANSLATE_NOOP("SyncFields", "重复出现")),
    "replaces_id": str(QT_TRANSLATE_NOOP("SyncFields", "替代的文书")),
    "responsible_person": str(QT_TRANSLATE_NOOP("SyncFields", "负责人")),
    "result": str(QT_TRANSLATE_NOOP("SyncFields", "结果")),
    "role": str(QT_TRANSLATE_NOOP("SyncFields", "身份")),
    "role_text": str(QT_TRANSLATE_NOOP("SyncFields", "身份说明")),
    "row_version": str(QT_TRANSLATE_NOOP("SyncFields", "版本")),
    "school_coord_source": str(QT_TRANSLATE_NOOP("SyncFields", "学校坐标来源")),
    "school_id": str(QT_TRANSLATE_NOOP("SyncFields", "学校")),
    "school_name": str(QT_TRANSLATE_NOOP("SyncFields", "学校名称")),
    "score": str(QT_TRANSLATE_NOOP("SyncFields", "得分")),
    "seq": str(QT_TRANSLATE_NOOP("SyncFields", "序号")),
    "served_at": str(QT_TRANSLATE_NOOP("SyncFields", "送达时间")),
    "server_name": str(QT_TRANSLATE_NOOP("SyncFields", "送达人")),
    "severity": str(QT_TRANSLATE_NOOP("SyncFields", "严重程度")),
    "sha256": str(QT_TRANSLATE_NOOP("SyncFields", "文件校验值")),
    "signed": str(QT_TRANSLATE_NOOP("SyncFields", "已签章")),
    "signed_at": str(QT_TRANSLATE_NOOP("SyncFields", "签名时间")),
    "signer": str(QT_TRANSLATE_NOOP("SyncFields", "签章人")),
    "site_id": str(QT_TRANSLATE_NOOP("SyncFields", "场所")),
    "site_kind": str(QT_TRANSLATE_NOOP("SyncFields", "场所类型")),
    "site_name": str(QT_TRANSLATE_NOOP("SyncFields", "场所名称")),
    "source": str(QT_TRANSLATE_NOOP("SyncFields", "来源")),
    "start_point": str(QT_TRANSLATE_NOOP("SyncFields", "起点")),
    "started_at": str(QT_TRANSLATE_NOOP("SyncFields", "开始时间")),
    "state": str(QT_TRANSLATE_NOOP("SyncFields", "状态")),
    "status": str(QT_TRANSLATE_NOOP("SyncFields", "状态")),
    "stored_sha256": str(QT_TRANSLATE_NOOP("SyncFields", "存储文件校验值")),
    "taken_at": str(QT_TRANSLATE_NOOP("SyncFields", "拍摄时间")),
    "template_id": str(QT_TRANSLATE_NOOP("SyncFields", "检查表")),
    "template_version": str(QT_TRANSLATE_NOOP("SyncFields", "检查表版本")),
    "text": str(QT_TRANSLATE_NOOP("SyncFields", "文字")),
    "tool": str(QT_TRANSLATE_NOOP("SyncFields", "工具")),
    "updated_at": str(QT_TRANSLATE_NOOP("SyncFields", "修改时间")),
    "valid_until": str(QT_TRANSLATE_NOOP("SyncFields", "有效期至")),
    "version": str(QT_TRANSLATE_NOOP("SyncFields", "版本")),
    "width": str(QT_TRANSLATE_NOOP("SyncFields", "宽度")),
    "witness_name": str(QT_TRANSLATE_NOOP("SyncFields", "见证人")),
}
OTHER = str(QT_TRANSLATE_NOOP("SyncFields", "其他字段"))
YES = str(QT_TRANSLATE_NOOP("SyncFields", "是"))
NO = str(QT_TRANSLATE_NOOP("SyncFields", "否"))
OUTCOMES = {
    "pass": str(QT_TRANSLATE_NOOP("SyncFields", "合格")),
    "fail": str(QT_TRANSLATE_NOOP("SyncFields", "不合格")),
    "na": str(QT_TRANSLATE_NOOP("SyncFields", "不适用")),
}
SEVERITIES = {  # as the templates page names them
    "red_line": str(QT_TRANSLATE_NOOP("TemplatesPage", "红线")),
    "deduct": str(QT_TRANSLATE_NOOP("TemplatesPage", "扣分")),
    "advisory": str(QT_TRANSLATE_NOOP("TemplatesPage", "提示")),
}
SITE_KIND_FIELDS = {("site", "kind"), ("inspection", "site_kind")}
# (table, column) -> (translation context, {code: source}) of codes named elsewhere in the UI
CODED = {
    ("inspection", "status"): ("InspectionsPage", STATUS_LABELS),
    ("inspection", "result"): ("InspectionsPage", RESULT_LABELS),
    ("rectification_case", "severity"): ("TemplatesPage", SEVERITIES),
}


def field_label(column: str) -> str:
    """A column of a synced table as the user knows it, in the interface language."""
    return QCoreApplication.translate("SyncFields", FIELD_NAMES.get(column, OTHER))


def value_text(table: str, column: str, value: object) -> str:
    """A stored value as the dialog shows it: codes in words, nothing for no value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("SyncFields", YES if value else NO)
    if not isinstance(value, str):
        return str(value)
    language = current_language()
    if (table, column) in SITE_KIND_FIELDS:
        return kind_text(value)
    if table in ("generated_document", "issued_number") and column == "kind":
        return service_text(DOCUMENT_KINDS[value]) if value in DOCUMENT_KINDS else value
    if column.endswith("coord_source"):
        return describe_source(value, language)
    if column in ("distance_method", "method") and value in METHODS:
        return METHODS[value].get(language)
    if (table, column) in CODED:
        context, labels = CODED[(table, column)]
        if value in labels:
            return QCoreApplication.translate(context, labels[value])
    if table == "rectification_case" and column == "state" and value in rules.STATE_LABELS:
        return rules.STATE_LABELS[value].get(language)
    if column == "outcome" and value in OUTCOMES:
        return QCoreApplication.translate("SyncFields", OUTCOMES[value])
    return value
