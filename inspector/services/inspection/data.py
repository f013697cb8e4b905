"""Inspections as plain JSON-ready data (for ``inspector inspections … --json`` and scripts)."""

from __future__ import annotations

from typing import Any

from inspector.domain.distance import computed_method_text
from inspector.domain.site_kinds import kind_label
from inspector.domain.text import N_
from inspector.services.inspection.finish import content_hash_of
from inspector.services.inspection.view import InspectionView
from inspector.store.models.inspection import Inspection

RESULT_LABELS = {  # N_: the command line prints them in its language
    "pass": N_("合格"),
    "deducted": N_("扣分"),
    "blacklist_candidate": N_("黑榜候选（红线）"),
    "": "",
}
STATUS_LABELS = {"draft": N_("草稿"), "finished": N_("已完成")}


def _time(value) -> str | None:
    return value.isoformat() if value is not None else None


def summary_data(insp: Inspection) -> dict[str, Any]:
    """One line of a list."""
    return {
        "id": insp.id,
        "site_id": insp.site_id,
        "site_name": insp.site_name,
        "site_kind": insp.site_kind,
        "grid": insp.grid,
        "status": insp.status,
        "started_at": _time(insp.started_at),
        "finished_at": _time(insp.finished_at),
        "lead_inspector": insp.lead_inspector_name,
        "score": insp.score,
        "max_score": insp.max_score,
        "deductions": insp.deductions,
        "rate": (
            round(insp.score / insp.max_score, 4)
            if insp.score is not None and insp.max_score
            else None
        ),
        "result": insp.result,
        "red_line": insp.red_line,
        "distance_warning": insp.distance_warning,
        "amendment_count": insp.amendment_count,
    }


def view_data(view: InspectionView) -> dict[str, Any]:
    """The whole inspection: header, score, items with original and effective answers."""
    insp = view.inspection
    data = summary_data(insp)
    data.update(
        {
            "lead_inspector_id_no": insp.lead_inspector_id_no,
            "co_inspector": insp.co_inspector_name,
            "co_inspector_id_no": insp.co_inspector_id_no,
            "location_text": insp.location_text,
            "lat": insp.lat,
            "lon": insp.lon,
            "measures_taken": insp.measures_taken,
            "notes": insp.notes,
            "content_hash": insp.content_hash,
            # finished records only: does the record still hash to the stored value?
            "content_hash_ok": (
                content_hash_of(view) == insp.content_hash if insp.status == "finished" else None
            ),
            "nearest_school": insp.nearest_school_name,
            "computed_distance_m": insp.computed_distance_m,
            "distance_limit_m": insp.distance_limit_m,
            "distance_method": insp.distance_method,
            "distance_method_text": computed_method_text(insp.distance_method),
            "coord_source": insp.coord_source,
            "school_coord_source": insp.school_coord_source,
            "distance_basis": insp.distance_basis,
            "templates": [
                {"id": r.template_id, "version": r.template_version, "hash": r.content_hash}
                for r, _t in view.templates
            ],
        }
    )
    items = []
    for ref in view.items:
        original = view.original(ref.key)
        effective = view.effective(ref.key)
        s = view.score.items.get(ref.key)
        items.append(
            {
                "template_id": ref.template_id,
                "section": ref.section.title.zh_CN,
                "code": ref.code,
                "text": ref.item.text.zh_CN,
                "answer_kind": ref.item.answer,
                "severity": ref.item.severity,
                "status": s.status if s else "unanswered",
                "deduction": s.deduction if s else 0.0,
                "value": effective.__dict__ if effective else None,
                "original": original.__dict__ if original else None,
                "note": view.note(ref.key),
                "amendments": [
                    {"reason": a.reason, "actor": a.actor, "at": _time(a.at)}
                    for a in view.amendments.get(ref.key, [])
                ],
                "photos": [p.file_name for p in view.photos_for(ref.template_id, ref.code)],
            }
        )
    data["items"] = items
    data["measurements"] = [
        {
            "item": f"{m.template_id}/{m.item_code}",
            "method": m.method,
            "distance_m": m.distance_m,
            "school": m.school_name,
            "start_point": m.start_point,
            "end_point": m.end_point,
            "tool": m.tool,
            "gps_accuracy_m": m.gps_accuracy_m,
            "measured_by": m.measured_by,
            "measured_at": _time(m.measured_at),
        }
        for m in view.measurements
    ]
    data["photos"] = [
        {
            "id": p.id,
            "item": f"{p.template_id}/{p.item_code}" if p.item_code else None,
            "purpose": p.purpose,
            "file": p.file_name,
            "original_sha256": p.original_sha256,
            "width": p.width,
            "height": p.height,
        }
        for p in view.photos
    ]
    return data


def kind_text(code: str) -> str:
    return kind_label(code)
