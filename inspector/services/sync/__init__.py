"""Sync use cases above the package format (inspector.sync).

Export, the office's inbox and devices, the office bundle, conflicts, pending
certificates. Uses inspector.sync, core, inspection and paperwork.
"""
