"""The services layer: transactions, validation, and plain data out. No widgets here."""
