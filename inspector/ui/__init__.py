"""PySide6 widgets, one folder per capability plus the shell.

Calls services and domain, never writes SQL.
"""
