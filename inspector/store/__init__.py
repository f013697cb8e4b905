"""Persistence: tables, engine, migrations, backups, locks, atomic files.

Uses domain only; no Qt.
"""
