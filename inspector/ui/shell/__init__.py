"""The application and main window, and what every page shares.

May import every ui capability; they import only its base: i18n, background, job,
operations, collation, key_prompt, coord_source, screen_fit, spin_limits.
"""
