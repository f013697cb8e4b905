"""The cases, red/black lists and statistics pages.

Uses the shell's base and services.
"""
