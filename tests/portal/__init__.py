"""Tests of the payment form through its test client."""
