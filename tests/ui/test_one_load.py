"""One read of the inspection per action: saving an answer, finishing (with its cases).

The loader every read goes through (``inspection_view._load``) is wrapped and
its calls counted while one answer is saved through the walk window and while
the window finishes the inspection; the service calls are counted too.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlmodel import select

from inspector.domain.scoring import AnswerValue
from inspector.services.followup import finish as followup_finish
from inspector.services.inspection import photos
from inspector.services.inspection import view as inspection_view
from inspector.services.inspection import walk as svc
from inspector.services.register.entries import SiteData, save_site
from inspector.store.engine import read_session
from inspector.store.models import RectificationCase
from inspector.ui.inspection.walk_window import WalkWindow

FRONTAGE = "street-frontage"


@pytest.fixture
def loads(monkeypatch):
    """The number of times the inspection is read (every read calls ``_load``)."""
    calls: list[str] = []
    real = inspection_view._load

    def counting(session, ctx, inspection_id, scored=True):
        calls.append(inspection_id)
        return real(session, ctx, inspection_id, scored)

    monkeypatch.setattr(inspection_view, "_load", counting)
    return calls


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (180, 60, 60)).save(out, "JPEG")
    return out.getvalue()


def _draft(ctx) -> str:
    """A street-frontage inspection (no distance rule for a small grocery), nothing answered."""
    site = save_site(ctx, SiteData(name="便民超市", kind="small_grocery", address="人民路 3 号"))
    return svc.start_inspection(ctx, site.id, [FRONTAGE]).id


def _answer_all_but_one(ctx, iid: str) -> tuple[str, str]:
    """N/A for every item but the first pass/fail one, which is returned (unanswered)."""
    view = inspection_view.load_inspection(ctx, iid)
    first = next(r for r in view.items if r.item.answer == "pass_fail")
    rest = [(r.template_id, r.code, {"outcome": "na"}) for r in view.items if r is not first]
    svc.answer_many(ctx, iid, rest)
    return first.template_id, first.code


def test_saving_one_answer_reads_the_inspection_once(ctx, loads):
    iid = _draft(ctx)
    view = inspection_view.load_inspection(ctx, iid)
    ref = next(r for r in view.items if r.item.answer == "pass_fail")
    loads.clear()
    result = svc.set_outcome(ctx, iid, ref.template_id, ref.code, "pass")
    assert loads == [iid]
    assert result.view is not None and result.view.status(ref.key) == "pass"
    assert result.view.score.score == result.score.score


def test_finishing_reads_once_and_opens_the_cases_from_that_read(ctx, loads):
    iid = _draft(ctx)
    view = inspection_view.load_inspection(ctx, iid)
    ref = next(
        r for r in view.items if r.item.answer == "pass_fail" and r.item.severity == "deduct"
    )
    fail = {"outcome": "fail", "note": "门前堆放杂物"}
    svc.answer_many(ctx, iid, [(ref.template_id, ref.code, fail)])
    photos.add_photo(ctx, iid, _jpeg(), template_id=ref.template_id, item_code=ref.code)
    loads.clear()
    done = followup_finish.finish_full(ctx, iid)
    assert loads == [iid]  # finishing, hashing and opening the cases share one read
    assert isinstance(done, followup_finish.Finished) and done.view.locked
    with read_session(ctx.engine) as s:
        opened = s.exec(select(RectificationCase).where(RectificationCase.inspection_id == iid))
        assert [c.id for c in opened] == done.case_ids and len(done.case_ids) == 1


def test_the_walk_window_saves_and_finishes_on_one_read_each(ctx, loads, qtbot):
    iid = _draft(ctx)
    template_id, code = _answer_all_but_one(ctx, iid)
    win = WalkWindow(ctx, iid)
    qtbot.addWidget(win)
    loads.clear()
    win._answer_changed((template_id, code), AnswerValue(outcome="pass"))
    assert loads == [iid], "saving one answer through the window reads the inspection once"
    assert win.view.status((template_id, code)) == "pass"
    assert win.score_panel.score_label.text()  # shown from the save's own read

    loads.clear()
    with qtbot.waitSignal(win.finished, timeout=2000):
        assert win.request_finish()
    assert loads == [iid], "checking, finishing and following up read the inspection once"
    assert win.locked and win.view.inspection.status == "finished"
