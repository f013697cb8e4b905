"""Sending what the walk collects to the inspection service, one call per change."""

from __future__ import annotations

from inspector.domain.scoring import AnswerValue
from inspector.services import inspections
from inspector.services.context import AppContext
from inspector.services.inspection_view import ItemRef


def save_answer(
    ctx: AppContext, inspection_id: str, ref: ItemRef, value: AnswerValue
) -> inspections.AnswerResult | None:
    """Send one answer to the service call for its kind (N/A is an outcome on any item).

    Returns the service's result: the stored row and the inspection as it now stands.
    """
    kind = ref.item.answer
    args = (ctx, inspection_id, ref.template_id, ref.code)
    if value.outcome == "na" or kind == "pass_fail":
        return inspections.set_outcome(*args, value.outcome)
    elif kind == "count":
        return inspections.set_count(*args, value.count)
    elif kind == "measurement":
        return inspections.set_measurement(*args, value.measurement)
    elif kind == "text":
        return inspections.set_text(*args, value.text)
    elif kind == "choice":
        return inspections.set_choice(*args, value.choice)
    return None
