"""The sync package format, below services.sync.

Manifest, records, carried files, encryption, safe reading, rules, export, import.
Uses store and domain; no Qt.
"""
