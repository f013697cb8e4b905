"""Finishing a walk in the main window leads straight on to signatures and signed PDFs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector.services.inspection import walk as inspections
from inspector.services.register.entries import SiteData, save_site

CAFE = "school-internet-cafe"


def _answer_everything(ctx, inspection_id: str) -> None:
    template = ctx.catalog.get(CAFE)
    values = {
        "pass_fail": {"outcome": "pass"},
        "count": {"count": 0},
        "measurement": {"measurement": 320.0},
        "text": {"text": "无"},
    }
    rows = [
        (
            CAFE,
            item.code,
            {"choice": item.choices[0].code} if item.answer == "choice" else values[item.answer],
        )
        for _s, item in template.items()
    ]
    # IC-09: two people smoking (a deduction that needs no photo, so nothing is missing)
    rows = [(t, c, {"count": 2} if c == "IC-09" else v) for t, c, v in rows]
    # No minors present: IC-05 and IC-15 are not asked.
    rows = [(t, c, {"choice": "no"} if c == "IC-14" else v) for t, c, v in rows]
    rows = [r for r in rows if r[1] not in ("IC-05", "IC-15")]
    inspections.answer_many(ctx, inspection_id, rows)
    inspections.record_distance(
        ctx, inspection_id, CAFE, "IC-01", method="straight_line", distance_m=320.0,
        school_name="北湖小学", start_point="网吧正门", end_point="学校大门", tool="测距轮",
    )  # fmt: skip


def test_finish_opens_the_signing_step_on_the_documents_page(qtbot, ctx):
    from inspector.ui.shell.main_window import MainWindow

    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    insp = inspections.start_inspection(ctx, site.id, [CAFE])
    _answer_everything(ctx, insp.id)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    walk = win.walk_hooks.open(insp.id)
    seen: list[str] = []

    def close_signing_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, close_signing_dialog)
            return
        seen.append(dialog.objectName())
        dialog.reject()

    QTimer.singleShot(0, close_signing_dialog)
    assert walk.request_finish()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == ["signing_dialog"]
    page = win.stack.currentWidget()
    assert win.nav.currentItem().text() == "文书与签名"
    assert page.current_id() == insp.id
    walk.close()
