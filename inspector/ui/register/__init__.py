"""The register page, its dialogs and the grid map.

Site and school dialogs, a site's history, the import preview. Uses the shell's
base, ui.inspection (the history's table) and services.
"""
