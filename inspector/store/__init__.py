"""Persistence: sqlmodel tables, the engine with its PRAGMAs, migrations, backups.

Imports no Qt.
"""
