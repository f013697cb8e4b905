"""Use cases, one folder per capability; no Qt.

core < register | checklists < inspection < paperwork < sync < followup < demo: each may
use those before it, and reports, sync, store, domain (import-linter contracts).
"""
