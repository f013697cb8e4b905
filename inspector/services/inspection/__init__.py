"""Inspections from start to finish.

The walk's writes, the one view of an inspection, photos, distances, evidence, queries.
Uses core and register; never followup, paperwork or sync.
"""
