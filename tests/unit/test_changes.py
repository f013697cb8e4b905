"""What each committed write reports: the kinds of change, from the tables it wrote."""

from __future__ import annotations

import subprocess
import sys
import threading

from inspector.services.core import changes
from inspector.services.core.changes import Change, ChangeSet, collecting, written_table
from inspector.services.core.settings import set_value
from inspector.services.inspection import walk as inspections
from inspector.services.register.entries import SiteData, save_site

CAFE = "school-internet-cafe"


def test_written_table_reads_every_kind_of_write():
    assert written_table("INSERT INTO site (id) VALUES (?)") == "site"
    assert written_table("insert or replace into setting values (?)") == "setting"
    assert written_table('UPDATE "inspection" SET x=1') == "inspection"
    assert written_table("DELETE FROM list_entry WHERE 1") == "list_entry"
    assert written_table("SELECT * FROM site") is None
    assert written_table("PRAGMA data_version") is None
    assert written_table("CREATE TABLE t (x)") is None


def test_a_committed_write_reports_its_kinds(ctx):
    with collecting() as bag:
        site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    assert Change.REGISTER in bag.kinds
    assert not bag.kinds & (Change.CASES | Change.LISTS | Change.DOCUMENTS)
    with collecting() as bag:
        insp = inspections.start_inspection(ctx, site.id, [CAFE])
    assert Change.INSPECTIONS in bag.kinds
    with collecting() as bag:
        inspections.set_outcome(ctx, insp.id, CAFE, "IC-02", "pass")
    assert Change.ANSWERS in bag.kinds
    with collecting() as bag:
        set_value(ctx.engine, "some.key", "x")
    assert bag.kinds == Change.SETTINGS


def test_reads_and_rollbacks_report_nothing(ctx):
    from inspector.services.core.errors import UserError
    from inspector.services.register.entries import search_sites

    with collecting() as bag:
        search_sites(ctx, "")
    assert bag.kinds == Change.NONE
    with collecting() as bag:
        try:
            inspections.start_inspection(ctx, "no-such-site", [CAFE])
        except UserError:
            pass
    assert bag.kinds == Change.NONE


def test_nested_collectors_and_the_listener(ctx):
    heard: list[Change] = []
    previous = changes.set_listener(heard.append)  # the GUI's hub, when a UI test made one
    try:
        with collecting() as outer:
            with collecting() as inner:
                set_value(ctx.engine, "a", 1)
        assert outer.kinds == inner.kinds == Change.SETTINGS
        assert heard == []  # collected: not told to the listener
        set_value(ctx.engine, "b", 2)
        assert heard == [Change.SETTINGS]
    finally:
        changes.set_listener(previous)


def test_a_worker_thread_collects_its_own_changes(ctx):
    """Each thread has its own collectors; another thread's commit is not mixed in."""
    main_bag = ChangeSet()
    worker_bag = ChangeSet()

    def work() -> None:
        with collecting(worker_bag):
            save_site(ctx, SiteData(name="红星超市", kind="food_shop", grid="二网格"))

    with collecting(main_bag):
        t = threading.Thread(target=work)
        t.start()
        t.join()
    assert Change.REGISTER in worker_bag.kinds
    assert main_bag.kinds == Change.NONE


def test_data_version_tells_another_process_from_this_one(ctx):
    watch = changes.DataVersionWatch(ctx.paths.database)
    try:
        assert not watch.changed_elsewhere()  # the first look only notes the version
        set_value(ctx.engine, "mine", 1)
        assert not watch.changed_elsewhere()  # our own commit
        code = (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            "c.execute(\"INSERT OR REPLACE INTO setting (key, value) VALUES ('x', '1')\");"
            "c.commit()"
        )
        subprocess.run([sys.executable, "-c", code, str(ctx.paths.database)], check=True)
        assert watch.changed_elsewhere()
        assert not watch.changed_elsewhere()
    finally:
        watch.close()


def test_every_table_of_the_schema_has_its_change_kind():
    """A new table must say which views it concerns; only the sync state may fall through."""
    from sqlmodel import SQLModel

    import inspector.store.models  # noqa: F401  (registers every table)
    from inspector.services.core.changes import IGNORED_TABLES, TABLE_KINDS

    unnamed = [
        t
        for t in SQLModel.metadata.tables
        if t not in TABLE_KINDS and t not in IGNORED_TABLES and not t.startswith("sync_")
    ]
    assert unnamed == []
