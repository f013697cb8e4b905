"""Pure rules of the trade: site kinds, checklist templates, scoring, distance, lists.

Nothing here imports Qt, SQL or reportlab, nor any other package of ours.
"""
