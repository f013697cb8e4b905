"""Inspector (文明创建巡查助手): offline inspections for the civilized-city campaign."""

__version__ = "0.1.0"
