"""Real damage to a real database file, for the corruption tests."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def fill(ctx, marker: str, rows: int = 1500) -> None:
    """Many rows, so that the file has pages well past the first ones."""
    con = sqlite3.connect(ctx.paths.database)
    with con:
        con.executemany(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            [(f"filler.{i:05d}", f'"{marker}-{i:05d}-' + "x" * 150 + '"') for i in range(rows)],
        )
        con.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('marker', ?)", (f'"{marker}"',)
        )
    con.close()


def damage(db: Path, fractions=(0.3, 0.55, 0.8), seed: int = 11) -> list[int]:
    """Overwrite whole pages at the given fractions of the file with random bytes."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    count = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    rng = random.Random(seed)
    pages = sorted({max(2, int(count * f)) for f in fractions})
    with open(db, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(rng.randbytes(page_size))
    return pages
