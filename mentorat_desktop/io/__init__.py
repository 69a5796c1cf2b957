"""Files in and out: CSV and XLSX staff lists. No Qt widgets here."""
