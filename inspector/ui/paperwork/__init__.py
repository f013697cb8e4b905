"""The documents page and its dialogs.

Signing, signature pad, PDF preview, printing, verification, time of service,
paperwork settings. Uses the shell's base and services.
"""
