"""``inspector db info``: where the database is and what state it is in."""

from __future__ import annotations

import argparse

from sqlalchemy import text

from inspector.cli.common import context_from_args
from inspector.store.engine import is_sqlite


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="数据库信息与维护")
    dbsub = db.add_subparsers(dest="db_command", metavar="子命令")
    info = dbsub.add_parser("info", help="显示数据库路径、结构版本和日志模式")
    info.set_defaults(func=cmd_info)


def cmd_info(args: argparse.Namespace) -> int:
    ctx = context_from_args(args)
    try:
        engine = ctx.engine
        print(f"数据目录 data dir: {ctx.paths.root}")
        if is_sqlite(engine):
            print(f"数据库 database: {ctx.paths.database if not args.db else engine.url}")
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
