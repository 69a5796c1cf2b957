"""What each printed document holds, and the one entry point that builds it."""
