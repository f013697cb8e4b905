"""Inspector (文明创建巡查助手): offline inspections for the civilized-city campaign.

Floors: app > ui | cli > services > reports | sync > store > domain; the services and ui
floors have one folder per capability (docs/architecture.md).
"""

from importlib import metadata as _metadata

try:  # the version is written once, in pyproject.toml; installs and builds carry its metadata
    __version__ = _metadata.version("inspector")
except _metadata.PackageNotFoundError:  # a bare source tree that was never installed
    __version__ = "0+unknown"
