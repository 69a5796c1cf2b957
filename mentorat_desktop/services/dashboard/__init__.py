"""What the dashboard and the programme figures show, and their export."""
