"""Errors a user can cause; their message is a sentence meant for that user."""


class UserError(Exception):
    """Something the user asked for cannot be done; ``str(exc)`` says why (zh_CN)."""
