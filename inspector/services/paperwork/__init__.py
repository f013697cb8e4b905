"""Signed documents.

Record and notice views, numbers, keys, versions, the clerk's check, time of service,
printing. Uses core, inspection, register and reports.
"""
