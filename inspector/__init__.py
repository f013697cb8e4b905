"""Inspector (文明创建巡查助手): offline inspections for the civilized-city campaign.

Floors: app > ui | cli > services > reports | sync > store > domain; the services and ui
floors have one folder per capability (docs/architecture.md).
"""

from inspector._version import __version__

__all__ = ["__version__"]
