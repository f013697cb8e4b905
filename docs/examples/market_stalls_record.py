"""Walk a market stall by stall with the workbook's list and print its record's first page.

Continues ``market_stalls_workbook.py``: run that first (it writes
``market-stalls.xlsx`` in the current folder), then::

    uv run inspector templates import market-stalls.xlsx --into office-templates
    uv run python docs/examples/market_stalls_record.py DATA_DIR office-templates
    uv run inspector --data-dir DATA_DIR report ID -o record.pdf
    pdftoppm -r 80 -png -f 1 -l 1 record.pdf record-page    # page 1 as an image

The script registers a market in DATA_DIR (a new folder), points the office
template folder at the imported workbook, walks the whole-market items and
three stalls (a cooked-food stall, so its condition shows its item; a stall
without its licence, so "note on fail" asks for a note), finishes, and prints
the inspection's id for ``inspector report``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from inspector.services.core.context import open_context
from inspector.services.followup.finish import finish
from inspector.services.inspection import walk
from inspector.services.paperwork.numbering import set_block
from inspector.services.register.entries import SiteData, save_site

TID = "market-stalls"


def main(data_dir: str, template_dir: str) -> str:
    """Walk three stalls on a fresh data folder; returns the finished inspection's id."""
    ctx = open_context(Path(data_dir))
    try:
        ctx.settings.template_dir = str(Path(template_dir).resolve())
        ctx.settings.office_name = "苏仙区某街道文明创建办公室"
        ctx.settings.inspector_name = "李明"
        ctx.save_settings()
        ctx.reload_catalog()
        set_block(ctx, "苏仙巡〔2026〕", 1, 100)
        site = save_site(ctx, SiteData(name="五里牌农贸市场", kind="farmers_market", grid="一网格"))
        iid = walk.start_inspection(ctx, site.id, [TID]).id
        walk.set_count(ctx, iid, TID, "MS-01", 2)
        walk.set_outcome(ctx, iid, TID, "MS-02", "pass")
        walk.set_choice(ctx, iid, TID, "MS-03", "no")  # no live poultry: MS-04 is not asked
        walk.set_outcome(ctx, iid, TID, "MS-05", "pass")
        stalls = (
            ("A01 张记蔬菜", "pass", "veg", None, "pass"),
            ("B07 李家鲜肉", "fail", "meat", None, "pass"),
            ("C12 王氏熟食", "pass", "cooked", 1, "fail"),
        )
        for n, (name, licence, kind, uncertified, bin_) in enumerate(stalls, start=1):
            walk.set_text(ctx, iid, TID, f"MS-10#{n}", name)
            walk.set_outcome(ctx, iid, TID, f"MS-11#{n}", licence)
            walk.set_choice(ctx, iid, TID, f"MS-12#{n}", kind)
            if uncertified is not None:  # asked only at a cooked-food stall
                walk.set_count(ctx, iid, TID, f"MS-13#{n}", uncertified)
            walk.set_outcome(ctx, iid, TID, f"MS-14#{n}", bin_)
        walk.set_note(ctx, iid, TID, "MS-11#2", "营业执照未悬挂")
        walk.set_count(ctx, iid, TID, "MS-20", 0)
        finish(ctx, iid)
        return iid
    finally:
        ctx.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: market_stalls_record.py DATA_DIR TEMPLATE_DIR")
    print(main(sys.argv[1], sys.argv[2]))
