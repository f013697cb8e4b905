"""The version of Inspector, written once here.

The wheel's metadata takes it from this file (``[tool.hatch.version]`` in
pyproject.toml), and so do the PyInstaller build and the .deb around it; the code
reads the constant, so the start-up does not look the metadata up.
"""

__version__ = "0.1.0"
