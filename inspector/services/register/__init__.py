"""The register of sites and schools.

Editing, import and export, campus boundaries, the 200 m re-check. Uses core and the
floors below.
"""
