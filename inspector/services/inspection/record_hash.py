"""The content hash a record's documents carry (and its signatures are given for).

Kept apart from :mod:`inspector.services.paperwork.views`, which re-exports both.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

__all__ = ["fallback_hash", "record_hash"]


def fallback_hash(b: Any) -> str:
    """SHA-256 over the record's facts, for inspections finished without a stored hash."""
    i = b.inspection
    facts = {
        "id": i.id,
        "site": i.site_id,
        "started": i.started_at.isoformat() if i.started_at else None,
        "finished": i.finished_at.isoformat() if i.finished_at else None,
        "inspectors": [
            i.lead_inspector_name,
            i.lead_inspector_id_no,
            i.co_inspector_name,
            i.co_inspector_id_no,
        ],
        "templates": sorted((t.template_id, t.content_hash) for t, _ in b.templates),
        "answers": sorted(
            [
                a.template_id,
                a.item_code,
                a.outcome,
                a.count,
                a.measurement,
                a.text,
                a.choice,
                a.note,
                a.deduction,
            ]
            for a in b.answers.values()
        ),
        "photos": sorted(p.stored_sha256 for p in b.photos),
        "measures": i.measures_taken,
    }
    raw = json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def record_hash(b: Any) -> str:
    """The content hash the documents carry: the finished inspection's, else computed here.

    An amended record hashes its amendments too (the finished hash still covers
    the original answers): a signature given before an amendment then no longer
    matches, and the documents show it as given before the amendment.
    """
    base = b.inspection.content_hash or fallback_hash(b)
    if not b.amendment_log:
        return base
    parts = [base] + [
        json.dumps(
            [a.id, a.template_id, a.item_code, a.outcome, a.count, a.measurement, a.text,
             a.choice, a.reason],
            ensure_ascii=False, default=str,
        )
        for a in b.amendment_log
    ]  # fmt: skip
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
