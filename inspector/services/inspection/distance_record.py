"""What a document says about how an inspection's straight line was measured.

The lines of the record's distance block that come from the inspection itself:
how the straight line was computed (to the campus boundary, or estimated from
the gates), where the site's and the school's coordinates came from, and the
legal basis the policy named when it was computed.
"""

from __future__ import annotations

from typing import Any

from inspector.domain.datum import describe_source
from inspector.domain.distance import FROM_GATES, computed_method_text
from inspector.reports.labels import is_english, label


def distance_facts(insp: Any, lang: str) -> dict[str, str]:
    """``computed_method``, ``site_source``, ``school_source`` and ``basis`` for a
    :class:`~inspector.reports.model.DistanceBlock` (empty where nothing was computed)."""
    method = getattr(insp, "distance_method", "") or ""
    computed = getattr(insp, "computed_distance_m", None)
    has_site = getattr(insp, "lat", None) is not None
    return {
        "computed_method": computed_method_text(method, lang) if computed is not None else "",
        "site_source": describe_source(insp.coord_source, lang) if has_site else "",
        "school_source": (
            describe_source(getattr(insp, "school_coord_source", ""), lang)
            if computed is not None
            else ""
        ),
        "basis": getattr(insp, "distance_basis", "") or "",
    }


def estimate_suffix(insp: Any, lang: str) -> str:
    """ "（边界未录入，按校门点估算）" after a verdict measured to the gates, else ""."""
    if getattr(insp, "distance_method", "") != FROM_GATES:
        return ""
    note = label("边界未录入，按校门点估算", lang)
    return f" ({note})" if is_english(lang) else f"（{note}）"
