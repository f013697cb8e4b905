"""One row per site, licence, school and gate in the register an office bundle delivers.

An office register can hold the same thing twice under two ids: a register
imported from a device's spreadsheet gives the licences and gates new ids,
and the device's own package later brings the same licences and gates with
the ids the device gave them. Two rows are the same thing when every column
but the bookkeeping ones (id, times, creator, version) and a coordinate's source is equal, children
compared after their parent's duplicates are folded into one. The oldest row
(by ``created_at``, then id) stands for the group, so the devices keep the
rows they already have.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]

BOOKKEEPING = ("id", "created_at", "updated_at", "created_by_device", "row_version")
# Where a coordinate came from is provenance, not identity: the same gate read back from
# a spreadsheet is marked "office sheet" but is still the same gate.
PROVENANCE = ("coord_source",)
# parent table -> (child table, column naming the parent)
CHILDREN = {"site": ("licence", "site_id"), "school": ("school_point", "school_id")}


def _content(row: Row) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in row.items() if k not in BOOKKEEPING + PROVENANCE))


def _age(row: Row) -> tuple:
    return (str(row.get("created_at") or ""), str(row.get("id")))


def _fold(rows: list[Row]) -> tuple[list[Row], dict[str, str]]:
    """Rows without content duplicates, and a map from each dropped id to the kept one."""
    kept: dict[tuple, Row] = {}
    for row in sorted(rows, key=_age):
        kept.setdefault(_content(row), row)
    replaced = {}
    for row in rows:
        keeper = kept[_content(row)]
        if keeper is not row:
            replaced[str(row["id"])] = str(keeper["id"])
    keep_ids = {id(r) for r in kept.values()}
    return [r for r in rows if id(r) in keep_ids], replaced


def dedupe_register(tables: dict[str, list[Row]]) -> tuple[dict[str, list[Row]], int]:
    """The register with each thing once, and how many rows were left out."""
    out = dict(tables)
    dropped = 0
    for parent, (child, link) in CHILDREN.items():
        parents, replaced = _fold(out.get(parent, []))
        dropped += len(out.get(parent, [])) - len(parents)
        if parent in out:
            out[parent] = parents
        if child not in out:
            continue
        children = [
            {**row, link: replaced.get(str(row.get(link)), row.get(link))} for row in out[child]
        ]
        folded, _ = _fold(children)
        dropped += len(children) - len(folded)
        out[child] = folded
    return out, dropped
