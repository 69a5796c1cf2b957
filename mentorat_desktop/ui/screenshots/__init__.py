"""Screenshots of every view and dialog, and the sample data the dialogs show."""
