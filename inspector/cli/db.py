"""``inspector db info``: where the database is and what state it is in (``db check``:
see :mod:`inspector.cli.db_check`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import text

from inspector.cli.common import context_from_args, path_arg, program_name
from inspector.cli.language import say, tr
from inspector.domain.text import N_
from inspector.services.core.context import damaged_error
from inspector.services.core.errors import UserError
from inspector.store.engine import is_sqlite
from inspector.store.integrity import DamagedDatabaseError, check
from inspector.store.migrate import DatabaseError, open_database
from inspector.store.paths import DataPaths, resolve_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help=tr(N_("数据库信息与维护")))
    dbsub = db.add_subparsers(dest="db_command", metavar=tr(N_("子命令")))
    info = dbsub.add_parser("info", help=tr(N_("显示数据库路径、结构版本和日志模式")))
    info.set_defaults(func=cmd_info)
    use = dbsub.add_parser(
        "use",
        help=tr(
            N_(
                "设定本数据目录使用的数据库（如办公室的 PostgreSQL）；--local 恢复使用目录内的 SQLite"
            )
        ),
    )
    target = use.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "url", nargs="?", help=tr(N_("数据库地址，如 postgresql+psycopg://user@host/db"))
    )
    target.add_argument("--local", action="store_true", help=tr(N_("使用数据目录内的 SQLite 文件")))
    use.set_defaults(func=cmd_use)
    dbsub.add_parser("backup", help=tr(N_("立即备份数据库（先做完整性检查）"))).set_defaults(
        func=cmd_backup
    )
    dbsub.add_parser("backups", help=tr(N_("列出备份（最新的在前）"))).set_defaults(
        func=cmd_backups
    )
    restore = dbsub.add_parser(
        "restore",
        help=tr(N_("用备份替换数据库（当前数据库先另存）；不写文件时用最近一份完好的备份")),
    )
    restore.add_argument("file", nargs="?", type=path_arg, help=tr(N_("备份文件")))
    restore.set_defaults(func=cmd_restore)
    from inspector.cli.db_check import add_check

    add_check(dbsub)


def cmd_info(args: argparse.Namespace) -> int:
    ctx = context_from_args(args, write=False, check_every=0)
    try:
        engine = ctx.engine
        print(say(N_("数据目录：{}"), ctx.paths.root))
        if is_sqlite(engine):
            print(say(N_("数据库：{}"), engine.url.database))
        else:
            print(say(N_("数据库：{}"), engine.url.render_as_string(hide_password=True)))
        print(say(N_("结构版本：{}"), ctx.opened.revision))
        with engine.connect() as conn:
            if is_sqlite(engine):
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
                sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
                fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
                print(say(N_("日志模式：{}"), mode))
                print(say(N_("同步级别：{}（2 = FULL）"), sync))
                keys = N_("外键约束：开启") if fk else N_("外键约束：关闭")
                print(say(keys))
                db_file = Path(str(engine.url.database))
                problems = check(db_file, quick=False)
                if problems:  # quick_check passed, the full check did not
                    raise damaged_error(ctx.paths, DamagedDatabaseError(db_file, problems))
                print(say(N_("完整性检查：通过")))
            else:
                print(say(N_("服务器：{}"), conn.execute(text("select version()")).scalar()))
        print(say(N_("设备编号：{}"), ctx.device_id))
    finally:
        ctx.close()
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    """Point the data directory at another database, after opening (and migrating) it."""
    paths = DataPaths(resolve_data_dir(args.data_dir)).ensure()
    if args.local:
        paths.set_database_url(None)
        print(say(N_("已改用数据目录内的 SQLite 数据库：{}"), paths.database))
        return 0
    try:
        opened = open_database(args.url)
    except DatabaseError as exc:
        raise UserError(str(exc)) from None
    except Exception as exc:  # a bad URL or an unreachable server
        raise UserError("无法连接数据库 {}：{}", args.url, exc) from None
    opened.engine.dispose()
    paths.set_database_url(args.url)
    print(
        say(
            N_("本数据目录今后使用数据库：{}"),
            opened.engine.url.render_as_string(hide_password=True),
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from inspector.services.core.backups import make_backup

    ctx = context_from_args(args)
    try:
        path = make_backup(ctx)
    finally:
        ctx.close()
    print(say(N_("已备份到 {}"), path))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from inspector.services.core.backup_set import configured_folder_of_damaged, list_folder

    paths = DataPaths(resolve_data_dir(args.data_dir))
    folder = configured_folder_of_damaged(paths)
    found = list_folder(folder)
    print(say(N_("备份文件夹：{}"), folder))
    for b in found:
        print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.size:>10}  {b.path}")
    print(say(N_("共 {} 份。"), len(found)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup; works on a damaged database too (which open_context refuses)."""
    from inspector.services.core.backup_set import configured_folder_of_damaged, last_good_backup
    from inspector.services.core.backups import restore_backup, restore_damaged
    from inspector.store.lock import DataDirLock

    paths = DataPaths(resolve_data_dir(args.data_dir)).ensure()
    if getattr(args, "db", None) or paths.configured_database_url():
        raise UserError("当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具恢复。")
    backup = args.file
    if backup is None:
        good = last_good_backup(configured_folder_of_damaged(paths))
        if good is None:
            raise UserError("没有找到完好的备份。")
        backup = good.path
    if not paths.database.exists() or check(paths.database, quick=True):
        lock = DataDirLock(paths.root, program_name())
        try:
            aside = restore_damaged(paths, backup, lock)
        finally:
            lock.release()
        print(say(N_("已恢复备份 {}。损坏的数据库另存为 {}。"), backup, aside))
        return 0
    ctx = context_from_args(args)
    try:
        aside = restore_backup(ctx, backup)
    finally:
        ctx.close()
    print(say(N_("已恢复备份 {}。原数据库另存为 {}。"), backup, aside))
    return 0
