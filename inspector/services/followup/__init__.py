"""What follows an inspection.

Cases, re-inspection, red/black lists, statistics, bulletins, status numbers. Uses
inspection, paperwork, sync, register, core and reports.
"""
