"""The inspections list and the walk.

Start dialog, walk window, item widgets, autosave, finish dialog. Uses the shell's base
and services.
"""
