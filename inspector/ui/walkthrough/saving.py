"""Sending what the walk collects to the inspection service, one call per change."""

from __future__ import annotations

from inspector.domain.scoring import AnswerValue
from inspector.services import inspections
from inspector.services.context import AppContext
from inspector.services.inspection_view import ItemRef


def save_answer(ctx: AppContext, inspection_id: str, ref: ItemRef, value: AnswerValue) -> None:
    """Send one answer to the service call for its kind (N/A is an outcome on any item)."""
    kind = ref.item.answer
    args = (ctx, inspection_id, ref.template_id, ref.code)
    if value.outcome == "na" or kind == "pass_fail":
        inspections.set_outcome(*args, value.outcome)
    elif kind == "count":
        inspections.set_count(*args, value.count)
    elif kind == "measurement":
        inspections.set_measurement(*args, value.measurement)
    elif kind == "text":
        inspections.set_text(*args, value.text)
    elif kind == "choice":
        inspections.set_choice(*args, value.choice)
