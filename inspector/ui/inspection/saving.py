"""Sending what the walk collects to the inspection service, one call per change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspector.domain.plausible import CONFIRMED_PREFIX
from inspector.domain.scoring import AnswerValue
from inspector.services.core.context import AppContext
from inspector.services.core.value_checks import ImplausibleValue
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.view import ItemRef, load_inspection
from inspector.ui.inspection.confirm_value import ask_confirmation

if TYPE_CHECKING:
    from inspector.ui.inspection.item_view import ItemView
    from inspector.ui.inspection.walk_host import WalkHost


def save_answer(
    ctx: AppContext, inspection_id: str, ref: ItemRef, value: AnswerValue, confirmed: bool = False
) -> inspections.AnswerResult | None:
    """Send one answer to the service call for its kind (N/A is an outcome on any item).

    ``confirmed``: the inspector confirmed a count or measurement outside its usual
    range. Returns the service's result: the stored row and the inspection as it now
    stands.
    """
    kind = ref.item.answer
    args = (ctx, inspection_id, ref.template_id, ref.code)
    if value.outcome == "na" or kind == "pass_fail":
        return inspections.set_outcome(*args, value.outcome)
    elif kind == "count":
        return inspections.set_count(*args, value.count, confirmed=confirmed)
    elif kind == "measurement":
        return inspections.set_measurement(*args, value.measurement, confirmed=confirmed)
    elif kind == "text":
        return inspections.set_text(*args, value.text)
    elif kind == "choice":
        return inspections.set_choice(*args, value.choice)
    return None


def save_answer_asking(
    window: WalkHost, view: ItemView, ref: ItemRef, value: AnswerValue
) -> inspections.AnswerResult | None:
    """:func:`save_answer`, asking first when the value is far outside its usual range.

    Confirmed: stored, and the note with its "已核实" line is shown. Cancelled: nothing
    is stored, the stored answer is shown again and the refusal is raised for the caller
    to say beside the field. Returns the service's result, as :func:`save_answer`.
    """
    args = (window.ctx, window.inspection_id, ref, value)
    try:
        result = save_answer(*args)
        confirmed = False
    except ImplausibleValue as exc:
        if not ask_confirmation(window, exc):
            view.load_answer(window.view.effective(ref.key))
            edit = getattr(view.answer, "edit", None)
            if edit is not None:
                edit.hold_enter = True  # the Enter that asked stays on the item
            raise
        result = save_answer(*args, confirmed=True)
        confirmed = True
    if confirmed or CONFIRMED_PREFIX in view.note.text():  # the service changed the note
        after = result.view if result is not None and result.view is not None else None
        if after is None:
            after = load_inspection(window.ctx, window.inspection_id)
        view.show_note(after.note(ref.key))
    return result
