"""The user guide and its window (F1)."""
