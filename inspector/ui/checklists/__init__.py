"""The templates browser and its XLSForm workbooks.

Uses the shell's base and services.
"""
