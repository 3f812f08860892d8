"""End-to-end tests: the real `guichet portal` process in a real headless browser."""
