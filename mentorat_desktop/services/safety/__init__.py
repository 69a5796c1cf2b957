"""Keeping data safe: backups, restore, archives, transfers, personal-data rights, the lock."""
