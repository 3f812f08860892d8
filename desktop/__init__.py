"""The staff window ("the desk"): a PySide6 front end over the core services."""
