"""``inspector db info``: where the database is and what state it is in (``db check``:
see :mod:`inspector.cli.db_check`)."""

from __future__ import annotations

import argparse

from sqlalchemy import text

from inspector.cli.common import context_from_args
from inspector.services.errors import UserError
from inspector.store.engine import is_sqlite
from inspector.store.migrate import DatabaseError, open_database
from inspector.store.paths import DataPaths, resolve_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="数据库信息与维护")
    dbsub = db.add_subparsers(dest="db_command", metavar="子命令")
    info = dbsub.add_parser("info", help="显示数据库路径、结构版本和日志模式")
    info.set_defaults(func=cmd_info)
    use = dbsub.add_parser(
        "use",
        help="设定本数据目录使用的数据库（如办公室的 PostgreSQL）；--local 恢复使用目录内的 SQLite",
    )
    target = use.add_mutually_exclusive_group(required=True)
    target.add_argument("url", nargs="?", help="数据库地址，如 postgresql+psycopg://user@host/db")
    target.add_argument("--local", action="store_true", help="使用数据目录内的 SQLite 文件")
    use.set_defaults(func=cmd_use)
    from inspector.cli.db_check import add_check

    add_check(dbsub)


def cmd_info(args: argparse.Namespace) -> int:
    ctx = context_from_args(args)
    try:
        engine = ctx.engine
        print(f"数据目录 data dir: {ctx.paths.root}")
        if is_sqlite(engine):
            print(f"数据库 database: {engine.url.database}")
        else:
            print(f"数据库 database: {engine.url.render_as_string(hide_password=True)}")
        print(f"结构版本 schema revision: {ctx.opened.revision}")
        with engine.connect() as conn:
            if is_sqlite(engine):
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
                sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
                fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
                print(f"日志模式 journal mode: {mode}")
                print(f"同步 synchronous: {sync} (2 = FULL)")
                print(f"外键 foreign keys: {'on' if fk else 'off'}")
            else:
                print(f"服务器 server: {conn.execute(text('select version()')).scalar()}")
        print(f"设备 device id: {ctx.device_id}")
    finally:
        ctx.close()
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    """Point the data directory at another database, after opening (and migrating) it."""
    paths = DataPaths(resolve_data_dir(args.data_dir)).ensure()
    if args.local:
        paths.set_database_url(None)
        print(f"已改用数据目录内的 SQLite 数据库：{paths.database}")
        return 0
    try:
        opened = open_database(args.url)
    except DatabaseError as exc:
        raise UserError(str(exc)) from None
    except Exception as exc:  # a bad URL or an unreachable server
        raise UserError(f"无法连接数据库 {args.url}：{exc}") from None
    opened.engine.dispose()
    paths.set_database_url(args.url)
    print(f"本数据目录今后使用数据库：{opened.engine.url.render_as_string(hide_password=True)}")
    return 0
