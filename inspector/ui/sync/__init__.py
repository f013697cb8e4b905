"""The sync page and its parts.

Folders, keys and bundles, conflicts, pending certificates, number blocks. Uses the
shell's base and services.
"""
