"""What the sync page calls the synced tables and the import results.

The names stay in the translation context ``SyncPage``. Every table in
``inspector.sync.tables.SYNCED_TABLES`` has a name here (a test checks it); an
unknown one reads as "other records", so no internal table name reaches the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TABLE_NAMES = {
    "site": str(QT_TRANSLATE_NOOP("SyncPage", "场所")),
    "licence": str(QT_TRANSLATE_NOOP("SyncPage", "证照")),
    "school": str(QT_TRANSLATE_NOOP("SyncPage", "学校")),
    "school_point": str(QT_TRANSLATE_NOOP("SyncPage", "学校点位")),
    "inspection": str(QT_TRANSLATE_NOOP("SyncPage", "检查")),
    "inspection_template": str(QT_TRANSLATE_NOOP("SyncPage", "检查表")),
    "answer": str(QT_TRANSLATE_NOOP("SyncPage", "检查项")),
    "photo": str(QT_TRANSLATE_NOOP("SyncPage", "照片")),
    "hand_signature": str(QT_TRANSLATE_NOOP("SyncPage", "手写签名")),
    "generated_document": str(QT_TRANSLATE_NOOP("SyncPage", "文书")),
    "issued_number": str(QT_TRANSLATE_NOOP("SyncPage", "文书编号")),
    "rectification_case": str(QT_TRANSLATE_NOOP("SyncPage", "整改")),
    "case_carry": str(QT_TRANSLATE_NOOP("SyncPage", "复查带入的整改")),
    "audit_log": str(QT_TRANSLATE_NOOP("SyncPage", "修改记录")),
    "document_number_block": str(QT_TRANSLATE_NOOP("SyncPage", "编号段")),
    "amendment": str(QT_TRANSLATE_NOOP("SyncPage", "更正")),
    "distance_measurement": str(QT_TRANSLATE_NOOP("SyncPage", "距离测量")),
    "notice_service": str(QT_TRANSLATE_NOOP("SyncPage", "送达记录")),
}
RESULTS = {
    "imported": str(QT_TRANSLATE_NOOP("SyncPage", "已导入")),
    "duplicate": str(QT_TRANSLATE_NOOP("SyncPage", "重复")),
    "rejected": str(QT_TRANSLATE_NOOP("SyncPage", "拒收")),
    "cancelled": str(QT_TRANSLATE_NOOP("SyncPage", "已取消")),
}
OTHER = str(QT_TRANSLATE_NOOP("SyncPage", "其他记录"))


def table_label(table: str) -> str:
    """A synced table as the user knows it, in the interface language."""
    return QCoreApplication.translate("SyncPage", TABLE_NAMES.get(table, OTHER))
