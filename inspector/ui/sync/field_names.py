"""What the conflict dialog calls the fields of the synced records, and how it shows values.

The names come from :mod:`inspector.services.sync.field_names`, the one table the
command line uses too, in the translation context ``SyncFields``. Every column of every
table in ``inspector.sync.tables.SYNCED_TABLES`` has a name there (a test checks it); an
unknown one reads as "other field", so no internal column name reaches the UI. Values that are
codes (a site kind, a case's state, a result, yes/no) are shown in words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspector.domain import cases as rules
from inspector.domain.datum import describe_source
from inspector.domain.policy import METHODS
from inspector.services.paperwork.check import KIND_LABELS as DOCUMENT_KINDS
from inspector.services.sync.field_names import FIELD_NAMES, FIELDS, NO, OTHER, OUTCOMES, YES
from inspector.ui.inspection.page import RESULT_LABELS, STATUS_LABELS
from inspector.ui.shell.i18n import current_language, kind_text, service_text

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
    return QCoreApplication.translate(FIELDS, FIELD_NAMES.get(column, OTHER))


def value_text(table: str, column: str, value: object) -> str:
    """A stored value as the dialog shows it: codes in words, nothing for no value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate(FIELDS, YES if value else NO)
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
        return QCoreApplication.translate(FIELDS, OUTCOMES[value])
    return value
