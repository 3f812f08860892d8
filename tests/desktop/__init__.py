"""Tests of the staff window (pytest-qt, offscreen)."""
