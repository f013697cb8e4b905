"""The names of the synced records' fields, in words, for the GUI and the command line.

Both the sync conflict dialog (:mod:`inspector.ui.sync.field_names`) and
``inspector office conflicts`` name a record's fields from this one table, so no
internal column name reaches the user. Every column of every table in
``inspector.sync.tables.SYNCED_TABLES`` has a name here (a test checks it); an
unknown one reads as "other field". The zh_CN names are marked with :func:`NC_`
in the translation context ``SyncFields`` (packaging/translations.py collects
them): some of them ("是", "学校", "场所"…) read differently in the ``services``
context (a plural, a lower-case word), so they keep a context of their own. The
GUI translates them with ``QCoreApplication.translate(FIELDS, …)``, the command
line with :func:`inspector.cli.language.said_in`.
"""

from __future__ import annotations

FIELDS = "SyncFields"


def NC_(context: str, text: str) -> str:
    """Mark a zh_CN text for translation in ``context``; returns the text unchanged."""
    return text


FIELD_NAMES = {
    "active": NC_("SyncFields", "启用"),
    "actor": NC_("SyncFields", "操作人"),
    "address": NC_("SyncFields", "地址"),
    "amendment_count": NC_("SyncFields", "更正次数"),
    "answered_at": NC_("SyncFields", "作答时间"),
    "archived": NC_("SyncFields", "已归档"),
    "assigned_to": NC_("SyncFields", "分配给"),
    "at": NC_("SyncFields", "时间"),
    "block_id": NC_("SyncFields", "编号段"),
    "caption": NC_("SyncFields", "说明文字"),
    "case_id": NC_("SyncFields", "整改事项"),
    "change_reason": NC_("SyncFields", "修改原因"),
    "choice": NC_("SyncFields", "选项"),
    "closed_at": NC_("SyncFields", "办结时间"),
    "closing_note": NC_("SyncFields", "办结说明"),
    "closing_photo": NC_("SyncFields", "办结照片"),
    "co_inspector_id_no": NC_("SyncFields", "协办检查员证号"),
    "co_inspector_name": NC_("SyncFields", "协办检查员"),
    "community": NC_("SyncFields", "社区"),
    "computed_distance_m": NC_("SyncFields", "按坐标计算的距离（米）"),
    "content": NC_("SyncFields", "内容"),
    "content_hash": NC_("SyncFields", "内容校验值"),
    "coord_source": NC_("SyncFields", "坐标来源"),
    "count": NC_("SyncFields", "数量"),
    "created_at": NC_("SyncFields", "创建时间"),
    "created_by_device": NC_("SyncFields", "创建设备"),
    "credit_code": NC_("SyncFields", "统一社会信用代码"),
    "credit_code_unchecked": NC_("SyncFields", "信用代码未校验"),
    "deadline": NC_("SyncFields", "整改期限"),
    "deadline_days": NC_("SyncFields", "整改天数"),
    "deduction": NC_("SyncFields", "扣分"),
    "deductions": NC_("SyncFields", "扣分合计"),
    "device": NC_("SyncFields", "设备"),
    "distance_basis": NC_("SyncFields", "距离依据"),
    "distance_limit_m": NC_("SyncFields", "距离限值（米）"),
    "distance_m": NC_("SyncFields", "距离（米）"),
    "distance_method": NC_("SyncFields", "测距方法"),
    "distance_warning": NC_("SyncFields", "距离提醒"),
    "end_point": NC_("SyncFields", "终点"),
    "entity": NC_("SyncFields", "记录类型"),
    "entity_id": NC_("SyncFields", "记录编号"),
    "escalated_at": NC_("SyncFields", "移交时间"),
    "escalation_note": NC_("SyncFields", "移交说明"),
    "field": NC_("SyncFields", "字段"),
    "file_name": NC_("SyncFields", "文件名"),
    "finding": NC_("SyncFields", "发现情况"),
    "finished_at": NC_("SyncFields", "完成时间"),
    "first": NC_("SyncFields", "起始号"),
    "found_on": NC_("SyncFields", "发现日期"),
    "generated_at": NC_("SyncFields", "生成时间"),
    "gps_accuracy_m": NC_("SyncFields", "定位精度（米）"),
    "grid": NC_("SyncFields", "网格"),
    "height": NC_("SyncFields", "高度"),
    "id": NC_("SyncFields", "记录编号"),
    "inputs_hash": NC_("SyncFields", "输入校验值"),
    "inspection_id": NC_("SyncFields", "所属检查"),
    "issued_at": NC_("SyncFields", "发号时间"),
    "item_code": NC_("SyncFields", "检查项编号"),
    "item_text": NC_("SyncFields", "检查项内容"),
    "kind": NC_("SyncFields", "类型"),
    "label": NC_("SyncFields", "点位名称"),
    "last": NC_("SyncFields", "截止号"),
    "lat": NC_("SyncFields", "纬度"),
    "lead_inspector_id_no": NC_("SyncFields", "主办检查员证号"),
    "lead_inspector_name": NC_("SyncFields", "主办检查员"),
    "location_text": NC_("SyncFields", "检查地点"),
    "lon": NC_("SyncFields", "经度"),
    "max_score": NC_("SyncFields", "满分"),
    "measured_at": NC_("SyncFields", "测量时间"),
    "measured_by": NC_("SyncFields", "测量人"),
    "measurement": NC_("SyncFields", "测量值"),
    "measurement_id": NC_("SyncFields", "所属测量"),
    "measures_taken": NC_("SyncFields", "已采取的措施"),
    "method": NC_("SyncFields", "方法"),
    "name": NC_("SyncFields", "名称"),
    "nearest_school_name": NC_("SyncFields", "最近的学校"),
    "new_value": NC_("SyncFields", "新值"),
    "note": NC_("SyncFields", "备注"),
    "notes": NC_("SyncFields", "备注"),
    "notice_number": NC_("SyncFields", "通知书编号"),
    "number": NC_("SyncFields", "编号"),
    "old_value": NC_("SyncFields", "原值"),
    "original_kept": NC_("SyncFields", "保留原图"),
    "original_name": NC_("SyncFields", "原文件名"),
    "original_sha256": NC_("SyncFields", "原图校验值"),
    "outcome": NC_("SyncFields", "结论"),
    "pages": NC_("SyncFields", "页数"),
    "parent_inspection_id": NC_("SyncFields", "原检查"),
    "phone": NC_("SyncFields", "电话"),
    "png_sha256": NC_("SyncFields", "签名图校验值"),
    "position": NC_("SyncFields", "顺序"),
    "prefix": NC_("SyncFields", "编号前缀"),
    "purpose": NC_("SyncFields", "用途"),
    "reason": NC_("SyncFields", "理由"),
    "recheck_on": NC_("SyncFields", "复查日期"),
    "red_line": NC_("SyncFields", "触及红线"),
    "refusal_reason": NC_("SyncFields", "拒签原因"),
    "refused": NC_("SyncFields", "拒签"),
    "reinspection_id": NC_("SyncFields", "复查"),
    "repeat": NC_("SyncFields", "重复出现"),
    "replaces_id": NC_("SyncFields", "替代的文书"),
    "responsible_person": NC_("SyncFields", "负责人"),
    "result": NC_("SyncFields", "结果"),
    "role": NC_("SyncFields", "身份"),
    "role_text": NC_("SyncFields", "身份说明"),
    "row_version": NC_("SyncFields", "版本"),
    "school_coord_source": NC_("SyncFields", "学校坐标来源"),
    "school_id": NC_("SyncFields", "学校"),
    "school_name": NC_("SyncFields", "学校名称"),
    "score": NC_("SyncFields", "得分"),
    "seq": NC_("SyncFields", "序号"),
    "served_at": NC_("SyncFields", "送达时间"),
    "server_name": NC_("SyncFields", "送达人"),
    "severity": NC_("SyncFields", "严重程度"),
    "sha256": NC_("SyncFields", "文件校验值"),
    "signed": NC_("SyncFields", "已签章"),
    "signed_at": NC_("SyncFields", "签名时间"),
    "signer": NC_("SyncFields", "签章人"),
    "site_id": NC_("SyncFields", "场所"),
    "site_kind": NC_("SyncFields", "场所类型"),
    "site_name": NC_("SyncFields", "场所名称"),
    "source": NC_("SyncFields", "来源"),
    "start_point": NC_("SyncFields", "起点"),
    "started_at": NC_("SyncFields", "开始时间"),
    "state": NC_("SyncFields", "状态"),
    "status": NC_("SyncFields", "状态"),
    "stored_sha256": NC_("SyncFields", "存储文件校验值"),
    "taken_at": NC_("SyncFields", "拍摄时间"),
    "template_id": NC_("SyncFields", "检查表"),
    "template_version": NC_("SyncFields", "检查表版本"),
    "text": NC_("SyncFields", "文字"),
    "tool": NC_("SyncFields", "工具"),
    "updated_at": NC_("SyncFields", "修改时间"),
    "valid_until": NC_("SyncFields", "有效期至"),
    "version": NC_("SyncFields", "版本"),
    "width": NC_("SyncFields", "宽度"),
    "witness_name": NC_("SyncFields", "见证人"),
}
OTHER = NC_("SyncFields", "其他字段")
YES = NC_("SyncFields", "是")
NO = NC_("SyncFields", "否")
OUTCOMES = {
    "pass": NC_("SyncFields", "合格"),
    "fail": NC_("SyncFields", "不合格"),
    "na": NC_("SyncFields", "不适用"),
}


def field_name(column: str) -> str:
    """The zh_CN name of a synced column (the "other field" name when unknown)."""
    return FIELD_NAMES.get(column, OTHER)


def field_names(columns: list[str] | tuple[str, ...]) -> list[str]:
    """The zh_CN names of ``columns`` in their order, each name once."""
    return list(dict.fromkeys(field_name(c) for c in columns))
