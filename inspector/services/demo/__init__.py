"""The demo data directory and the self-test.

Built through the other capabilities; used only by cli, ui and app.
"""
