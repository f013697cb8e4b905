"""Checklists as XLSForm workbooks: read, locate problems, write, install.

Uses core and domain.
"""
