"""SEPA direct debits without a database: TARGET2 days, pain.008 files, bank returns, reasons."""
