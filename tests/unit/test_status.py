"""The status bar's counts: drafts, unsynced changes, overdue cases."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from followup_data import add_inspection, add_site

from inspector.services.followup import finish as followup_finish
from inspector.services.followup import status
from inspector.services.inspection.walk import start_inspection


def test_counts_on_an_empty_database(ctx):
    counts = status.status_counts(ctx)
    assert counts.drafts == 0
    assert counts.overdue == 0
    assert counts.unsynced is not None


def test_counts_follow_drafts_changes_and_deadlines(ctx):
    before = status.status_counts(ctx).unsynced
    site = add_site(ctx, "晨光网吧")
    start_inspection(ctx, site, ["school-internet-cafe"])
    day = date(2026, 9, 1)
    finished = add_inspection(ctx, site, day, {"IC-03": "未张贴标志"})
    opened = followup_finish.open_cases_for_inspection(ctx, finished)
    assert opened
    counts = status.status_counts(ctx, today=day + timedelta(days=1))
    assert counts.drafts == 1
    assert counts.overdue == 0  # not due yet
    assert counts.unsynced > before
    later = status.status_counts(ctx, today=day + timedelta(days=400))
    assert later.overdue == len(opened)
