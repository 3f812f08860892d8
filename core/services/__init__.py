"""The service layer: one transaction per user action, plain values in and out."""
