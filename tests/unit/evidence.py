"""Attach the photos and notes that finishing requires for failed items (test helper).

Tests about scoring, cases or amendments fail items that ask for a photo; an
inspector would add one before finishing, and so do these tests.
"""

from __future__ import annotations

import io

from PIL import Image

from inspector.services.core.context import AppContext
from inspector.services.inspection import walk as svc
from inspector.services.inspection.finish import check_view
from inspector.services.inspection.photos import add_photo
from inspector.services.inspection.view import load_inspection


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(buf, "JPEG")
    return buf.getvalue()


def complete_evidence(ctx: AppContext, inspection_id: str) -> int:
    """Add a photo or note where a failed item lacks one; returns how many were added."""
    check = check_view(load_inspection(ctx, inspection_id))
    for r in check.missing_photos:
        add_photo(ctx, inspection_id, _jpeg(), template_id=r.template_id, item_code=r.code)
    for r in check.missing_notes:
        svc.set_note(ctx, inspection_id, r.template_id, r.code, "现场发现")
    return len(check.missing_photos) + len(check.missing_notes)
