"""The inspection walk-through: start dialog, walk window, item widgets, finish dialog."""
