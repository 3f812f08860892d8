"""Guichet core: business rules, storage and the command line, with no Qt."""
