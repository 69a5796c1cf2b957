"""The errors a service raises; each carries a translated message for the user."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every error a view may show to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Bad input: ``field`` names the model field the view should mark."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ServiceError):
    """The row asked for does not exist (any more)."""


class ConflictError(ServiceError):
    """Someone else changed the row meanwhile; the user should reload."""


class DatabaseOpenError(ServiceError):
    """The database cannot be opened or used; the message says why and what to do."""


class MailError(ServiceError):
    """A message could not be sent or prepared; the message says why (the server's answer)."""
