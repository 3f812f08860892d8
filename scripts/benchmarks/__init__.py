"""Measures printed by scripts/bench.py: one module per topic, each with ``measure(database, customers)``."""
